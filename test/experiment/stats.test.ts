// Statistics: the Student-t quantile against published values, sample sd, type-7 percentiles
// (as d3.quantile), the t-interval, and paired differences with share_better in both directions.
import { quantile } from "d3";
import { describe, expect, it } from "vitest";
import { mean, pairedDifference, quantileSorted, sd, summarize, tCdf, tQuantile } from "../../src/experiment/stats.js";
import { RUN_METRICS } from "../../src/model/result.js";
import { higherIsBetter } from "../../src/experiment/stats.js";

describe("tQuantile", () => {
  // R: qt(p, df)
  it.each([
    [0.975, 1, 12.706204736],
    [0.975, 2, 4.30265273],
    [0.975, 5, 2.570581836],
    [0.975, 10, 2.228138852],
    [0.975, 29, 2.045229642],
    [0.975, 100, 1.983971519],
    [0.975, 999, 1.962341461],
    [0.975, 1e6, 1.959966],
    [0.95, 10, 1.812461123],
    [0.995, 3, 5.840909309],
    [0.025, 7, -2.364624252],
  ])("t(%d, %d) = %d", (p, df, expected) => {
    expect(tQuantile(p, df)).toBeCloseTo(expected, 6);
  });

  it("inverts the CDF for every df from 1 to 300", () => {
    for (let df = 1; df <= 300; df++) expect(tCdf(tQuantile(0.975, df), df)).toBeCloseTo(0.975, 12);
  });

  it("is NaN without degrees of freedom", () => {
    expect(tQuantile(0.975, 0)).toBeNaN();
  });
});

describe("summarize", () => {
  it("mean and sample sd", () => {
    const xs = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(mean(xs)).toBe(5);
    expect(sd(xs)).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(sd([3])).toBe(0);
  });

  it("gives the Student-t 95 % interval of the mean", () => {
    const s = summarize(Float64Array.from({ length: 10 }, (_, i) => i + 1));
    const half = 2.262157163 * (Math.sqrt(82.5 / 9) / Math.sqrt(10));
    expect(s.n).toBe(10);
    expect(s.mean).toBe(5.5);
    expect(s.ci95_low).toBeCloseTo(5.5 - half, 8);
    expect(s.ci95_high).toBeCloseTo(5.5 + half, 8);
  });

  it("percentiles interpolate between order statistics (type 7, as d3.quantile), whatever the input order", () => {
    const xs = [10, 1, 4, 3, 2];
    const s = summarize(xs);
    expect([s.p10, s.p50, s.p85, s.p90]).toEqual([1.4, 3, 6.4, 7.6].map((x) => expect.closeTo(x, 12)));
    const many = Array.from({ length: 1001 }, (_, i) => Math.sin(i) * 100 + (i % 7));
    const m = summarize(many);
    for (const [p, v] of [[0.1, m.p10], [0.5, m.p50], [0.85, m.p85], [0.9, m.p90]] as const) expect(v).toBeCloseTo(quantile(many, p) as number, 10);
  });

  it("one replication: no interval (NaN, written as an empty cell); none: NaN throughout", () => {
    const one = summarize([7]);
    expect([one.mean, one.sd, one.p10, one.p90]).toEqual([7, 0, 7, 7]);
    expect(one.ci95_low).toBeNaN();
    expect(summarize([]).mean).toBeNaN();
    expect(quantileSorted([], 0.5)).toBeNaN();
  });

  it("sorts negative numbers and a copy, not the caller's array", () => {
    const xs = Float64Array.from([3, -1, 2]);
    expect(summarize(xs).p50).toBe(2);
    expect([...xs]).toEqual([3, -1, 2]);
  });
});

describe("pairedDifference", () => {
  it("takes scenario − reference replication by replication", () => {
    const d = pairedDifference([1, 2, 3], [2, 2, 5], true);
    expect(d).toMatchObject({ n: 3, mean_reference: 2, mean_scenario: 3, mean_diff: 1, pct_change: 50 });
    expect(d.share_better).toBeCloseTo(2 / 3, 12);
    const half = 4.30265273 * (1 / Math.sqrt(3));
    expect(d.ci95_low).toBeCloseTo(1 - half, 7);
    expect(d.ci95_high).toBeCloseTo(1 + half, 7);
  });

  it("counts better in the metric's direction; ties are not better", () => {
    expect(pairedDifference([1, 2, 3], [2, 2, 5], false).share_better).toBe(0);
    expect(pairedDifference([5, 5, 5, 5], [4, 5, 6, 3], false).share_better).toBe(0.5);
  });

  it("is exactly 0 against itself, and pct_change is relative to |reference|", () => {
    const xs = [0.1, 0.7, 1e6, -3];
    const d = pairedDifference(xs, xs, true);
    expect([d.mean_diff, d.ci95_low, d.ci95_high, d.share_better, d.pct_change]).toEqual([0, 0, 0, 0, 0]);
    expect(pairedDifference([-2, -2], [-1, -1], true).pct_change).toBe(50);
    expect(pairedDifference([0, 0], [1, 1], true).pct_change).toBeNaN();
  });

  it("removes the noise the two arms share (common random numbers)", () => {
    const noise = Array.from({ length: 200 }, (_, i) => 100 * Math.sin(i * 12.9898));
    const ref = noise.map((x) => 1000 + x);
    const scen = noise.map((x, i) => 990 + x + (i % 3));
    const paired = pairedDifference(ref, scen, true);
    expect(paired.ci95_high - paired.ci95_low).toBeLessThan(0.5);
    expect(summarize(scen).ci95_high - summarize(scen).ci95_low).toBeGreaterThan(10);
  });
});

describe("the direction of better", () => {
  it("is known for every run total, and a metric without one fails loudly", () => {
    for (const m of RUN_METRICS) expect(higherIsBetter(m)).toBe(m.better === "higher");
    expect(higherIsBetter({ key: "value_delivered", better: "higher" })).toBe(true);
    expect(higherIsBetter({ key: "blocked_hours", better: "lower" })).toBe(false);
    expect(() => higherIsBetter({ key: "new_metric" })).toThrow(/new_metric.*better/);
  });
});
