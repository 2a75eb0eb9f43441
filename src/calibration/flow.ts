// Flow statistics of a history, real or simulated: throughput per period (mean, coefficient of
// variation, lag-1 autocorrelation) and lead times (percentiles, the ratio P85 / P50 and the
// shape of a Weibull fitted by maximum likelihood). Pure functions: numbers in, numbers out.
import { quantile } from "../model/metrics.js";

export interface FlowStats {
  /** Periods of the throughput series. */
  periods: number;
  throughputMean: number;
  throughputCv: number;
  lag1: number;
  /** Lead times counted (done items with a creation date). */
  items: number;
  leadP50: number;
  leadP85: number;
  leadP95: number;
  /** P85 / P50 of the lead times (how heavy the tail is). */
  leadRatio: number;
  /** Weibull shape fitted to the positive lead times (below 1: heavier tail than exponential). */
  weibullShape: number;
}

export function mean(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  return x.length > 0 ? s / x.length : NaN;
}

/** Sample coefficient of variation (sd with n − 1, over the mean). */
export function cv(x: ArrayLike<number>): number {
  const m = mean(x);
  if (!(x.length > 1) || !(m > 0)) return NaN;
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] - m) ** 2;
  return Math.sqrt(s / (x.length - 1)) / m;
}

/** Lag-1 autocorrelation (the usual estimator: lagged cross-products over the total sum of squares). */
export function lag1(x: ArrayLike<number>): number {
  const m = mean(x);
  let num = 0;
  let den = 0;
  for (let i = 0; i < x.length; i++) {
    den += (x[i] - m) ** 2;
    if (i > 0) num += (x[i] - m) * (x[i - 1] - m);
  }
  return den > 0 ? num / den : NaN;
}

/**
 * Weibull shape k by maximum likelihood: the root of
 * Σ xᵏ ln x / Σ xᵏ − 1/k − mean(ln x) = 0, found by bisection on [0.05, 20] (values ≤ 0 ignored).
 */
export function weibullShape(values: ArrayLike<number>): number {
  const x: number[] = [];
  for (let i = 0; i < values.length; i++) if (values[i] > 0) x.push(values[i]);
  if (x.length < 2) return NaN;
  const logs = x.map(Math.log);
  const meanLog = mean(logs);
  const g = (k: number) => {
    let a = 0;
    let b = 0;
    for (let i = 0; i < x.length; i++) {
      const p = Math.exp(k * logs[i]);
      a += p * logs[i];
      b += p;
    }
    return a / b - 1 / k - meanLog;
  };
  let lo = 0.05;
  let hi = 20;
  if (g(lo) > 0 || g(hi) < 0) return NaN;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (g(mid) < 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** The flow statistics of a throughput series and a list of lead times. */
export function flowStats(throughput: ArrayLike<number>, leadTimes: ArrayLike<number>): FlowStats {
  const sorted = Float64Array.from(leadTimes).sort();
  const q = (p: number) => (sorted.length > 0 ? quantile(sorted, p) : NaN);
  const p50 = q(0.5);
  const p85 = q(0.85);
  return {
    periods: throughput.length,
    throughputMean: mean(throughput),
    throughputCv: cv(throughput),
    lag1: lag1(throughput),
    items: sorted.length,
    leadP50: p50,
    leadP85: p85,
    leadP95: q(0.95),
    leadRatio: p50 > 0 ? p85 / p50 : NaN,
    weibullShape: weibullShape(sorted),
  };
}
