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

/**
 * Walker's alias table of the weights given cumulatively: a draw is one uniform, whose whole
 * part picks a column and whose fraction picks the column's own index or its alias.
 */
export function aliasTable(cum: Float64Array): { prob: Float64Array; alias: Uint32Array } {
  const n = cum.length;
  const total = cum[n - 1];
  const prob = new Float64Array(n);
  const alias = new Uint32Array(n);
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < n; i++) {
    prob[i] = ((cum[i] - (i > 0 ? cum[i - 1] : 0)) * n) / total;
    alias[i] = i;
    (prob[i] < 1 ? small : large).push(i);
  }
  while (small.length > 0 && large.length > 0) {
    const s = small.pop() as number;
    const l = large[large.length - 1];
    alias[s] = l;
    prob[l] -= 1 - prob[s];
    if (prob[l] < 1) small.push(large.pop() as number);
  }
  for (const i of [...small, ...large]) prob[i] = 1;
  return { prob, alias };
}

/**
 * `trials` paths of `horizons` periods, each period an amount of the history drawn by weight:
 * result[t * horizons + h]. Drawn period by period (all trials of period 1, then of period 2 …),
 * so a longer horizon extends the same paths. The history must hold at least one period.
 */
export function resamplePaths(amounts: ArrayLike<number>, horizons: number, trials: number, cum: Float64Array, stream: RandomStream): Float64Array {
  if (amounts.length === 0) throw new RangeError("resamplePaths: no periods to resample");
  const { prob, alias } = aliasTable(cum);
  const n = cum.length;
  const out = new Float64Array(trials * horizons);
  for (let h = 0; h < horizons; h++)
    for (let t = 0; t < trials; t++) {
      const u = stream.uniform() * n;
      const i = Math.floor(u);
      out[t * horizons + h] = amounts[u - i < prob[i] ? i : alias[i]];
    }
  return out;
}
