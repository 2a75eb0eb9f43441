// How much work an experiment asks for, estimated from scenario values before anything runs:
// schema-valid extremes (50 developers, 500 sprints, 200 interruptions a day) are refused with
// a message naming what makes them costly instead of taking half an hour per replication, the
// summaries' memory is bounded, and a long run is announced before it starts.
//
// replicationCost() is the one place to adjust when the model changes: each term is a count
// the model's work grows with (people-days, interruptions, impediments, backlog items) and a
// cost fitted to measurements on the reference machine (2 cores, Node 20; `npx tsx
// bench/budget.ts` prints estimate against measured for a set of scenarios). Superlinear terms
// are the model's own: open impediments and interruptions are scanned per event.
import { sprintsOf } from "../scenario/horizon.js";
import { RUN_METRICS } from "../model/result.js";
import type { Scenario } from "../scenario/types.js";
import { SPRINT_SUMMARY_METRICS } from "./aggregate.js";

/** A replication estimated to take longer than this (ms on the reference machine) is refused. */
export const MAX_REPLICATION_MS = 10_000;
/** An experiment estimated to take longer than this (ms of wall time) is announced on stderr first. */
export const LONG_RUN_MS = 60_000;
/**
 * Worker threads do not each run as fast as one thread alone (their garbage collection, in small
 * young generations, shares the cores): run --runs 10000 took 45.3 s on one thread and 32.0 s on
 * two, 0.71 of two threads' worth (docs/performance.md).
 */
export const PARALLEL_EFFICIENCY = 0.7;
/** The summaries hold at most this much per arm (the run totals and the per-sprint values). */
export const MAX_SUMMARY_BYTES = 1024 ** 3;

export interface CostTerm {
  /** What the work grows with, in words and keys. */
  what: string;
  ms: number;
}

export interface Cost {
  ms: number;
  terms: CostTerm[];
}

/** A count with thousands separators, as toLocaleString("en-US") writes it, without loading the locale data (tens of ms at start-up). */
const fmt = (x: number) => {
  const r = Math.round(x);
  return Number.isSafeInteger(r) && !Object.is(r, -0) ? String(r).replace(/\B(?=(\d{3})+(?!\d))/g, ",") : r.toLocaleString("en-US");
};

/** Estimated milliseconds of one replication on the reference machine, and what they come from. */
export function replicationCost(s: Scenario): Cost {
  const days = sprintsOf(s) * s.calendar.sprintDays;
  const weeks = days / 5;
  const people = s.team.developers + 3;
  const env = s.environment;
  const interruptions = env.interruptionsPerDay * days;
  const impediments = weeks * (s.team.developers * (env.technicalRate + env.externalDependencyRate) + env.teamConflictRate + env.organizationalRate * 2 * (1 - env.managementSupport));
  // Work arriving (as the model's arrivals do) and the Product Backlog it can pile up to before the PO prunes it.
  const perWeek = (s.arrivals.load * s.team.developers * 40 * s.arrivals.focus * s.team.skill.mean) / s.backlog.effort.mean;
  const arriving = perWeek * weeks;
  const items = s.backlog.initialItems;
  const piled = Math.min(arriving, perWeek * (s.backlog.pruneAfterWeeks > 0 ? s.backlog.pruneAfterWeeks : weeks));
  // Fitted on the revised model by relative least squares over `npx tsx bench/budget.ts`'s cases
  // (0.69–1.64 of the measured time, within this machine's noise). Where the model grows faster
  // beyond those cases (interruptions and impediments are scanned per event, the backlog is kept
  // sorted), the larger of that fit and the first round's steeper term: an extreme scenario is
  // never estimated cheaper than it was.
  /** Keeping n items of the Product Backlog in order: the initial items' share and the arriving items' share add up to it. */
  const ordering = (n: number) => 1.01e-5 * n ** 1.8;
  const terms: CostTerm[] = [
    { what: `${fmt(people * days)} person-days (team.developers × the horizon's working days)`, ms: 0.00336 * people * days + 4.64e-5 * people * people * days },
    { what: `${fmt(interruptions)} interruptions (environment.interruptionsPerDay × working days)`, ms: 0.001 * interruptions + 3.3e-19 * interruptions ** 4 },
    { what: `about ${fmt(impediments)} impediments (the environment's impediment rates × team.developers × weeks)`, ms: Math.max(1.4e-5 * impediments ** 1.8, 1.22e-9 * impediments ** 2.8) },
    { what: `${fmt(items)} backlog items (backlog.initialItems)`, ms: Math.max(ordering(items + piled) - ordering(piled), 4.96e-11 * items ** 3) },
    { what: `about ${fmt(arriving)} items arriving, up to ${fmt(piled)} waiting (arrivals.load, backlog.effort.mean, backlog.pruneAfterWeeks)`, ms: Math.max(ordering(piled), 0.002 * arriving + 4.96e-11 * piled ** 3) },
  ];
  return { ms: terms.reduce((sum, t) => sum + t.ms, 0), terms: terms.sort((a, b) => b.ms - a.ms) };
}

/** "about 40 s" / "about 3 min" / "about 2 h". */
export function duration(ms: number): string {
  if (ms < 1000) return "under a second";
  if (ms < 90_000) return `about ${Math.round(ms / 1000)} s`;
  if (ms < 90 * 60_000) return `about ${Math.round(ms / 60_000)} min`;
  return `about ${(ms / 3_600_000).toFixed(ms < 36_000_000 ? 1 : 0)} h`;
}

/** Why a scenario is too costly to run (its replication estimate over the limit), or undefined. */
export function tooCostly(s: Scenario): string | undefined {
  const cost = replicationCost(s);
  if (cost.ms <= MAX_REPLICATION_MS) return undefined;
  return `one replication would take ${duration(cost.ms)}, mostly for ${cost.terms[0].what}; scrumlab runs scenarios of at most ${duration(MAX_REPLICATION_MS)} a replication: lower those values`;
}

/** Bytes the summaries of one arm hold: the run totals (twice in a compare: reference and arm) and the charted sprint metrics. */
export function summaryBytes(runs: number, sprints: number, compare: boolean): number {
  return runs * 8 * (RUN_METRICS.length * (compare ? 2 : 1) + SPRINT_SUMMARY_METRICS.length * sprints);
}

/** Why the summaries would not fit in memory, or undefined. */
export function tooLarge(runs: number, sprints: number, compare: boolean): string | undefined {
  const bytes = summaryBytes(runs, sprints, compare);
  if (bytes <= MAX_SUMMARY_BYTES) return undefined;
  const most = Math.floor(MAX_SUMMARY_BYTES / summaryBytes(1, sprints, compare));
  return `${fmt(runs)} runs of ${fmt(sprints)} sprints would need ${(bytes / 1024 ** 3).toFixed(1)} GB to summarize; at most ${fmt(most)} runs of ${fmt(sprints)} sprints fit in ${MAX_SUMMARY_BYTES / 1024 ** 3} GB (or fewer sprints)`;
}

/** The warning for a long experiment, or undefined: estimated wall time over `jobs` threads. */
export function longRunWarning(perReplicationMs: number[], runs: number, jobs: number): string | undefined {
  const total = perReplicationMs.reduce((sum, ms) => sum + ms * runs, 0);
  const wall = total / (jobs > 1 ? jobs * PARALLEL_EFFICIENCY : 1);
  if (wall <= LONG_RUN_MS) return undefined;
  return `this experiment will take ${duration(wall)} (${fmt(runs * perReplicationMs.length)} replications, ${duration(total / (runs * perReplicationMs.length))} each, on ${jobs} thread${jobs > 1 ? "s" : ""}); Ctrl-C stops it and leaves nothing behind`;
}

/** The warning for a long story --vs: each attribution replication runs both scenarios and each differing setting alone (about ten runs). */
export function storyWarning(a: Scenario, b: Scenario, replications: number): string | undefined {
  const total = (replicationCost(a).ms + replicationCost(b).ms) * 5 * replications;
  return total > LONG_RUN_MS ? `the attribution will take ${duration(total)} (${replications.toLocaleString("en-US")} replications of both scenarios and of each difference alone); Ctrl-C stops it` : undefined;
}
