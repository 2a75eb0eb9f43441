// Statistics across replications: mean, sd, the Student-t 95 % confidence interval of the
// mean, percentiles (linear interpolation between order statistics, "type 7" as in R and
// d3.quantile), and paired differences under common random numbers, with the direction of
// "better" per run total.
import { quantile } from "../model/metrics.js";

export interface Summary {
  n: number;
  mean: number;
  sd: number;
  ci95_low: number;
  ci95_high: number;
  p10: number;
  p50: number;
  p85: number;
  p90: number;
}

export function mean(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return xs.length > 0 ? s / xs.length : NaN;
}

/** Sample standard deviation (n - 1), by a two-pass algorithm; 0 for fewer than two values. */
export function sd(xs: ArrayLike<number>, m = mean(xs)): number {
  if (xs.length < 2) return 0;
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += (xs[i] - m) ** 2;
  return Math.sqrt(s / (xs.length - 1));
}

/** The model's type-7 quantile of sorted values; NaN for none. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  return sorted.length === 0 ? NaN : quantile(sorted, p);
}

/** `scratch` (at least as long as xs): where the values are sorted, instead of a new array each time. */
export function summarize(xs: ArrayLike<number>, scratch?: Float64Array): Summary {
  const n = xs.length;
  const m = mean(xs);
  const s = sd(xs, m);
  const half = n > 1 ? tQuantile(0.975, n - 1) * (s / Math.sqrt(n)) : NaN;
  let sorted: Float64Array;
  if (scratch !== undefined && scratch.length >= n) {
    sorted = scratch.subarray(0, n);
    for (let i = 0; i < n; i++) sorted[i] = xs[i];
    sorted.sort();
  } else sorted = Float64Array.from(xs).sort();
  return { n, mean: m, sd: s, ci95_low: m - half, ci95_high: m + half, p10: quantileSorted(sorted, 0.1), p50: quantileSorted(sorted, 0.5), p85: quantileSorted(sorted, 0.85), p90: quantileSorted(sorted, 0.9) };
}

export interface PairedDifference {
  n: number;
  mean_reference: number;
  mean_scenario: number;
  mean_diff: number;
  ci95_low: number;
  ci95_high: number;
  /** Relative change of the mean, in percent (NaN when the reference mean is 0). */
  pct_change: number;
  /** Share of replications in which the scenario did better than the reference. */
  share_better: number;
}

/** The direction of "better" of a run total (RUN_METRICS' `better`), for share_better; a metric without one is an error, not a silent guess. */
export function higherIsBetter(metric: { key: string; better?: "higher" | "lower" }): boolean {
  if (metric.better === undefined) throw new Error(`run total ${metric.key} has no direction of better (RUN_METRICS' better: "higher" | "lower")`);
  return metric.better === "higher";
}

/** Paired differences scenario − reference, replication by replication. */
export function pairedDifference(reference: ArrayLike<number>, scenario: ArrayLike<number>, higherIsBetter: boolean): PairedDifference {
  const n = Math.min(reference.length, scenario.length);
  const d = new Float64Array(n);
  let better = 0;
  for (let i = 0; i < n; i++) {
    d[i] = scenario[i] - reference[i];
    if (higherIsBetter ? d[i] > 0 : d[i] < 0) better++;
  }
  const md = mean(d);
  const half = n > 1 ? tQuantile(0.975, n - 1) * (sd(d, md) / Math.sqrt(n)) : NaN;
  const mr = mean(reference.length === n ? reference : Array.prototype.slice.call(reference, 0, n));
  const ms = mean(scenario.length === n ? scenario : Array.prototype.slice.call(scenario, 0, n));
  return { n, mean_reference: mr, mean_scenario: ms, mean_diff: md, ci95_low: md - half, ci95_high: md + half, pct_change: mr !== 0 ? (100 * (ms - mr)) / Math.abs(mr) : NaN, share_better: n > 0 ? better / n : NaN };
}

/** Quantile of Student's t distribution with df degrees of freedom (bisection on the CDF). */
export function tQuantile(p: number, df: number): number {
  if (!(df > 0)) return NaN;
  if (p === 0.5) return 0;
  if (p < 0.5) return -tQuantile(1 - p, df);
  let lo = 0;
  let hi = 1;
  while (tCdf(hi, df) < p) hi *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (tCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** CDF of Student's t: 1 - I_x(df/2, 1/2) / 2 with x = df / (df + t²), for t >= 0. */
export function tCdf(t: number, df: number): number {
  const x = df / (df + t * t);
  const tail = 0.5 * incompleteBeta(x, df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** Regularized incomplete beta I_x(a, b) by Lentz's continued fraction (Numerical Recipes). */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x > (a + 1) / (a + b + 2)) return 1 - (front * continuedFraction(1 - x, b, a)) / b;
  return (front * continuedFraction(x, a, b)) / a;
}

function continuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return h;
}

/** log Γ(x) by the Lanczos approximation (g = 7, n = 9). */
function logGamma(x: number): number {
  const g = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let a = g[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += g[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
