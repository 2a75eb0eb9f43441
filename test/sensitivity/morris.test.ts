// Morris elementary effects on functions whose effects are known: a linear function (every
// effect is its slope across the range), a square (2b + Δ from base level b) and a product
// (an interaction: σ > 0), and an inert parameter (exactly 0).
import { describe, expect, it } from "vitest";
import { RandomStream } from "../../src/engine/random.js";
import { elementaryEffects, morrisDelta, morrisIndices, morrisSample } from "../../src/sensitivity/index.js";

const evaluate = (x: Float64Array, d: number, f: (u: number[]) => number) => Float64Array.from({ length: x.length / d }, (_, i) => f(Array.from(x.subarray(i * d, (i + 1) * d))));

describe("Morris elementary effects", () => {
  const d = 4;
  const x = morrisSample(30, d, new RandomStream(3, "morris"));

  it("walks trajectories on the 4-level grid, one parameter per step, each once", () => {
    expect(x.length).toBe(30 * (d + 1) * d);
    const levels = new Set(Array.from(x, (v) => Math.round(v * 3)));
    expect([...levels].sort()).toEqual([0, 1, 2, 3]);
    for (const v of x) expect([0, 1 / 3, 2 / 3, 1].some((l) => Math.abs(v - l) < 1e-12)).toBe(true);
    for (let t = 0; t < 30; t++) {
      const moved: number[] = [];
      for (let s = 1; s <= d; s++) {
        const a = x.subarray((t * (d + 1) + s - 1) * d, (t * (d + 1) + s) * d);
        const b = x.subarray((t * (d + 1) + s) * d, (t * (d + 1) + s + 1) * d);
        const changed = [0, 1, 2, 3].filter((j) => a[j] !== b[j]);
        expect(changed).toHaveLength(1);
        expect(Math.abs(b[changed[0]] - a[changed[0]])).toBeCloseTo(morrisDelta(4), 12);
        moved.push(changed[0]);
      }
      expect(moved.sort()).toEqual([0, 1, 2, 3]);
    }
  });

  it("gives a linear function's slopes exactly: μ = μ* = slope, σ = 0; an unused parameter 0", () => {
    const slopes = [3, -2, 0.5, 0];
    const r = morrisIndices(x, evaluate(x, d, (u) => 10 + u[0] * 3 - u[1] * 2 + u[2] * 0.5), d, new RandomStream(1, "bootstrap"), 200);
    r.forEach((m, j) => {
      expect(m.mu).toBeCloseTo(slopes[j], 9);
      expect(m.muStar).toBeCloseTo(Math.abs(slopes[j]), 9);
      expect(m.sigma).toBeCloseTo(0, 9);
      expect(m.muStarLow).toBeCloseTo(Math.abs(slopes[j]), 9);
      expect(m.muStarHigh).toBeCloseTo(Math.abs(slopes[j]), 9);
    });
    expect(r[3]).toEqual({ mu: 0, muStar: 0, muStarLow: 0, muStarHigh: 0, sigma: 0 });
  });

  it("gives u² the effects 2b + Δ (2/3 from level 0, 4/3 from level 1/3) and u0·u1 an interaction", () => {
    const ee = elementaryEffects(x, evaluate(x, d, (u) => u[0] ** 2), d)[0];
    for (const e of ee) expect([2 / 3, 4 / 3].some((v) => Math.abs(e - v) < 1e-9)).toBe(true);
    expect(new Set(Array.from(ee, (e) => e.toFixed(6))).size).toBe(2);
    const r = morrisIndices(x, evaluate(x, d, (u) => u[0] * u[1]), d, new RandomStream(1, "bootstrap"), 200);
    expect(r[0].sigma).toBeGreaterThan(0.1);
    expect(r[0].muStarLow).toBeLessThanOrEqual(r[0].muStar);
    expect(r[0].muStarHigh).toBeGreaterThanOrEqual(r[0].muStar);
    expect(r[2].muStar).toBe(0);
  });

  it("ranks the Sobol G function's parameters by their importance (a = 0, 1, 9, 99)", () => {
    const a = [0, 1, 9, 99];
    const r = morrisIndices(x, evaluate(x, d, (u) => u.reduce((p, v, j) => p * ((Math.abs(4 * v - 2) + a[j]) / (1 + a[j])), 1)), d, new RandomStream(1, "bootstrap"), 100);
    const order = r.map((m, j) => [m.muStar, j]).sort((p, q) => q[0] - p[0]).map(([, j]) => j);
    expect(order).toEqual([0, 1, 2, 3]);
  });

  it("refuses a sample that is not trajectories", () => {
    expect(() => elementaryEffects(new Float64Array([0, 0, 1, 1, 1, 0]), new Float64Array([1, 2, 3]), 2)).toThrow(/exactly one parameter/);
    expect(() => elementaryEffects(new Float64Array([0, 0, 1, 1]), new Float64Array([1, 2]), 2)).toThrow(/whole number of trajectories/);
  });
});
