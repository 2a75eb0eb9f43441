// Sobol indices on the Ishigami function (a = 7, b = 0.1), whose indices are known in closed
// form, and an inert parameter's indices of exactly zero.
import { describe, expect, it } from "vitest";
import { RandomStream } from "../../src/engine/random.js";
import { saltelliSample, sobolIndices } from "../../src/sensitivity/index.js";

const A = 7;
const B = 0.1;
const PI = Math.PI;
const V = (A * A) / 8 + (B * PI ** 4) / 5 + (B * B * PI ** 8) / 18 + 0.5;
const V1 = 0.5 * (1 + (B * PI ** 4) / 5) ** 2;
const V2 = (A * A) / 8;
const V13 = B * B * PI ** 8 * (1 / 18 - 1 / 50);
const S1 = [V1 / V, V2 / V, 0];
const ST = [(V1 + V13) / V, V2 / V, V13 / V];

function ishigami(x: Float64Array, d: number): Float64Array {
  const y = new Float64Array(x.length / d);
  for (let i = 0; i < y.length; i++) {
    const [x1, x2, x3] = [0, 1, 2].map((j) => -PI + 2 * PI * x[i * d + j]);
    y[i] = Math.sin(x1) + A * Math.sin(x2) ** 2 + B * x3 ** 4 * Math.sin(x1);
  }
  return y;
}

describe("Sobol indices", () => {
  it("lays out N·(D + 2) points: A, A with column j from B for each j, then B", () => {
    const x = saltelliSample(4, 3);
    expect(x.length).toBe(4 * 5 * 3);
    for (let i = 0; i < 4; i++) {
      const row = (k: number) => Array.from(x.subarray((i * 5 + k) * 3, (i * 5 + k + 1) * 3));
      const [a, b] = [row(0), row(4)];
      for (let j = 0; j < 3; j++) expect(row(1 + j)).toEqual(a.map((v, jj) => (jj === j ? b[jj] : v)));
    }
  });

  it.each([
    ["plain", undefined],
    ["scrambled", new RandomStream(1, "sobol")],
  ])("finds the Ishigami indices within 0.02 at N = 8,192 (%s sequence)", (_, scramble) => {
    const x = saltelliSample(8192, 3, scramble);
    const s = sobolIndices(ishigami(x, 3), 3, new RandomStream(1, "bootstrap"), 200);
    s.forEach((r, j) => {
      expect(Math.abs(r.s1 - S1[j]), `S1 of x${j + 1}`).toBeLessThan(0.02);
      expect(Math.abs(r.st - ST[j]), `ST of x${j + 1}`).toBeLessThan(0.02);
      expect(r.s1Low).toBeLessThanOrEqual(r.s1);
      expect(r.s1High).toBeGreaterThanOrEqual(r.s1);
      expect(r.stLow).toBeLessThanOrEqual(r.st);
      expect(r.stHigh).toBeGreaterThanOrEqual(r.st);
    });
    // the intervals are honest: they hold the analytic values
    s.forEach((r, j) => {
      expect(S1[j]).toBeGreaterThanOrEqual(r.s1Low - 0.005);
      expect(S1[j]).toBeLessThanOrEqual(r.s1High + 0.005);
    });
  });

  it("gives an inert parameter S1 = ST = 0 exactly, with intervals [0, 0]", () => {
    const d = 4;
    const x = saltelliSample(64, d);
    const y = ishigami(Float64Array.from({ length: (x.length / d) * 3 }, (_, k) => x[Math.floor(k / 3) * d + (k % 3)]), 3); // x4 unused
    const inert = sobolIndices(y, d, new RandomStream(1, "bootstrap"), 100)[3];
    expect(inert).toEqual({ s1: 0, s1Low: 0, s1High: 0, st: 0, stLow: 0, stHigh: 0 });
  });

  it("gives every parameter 0 when the output never changes, and refuses a wrong number of outputs", () => {
    expect(sobolIndices(new Float64Array(16 * 4).fill(3), 2, new RandomStream(1, "b"), 10).map((r) => r.st)).toEqual([0, 0]);
    expect(() => sobolIndices(new Float64Array(7), 2, new RandomStream(1, "b"))).toThrow(/multiple of D \+ 2 = 4/);
  });
});
