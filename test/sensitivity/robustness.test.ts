// Robustness shares, PRIM boxes on data with a planted box, and value transforms.
import { describe, expect, it } from "vitest";
import { RandomStream } from "../../src/engine/random.js";
import { fromUnit, holdsAt, parseRange, prim, robustness, sobolPoints } from "../../src/sensitivity/index.js";

describe("robustness", () => {
  it("counts where an effect keeps the mean's sign and exceeds the threshold", () => {
    const r = robustness([-5, -3, -1, 0.5, 2, -4], 1);
    expect(r).toEqual({ points: 6, mean: -10.5 / 6, direction: -1, holds: 3 / 6, small: 2 / 6, reversed: 1 / 6 });
    expect(Array.from(holdsAt([-5, -3, -1, 0.5, 2, -4], -1, 1))).toEqual([1, 1, 0, 0, 0, 1]);
    expect(robustness([0, 0], 0)).toMatchObject({ direction: 0, holds: 0, small: 1, reversed: 0 });
    expect(() => robustness([1], -1)).toThrow(/threshold/);
  });
});

describe("PRIM", () => {
  it("finds a planted box (x0 < 0.3 and x2 > 0.6) among 5 parameters, with coverage and density", () => {
    const d = 5;
    const n = 2048;
    const x = sobolPoints(n, d, new RandomStream(1, "prim"));
    const noise = new RandomStream(1, "noise");
    const target = Uint8Array.from({ length: n }, (_, i) => {
      const planted = x[i * d] < 0.3 && x[i * d + 2] > 0.6;
      return planted ? (noise.bernoulli(0.9) ? 1 : 0) : noise.bernoulli(0.03) ? 1 : 0;
    });
    const box = prim(x, target, d);
    expect(box).not.toBeNull();
    const b = box!;
    expect(b.restrictions.map((r) => r.dim)).toEqual([0, 2]);
    const [r0, r2] = b.restrictions;
    expect(r0.lo).toBeLessThan(0.01);
    expect(Math.abs(r0.hi - 0.3)).toBeLessThan(0.05);
    expect(Math.abs(r2.lo - 0.6)).toBeLessThan(0.05);
    expect(r2.hi).toBeGreaterThan(0.99);
    expect(b.density).toBeGreaterThan(0.8);
    expect(b.coverage).toBeGreaterThan(0.6);
    expect(b.mass).toBeCloseTo(Array.from(b.inside).reduce((s, v) => s + v, 0) / n, 12);
  });

  it("finds no box without cases", () => {
    expect(prim(new Float64Array(10), new Uint8Array(10), 1)).toBeNull();
  });
});

describe("value transforms", () => {
  it("maps the unit interval onto lo:hi, lo:hi:log and lo:hi:int", () => {
    const lin = parseRange("2:6");
    expect([0, 0.5, 1].map((u) => fromUnit(lin, u))).toEqual([2, 4, 6]);
    const log = parseRange("1:100:log");
    expect(fromUnit(log, 0)).toBe(1);
    expect(fromUnit(log, 0.5)).toBeCloseTo(10, 10);
    expect(fromUnit(log, 1)).toBe(100);
    const int = parseRange("3:5:int");
    expect([0, 0.33, 0.34, 0.66, 0.67, 0.999, 1].map((u) => fromUnit(int, u))).toEqual([3, 3, 4, 4, 5, 5, 5]);
    expect(parseRange("1:64:log:int")).toEqual({ lo: 1, hi: 64, log: true, int: true });
  });

  it("says what it expected", () => {
    expect(() => parseRange("5")).toThrow(/expected lo:hi/);
    expect(() => parseRange("5:2")).toThrow(/lo < hi/);
    expect(() => parseRange("0:2:log")).toThrow(/lo > 0/);
    expect(() => parseRange("0.5:2:int")).toThrow(/whole-number/);
    expect(() => parseRange("1:2:lin")).toThrow(/unknown modifier :lin/);
  });
});
