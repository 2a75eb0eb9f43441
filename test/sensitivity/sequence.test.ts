// The Sobol' sequence against the points Joe and Kuo's sobol.cc prints with new-joe-kuo-6.21201
// (as published in Boost.Random's validation tables), and the net property in every dimension.
import { describe, expect, it } from "vitest";
import { RandomStream } from "../../src/engine/random.js";
import { MAX_DIMENSIONS, sobolPoints } from "../../src/sensitivity/index.js";

/** sobol.cc's points 1 … 8 in 2 dimensions (point 0 is the origin). */
const FIRST_2D = [
  [0.5, 0.5],
  [0.75, 0.25],
  [0.25, 0.75],
  [0.375, 0.375],
  [0.875, 0.875],
  [0.625, 0.125],
  [0.125, 0.625],
  [0.1875, 0.3125],
];

/** sobol.cc's points 128 … 130 in 16 dimensions. */
const AT_128_16D = [
  [0.01171875, 0.33203125, 0.29296875, 0.19140625, 0.90234375, 0.67578125, 0.86328125, 0.24609375, 0.10546875, 0.81640625, 0.73828125, 0.73828125, 0.81640625, 0.87890625, 0.02734375, 0.76171875],
  [0.51171875, 0.83203125, 0.79296875, 0.69140625, 0.40234375, 0.17578125, 0.36328125, 0.74609375, 0.60546875, 0.31640625, 0.23828125, 0.23828125, 0.31640625, 0.37890625, 0.52734375, 0.26171875],
  [0.76171875, 0.08203125, 0.04296875, 0.44140625, 0.15234375, 0.42578125, 0.61328125, 0.99609375, 0.85546875, 0.06640625, 0.48828125, 0.48828125, 0.56640625, 0.62890625, 0.77734375, 0.51171875],
];

const rows = (p: Float64Array, d: number, from: number, to: number) => Array.from({ length: to - from }, (_, i) => Array.from(p.subarray((from + i) * d, (from + i + 1) * d)));

describe("Sobol' sequence", () => {
  it("starts at the origin and gives sobol.cc's first points in 2 dimensions", () => {
    const p = sobolPoints(9, 2);
    expect(rows(p, 2, 0, 1)).toEqual([[0, 0]]);
    expect(rows(p, 2, 1, 9)).toEqual(FIRST_2D);
  });

  it("gives sobol.cc's points 128 to 130 in 16 dimensions", () => {
    expect(rows(sobolPoints(131, 16), 16, 128, 131)).toEqual(AT_128_16D);
  });

  it(`is a (0, m, 1)-net in each of its ${MAX_DIMENSIONS} dimensions: the first 2^m points hit every interval [k/2^m, (k+1)/2^m) once`, () => {
    const m = 8;
    const p = sobolPoints(2 ** m, MAX_DIMENSIONS);
    for (let d = 0; d < MAX_DIMENSIONS; d++) {
      const seen = new Set<number>();
      for (let i = 0; i < 2 ** m; i++) seen.add(Math.floor(p[i * MAX_DIMENSIONS + d] * 2 ** m));
      expect(seen.size, `dimension ${d + 1}`).toBe(2 ** m);
    }
  });

  it("scrambled: the same for the same stream, still a net, and different from the plain sequence", () => {
    const a = sobolPoints(64, 5, new RandomStream(7, "sobol"));
    expect(sobolPoints(64, 5, new RandomStream(7, "sobol"))).toEqual(a);
    expect(a).not.toEqual(sobolPoints(64, 5));
    for (let d = 0; d < 5; d++) expect(new Set(Array.from({ length: 64 }, (_, i) => Math.floor(a[i * 5 + d] * 64))).size).toBe(64);
  });

  it("refuses dimensions it has no direction numbers for", () => {
    expect(() => sobolPoints(4, MAX_DIMENSIONS + 1)).toThrow(/1 to 1024 dimensions/);
    expect(() => sobolPoints(4, 0)).toThrow(/dimensions/);
  });
});
