// Scores of a forecast given as quantiles against what happened: interval coverage, the
// interval score (Gneiting & Raftery 2007), the CRPS by its quantile decomposition, and the
// probability integral transform (PIT). Lower scores are better; all in the amount's unit.

/** Interval score of the central (1 − alpha) interval [lo, hi]: width plus 2/alpha times the miss. */
export function intervalScore(lo: number, hi: number, y: number, alpha: number): number {
  return hi - lo + (2 / alpha) * (Math.max(0, lo - y) + Math.max(0, y - hi));
}

/** Pinball (quantile) loss of quantile q at level p. */
export function pinball(q: number, p: number, y: number): number {
  return y >= q ? p * (y - q) : (1 - p) * (q - y);
}

/**
 * CRPS of a forecast given by its quantiles q[i] at levels p[i] (an even grid over (0, 1)):
 * twice the mean pinball loss, the quantile decomposition of the CRPS (Laio & Tamea 2007).
 */
export function crps(levels: ArrayLike<number>, q: ArrayLike<number>, y: number): number {
  let s = 0;
  for (let i = 0; i < levels.length; i++) s += pinball(q[i], levels[i], y);
  return (2 * s) / levels.length;
}

/**
 * The forecast's CDF at y, read from its quantiles q[i] at levels p[i] (linear between them, 0
 * below the first, 1 above the last). Where y sits on a run of equal quantiles (an amount that
 * takes whole values), the middle of the run: the mid-PIT, (P(X < y) + P(X <= y)) / 2.
 */
export function pit(levels: ArrayLike<number>, q: ArrayLike<number>, y: number): number {
  const n = levels.length;
  let i = 0; // first quantile >= y
  while (i < n && q[i] < y) i++;
  const below = i === 0 ? 0 : i === n ? 1 : levels[i - 1] + ((y - q[i - 1]) / (q[i] - q[i - 1])) * (levels[i] - levels[i - 1]);
  let j = n - 1; // last quantile <= y
  while (j >= 0 && q[j] > y) j--;
  const atOrBelow = j < 0 ? 0 : j === n - 1 ? 1 : levels[j] + ((y - q[j]) / (q[j + 1] - q[j])) * (levels[j + 1] - levels[j]);
  return (below + atOrBelow) / 2;
}
