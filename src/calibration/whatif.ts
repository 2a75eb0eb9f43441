// What-if forecasts: the team as it is and with each practice change, simulated on the same
// replications (common random numbers: replication k of every arm has the same seed, so the
// same work arrives with the same sizes), each run's items done per period after the burn-in
// turned into sample paths, and the paths into dates or amounts through the forecast's own
// machinery (surfaceFromPaths, answer). The shift of each percentile against the team as it is
// comes with a paired bootstrap interval: replications resampled together in both arms.
import { RandomStream } from "../engine/random.js";
import { answer, type Question, type Timeline } from "../forecast/outlook.js";
import { surfaceFromPaths, type Surface } from "../forecast/surface.js";
import type { Scenario } from "../scenario/types.js";
import type { Change } from "./practice.js";
import { flowRun } from "./simulate.js";

export interface Arm {
  name: string;
  scenario: Scenario;
  changes: Change[];
}

export interface WhatIfOptions {
  question: Question;
  timeline: Timeline;
  /** Replications per arm (the same seeds in every arm). */
  runs: number;
  /** Periods to simulate after the burn-in. */
  horizons: number;
  /** Bootstrap resamples of the paired interval, and its seed. */
  bootstrap: number;
  seed: number;
  /** Percentiles whose shift is reported. */
  shiftsAt: readonly number[];
}

export interface Shift {
  q: number;
  /** Working days ("when") or amount ("how-many") against the team as it is; undefined when either is beyond the simulated span. */
  shift?: number;
  low?: number;
  high?: number;
}

export interface ArmResult {
  name: string;
  changes: Change[];
  surface: Surface;
  /** Value at every percentile 1 … 99 (a day for "when", an amount for "how-many"); undefined: beyond the simulated span. */
  values: Array<number | undefined>;
  /** Against the first arm (none for the first). */
  shifts: Shift[];
  /** Mean items done per period over the simulated span. */
  throughput: number;
}

/** Items done in each of `horizons` periods (of `perPeriod` working days) after the burn-in of run k, into paths[k * horizons …]. */
export function simulatedPath(s: Scenario, k: number, horizons: number, perPeriod: number, paths: Float64Array): void {
  for (const d of flowRun(s, k, Math.ceil((horizons * perPeriod) / 5)).doneDays) {
    const h = Math.floor(d / perPeriod);
    if (h < horizons) paths[k * horizons + h]++;
  }
}

/** The what-if run to its end. */
export function whatIf(arms: readonly Arm[], o: WhatIfOptions): ArmResult[] {
  const it = whatIfRuns(arms, o);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}

/** The what-if as steps of work: it yields its progress (runs done) after each simulated run. */
export function* whatIfRuns(arms: readonly Arm[], o: WhatIfOptions): Generator<{ done: number; total: number }, ArmResult[], void> {
  const total = arms.length * o.runs;
  const paths = arms.map(() => new Float64Array(o.runs * o.horizons));
  for (let i = 0; i < arms.length; i++)
    for (let k = 0; k < o.runs; k++) {
      simulatedPath(arms[i].scenario, k, o.horizons, o.timeline.perPeriod, paths[i]);
      yield { done: i * o.runs + k + 1, total };
    }
  const valuesOf = (surface: Surface, qs: readonly number[]) => {
    const a = answer(surface, o.question, o.timeline);
    return qs.map((q) => a.at(q));
  };
  const all = Array.from({ length: 99 }, (_, i) => i + 1);
  const results = arms.map((arm, i): ArmResult => {
    const surface = surfaceFromPaths(paths[i], o.runs, o.horizons);
    let sum = 0;
    for (const v of paths[i]) sum += v;
    return { name: arm.name, changes: arm.changes, surface, values: valuesOf(surface, all), shifts: [], throughput: sum / (o.runs * o.horizons) };
  });
  // The paired bootstrap: the same resampled replications in the team's arm and the what-if's.
  const stream = new RandomStream(o.seed, "what-if:bootstrap");
  const draws: number[][][] = arms.map(() => []);
  const picked = new Float64Array(o.runs * o.horizons);
  const resampled = (p: Float64Array, idx: Uint32Array) => {
    for (let t = 0; t < o.runs; t++) picked.set(p.subarray(idx[t] * o.horizons, (idx[t] + 1) * o.horizons), t * o.horizons);
    return surfaceFromPaths(picked, o.runs, o.horizons);
  };
  const idx = new Uint32Array(o.runs);
  for (let b = 0; b < o.bootstrap; b++) {
    for (let t = 0; t < o.runs; t++) idx[t] = stream.integer(0, o.runs - 1);
    arms.forEach((_, i) => draws[i].push(valuesOf(resampled(paths[i], idx), o.shiftsAt).map((v) => v ?? NaN)));
  }
  const diff = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b) ? undefined : o.question.kind === "items" ? workingDaysBetween(o.timeline, a, b) : b - a);
  for (let i = 1; i < arms.length; i++) {
    results[i].shifts = o.shiftsAt.map((q, j) => {
      const shift = diff(results[0].values[q - 1], results[i].values[q - 1]);
      const boot = draws[i].map((row, b) => diff(draws[0][b][j], row[j])).filter((v): v is number => v !== undefined).sort((x, y) => x - y);
      if (shift === undefined || boot.length < 0.95 * o.bootstrap) return { q, shift };
      return { q, shift, low: boot[Math.floor(0.025 * (boot.length - 1))], high: boot[Math.ceil(0.975 * (boot.length - 1))] };
    });
  }
  return results;
}

/** Working days from day a to day b, signed (b before a: negative). */
function workingDaysBetween(t: Timeline, a: number, b: number): number {
  return b >= a ? t.calendar.between(a, b) : -t.calendar.between(b, a);
}
