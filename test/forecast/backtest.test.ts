// The walk-forward backtest: the cut-offs it tests, what it compares, and its summary.
import { describe, expect, it } from "vitest";
import { backtest, periodCases, summarize } from "../../src/forecast/backtest.js";
import { backtestHistory } from "../../src/forecast/backtest-history.js";
import { formatDay } from "../../src/forecast/days.js";
import { itemHistory, series } from "./synthetic.js";

describe("backtest", () => {
  const amount = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];
  const end = amount.map((_, i) => 100 + 14 * i);

  it("cuts off at each period end from the tenth, as long as the horizon fits", () => {
    const cases = periodCases({ end, amount }, 5);
    expect(cases.map((c) => c.k)).toEqual([10, 11]); // k + 5 <= 16 periods
    expect(cases[0]).toEqual({ k: 10, asOf: end[9], t: 5, actual: 11 + 12 + 13 + 14 + 15 });
    expect(periodCases({ end, amount }, 5, { from: end[10] }).map((c) => c.k)).toEqual([11]);
  });

  it("scores every forecast and sums up coverage, interval score and CRPS for both forecasters", () => {
    const x = series(new Array(40).fill(5), 2);
    const rows = backtest(x, periodCases({ end: x.map((_, i) => i), amount: x }, 3), { seed: 1, trials: 1000 });
    expect(rows).toHaveLength(40 - 3 - 10 + 1);
    const s = summarize(rows);
    expect(s.ours.forecasts).toBe(rows.length);
    expect(s.ours.coverage80).toBeCloseTo(rows.filter((r) => r.actual >= r.ours.q[9] && r.actual <= r.ours.q[89]).length / rows.length, 12);
    expect(s.isRatio).toBeCloseTo(s.ours.meanIS80 / s.naive.meanIS80, 12);
    expect(s.ours.pitHistogram.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(s.reliability.map((r) => r.nominal)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.98]);
    expect(s.reliability.find((r) => r.nominal === 0.8)?.ours).toBeCloseTo(s.ours.coverage80, 12);
  });

  it("tests a forecast by date from the items' own days", () => {
    const h = itemHistory(new Array(30).fill(5), 4);
    const r = backtestHistory(h, { horizon: { days: 28 }, seed: 1, trials: 1000 });
    const first = r.rows[0];
    expect(first.k).toBe(10);
    expect(first.t).toBeCloseTo(2, 10); // 28 days = 20 working days = 2 periods of 10
    const after = h.items.filter((i) => (i.done as number) > first.asOf && (i.done as number) <= first.asOf + 28).length;
    expect(first.actual).toBe(after);
    expect(formatDay(first.asOf)).toBe(formatDay(r.periods.end[9]));
  });

  it("refuses a history too short to test, saying what it needs", () => {
    // 12 periods of items, the last one not complete on the last day the history knows
    expect(() => backtestHistory(itemHistory(new Array(12).fill(3)), { horizon: { periods: 5 }, seed: 1, trials: 500 })).toThrow(/no forecast to test: the history has 11 periods of 14 days; a backtest needs 10 before a cut-off and 5 periods after it/);
  });
});
