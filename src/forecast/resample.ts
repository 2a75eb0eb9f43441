// Sample paths of future throughput by resampling past periods, each period drawn on its own
// with a weight that halves every `halfLife` periods back (recent history weighs most) and is
// multiplied by `before` for periods before a detected level shift. Pure: a seeded stream in,
// numbers out.
import type { RandomStream } from "../engine/random.js";

export interface Weighting {
  /** Periods after which a period's weight halves. */
  halfLife: number;
  /** The index of the first period after the last level shift (0: none), and the weight factor before it. */
  shiftAt?: number;
  before?: number;
}

/** Cumulative weights of periods 0 … n − 1 (last = total). */
export function cumulativeWeights(n: number, w: Weighting): Float64Array {
  const c = new Float64Array(n);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const shifted = w.shiftAt !== undefined && i < w.shiftAt ? (w.before ?? 1) : 1;
    s += Math.pow(0.5, (n - 1 - i) / w.halfLife) * shifted;
    c[i] = s;
  }
  return c;
}

/** Index drawn by cumulative weights (binary search). */
function draw(cum: Float64Array, u: number): number {
  const target = u * cum[cum.length - 1];
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid] <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `trials` paths of `horizons` periods, each period an amount of the history drawn by weight:
 * result[t * horizons + h]. Drawn period by period (all trials of period 1, then of period 2 …),
 * so a longer horizon extends the same paths. The history must hold at least one period.
 */
export function resamplePaths(amounts: ArrayLike<number>, horizons: number, trials: number, cum: Float64Array, stream: RandomStream): Float64Array {
  if (amounts.length === 0) throw new RangeError("resamplePaths: no periods to resample");
  const out = new Float64Array(trials * horizons);
  for (let h = 0; h < horizons; h++) for (let t = 0; t < trials; t++) out[t * horizons + h] = amounts[draw(cum, stream.uniform())];
  return out;
}
