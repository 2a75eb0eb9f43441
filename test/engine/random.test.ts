import { describe, expect, it } from "vitest";
import { RandomStream, Simulation, deriveSeed } from "../../src/engine/index.js";

const N = 100_000;

function moments(draw: () => number, n = N): { mean: number; variance: number } {
  let mean = 0;
  let m2 = 0;
  for (let i = 1; i <= n; i++) {
    const x = draw();
    const d = x - mean;
    mean += d / i;
    m2 += d * (x - mean);
  }
  return { mean, variance: m2 / (n - 1) };
}

/** The sample mean is within 4 standard errors of theory, the variance within 5 %. */
function expectMoments(draw: () => number, mean: number, variance: number, varianceTolerance = 0.05): void {
  const m = moments(draw);
  expect(Math.abs(m.mean - mean)).toBeLessThan(4 * Math.sqrt(variance / N));
  expect(Math.abs(m.variance - variance) / variance).toBeLessThan(varianceTolerance);
}

describe("named streams", () => {
  it("the same seed and name give the same sequence", () => {
    const a = new Simulation({ seed: 42 }).stream("arrivals");
    const b = new Simulation({ seed: 42 }).stream("arrivals");
    const xs = Array.from({ length: 1000 }, () => a.uniform());
    const ys = Array.from({ length: 1000 }, () => b.uniform());
    expect(xs).toEqual(ys);
  });

  it("different names or seeds give different sequences", () => {
    const sim = new Simulation({ seed: 42 });
    const a = Array.from({ length: 10 }, () => sim.stream("arrivals").uniform());
    const b = Array.from({ length: 10 }, () => sim.stream("service").uniform());
    const c = Array.from({ length: 10 }, () => new Simulation({ seed: 43 }).stream("arrivals").uniform());
    expect(a).not.toEqual(b);
    expect(a).not.toEqual(c);
  });

  it("a draw in one stream never shifts another", () => {
    const s1 = new Simulation({ seed: 7 });
    const s2 = new Simulation({ seed: 7 });
    for (let i = 0; i < 500; i++) s1.stream("noise").normal();
    expect(Array.from({ length: 50 }, () => s1.stream("signal").uniform())).toEqual(
      Array.from({ length: 50 }, () => s2.stream("signal").uniform()),
    );
  });

  it("stream() returns the same object for the same name", () => {
    const sim = new Simulation({ seed: 1 });
    expect(sim.stream("x")).toBe(sim.stream("x"));
  });

  it("derived seeds depend only on (seed, parts)", () => {
    expect(deriveSeed(42, "replication", 3)).toBe(deriveSeed(42, "replication", 3));
    expect(deriveSeed(42, "replication", 3)).not.toBe(deriveSeed(42, "replication", 4));
    expect(deriveSeed(42, "replication", 3)).not.toBe(deriveSeed(43, "replication", 3));
    expect(Number.isSafeInteger(deriveSeed(42, "replication", 3))).toBe(true);
    const seen = new Set(Array.from({ length: 10_000 }, (_, k) => deriveSeed(1, "replication", k)));
    expect(seen.size).toBe(10_000);
  });
});

describe("distributions match their theoretical mean and variance over 100,000 draws", () => {
  const r = () => new RandomStream(2024, "moments");
  it("uniform", () => {
    const s = r();
    expectMoments(() => s.uniform(2, 5), 3.5, 9 / 12);
  });
  it("exponential", () => {
    const s = r();
    expectMoments(() => s.exponential(0.5), 2, 4);
  });
  it("normal", () => {
    const s = r();
    expectMoments(() => s.normal(10, 3), 10, 9);
  });
  it("lognormal({ mean, cv }) has that mean and coefficient of variation", () => {
    const s = r();
    // cv 0.5: variance (mean * cv)^2; heavier tails need a wider variance tolerance.
    expectMoments(() => s.lognormal({ mean: 8, cv: 0.5 }), 8, 16, 0.08);
    expect(s.lognormal({ mean: 3, cv: 0 })).toBe(3);
  });
  it("triangular", () => {
    const s = r();
    const [a, c, b] = [1, 2, 6];
    expectMoments(() => s.triangular(a, c, b), (a + b + c) / 3, (a * a + b * b + c * c - a * b - a * c - b * c) / 18);
  });
  it("pert", () => {
    const s = r();
    const [a, m, b] = [2, 4, 12];
    const mean = (a + 4 * m + b) / 6;
    const alpha = 1 + (4 * (m - a)) / (b - a);
    const beta = 1 + (4 * (b - m)) / (b - a);
    const variance = ((b - a) ** 2 * alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1));
    expectMoments(() => s.pert(a, m, b), mean, variance);
  });
  it("bernoulli", () => {
    const s = r();
    expectMoments(() => (s.bernoulli(0.3) ? 1 : 0), 0.3, 0.21);
  });
  it.each([0.7, 4, 45, 250])("poisson(%s)", (mean) => {
    const s = r();
    expectMoments(() => s.poisson(mean), mean, mean);
  });
  it("gamma", () => {
    const s = r();
    expectMoments(() => s.gamma(2.5, 2), 5, 10);
    expectMoments(() => s.gamma(0.5, 1), 0.5, 0.5);
  });
  it("choice with and without weights", () => {
    const s = r();
    expectMoments(() => s.choice([1, 2, 3, 4]), 2.5, 1.25);
    const counts = [0, 0, 0];
    for (let i = 0; i < N; i++) counts[s.choice([0, 1, 2], [1, 0, 3])]++;
    expect(counts[1]).toBe(0);
    expect(Math.abs(counts[2] / N - 0.75)).toBeLessThan(0.01);
  });
  it("shuffle is a uniform permutation", () => {
    const s = r();
    const firstCounts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) firstCounts[s.shuffle([0, 1, 2, 3])[0]]++;
    for (const c of firstCounts) expect(Math.abs(c / 40_000 - 0.25)).toBeLessThan(0.01);
    const arr = [5, 6, 7, 8, 9];
    expect(s.shuffle(arr).slice().sort()).toEqual([5, 6, 7, 8, 9]);
  });
  it("rejects bad parameters", () => {
    const s = r();
    expect(() => s.exponential(0)).toThrow(/rate must be a finite number > 0/);
    expect(() => s.lognormal({ mean: -1, cv: 1 })).toThrow(/mean must be/);
    expect(() => s.triangular(3, 1, 2)).toThrow(/min <= mode <= max/);
    expect(() => s.poisson(-1)).toThrow(/mean must be a finite number >= 0/);
    expect(() => s.choice([])).toThrow(/no items/);
    expect(() => s.choice([1, 2], [0, 0])).toThrow(/sum to zero/);
  });
});
