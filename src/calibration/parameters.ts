// The parameters `calibrate` fits, each searched on a log scale within bounds, and how a point
// of the search becomes a scenario. Four parameters for four figures of the team's flow:
// - backlog.effort.mean — item size: sets how many items a week the team finishes;
// - backlog.effort.cv — the spread of item sizes: how long the lead-time tail is, and how
//   lumpy throughput is;
// - arrivals.load — arriving work as a share of capacity: how long items wait;
// - arrivals.dispersion — bursts and lulls of arriving work: how variable throughput is.
// Team speed (team.skill.mean) is left at the baseline's: throughput and lead times only see
// effort ÷ speed, so it cannot be told apart from item size. Impediment rates are left too: on
// these four figures their effect is small and confounded with item size (docs/forecasting.md).
import type { Scenario } from "../scenario/types.js";
import { getPath, setPath } from "../scenario/paths.js";

export interface Parameter {
  key: string;
  /** What it stands for, in the fit report. */
  label: string;
  min: number;
  max: number;
  /** The first step of the search, in log units. */
  step: number;
}

export const PARAMETERS: readonly Parameter[] = [
  { key: "backlog.effort.mean", label: "item size (mean ideal hours)", min: 2, max: 5000, step: 0.5 },
  { key: "backlog.effort.cv", label: "spread of item sizes (CV)", min: 0.2, max: 5, step: 0.5 },
  { key: "arrivals.load", label: "arriving work (share of capacity)", min: 0.2, max: 5, step: 0.3 },
  { key: "arrivals.dispersion", label: "bursts of arriving work (CV of the weekly rate)", min: 0.05, max: 5, step: 0.7 },
  { key: "backlog.pruneAfterWeeks", label: "unrefined items dropped after (weeks)", min: 2, max: 520, step: 0.7 },
];

/** A point of the search: the natural logarithm of each parameter, in PARAMETERS order. */
export type Point = number[];

/** The parameter values of a point, clamped to their bounds and rounded to 3 significant digits (as written to the scenario file). */
export function valuesOf(x: Point): number[] {
  return PARAMETERS.map((p, i) => round3(Math.min(p.max, Math.max(p.min, Math.exp(x[i])))));
}

/** How far a point lies outside the bounds, in log units (0 inside). */
export function outside(x: Point): number {
  let d = 0;
  PARAMETERS.forEach((p, i) => {
    d += Math.max(0, Math.log(p.min) - x[i]) + Math.max(0, x[i] - Math.log(p.max));
  });
  return d;
}

/** The point of parameter values (each clamped to its bounds first: a prune age of 0, never, is the longest). */
export function pointOf(values: readonly number[]): Point {
  return values.map((v, i) => Math.log(v > 0 ? Math.min(PARAMETERS[i].max, Math.max(PARAMETERS[i].min, v)) : PARAMETERS[i].max));
}

/** The scenario's current values of the parameters. */
export function currentValues(s: Scenario): number[] {
  return PARAMETERS.map((p) => getPath(s, p.key) as number);
}

/** A copy of the scenario with the parameters set. */
export function withValues(s: Scenario, values: readonly number[]): Scenario {
  const out = structuredClone(s);
  PARAMETERS.forEach((p, i) => setPath(out as unknown as Record<string, unknown>, p.key, values[i]));
  return out;
}

export function round3(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const e = Math.floor(Math.log10(Math.abs(x))) - 2;
  const f = Math.pow(10, -e);
  return e < 0 ? Math.round(x * f) / f : Math.round(x / Math.pow(10, e)) * Math.pow(10, e);
}
