// Does a paired effect survive the assumptions? Over the sample points: the direction of the
// mean effect, and the share of points where the effect keeps that sign and is larger than
// the threshold (holds), where it is within the threshold of zero (small), and where it has
// the other sign and is larger than the threshold (reversed).

export interface Robustness {
  points: number;
  /** Mean of the effect over the points. */
  mean: number;
  /** 1: the effect is positive on average, −1 negative, 0 exactly zero. */
  direction: 1 | -1 | 0;
  holds: number;
  small: number;
  reversed: number;
}

/** Which points the conclusion holds at (1) or not (0). */
export function holdsAt(effects: ArrayLike<number>, direction: number, threshold: number): Uint8Array {
  return Uint8Array.from(effects as ArrayLike<number>, (e) => (direction !== 0 && Math.sign(e) === direction && Math.abs(e) > threshold ? 1 : 0));
}

export function robustness(effects: ArrayLike<number>, threshold: number): Robustness {
  if (!(threshold >= 0)) throw new RangeError(`robustness: the threshold must be >= 0, not ${threshold}`);
  const n = effects.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += effects[i];
  const mean = n > 0 ? sum / n : NaN;
  const direction = mean > 0 ? 1 : mean < 0 ? -1 : 0;
  let holds = 0;
  let reversed = 0;
  for (let i = 0; i < n; i++) {
    const e = effects[i];
    if (!(Math.abs(e) > threshold)) continue;
    if (Math.sign(e) === direction) holds++;
    else reversed++;
  }
  return { points: n, mean, direction, holds: holds / n, small: (n - holds - reversed) / n, reversed: reversed / n };
}
