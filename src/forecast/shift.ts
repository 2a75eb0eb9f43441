// Level shifts: binary segmentation of the square root of the throughput (which steadies the
// spread of counts), splitting where the two sides' means differ most, measured in units of
// the period-to-period noise (the median absolute first difference, robust to the shifts
// themselves). Returns the start of the last segment: where the current level began.

export interface ShiftOptions {
  /** The standardized difference of means a split must reach. */
  threshold: number;
  /** The fewest periods on either side of a split. */
  minSegment: number;
}

export function lastShift(amounts: ArrayLike<number>, o: ShiftOptions): number {
  const n = amounts.length;
  const z = Float64Array.from(amounts, (v) => Math.sqrt(Math.max(0, v)));
  const noise = noiseScale(z);
  if (!(noise > 0)) return 0;
  let start = 0;
  for (;;) {
    const m = n - start;
    if (m < 2 * o.minSegment) return start;
    const cum = new Float64Array(m + 1);
    for (let i = 0; i < m; i++) cum[i + 1] = cum[i] + z[start + i];
    let best = -1;
    let stat = 0;
    for (let t = o.minSegment; t <= m - o.minSegment; t++) {
      const diff = Math.abs((cum[m] - cum[t]) / (m - t) - cum[t] / t);
      const s = diff / (noise * Math.sqrt(1 / t + 1 / (m - t)));
      if (s > stat) {
        stat = s;
        best = t;
      }
    }
    if (stat < o.threshold) return start;
    start += best;
  }
}

/** Noise of a series from its first differences: median |Δ| / (0.6745 √2), or its sd when that is 0. */
function noiseScale(z: Float64Array): number {
  if (z.length < 2) return 0;
  const d = new Float64Array(z.length - 1);
  for (let i = 1; i < z.length; i++) d[i - 1] = Math.abs(z[i] - z[i - 1]);
  d.sort();
  const med = d[Math.floor(d.length / 2)];
  if (med > 0) return med / (0.6745 * Math.SQRT2);
  let mean = 0;
  for (const v of z) mean += v;
  mean /= z.length;
  let ss = 0;
  for (const v of z) ss += (v - mean) ** 2;
  return Math.sqrt(ss / (z.length - 1));
}
