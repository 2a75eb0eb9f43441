// A scenario's simulated flow, measured as the team's is: items done per calendar week and the
// lead times (arrival → done, working days) of the items done, over `weeks` weeks after a
// burn-in that fills the backlog as a team's that has been working for a while (the model
// starts from a small initial backlog). Replication k runs with the scenario's replication
// seed k, so two scenarios measured with the same replications share their random numbers.
import { runScenario } from "../model/run.js";
import type { Scenario } from "../scenario/types.js";
import { flowStats, mean, type FlowStats } from "./flow.js";

/** Weeks simulated before the measured ones. */
export const BURN_IN_WEEKS = 26;

export interface FlowRun {
  /** Items done in each measured week. */
  throughput: number[];
  leadTimes: number[];
  /** The done times of the items done after the burn-in, in working days after it. */
  doneDays: number[];
  stats: FlowStats;
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
  return { throughput, leadTimes, doneDays, stats: flowStats(throughput, leadTimes) };
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
