// runScenario: one replication of a scenario, as a pure function — a resolved scenario and a
// seed in, a RunResult out. No file, no console, no clock: the same inputs give the same result.
// One team gives the team's result; two or more, the organization's with each team's inside.
import type { Scenario } from "../scenario/types.js";
import type { Item } from "./items.js";
import { Organization } from "./organization.js";
import { organizationMetrics } from "./combine.js";
import type { ImpedimentLife, ItemLife, RunOptions, RunResult, TeamResult } from "./result.js";
import type { World } from "./world.js";

export function runScenario(scenario: Scenario, options: RunOptions = {}): RunResult {
  const org = new Organization(scenario, options);
  for (const w of org.teams) createBacklog(w);
  const end = org.cal.end;
  org.sim.run({ until: end });
  for (const w of org.teams) for (const dev of w.devs) dev.cut();
  for (const p of org.persons()) p.cut();
  const teams = org.teams.map((w) => teamResult(w, end, options));
  const head = { scenario: scenario.name, weeks: org.cal.weeks, replication: options.replication ?? 0, seed: org.seed };
  if (teams.length === 1) {
    const { team: _team, ...one } = teams[0];
    const result: RunResult = { ...head, sprints: one.sprints, totals: one.totals, agents: one.agents, hours: one.hours, warnings: one.warnings, events: org.sim.eventsProcessed };
    if (one.dailyHours !== undefined) result.dailyHours = one.dailyHours;
    if (one.items !== undefined) result.items = one.items;
    if (one.impediments !== undefined) result.impediments = one.impediments;
    if (one.trace !== undefined) result.trace = one.trace;
    return result;
  }
  const { sprints, totals } = organizationMetrics(org.teams);
  const warnings = teams.flatMap((t) => t.warnings.map((w) => `team ${t.team}: ${w}`));
  return { ...head, sprints, totals, agents: [], hours: new Float64Array(0), warnings, events: org.sim.eventsProcessed, teams };
}

function teamResult(w: World, end: number, options: RunOptions): TeamResult {
  w.metrics.wip.advance(end);
  w.metrics.blocked.advance(end);
  w.metrics.dependencyWait.advance(end);
  const totals = w.metrics.totals();
  noteDegenerateRuns(w, totals.items_done, totals.items_accepted);
  const result: TeamResult = { team: w.index + 1, sprints: w.metrics.sprintMetrics(), totals, agents: w.agents, hours: w.ledger.bySprint, warnings: w.metrics.warnings };
  if (w.ledger.byDay !== null) result.dailyHours = w.ledger.byDay;
  if (options.detail) {
    result.items = w.factory.all.map((item) => itemLife(w, item, end));
    result.impediments = w.impediments.all.map((imp): ImpedimentLife => ({
      impediment_id: imp.id,
      kind: imp.kind,
      effect: imp.effect,
      drag: imp.drag,
      raised_by: imp.dev.id,
      item_id: imp.item?.id ?? null,
      raised_at: imp.raisedAt,
      visible_at: imp.visibleAt,
      removal_started_at: imp.removalStartedAt,
      removed_at: imp.removedAt,
      removed_by: imp.removedBy,
      removal_hours: imp.removalHours,
    }));
  }
  if (w.trace !== null) result.trace = w.trace;
  return result;
}

/**
 * The initial Product Backlog, estimated by the PO: items that arrived over the last
 * `initialAgeWeeks` (negative creation times); the top `readyAtStart` items are already refined.
 */
function createBacklog(w: World): void {
  const b = w.scenario.backlog;
  const stream = w.stream("backlog");
  const span = b.initialAgeWeeks * w.cal.weekHours;
  for (let i = 0; i < b.initialItems; i++) {
    const item = w.factory.create(stream, -stream.uniform() * span);
    w.estimates.estimate(item);
    w.dependencies.created(item);
    w.backlogs.add(item); // binary insertion: the backlog is sorted from the first item on
  }
  const top = w.backlogs.ordered().slice(0, b.readyAtStart);
  for (const item of top) {
    w.backlogs.update(item, () => {
      item.refined = true;
      item.refinedAt = 0;
      w.estimates.estimate(item);
    });
  }
}

function noteDegenerateRuns(w: World, done: number, accepted: number): void {
  if (!w.hasProductOwner) w.metrics.warn("The Product Owner has no time for the team (availability 0): no question was answered and nothing was accepted, so no value was delivered.");
  else if (done > 0 && accepted === 0) w.metrics.warn(`${done} items were done but none was accepted: the Product Owner never had time for a Sprint Review, so no value was delivered.`);
}

function itemLife(w: World, item: Item, end: number): ItemLife {
  const blocked = item.state === "blocked" ? item.blockedHours + (end - item.blockedSince) : item.blockedHours;
  return {
    item_id: item.id,
    kind: item.kind,
    true_value: item.trueValue,
    estimated_value: item.estimatedValue,
    effort_hours: item.effort + item.extraEffort,
    estimated_effort_hours: item.estimatedEffort,
    created_at: item.createdAt,
    refined_at: item.refinedAt,
    selected_at: item.selectedAt,
    started_at: item.startedAt,
    done_at: item.doneAt,
    accepted_at: item.acceptedAt,
    value_delivered: item.valueDelivered,
    blocked_hours: blocked,
    clarifications: item.questionsAsked,
    developer: item.owner?.id ?? null,
    pruned_at: item.prunedAt,
    active_hours: item.activeHours,
    max_workers: item.maxWorkers,
    urgent: item.urgent,
    shortcut: item.shortcut,
  };
}
