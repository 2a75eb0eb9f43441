// A per-history prior widening factor from a local-level model: tried in place of 0.75 √h and
// dropped (docs/forecasting.md, "What was tried and dropped"); kept selectable
// (`MethodSettings.prior`, PRIOR= in the validation scripts) so that the finding can be re-run.
/**
 * The prior widening factor of one history as of its cut-off, per horizon: what a local-level
 * model (random walk plus noise) of √x says the weighted resampling misses. With the level
 * μ_t = μ_{t−1} + η_t and x_t = μ_t + ε_t (variances σ²_η, σ²_ε), and the base drawing period i
 * back with weight w_i (normalized, the weights the base forecast used), the error of the
 * h-period sum about h × the weighted mean has variance
 *   h σ²_ε + h² (σ²_ε Σw_i² + σ²_η L) + σ²_η h(h+1)(2h+1)/6,   L = Σ_j (Σ_{i>j} w_i)²
 * (own noise; the level's estimation error — noise in the mean, 1/n_eff, and the weighted mean's
 * lag behind a walking level; the level's walk over the horizon), while the resampled sum has
 * variance h (σ²_ε + σ²_η V), V = Σ w_i i − L the walk's expected weighted spread inside the
 * window. The factor is √ of their ratio, at least 1. σ²_ε, σ²_η by the method of moments from the
 * first differences Δ of √x up to the cut-off (no drift, so uncentred): E Δ² = 2σ²_ε + σ²_η,
 * E Δ_t Δ_{t−1} = −σ²_ε, σ²_ε clipped to [0, E Δ² / 2]. No constant is fitted. `walk` false:
 * σ²_η taken as 0, leaving √(1 + h Σw_i²), the level's estimation error alone.
 * Tried and dropped (docs/forecasting.md): the moment estimate of σ²_η from ≤ 100 periods is too
 * noisy, and on real teams the walk's extrapolation is too wide.
 */
export function levelPrior(past: readonly number[], cum: Float64Array, walk = true): (h: number) => number {
  const k = cum.length;
  const total = k > 0 ? cum[k - 1] : 0;
  if (!(total > 0) || past.length < 3) return () => 1;
  // w[i]: weight of the period i back (i = 0 the latest).
  const w = new Float64Array(k);
  for (let i = 0; i < k; i++) w[i] = (cum[k - 1 - i] - (k - 2 - i >= 0 ? cum[k - 2 - i] : 0)) / total;
  let S2 = 0;
  let mean = 0;
  let L = 0;
  let tail = 1;
  for (let i = 0; i < k; i++) {
    S2 += w[i] * w[i];
    mean += w[i] * i;
    tail -= w[i];
    L += tail * tail;
  }
  const V = Math.max(0, mean - L);
  const z = past.map((v) => Math.sqrt(Math.max(0, v)));
  let g0 = 0;
  let g1 = 0;
  for (let t = 1; t < z.length; t++) g0 += (z[t] - z[t - 1]) ** 2;
  for (let t = 2; t < z.length; t++) g1 += (z[t] - z[t - 1]) * (z[t - 1] - z[t - 2]);
  g0 /= z.length - 1;
  g1 /= z.length - 2;
  const e = Math.min(Math.max(0, -g1), g0 / 2);
  const eta = walk ? g0 - 2 * e : 0;
  if (!walk) return (h: number) => Math.sqrt(1 + h * S2);
  return (h: number) => {
    const den = h * (e + eta * V);
    if (!(den > 0)) return 1;
    const num = h * e + h * h * (e * S2 + eta * L) + (eta * h * (h + 1) * (2 * h + 1)) / 6;
    return Math.sqrt(Math.max(1, num / den));
  };
}
