// A scenario's simulated flow, measured as the team's is: items done per calendar week and the
// lead times (arrival → done, working days) of the items done, over `weeks` weeks after a
// burn-in that fills the backlog as a team's that has been working for a while (the model
// starts from a small initial backlog). Replication k runs with the scenario's replication
// seed k, so two scenarios measured with the same replications share their random numbers.
import { runScenario } from "../model/run.js";
import type { Scenario } from "../scenario/types.js";
import { flowStats, mean, type FlowStats } from "./flow.js";

/** The team's nominal capacity in ideal hours a week, as the model computes it for arrivals. */
export function nominalWeek(s: Scenario): number {
  return s.team.developers * 5 * s.calendar.hoursPerDay * s.arrivals.focus * s.team.skill.mean;
}

/** Weeks simulated before the measured ones. */
export const BURN_IN_WEEKS = 26;

export interface FlowRun {
  /** Items done in each measured week. */
  throughput: number[];
  leadTimes: number[];
  /** The done times of the items done after the burn-in, in working days after it. */
  doneDays: number[];
  stats: FlowStats;
  /**
   * Items that arrived in the sprints wholly inside the measured weeks, over the number
   * expected (load × nominal capacity ÷ mean effort a week): how busy this run's demand was.
   * Its expectation is exactly 1, which makes it a control variate (NaN when no sprint fits).
   */
  arrivalRatio: number;
}

/** The four figures a calibration matches, each the mean over replications of one replication's figure. */
export interface Moments {
  throughputMean: number;
  throughputCv: number;
  leadP50: number;
  leadP85: number;
}

export const MOMENTS: ReadonlyArray<keyof Moments> = ["throughputMean", "throughputCv", "leadP50", "leadP85"];

export interface FlowOptions {
  weeks: number;
  /** Replications 0 … replications − 1 (or `first` … `first` + replications − 1). */
  replications: number;
  first?: number;
  burnInWeeks?: number;
}

/** One replication of the scenario, run for burn-in + `weeks` weeks. */
export function flowRun(s: Scenario, replication: number, weeks: number, burnInWeeks = BURN_IN_WEEKS): FlowRun {
  const scenario = { ...s, horizon: { weeks: burnInWeeks + weeks, sprints: 0 } };
  const r = runScenario(scenario, { replication, detail: true });
  const hpd = s.calendar.hoursPerDay;
  const start = burnInWeeks * 5 * hpd;
  const throughput = new Array<number>(weeks).fill(0);
  const leadTimes: number[] = [];
  const doneDays: number[] = [];
  for (const it of r.items ?? []) {
    if (it.done_at === null || it.kind === "debt" || it.done_at < start) continue;
    const w = Math.floor((it.done_at - start) / (5 * hpd));
    if (w >= weeks) continue;
    throughput[w]++;
    leadTimes.push((it.done_at - it.created_at) / hpd);
    doneDays.push((it.done_at - start) / hpd);
  }
  doneDays.sort((a, b) => a - b);
  const days = s.calendar.sprintDays;
  let arrived = 0;
  let sprints = 0;
  r.sprints.forEach((sp, i) => {
    if (i * days >= burnInWeeks * 5 && (i + 1) * days <= (burnInWeeks + weeks) * 5) (arrived += sp.items_arrived, sprints++);
  });
  const expected = ((s.arrivals.load * nominalWeek(s)) / s.backlog.effort.mean) * ((sprints * days) / 5);
  return { throughput, leadTimes, doneDays, stats: flowStats(throughput, leadTimes), arrivalRatio: expected > 0 ? arrived / expected : NaN };
}

export function flowRuns(s: Scenario, o: FlowOptions): FlowRun[] {
  const first = o.first ?? 0;
  return Array.from({ length: o.replications }, (_, k) => flowRun(s, first + k, o.weeks, o.burnInWeeks));
}

/** The mean over replications of each figure (replications where it is undefined, e.g. no item done, left out). */
export function momentsOf(runs: readonly FlowRun[]): Moments {
  const m = (key: keyof Moments) => mean(runs.map((r) => r.stats[key]).filter(Number.isFinite));
  return { throughputMean: m("throughputMean"), throughputCv: m("throughputCv"), leadP50: m("leadP50"), leadP85: m("leadP85") };
}

export interface Estimate {
  /** The figure's estimated mean. */
  mean: number;
  /** Standard deviation of one replication's (adjusted) figure, for an interval. */
  sd: number;
  n: number;
}

/**
 * Each group's mean figures with the arrival ratio as a control variate: a run whose demand was
 * busier than expected finishes more, so each figure is corrected by β × (the group's mean
 * ratio − 1), β the relative slope of the figure on the ratio within groups, pooled over the
 * groups (the points of one design are alike enough to share it). The ratio's expectation is 1
 * exactly, so the estimate stays unbiased; its variance falls by the share the ratio explains
 * (for throughput about half: the correlation is 0.7–0.8).
 */
export function controlled(groups: ReadonlyArray<readonly FlowRun[]>): Array<Record<keyof Moments, Estimate>> {
  const out = groups.map(() => ({}) as Record<keyof Moments, Estimate>);
  for (const key of MOMENTS) {
    const usable = groups.map((g) => g.filter((r) => Number.isFinite(r.stats[key]) && Number.isFinite(r.arrivalRatio)));
    const ybar = usable.map((g) => mean(g.map((r) => r.stats[key])));
    const abar = usable.map((g) => mean(g.map((r) => r.arrivalRatio)));
    let sxy = 0;
    let sxx = 0;
    usable.forEach((g, i) => {
      if (!(ybar[i] > 0) || g.length < 2) return;
      for (const r of g) {
        sxy += (r.stats[key] / ybar[i] - 1) * (r.arrivalRatio - abar[i]);
        sxx += (r.arrivalRatio - abar[i]) ** 2;
      }
    });
    const beta = sxx > 0 ? sxy / sxx : 0;
    groups.forEach((g, i) => {
      if (usable[i].length === 0) {
        const plain = g.map((r) => r.stats[key]).filter(Number.isFinite);
        out[i][key] = { mean: plain.length > 0 ? mean(plain) : NaN, sd: NaN, n: plain.length };
        return;
      }
      // A group's correction is at most half its mean: with bursty demand (dispersion near 5) one
      // run's ratio can be several times the expected, and a linear correction of a few runs'
      // mean would swing past zero. Within the bound the estimate is the control-variate one.
      const raw = beta * (abar[i] - 1);
      const scale = Math.abs(raw) > 0.5 ? 0.5 / Math.abs(raw) : 1;
      const adjusted = usable[i].map((r) => r.stats[key] - scale * beta * ybar[i] * (r.arrivalRatio - 1));
      const m = mean(adjusted);
      const sd = Math.sqrt(adjusted.reduce((a, v) => a + (v - m) ** 2, 0) / Math.max(1, adjusted.length - 1));
      out[i][key] = { mean: m, sd, n: adjusted.length };
    });
  }
  return out;
}
