// Scores checked by hand: interval score, pinball and CRPS, PIT.
import { describe, expect, it } from "vitest";
import { crps, intervalScore, pinball, pit } from "../../src/forecast/score.js";
import { LEVELS } from "../../src/forecast/surface.js";

describe("scores", () => {
  it("interval score: the width, plus 2/alpha times the miss", () => {
    expect(intervalScore(10, 20, 15, 0.2)).toBe(10);
    expect(intervalScore(10, 20, 5, 0.2)).toBe(10 + 10 * 5);
    expect(intervalScore(10, 20, 23, 0.2)).toBe(10 + 10 * 3);
  });

  it("pinball loss weighs misses on each side by the level", () => {
    expect(pinball(10, 0.9, 12)).toBeCloseTo(1.8);
    expect(pinball(10, 0.9, 8)).toBeCloseTo(0.2);
  });

  it("CRPS of a point forecast is the absolute error; of a uniform forecast, its known value", () => {
    const point = LEVELS.map(() => 7);
    expect(crps(LEVELS, point, 10)).toBeCloseTo(3, 10);
    // Uniform on [0, 1]: CRPS(y) = y² − y + 1/3 for y in [0, 1]; the 99-level grid is close.
    const uniform = LEVELS.map((p) => p);
    for (const y of [0.1, 0.5, 0.8]) expect(crps(LEVELS, uniform, y)).toBeCloseTo(y * y - y + 1 / 3, 2);
  });

  it("PIT: the level at which the outcome sits; the middle of a run of equal quantiles", () => {
    const uniform = LEVELS.map((p) => p * 100);
    expect(pit(LEVELS, uniform, 37)).toBeCloseTo(0.37, 10);
    expect(pit(LEVELS, uniform, -5)).toBe(0);
    expect(pit(LEVELS, uniform, 500)).toBe(1);
    const lumpy = LEVELS.map((p) => (p < 0.4 ? 0 : p < 0.7 ? 1 : 2));
    expect(pit(LEVELS, lumpy, 1)).toBeCloseTo((0.4 + 0.69) / 2, 10);
  });
});
