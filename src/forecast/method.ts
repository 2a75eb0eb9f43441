// The forecaster: resampled recent history for the shape (a window of at least 20 items done),
// widened per probability level and horizon by factors fitted on the team's own past forecasts
// (walk-forward, the recent ones weighing most), shrunk toward a prior factor that grows with the
// horizon; whole numbers stay whole. The constants below
// were chosen on the design half of the real teams only; docs/forecasting.md says how.
import { RandomStream } from "../engine/random.js";
import { cumulativeWeights, resamplePaths } from "./resample.js";
import { levelPrior } from "./level-prior.js";
import { lastShift } from "./shift.js";
import { LEVELS, monotone, surfaceFromPaths, type Surface } from "./surface.js";

export interface MethodSettings {
  /** A period's weight halves every this many periods back — or more, see `windowItems`. */
  halfLife: number;
  /** The half-life is lengthened until the weighted window holds about this many items (a rate from n events is known to 1/√n). */
  windowItems: number;
  /** Level shifts: split threshold, shortest segment, and the weight factor of periods before the last shift. */
  shift: { threshold: number; minSegment: number; before: number };
  /**
   * The prior widening factor at horizon h (periods): max(1, priorScale × √h) ("sqrt", kept), or
   * per history from a local-level model ("local-level", see `levelPrior`; "level-error": the same
   * without the level's walk). The two per-history priors were tried and dropped (docs/forecasting.md).
   */
  prior: "sqrt" | "local-level" | "level-error";
  /** The "sqrt" prior's scale. */
  priorScale: number;
  /** How many past forecasts the prior counts as. */
  priorWeight: number;
  /** A past forecast's weight in the calibration halves every this many periods after its outcome was known. */
  calibrationHalfLife: number;
  /** The fewest periods a forecast is made from, and a past forecast must have been made from to count. */
  minPeriods: number;
  /** The longest horizon calibrated on past forecasts; beyond it the factor of this horizon grows as the prior does. */
  calibrationHorizons: number;
  /** Trials of each past forecast replayed for the calibration. */
  calibrationTrials: number;
  /** Fitted factors are averaged over this many neighbouring levels each way. */
  factorSmoothing: number;
}

export const METHOD: MethodSettings = {
  halfLife: 6,
  windowItems: 20,
  shift: { threshold: 3, minSegment: 4, before: 0.3 },
  prior: "sqrt",
  priorScale: 0.75,
  priorWeight: 10,
  calibrationHalfLife: 20,
  minPeriods: 10,
  calibrationHorizons: 26,
  calibrationTrials: 2000,
  factorSmoothing: 4,
};

export function priorFactor(h: number, m: MethodSettings = METHOD): number {
  return Math.max(1, m.priorScale * Math.sqrt(h));
}

export interface Calibration {
  /** Past forecasts (cut-offs) the factors were fitted on at horizon 1 and at the longest horizon. */
  pastForecasts: number;
  /** First period of the current level (0 when no shift was found). */
  shiftAt: number;
  /** The half-life the forecast's recency weights used (periods). */
  halfLife: number;
  /** The prior factor at the forecast's longest calibrated horizon. */
  prior: number;
  /** The fitted factors of the P10 and P90 at the forecast's longest calibrated horizon. */
  factor10: number;
  factor90: number;
}

export interface Forecast {
  surface: Surface;
  calibration: Calibration;
}

/** Uncalibrated forecast from the first k periods: weighted resampling, `horizons` periods ahead. */
export function baseSurface(amounts: ArrayLike<number>, k: number, horizons: number, trials: number, stream: RandomStream, m: MethodSettings = METHOD): { surface: Surface; shiftAt: number; halfLife: number; cum: Float64Array } {
  const past = Array.prototype.slice.call(amounts, 0, k) as number[];
  const shiftAt = lastShift(past, m.shift);
  const halfLife = effectiveHalfLife(past, m);
  const cum = cumulativeWeights(k, { halfLife, shiftAt, before: m.shift.before });
  return { surface: surfaceFromPaths(resamplePaths(past, horizons, trials, cum, stream), trials, horizons), shiftAt, halfLife, cum };
}

/**
 * The half-life, in periods, measured in information as well as time: at least `halfLife`, and
 * long enough that the weighted window holds about `windowItems` items. Exponential weights of
 * half-life H count as 2H / ln 2 periods (Kish's effective sample), so H = max(halfLife,
 * L ln 2 / 2), L the number of periods back that hold `windowItems` items — extrapolated at the
 * history's mean rate when the whole history holds fewer; no item at all: every period alike.
 */
export function effectiveHalfLife(past: readonly number[], m: MethodSettings = METHOD): number {
  if (!(m.windowItems > 0)) return m.halfLife;
  let s = 0;
  let L = 0;
  for (let i = past.length - 1; i >= 0 && s < m.windowItems; i--) {
    s += Math.max(0, past[i]);
    L++;
  }
  if (s < m.windowItems) {
    if (s <= 0) return Infinity;
    L = (L * m.windowItems) / s;
  }
  return Math.max(m.halfLife, (L * Math.LN2) / 2);
}

/** The naive forecaster most tools use: every past period equally likely. */
export function naiveSurface(amounts: ArrayLike<number>, k: number, horizons: number, trials: number, stream: RandomStream): Surface {
  const past = Array.prototype.slice.call(amounts, 0, k) as number[];
  const cum = cumulativeWeights(k, { halfLife: Infinity });
  return surfaceFromPaths(resamplePaths(past, horizons, trials, cum, stream), trials, horizons);
}

/**
 * Forecasts from the first k periods of one history, replaying the past forecasts the
 * calibration needs once and keeping them (a backtest asks for every cut-off in turn).
 */
export class Forecaster {
  private readonly past = new Map<number, Surface>();

  /**
   * `walkForward`: the forecaster will be asked for cut-off after cut-off (a backtest), so each
   * past forecast is replayed at once as far ahead as any later cut-off will score it.
   */
  constructor(
    readonly amounts: readonly number[],
    readonly seed: number,
    readonly method: MethodSettings = METHOD,
    readonly walkForward = false,
  ) {}

  /**
   * The base forecast made at cut-off j, as replayed for calibration, at least `horizons`
   * periods ahead. Replayed again when more are needed: the paths are drawn period by period,
   * so the longer replay repeats the shorter one and extends it.
   */
  private replay(j: number, horizons: number): Surface {
    let s = this.past.get(j);
    if (!s || s.q.length < horizons) {
      s = baseSurface(this.amounts, j, horizons, this.method.calibrationTrials, new RandomStream(this.seed, `calibration:${j}`), this.method).surface;
      this.past.set(j, s);
    }
    return s;
  }

  forecast(k: number, horizons: number, trials: number): Forecast {
    const m = this.method;
    if (k < 1 || k > this.amounts.length) throw new RangeError(`forecast: cut-off ${k} outside 1 … ${this.amounts.length}`);
    const { surface: base, shiftAt, halfLife, cum } = baseSurface(this.amounts, k, horizons, trials, new RandomStream(this.seed, `forecast:${k}`), m);
    const prior = m.prior === "sqrt" ? (h: number) => priorFactor(h, m) : levelPrior(this.amounts.slice(0, k), cum, m.prior === "local-level");
    const H = Math.min(horizons, m.calibrationHorizons);
    const factors: Float64Array[] = [];
    let pastForecasts = 0;
    for (let h = 1; h <= H; h++) {
      const cases: Array<{ s: Surface; y: number; w: number }> = [];
      for (let j = m.minPeriods; j + h <= k; j++) {
        let y = 0;
        for (let i = j; i < j + h; i++) y += this.amounts[i];
        cases.push({ s: this.replay(j, this.walkForward ? H : Math.min(H, k - j)), y, w: Math.pow(0.5, (k - j - h) / m.calibrationHalfLife) });
      }
      if (h === 1) pastForecasts = cases.length;
      factors.push(smooth(fitFactors(base.q[h - 1], h, prior(h), cases, m), m.factorSmoothing));
    }
    const q = base.q.map((row, i) => {
      const h = i + 1;
      const f = h <= H ? factors[h - 1] : factors[H - 1].map((v) => (v * prior(h)) / prior(H));
      return widen(row, f);
    });
    if (this.amounts.slice(0, k).every(Number.isInteger)) for (const row of q) toWhole(row);
    const last = factors[H - 1];
    return { surface: monotone({ levels: LEVELS, q }), calibration: { pastForecasts, shiftAt, halfLife, prior: prior(H), factor10: last[9], factor90: last[89] } };
  }
}

/** Each quantile moved away from the median by its factor; never below 0. */
function widen(row: Float64Array, f: ArrayLike<number>): Float64Array {
  const med = row[49];
  return row.map((v, i) => Math.max(0, med + f[i] * (v - med)));
}

/**
 * Quantiles of a whole-number amount (items, or whole points) as whole numbers: a lower one
 * raised to the next whole number, an upper one lowered, the median kept. A count is below 1.7
 * exactly when it is below 1, so the range holds the same outcomes and is narrower; widening by
 * a factor otherwise leaves fractions, which on sparse histories (a range 0 – 1.7 where 0 – 1
 * holds as often) cost width for nothing.
 */
function toWhole(row: Float64Array): void {
  for (let i = 0; i < row.length; i++) if (i !== 49) row[i] = (i < 49 ? Math.ceil(row[i] - 1e-9) : Math.floor(row[i] + 1e-9)) || 0;
}

/**
 * Factor per level at horizon h: the one that minimizes the past forecasts' pinball loss at
 * that level — a weighted quantile of the factors each past outcome needed, each weighted by
 * its recency and by the distance the factor scales there (the loss is in the amount's unit) —
 * with the prior factor as `priorWeight` pseudo-forecasts at the current forecast's scale. So
 * past forecasts made when the team finished much less (a ramp-up) count for less.
 */
function fitFactors(current: Float64Array, h: number, prior: number, cases: Array<{ s: Surface; y: number; w: number }>, m: MethodSettings): Float64Array {
  const out = new Float64Array(LEVELS.length).fill(prior);
  if (cases.length === 0) return out;
  const f = new Float64Array(cases.length + 1);
  const w = new Float64Array(cases.length + 1);
  const order = new Uint32Array(cases.length + 1);
  for (let i = 0; i < LEVELS.length; i++) {
    if (i === 49) continue;
    let n = 0;
    for (const c of cases) {
      const row = c.s.q[h - 1];
      const d = row[i] - row[49];
      if (d === 0) continue;
      f[n] = (c.y - row[49]) / d;
      w[n] = c.w * Math.abs(d);
      n++;
    }
    const scale = Math.abs(current[i] - current[49]);
    if (n === 0 || scale === 0) continue;
    f[n] = prior;
    w[n] = m.priorWeight * scale;
    n++;
    const p = Math.max(LEVELS[i], 1 - LEVELS[i]);
    out[i] = Math.max(0, weightedQuantile(f, w, order, n, p));
  }
  return out;
}

/** The smallest value whose share of the total weight at or below it reaches p. */
function weightedQuantile(v: Float64Array, w: Float64Array, order: Uint32Array, n: number, p: number): number {
  for (let i = 0; i < n; i++) order[i] = i;
  const idx = order.subarray(0, n).sort((a, b) => v[a] - v[b] || a - b);
  let total = 0;
  for (let i = 0; i < n; i++) total += w[i];
  let acc = 0;
  for (const i of idx) {
    acc += w[i];
    if (acc >= p * total * (1 - 1e-12)) return v[i];
  }
  return v[idx[n - 1]];
}

/** Factors averaged over neighbouring levels (each side of the median on its own), so noise in one level's fit does not bunch the distribution. */
function smooth(f: Float64Array, radius: number): Float64Array {
  if (radius === 0) return f;
  const out = new Float64Array(f.length);
  for (let i = 0; i < f.length; i++) {
    const side = i < 49 ? [0, 48] : i > 49 ? [50, f.length - 1] : [49, 49];
    let s = 0;
    let n = 0;
    for (let j = Math.max(side[0], i - radius); j <= Math.min(side[1], i + radius); j++) {
      s += f[j];
      n++;
    }
    out[i] = s / n;
  }
  return out;
}
