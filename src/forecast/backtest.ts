// Walk-forward backtest: at each cut-off, forecast from what was known then and compare with
// what happened; the same for the naive forecaster (every past period equally likely). Scores:
// coverage of P10–P90 and P5–P95, the interval score of P10–P90 (alpha = 0.2), the CRPS, the PIT.
import { RandomStream } from "../engine/random.js";
import { Forecaster, METHOD, naiveSurface, type MethodSettings } from "./method.js";
import { crps, intervalScore, pit } from "./score.js";
import { amountAt, LEVELS } from "./surface.js";

/** One forecast to test: made from the first k periods, t periods ahead (fractional for a date), and what happened. */
export interface Case {
  k: number;
  /** The as-of day of the forecast (the end of period k). */
  asOf: number;
  t: number;
  actual: number;
}

export interface Scored {
  /** Quantiles at LEVELS of the amount t periods ahead. */
  q: Float64Array;
  pit: number;
  is80: number;
  crps: number;
  in80: boolean;
  in90: boolean;
}

export interface BacktestRow extends Case {
  ours: Scored;
  naive: Scored;
}

export interface Scores {
  forecasts: number;
  coverage80: number;
  coverage90: number;
  meanIS80: number;
  meanCRPS: number;
  /** Share of PIT values in each tenth of [0, 1]. */
  pitHistogram: number[];
}

export interface BacktestSummary {
  ours: Scores;
  naive: Scores;
  /** Mean interval score and CRPS relative to the naive forecaster's (below 1 = better). */
  isRatio: number;
  crpsRatio: number;
  /** Share of outcomes inside each central range (nominal 10 % … 90 %, 98 %). */
  reliability: Array<{ nominal: number; ours: number; naive: number }>;
}

export interface BacktestOptions {
  seed: number;
  trials: number;
  method?: MethodSettings;
}

function score(q: Float64Array, y: number): Scored {
  return { q, pit: pit(LEVELS, q, y), is80: intervalScore(q[9], q[89], y, 0.2), crps: crps(LEVELS, q, y), in80: y >= q[9] && y <= q[89], in90: y >= q[4] && y <= q[94] };
}

function rowAt(surface: { levels: readonly number[]; q: Float64Array[] }, t: number): Float64Array {
  return Float64Array.from(LEVELS, (p) => amountAt(surface, t, p));
}

export function backtest(amounts: readonly number[], cases: readonly Case[], o: BacktestOptions): BacktestRow[] {
  const forecaster = new Forecaster(amounts, o.seed, o.method ?? METHOD, true);
  return cases.map((c) => {
    const horizons = Math.max(1, Math.ceil(c.t));
    const ours = forecaster.forecast(c.k, horizons, o.trials).surface;
    const naive = naiveSurface(amounts, c.k, horizons, o.trials, new RandomStream(o.seed, `naive:${c.k}`));
    return { ...c, ours: score(rowAt(ours, c.t), c.actual), naive: score(rowAt(naive, c.t), c.actual) };
  });
}

function scores(rows: Scored[]): Scores {
  const n = rows.length;
  const hist = new Array<number>(10).fill(0);
  for (const r of rows) hist[Math.min(9, Math.floor(r.pit * 10))]++;
  const mean = (f: (r: Scored) => number) => rows.reduce((s, r) => s + f(r), 0) / n;
  return {
    forecasts: n,
    coverage80: mean((r) => (r.in80 ? 1 : 0)),
    coverage90: mean((r) => (r.in90 ? 1 : 0)),
    meanIS80: mean((r) => r.is80),
    meanCRPS: mean((r) => r.crps),
    pitHistogram: hist.map((h) => h / n),
  };
}

export function summarize(rows: readonly BacktestRow[]): BacktestSummary {
  const ours = scores(rows.map((r) => r.ours));
  const naive = scores(rows.map((r) => r.naive));
  const inside = (q: Float64Array, y: number, lo: number, hi: number) => (y >= q[lo] && y <= q[hi] ? 1 : 0);
  const reliability = [10, 20, 30, 40, 50, 60, 70, 80, 90, 98].map((c) => {
    const lo = (100 - c) / 2 - 1; // index of level (1 − c) / 2 in LEVELS
    const hi = 98 - lo;
    const share = (f: (r: BacktestRow) => Scored) => rows.reduce((s, r) => s + inside(f(r).q, r.actual, lo, hi), 0) / rows.length;
    return { nominal: c / 100, ours: share((r) => r.ours), naive: share((r) => r.naive) };
  });
  return { ours, naive, isRatio: ours.meanIS80 / naive.meanIS80, crpsRatio: ours.meanCRPS / naive.meanCRPS, reliability };
}

/** Cut-offs at each period end from the `minPeriods`-th on (and not before `from`), K periods ahead. */
export function periodCases(p: { end: readonly number[]; amount: readonly number[] }, K: number, o: { minPeriods?: number; from?: number } = {}): Case[] {
  const cases: Case[] = [];
  for (let k = Math.max(1, o.minPeriods ?? METHOD.minPeriods); k + K <= p.amount.length; k++) {
    if (o.from !== undefined && p.end[k - 1] < o.from) continue;
    let actual = 0;
    for (let i = k; i < k + K; i++) actual += p.amount[i];
    cases.push({ k, asOf: p.end[k - 1], t: K, actual });
  }
  return cases;
}
