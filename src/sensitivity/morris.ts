// Morris's elementary effects on a Morris sample: for each step of a trajectory, the change of
// the output over the change of the one parameter that moved (in unit coordinates, so an effect
// reads "change of the output across the parameter's whole range"); per parameter μ (mean
// effect, signed), μ* (mean absolute effect; Campolongo et al. 2007), σ (standard deviation:
// non-linearity and interactions) and a 95 % percentile bootstrap interval of μ* over the
// trajectories. A parameter that never changes the output has every effect exactly 0.
import type { RandomStream } from "../engine/random.js";
import { percentileInterval, resample, RESAMPLES } from "./bootstrap.js";

export interface MorrisIndex {
  mu: number;
  muStar: number;
  muStarLow: number;
  muStarHigh: number;
  sigma: number;
}

/** The elementary effects, [parameter][trajectory], from the sample `x` (unit coordinates, as morrisSample gives) and its outputs `y`. */
export function elementaryEffects(x: ArrayLike<number>, y: ArrayLike<number>, d: number): Float64Array[] {
  const rows = d + 1;
  if (y.length === 0 || y.length % rows !== 0 || x.length !== y.length * d) throw new RangeError(`Morris effects: ${y.length} outputs for ${x.length / Math.max(1, d)} points is not a whole number of trajectories of ${rows} points`);
  const r = y.length / rows;
  const ee = Array.from({ length: d }, () => new Float64Array(r).fill(NaN));
  for (let t = 0; t < r; t++) {
    for (let s = 1; s < rows; s++) {
      const now = (t * rows + s) * d;
      const before = now - d;
      let moved = -1;
      for (let j = 0; j < d; j++) if (x[now + j] !== x[before + j]) moved = moved === -1 ? j : -2;
      if (moved < 0) throw new RangeError(`Morris effects: step ${s} of trajectory ${t + 1} does not move exactly one parameter`);
      ee[moved][t] = (y[t * rows + s] - y[t * rows + s - 1]) / (x[now + moved] - x[before + moved]);
    }
  }
  for (let j = 0; j < d; j++) if (ee[j].some(Number.isNaN)) throw new RangeError(`Morris effects: parameter ${j + 1} does not move once in every trajectory`);
  return ee;
}

export function morrisIndices(x: ArrayLike<number>, y: ArrayLike<number>, d: number, random: RandomStream, resamples = RESAMPLES): MorrisIndex[] {
  const ee = elementaryEffects(x, y, d);
  const muStarOf = (e: Float64Array, rows?: Uint32Array) => {
    let s = 0;
    const n = rows ? rows.length : e.length;
    for (let i = 0; i < n; i++) s += Math.abs(e[rows ? rows[i] : i]);
    return s / n;
  };
  return ee.map((e) => {
    const r = e.length;
    let mu = 0;
    for (const v of e) mu += v;
    mu /= r;
    let ss = 0;
    for (const v of e) ss += (v - mu) ** 2;
    const boot = new Float64Array(resamples);
    for (let k = 0; k < resamples; k++) boot[k] = muStarOf(e, resample(r, random));
    const ci = percentileInterval(boot);
    return { mu, muStar: muStarOf(e), muStarLow: ci.low, muStarHigh: ci.high, sigma: r > 1 ? Math.sqrt(ss / (r - 1)) : NaN };
  });
}
