// Sobol' first-order (S1) and total-order (ST) indices from outputs on a Saltelli sample: S1 by
// Saltelli et al. (2010), V_j = mean(f(B)·(f(AB_j) − f(A))); ST by Jansen (1999),
// mean((f(A) − f(AB_j))²) / 2; both over the variance of f on A and B, outputs centred first (as
// SALib does). 95 % percentile bootstrap intervals over the N base rows. A parameter that never
// changes the output (f(AB_j) = f(A) on every row) gets exactly 0 for both, and so do its intervals.
import type { RandomStream } from "../engine/random.js";
import { percentileInterval, resample, RESAMPLES } from "./bootstrap.js";

export interface SobolIndex {
  s1: number;
  s1Low: number;
  s1High: number;
  st: number;
  stLow: number;
  stHigh: number;
}

/** The indices of each of the D parameters; `y` is in the order saltelliSample gives (N·(D + 2) values). */
export function sobolIndices(y: ArrayLike<number>, d: number, random: RandomStream, resamples = RESAMPLES): SobolIndex[] {
  const step = d + 2;
  if (y.length === 0 || y.length % step !== 0) throw new RangeError(`Sobol indices: ${y.length} outputs is not a multiple of D + 2 = ${step}`);
  const n = y.length / step;
  let mean = 0;
  for (let i = 0; i < y.length; i++) mean += y[i];
  mean /= y.length;
  const c = Float64Array.from(y, (v) => v - mean);
  const all = Uint32Array.from({ length: n }, (_, i) => i);
  const estimate = (rows: Uint32Array, j: number): [number, number] => {
    let sum = 0;
    let sum2 = 0;
    let first = 0;
    let total = 0;
    for (const i of rows) {
      const a = c[i * step];
      const b = c[i * step + step - 1];
      const ab = c[i * step + 1 + j];
      sum += a + b;
      sum2 += a * a + b * b;
      first += b * (ab - a);
      total += (a - ab) * (a - ab);
    }
    const m = rows.length;
    const variance = sum2 / (2 * m) - (sum / (2 * m)) ** 2;
    if (!(variance > 0)) return [0, 0];
    return [first / m / variance, total / (2 * m) / variance];
  };
  const boot = Array.from({ length: d }, () => ({ s1: new Float64Array(resamples), st: new Float64Array(resamples) }));
  for (let k = 0; k < resamples; k++) {
    const rows = resample(n, random);
    for (let j = 0; j < d; j++) [boot[j].s1[k], boot[j].st[k]] = estimate(rows, j);
  }
  return boot.map((b, j) => {
    const [s1, st] = estimate(all, j);
    const i1 = percentileInterval(b.s1);
    const it = percentileInterval(b.st);
    return { s1, s1Low: i1.low, s1High: i1.high, st, stLow: it.low, stHigh: it.high };
  });
}
