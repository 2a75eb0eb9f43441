// Percentile bootstrap: an estimate recomputed on resamples (indices drawn with replacement
// from a named random stream), and the 2.5 % and 97.5 % quantiles of the recomputed values.
import type { RandomStream } from "../engine/random.js";
import { quantile } from "../model/metrics.js";

export const RESAMPLES = 1000;

export interface Interval {
  low: number;
  high: number;
}

/** Indices 0 … n − 1 drawn n times with replacement. */
export function resample(n: number, random: RandomStream): Uint32Array {
  const r = new Uint32Array(n);
  for (let i = 0; i < n; i++) r[i] = random.integer(0, n - 1);
  return r;
}

/** The 95 % percentile interval of bootstrap values (NaN values, from degenerate resamples, are left out). */
export function percentileInterval(values: ArrayLike<number>): Interval {
  const sorted = Float64Array.from(values).filter((v) => !Number.isNaN(v)).sort();
  if (sorted.length === 0) return { low: NaN, high: NaN };
  return { low: quantile(sorted, 0.025), high: quantile(sorted, 0.975) };
}
