// Quantile surfaces from sample paths, and the answers read from them.
import { describe, expect, it } from "vitest";
import { amountAt, atLevel, LEVELS, periodsToReach, surfaceFromPaths } from "../../src/forecast/surface.js";

/** Paths where trial t finishes t + 1 in every period (trials 0 … 99). */
function ladder(trials = 100, horizons = 4): Float64Array {
  const out = new Float64Array(trials * horizons);
  for (let t = 0; t < trials; t++) for (let h = 0; h < horizons; h++) out[t * horizons + h] = t + 1;
  return out;
}

describe("surfaces", () => {
  it("holds the quantiles of the cumulative amount at each horizon", () => {
    const s = surfaceFromPaths(ladder(), 100, 4);
    expect(s.q).toHaveLength(4);
    // At horizon h the amounts are h, 2h, … 100h: the type-7 median is 50.5 h.
    for (let h = 1; h <= 4; h++) expect(s.q[h - 1][49]).toBeCloseTo(50.5 * h, 10);
  });

  it("is non-decreasing along levels and horizons", () => {
    const s = surfaceFromPaths(ladder(), 100, 4);
    for (let h = 0; h < 4; h++)
      for (let i = 1; i < LEVELS.length; i++) {
        expect(s.q[h][i]).toBeGreaterThanOrEqual(s.q[h][i - 1]);
        if (h > 0) expect(s.q[h][i]).toBeGreaterThanOrEqual(s.q[h - 1][i]);
      }
  });

  it("reads fractional horizons linearly within a period, and 0 at the start", () => {
    const s = surfaceFromPaths(ladder(), 100, 4);
    expect(amountAt(s, 0, 0.5)).toBe(0);
    expect(amountAt(s, 0.5, 0.5)).toBeCloseTo(50.5 / 2, 10);
    expect(amountAt(s, 2.25, 0.5)).toBeCloseTo(50.5 * 2.25, 10);
    expect(() => amountAt(s, 5, 0.5)).toThrow(RangeError);
    expect(atLevel(LEVELS, s.q[0], 0.505)).toBeCloseTo((s.q[0][49] + s.q[0][50]) / 2, 10);
  });

  it("finds when an amount is reached with a given chance: later for a surer answer", () => {
    const s = surfaceFromPaths(ladder(), 100, 4);
    // 50 % likely: the median trial, 50.5 a period, passes 60 a fifth of the way into period 2.
    expect(periodsToReach(s, 60, 0.5)).toBeCloseTo(1 + (60 - 50.5) / 50.5, 10);
    // 85 % likely: the 15th percentile, 15.85 a period, passes 60 during period 4.
    const q15 = s.q[0][14];
    expect(periodsToReach(s, 60, 0.85)).toBeCloseTo(3 + (60 - 3 * q15) / q15, 10);
    expect(periodsToReach(s, 101, 0.85)).toBeUndefined(); // beyond the 4 periods of the surface
    expect(periodsToReach(s, 10_000, 0.5)).toBeUndefined();
    expect(periodsToReach(s, 0, 0.5)).toBe(0);
  });
});
