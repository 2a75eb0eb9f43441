// Measurement: per-sprint tallies filled as things happen, time integrals of WIP and blocked
// items, and, at the end, the sprint metrics and run totals of result.ts. Hours come from
// the ledger, so "where the time went" and the metrics can never disagree.
import { Integrator } from "./integrator.js";
import { DUTY_INDEX } from "./ledger.js";
import type { Item } from "./items.js";
import { SPRINT_METRICS, type RunTotals, type SprintMetrics } from "./result.js";
import type { World } from "./world.js";

const D = DUTY_INDEX;
const MEETING_DUTIES = [D["sprint-planning"], D["daily-scrum"], D["refinement"], D["sprint-review"], D["retrospective"]];

/** What a sprint tallies as it runs, with one field per sprint metric (a fixed object shape). */
export class Tally {
  value_delivered = 0;
  cumulative_value = 0;
  committed_items = 0;
  committed_hours = 0;
  forecast_hours = 0;
  done_items = 0;
  velocity_hours = 0;
  say_do_ratio = 0;
  sprint_goal_met = 0;
  accepted_items = 0;
  blocked_hours = 0;
  impediments_raised = 0;
  impediments_removed = 0;
  impediments_open = 0;
  impediment_age_mean_hours = 0;
  clarifications = 0;
  clarification_wait_mean_hours = 0;
  interruption_hours = 0;
  meeting_hours = 0;
  wip_mean = 0;
  cycle_time_mean_hours = 0;
  rework_hours = 0;
  defects_found = 0;
  idle_hours = 0;
  productivity = 0;
  morale = 0;
  estimate_noise = 0;
  delivery_pressure_hours = 0;
  items_arrived = 0;
  items_pruned = 0;
  scope_added_items = 0;
  shortcuts = 0;
  tech_debt_hours = 0;
  starved_hours = 0;
  coordination_hours = 0;
  backlog_items = 0;
  lead_time_mean_days = 0;
  dependency_wait_hours = 0;
  developers = 0;
  leadSum = 0;
  leadCount = 0;
  ageSum = 0;
  waitSum = 0;
  answers = 0;
  cycleSum = 0;
  committedDone = 0;
  constructor(readonly sprint: number) {}

  /** The sprint's metrics as a plain record, in the order of SPRINT_METRICS. */
  metrics(): SprintMetrics {
    const m = { sprint: this.sprint } as SprintMetrics;
    for (const { key } of SPRINT_METRICS) m[key] = this[key];
    return m;
  }
}

export class Metrics {
  readonly tallies: Tally[];
  readonly wip: Integrator;
  readonly blocked: Integrator;
  /** Items blocked waiting for another team's work. */
  readonly dependencyWait: Integrator;
  readonly cycleTimes: number[] = [];
  /** Lead times (arrival to done, working days) of the done items, refactoring excluded. */
  readonly leadTimes: number[] = [];
  /** Active hours and lead-time hours of the same items (flow efficiency). */
  private activeSum = 0;
  private leadHoursSum = 0;
  readonly warnings: string[] = [];
  private cumulative = 0;

  constructor(private readonly w: World) {
    const cal = w.cal;
    this.tallies = Array.from({ length: cal.sprints }, (_, i) => new Tally(i + 1));
    this.wip = new Integrator(cal.sprints, cal.sprintHours);
    this.blocked = new Integrator(cal.sprints, cal.sprintHours);
    this.dependencyWait = new Integrator(cal.sprints, cal.sprintHours);
  }

  /** The tally of the sprint running now (at a sprint boundary: the old one until it is closed). */
  current(): Tally {
    const k = this.w.sprints.sprint;
    return this.tallies[k > 0 ? k - 1 : 0];
  }

  warn(text: string): void {
    if (!this.warnings.includes(text)) this.warnings.push(text);
  }

  startSprint(k: number): void {
    this.tallies[k - 1].estimate_noise = this.w.estimates.noise;
  }

  itemDone(item: Item): void {
    const t = this.current();
    const cycle = (item.doneAt as number) - (item.startedAt as number);
    t.done_items++;
    t.velocity_hours += item.estimatedEffort;
    t.cycleSum += cycle;
    if (item.committedSprint === t.sprint) t.committedDone++;
    this.cycleTimes.push(cycle);
    if (item.kind !== "debt") {
      const lead = (item.doneAt as number) - item.createdAt;
      const days = lead / this.w.cal.hoursPerDay;
      this.leadTimes.push(days);
      t.leadSum += days;
      t.leadCount++;
      this.activeSum += item.activeHours;
      this.leadHoursSum += lead;
    }
  }

  accepted(count: number, value: number): void {
    const t = this.current();
    t.accepted_items += count;
    t.value_delivered += value;
  }

  answered(waited: number): void {
    const t = this.current();
    t.answers++;
    t.waitSum += waited;
  }

  impedimentRemoved(age: number): void {
    const t = this.current();
    t.impediments_removed++;
    t.ageSum += age;
  }

  /** Close sprint k: derive its metrics from the tallies, integrals and ledger. */
  closeSprint(k: number, goalMet: boolean): Tally {
    const w = this.w;
    const t = this.tallies[k - 1];
    const end = w.cal.sprintHours * k;
    this.wip.advance(end);
    this.blocked.advance(end);
    this.dependencyWait.advance(end);
    this.cumulative += t.value_delivered;
    t.cumulative_value = this.cumulative;
    t.say_do_ratio = t.committed_items > 0 ? t.committedDone / t.committed_items : 0;
    t.sprint_goal_met = goalMet ? 1 : 0;
    t.blocked_hours = this.blocked.area[k - 1];
    t.impediments_open = w.impediments.open;
    t.impediment_age_mean_hours = t.impediments_removed > 0 ? t.ageSum / t.impediments_removed : 0;
    t.clarification_wait_mean_hours = t.answers > 0 ? t.waitSum / t.answers : 0;
    t.wip_mean = this.wip.area[k - 1] / w.cal.sprintHours;
    t.cycle_time_mean_hours = t.done_items > 0 ? t.cycleSum / t.done_items : 0;
    t.productivity = 1 + w.improvement;
    t.morale = w.morale;
    t.tech_debt_hours = w.debt.level;
    t.backlog_items = w.backlogs.product.length;
    t.lead_time_mean_days = t.leadCount > 0 ? t.leadSum / t.leadCount : 0;
    t.dependency_wait_hours = this.dependencyWait.area[k - 1];
    t.developers = w.headcount;
    const ledger = w.ledger;
    for (const dev of w.devs) {
      t.interruption_hours += ledger.get(k, dev.index, D["interruption"]);
      t.rework_hours += ledger.get(k, dev.index, D["rework"]);
      t.idle_hours += ledger.get(k, dev.index, D["idle"]);
      t.starved_hours += ledger.get(k, dev.index, D["starved"]);
      t.coordination_hours += ledger.get(k, dev.index, D["coordination"]);
    }
    for (let a = 0; a < w.agents.length; a++) for (const d of MEETING_DUTIES) t.meeting_hours += ledger.get(k, a, d);
    return t;
  }

  sprintMetrics(): SprintMetrics[] {
    return this.tallies.map((t) => t.metrics());
  }

  totals(): RunTotals {
    return totalsOf(this.tallies, this.cycleTimes, this.leadTimes, this.activeSum, this.leadHoursSum);
  }

  /** What the organization's totals pool: every done item's cycle and lead time, and flow efficiency's sums. */
  get flow(): { cycleTimes: number[]; leadTimes: number[]; activeSum: number; leadHoursSum: number } {
    return { cycleTimes: this.cycleTimes, leadTimes: this.leadTimes, activeSum: this.activeSum, leadHoursSum: this.leadHoursSum };
  }
}

/** The run totals from the sprint tallies and the done items' times (one team's, or the organization's pooled). */
export function totalsOf(ts: Tally[], cycleTimes: ArrayLike<number>, leadTimes: ArrayLike<number>, activeSum: number, leadHoursSum: number): RunTotals {
  const n = ts.length;
  const sum = (f: (t: Tally) => number) => ts.reduce((s, t) => s + f(t), 0);
  const removed = sum((t) => t.impediments_removed);
  const answers = sum((t) => t.answers);
  const done = sum((t) => t.done_items);
  const last = ts[n - 1];
  const sorted = Float64Array.from(cycleTimes).sort();
  const leads = Float64Array.from(leadTimes).sort();
  const doneMean = done / n;
  const doneSd = n > 1 ? Math.sqrt(sum((t) => (t.done_items - doneMean) ** 2) / (n - 1)) : 0;
  const totals: RunTotals = {
    value_delivered: sum((t) => t.value_delivered),
    items_done: done,
    items_accepted: sum((t) => t.accepted_items),
    velocity_hours_mean: sum((t) => t.velocity_hours) / n,
    say_do_ratio: sum((t) => t.say_do_ratio) / n,
    sprint_goal_rate: sum((t) => t.sprint_goal_met) / n,
    blocked_hours: sum((t) => t.blocked_hours),
    impediments_raised: sum((t) => t.impediments_raised),
    impediments_removed: removed,
    impediments_open_end: last.impediments_open,
    impediment_age_mean_hours: removed > 0 ? sum((t) => t.ageSum) / removed : 0,
    clarifications: sum((t) => t.clarifications),
    clarification_wait_mean_hours: answers > 0 ? sum((t) => t.waitSum) / answers : 0,
    interruption_hours: sum((t) => t.interruption_hours),
    meeting_hours: sum((t) => t.meeting_hours),
    cycle_time_mean_hours: done > 0 ? sum((t) => t.cycleSum) / done : 0,
    cycle_time_p85_hours: sorted.length > 0 ? quantile(sorted, 0.85) : 0,
    wip_mean: sum((t) => t.wip_mean) / n,
    rework_hours: sum((t) => t.rework_hours),
    idle_hours: sum((t) => t.idle_hours),
    productivity_end: last.productivity,
    morale_end: last.morale,
    estimate_noise_end: last.estimate_noise,
    lead_time_p50_days: leads.length > 0 ? quantile(leads, 0.5) : 0,
    lead_time_p85_days: leads.length > 0 ? quantile(leads, 0.85) : 0,
    lead_time_p95_days: leads.length > 0 ? quantile(leads, 0.95) : 0,
    cycle_time_p50_hours: sorted.length > 0 ? quantile(sorted, 0.5) : 0,
    flow_efficiency: leadHoursSum > 0 ? activeSum / leadHoursSum : 0,
    throughput_cv: doneMean > 0 ? doneSd / doneMean : 0,
    starved_hours: sum((t) => t.starved_hours),
    items_pruned: sum((t) => t.items_pruned),
    scope_added_items: sum((t) => t.scope_added_items),
    shortcuts: sum((t) => t.shortcuts),
    tech_debt_end_hours: last.tech_debt_hours,
    coordination_hours: sum((t) => t.coordination_hours),
    dependency_wait_hours: sum((t) => t.dependency_wait_hours),
  };
  return totals;
}

/** Linear interpolation between order statistics (type 7, as in R and d3.quantile). */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
