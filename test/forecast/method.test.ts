// The forecaster: deterministic per seed, blind to what came after its cut-off, extendable in
// horizon without changing what it said, and honest where the naive forecaster is not.
import { describe, expect, it } from "vitest";
import { backtest, periodCases, summarize } from "../../src/forecast/backtest.js";
import { levelPrior } from "../../src/forecast/level-prior.js";
import { effectiveHalfLife, Forecaster, METHOD, priorFactor } from "../../src/forecast/method.js";
import { cumulativeWeights } from "../../src/forecast/resample.js";
import { series } from "./synthetic.js";

const rows = (f: { surface: { q: Float64Array[] } }) => f.surface.q.map((r) => Array.from(r));

describe("forecaster", () => {
  const x = series(Array.from({ length: 60 }, (_, i) => (i < 30 ? 4 : 9)));

  it("gives the same surface for the same seed, and another for another seed", () => {
    const a = new Forecaster(x, 7).forecast(50, 6, 2000);
    const b = new Forecaster(x, 7).forecast(50, 6, 2000);
    const c = new Forecaster(x, 8).forecast(50, 6, 2000);
    expect(rows(a)).toEqual(rows(b));
    expect(rows(a)).not.toEqual(rows(c));
  });

  it("uses nothing after its cut-off", () => {
    const changed = [...x.slice(0, 40), ...x.slice(40).map((v) => v * 5 + 3)];
    expect(rows(new Forecaster(changed, 7).forecast(40, 5, 2000))).toEqual(rows(new Forecaster(x, 7).forecast(40, 5, 2000)));
  });

  it("says the same about the first periods when asked for more of them", () => {
    const short = rows(new Forecaster(x, 7).forecast(50, 5, 2000));
    const long = rows(new Forecaster(x, 7).forecast(50, 12, 2000));
    expect(long.slice(0, 5)).toEqual(short);
  });

  it("uses the prior factor until past forecasts can be scored, then fits its own", () => {
    const young = new Forecaster(x, 7).forecast(METHOD.minPeriods, 5, 2000).calibration;
    expect(young.pastForecasts).toBe(0);
    expect(young.factor90).toBeCloseTo(priorFactor(5), 12);
    const old = new Forecaster(x, 7).forecast(55, 5, 2000).calibration;
    expect(old.pastForecasts).toBe(55 - METHOD.minPeriods);
    expect(old.factor90).not.toBe(priorFactor(5));
  });

  it("per-history prior (tried, not the default): the level's estimation error alone where the series only jitters, more where it walks", () => {
    const cum = cumulativeWeights(40, { halfLife: 6 });
    let s2 = 0;
    for (let i = 0; i < 40; i++) s2 += ((cum[i] - (i > 0 ? cum[i - 1] : 0)) / cum[39]) ** 2;
    // alternating 4, 9: first differences alternate in sign, so σ²_η = 0
    const jitter = Array.from({ length: 40 }, (_, i) => (i % 2 ? 9 : 4));
    for (const h of [1, 5, 26]) expect(levelPrior(jitter, cum)(h)).toBeCloseTo(Math.sqrt(1 + h * s2), 12);
    expect(levelPrior(jitter, cum, false)(5)).toBeCloseTo(Math.sqrt(1 + 5 * s2), 12);
    // a steady climb on √x: all walk, wider than the level error and growing with h
    const walk = Array.from({ length: 40 }, (_, i) => (2 + 0.1 * i + (i % 3 === 0 ? 0.2 : 0)) ** 2);
    expect(levelPrior(walk, cum)(5)).toBeGreaterThan(Math.sqrt(1 + 5 * s2));
    expect(levelPrior(walk, cum)(10)).toBeGreaterThan(levelPrior(walk, cum)(5));
    const young = new Forecaster(x, 7, { ...METHOD, prior: "local-level" }).forecast(METHOD.minPeriods, 5, 2000).calibration;
    expect(young.factor90).toBeCloseTo(young.prior, 12);
  });

  it("finds the level shift and weighs the level since then", () => {
    expect(new Forecaster(x, 7).forecast(50, 5, 2000).calibration.shiftAt).toBe(30);
  });

  it("covers about 80 % with P10–P90 on a steady series, as the naive forecaster does", () => {
    const steady = series(new Array(90).fill(6), 11);
    const s = summarize(backtest(steady, periodCases({ end: steady.map((_, i) => i), amount: steady }, 5), { seed: 3, trials: 2000 }));
    expect(s.naive.coverage80).toBeGreaterThan(0.65);
    expect(s.ours.coverage80).toBeGreaterThan(0.65);
    expect(s.ours.coverage80).toBeLessThan(0.95);
  });

  it("stays honest where levels shift and the naive forecaster is not", () => {
    const levels = Array.from({ length: 100 }, (_, i) => [3, 12, 5, 15, 2][Math.floor(i / 20)]);
    const shifting = series(levels, 12);
    const s = summarize(backtest(shifting, periodCases({ end: shifting.map((_, i) => i), amount: shifting }, 5), { seed: 3, trials: 2000 }));
    expect(s.naive.coverage80).toBeLessThan(0.3);
    expect(s.ours.coverage80).toBeGreaterThan(0.6);
    expect(s.ours.coverage80 - s.naive.coverage80).toBeGreaterThan(0.3);
    expect(s.isRatio).toBeLessThan(0.8);
  });

  it("lengthens the half-life until the weighted window holds about 20 items", () => {
    expect(METHOD.windowItems).toBe(20);
    expect(effectiveHalfLife(new Array(40).fill(6))).toBe(METHOD.halfLife);
    // 1 item a period: 20 periods hold 20 items, so H = 20 ln 2 / 2 ≈ 6.93
    expect(effectiveHalfLife(new Array(40).fill(1))).toBeCloseTo(10 * Math.LN2, 12);
    // 4 items in 40 periods: 200 periods would hold 20, so H = 200 ln 2 / 2
    expect(effectiveHalfLife(Array.from({ length: 40 }, (_, i) => (i % 10 === 0 ? 1 : 0)))).toBeCloseTo(100 * Math.LN2, 12);
    expect(effectiveHalfLife(new Array(40).fill(0))).toBe(Infinity);
  });

  it("on a sparse series (0.1 items a period) draws from a long window and states whole items, no wider than naive", () => {
    const sparse = series(new Array(80).fill(0.1), 13);
    const f = new Forecaster(sparse, 3).forecast(70, 5, 2000);
    expect(f.calibration.halfLife).toBeGreaterThan(30);
    for (const row of f.surface.q) for (const v of row) expect(Number.isInteger(v)).toBe(true);
    expect(f.surface.q[4][89]).toBeLessThanOrEqual(3);
    const s = summarize(backtest(sparse, periodCases({ end: sparse.map((_, i) => i), amount: sparse }, 5), { seed: 3, trials: 2000 }));
    // before the window in items and the whole-number quantiles: 1.20 × naive's interval score
    expect(s.isRatio).toBeLessThan(1.1);
    expect(s.ours.coverage80).toBeGreaterThan(0.75);
  });

  it("keeps fractions where the amounts have them (points)", () => {
    const points = series(new Array(40).fill(5), 4).map((v) => v * 1.5);
    const q = new Forecaster(points, 3).forecast(40, 3, 2000).surface.q;
    expect(q.some((row) => row.some((v) => !Number.isInteger(v)))).toBe(true);
  });
});
