// A forecast as a quantile surface: for each horizon h = 1 … H periods ahead, the quantiles of
// the cumulative amount finished, at fixed probability levels. Non-decreasing along both axes.
// Any source of sample paths (resampled history, or per-period throughput simulated by the
// model) becomes a surface through `surfaceFromPaths`, and every answer (dates, amounts,
// scores) is read from a surface, so the what-if can reuse the machinery unchanged.
import { quantileSorted } from "../experiment/stats.js";

/** The probability levels of a surface: 0.01, 0.02, … 0.99. */
export const LEVELS: readonly number[] = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

export interface Surface {
  levels: readonly number[];
  /** q[h - 1][i]: quantile at levels[i] of the amount finished in the first h periods. */
  q: Float64Array[];
}

/**
 * The surface of sample paths: `perPeriod[t * horizons + h]` is what trial t finished in period
 * h + 1 (h from 0). Each horizon's cumulative amounts are sorted and read at the levels.
 */
export function surfaceFromPaths(perPeriod: Float64Array, trials: number, horizons: number, levels: readonly number[] = LEVELS): Surface {
  if (perPeriod.length !== trials * horizons) throw new RangeError(`surfaceFromPaths: ${perPeriod.length} values for ${trials} trials × ${horizons} horizons`);
  const cum = new Float64Array(trials);
  const col = new Float64Array(trials);
  const q: Float64Array[] = [];
  for (let h = 0; h < horizons; h++) {
    for (let t = 0; t < trials; t++) {
      cum[t] += perPeriod[t * horizons + h];
      col[t] = cum[t];
    }
    col.sort();
    q.push(Float64Array.from(levels, (p) => quantileSorted(col, p)));
  }
  return monotone({ levels, q });
}

/** Enforces order: quantiles sorted within a horizon, and never lower at a longer horizon. */
export function monotone(s: Surface): Surface {
  for (let h = 0; h < s.q.length; h++) {
    s.q[h].sort();
    if (h > 0) for (let i = 0; i < s.levels.length; i++) if (s.q[h][i] < s.q[h - 1][i]) s.q[h][i] = s.q[h - 1][i];
  }
  return s;
}

/** The quantile at level p (interpolated between levels, clamped to the outermost) after t periods (fractional: linear within a period; 0 at t = 0). */
export function amountAt(s: Surface, t: number, p: number): number {
  if (t <= 0) return 0;
  const H = s.q.length;
  if (t > H) throw new RangeError(`amountAt: horizon ${t} beyond the surface's ${H} periods`);
  const lo = Math.floor(t);
  const f = t - lo;
  const a = lo === 0 ? 0 : atLevel(s.levels, s.q[lo - 1], p);
  return f === 0 ? a : a + f * (atLevel(s.levels, s.q[Math.min(H, lo + 1) - 1], p) - a);
}

/** A quantile row read at level p: linear between the levels, the outermost value beyond them. */
export function atLevel(levels: readonly number[], row: ArrayLike<number>, p: number): number {
  const n = levels.length;
  if (p <= levels[0]) return row[0];
  if (p >= levels[n - 1]) return row[n - 1];
  let i = 1;
  while (levels[i] < p) i++;
  const f = (p - levels[i - 1]) / (levels[i] - levels[i - 1]);
  return row[i - 1] + f * (row[i] - row[i - 1]);
}

/**
 * The number of periods (fractional) after which the amount reaches `n` with probability `q`:
 * the first t with quantile(1 − q) after t periods ≥ n; undefined beyond the surface.
 */
export function periodsToReach(s: Surface, n: number, q: number): number | undefined {
  if (n <= 0) return 0;
  const p = 1 - q;
  let prev = 0;
  for (let h = 1; h <= s.q.length; h++) {
    const v = atLevel(s.levels, s.q[h - 1], p);
    if (v >= n) return h - 1 + (n - prev) / (v - prev);
    prev = v;
  }
  return undefined;
}
