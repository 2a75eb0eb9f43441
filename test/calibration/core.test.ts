// The calibration's parts: the design and the linear algebra, the parameters' scale, the team's
// target read from a history, a scenario's simulated flow, and the control variate.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { halfFraction, leastSquares, solve } from "../../src/calibration/linear.js";
import { PARAMETERS, pointOf, round3, valuesOf, withValues } from "../../src/calibration/parameters.js";
import { controlled, flowRun, flowRuns, type FlowRun } from "../../src/calibration/simulate.js";
import { targetOf } from "../../src/calibration/target.js";
import { parseDay } from "../../src/forecast/days.js";
import { importFiles } from "../../src/import/index.js";
import { defaultScenario } from "../../src/scenario/defaults.js";

const FIX = path.resolve(import.meta.dirname, "../fixtures/history");
const history = (name: string) => importFiles([{ name, text: readFileSync(path.join(FIX, name), "utf8") }]).history;

describe("design and linear algebra", () => {
  it("the half fraction in 5 factors has 16 runs, balanced and orthogonal columns", () => {
    const d = halfFraction(5);
    expect(d).toHaveLength(16);
    for (let i = 0; i < 5; i++) {
      expect(d.reduce((s, r) => s + r[i], 0)).toBe(0);
      for (let j = i + 1; j < 5; j++) expect(d.reduce((s, r) => s + r[i] * r[j], 0)).toBe(0);
    }
  });

  it("solves a system and recovers exact least-squares coefficients", () => {
    expect(solve([[2, 1], [1, 3]], [3, 5])?.map((v) => Math.round(v * 1e9) / 1e9)).toEqual([0.8, 1.4]);
    expect(solve([[1, 2], [2, 4]], [1, 2])).toBeUndefined();
    const X = halfFraction(3).map((r) => [1, ...r]);
    const y = X.map((r) => 0.5 + 2 * r[1] - r[2] + 0.25 * r[3]);
    expect(leastSquares(X, y)?.map((v) => Math.round(v * 1e9) / 1e9)).toEqual([0.5, 2, -1, 0.25]);
  });
});

describe("parameters", () => {
  it("round to 3 significant digits, within bounds, on a log scale", () => {
    expect([round3(86.43), round3(0.81649), round3(1234.5), round3(5.004)]).toEqual([86.4, 0.816, 1230, 5]);
    const v = valuesOf(pointOf([80, 2, 1, 2, 26]));
    expect(v).toEqual([80, 2, 1, 2, 26]);
    expect(valuesOf(PARAMETERS.map(() => 100))).toEqual(PARAMETERS.map((p) => p.max));
    // A prune age of 0 (never) is the longest one the search knows.
    expect(valuesOf(pointOf([80, 2, 1, 2, 0]))[4]).toBe(520);
  });

  it("set on a copy of the scenario", () => {
    const base = defaultScenario();
    const s = withValues(base, [50, 1, 1.2, 0.5, 10]);
    expect([s.backlog.effort.mean, s.backlog.effort.cv, s.arrivals.load, s.arrivals.dispersion, s.backlog.pruneAfterWeeks]).toEqual([50, 1, 1.2, 0.5, 10]);
    expect(base.backlog.effort.mean).toBe(80);
  });
});

describe("the team's target", () => {
  it("weekly throughput of the last complete weeks and the lead times of the items done in them", () => {
    const t = targetOf(history("simulated-team.csv"));
    expect(t.throughput).toHaveLength(39);
    expect(t.from).toBe(parseDay("2024-01-01"));
    expect(t.to - t.from + 1).toBe(39 * 7);
    expect(t.leadTimes).toHaveLength(t.throughput.reduce((a, b) => a + b, 0));
    expect(t.stats.throughputMean).toBeCloseTo(120 / 39, 10);
    const short = targetOf(history("simulated-team.csv"), { weeks: 12, asOf: parseDay("2024-06-30") });
    expect(short.throughput).toHaveLength(12);
    expect(short.to).toBe(parseDay("2024-06-30"));
  });

  it("refuses what it cannot calibrate to, saying why", () => {
    expect(() => targetOf(history("team-sprints.csv"))).toThrow(/calibrate needs an item history/);
    expect(() => targetOf(history("simulated-team.csv"), { asOf: parseDay("2024-03-01") })).toThrow(/only 8 complete weeks of done items by 2024-03-01; a calibration needs at least 12/);
    const noCreated = importFiles([{ name: "x.csv", text: "id,done\n" + Array.from({ length: 200 }, (_, i) => `X-${i},2024-0${1 + (i % 6)}-1${i % 10}`).join("\n") }]).history;
    expect(() => targetOf(noCreated)).toThrow(/have a creation date; a calibration needs at least 10 lead times \(the "created" column\)/);
  });
});

describe("simulated flow", () => {
  const s = defaultScenario();

  it("counts each done item once, after the burn-in, the same for the same replication", () => {
    const a = flowRun(s, 3, 20);
    expect(a.throughput).toHaveLength(20);
    const done = a.throughput.reduce((x, y) => x + y, 0);
    expect(a.leadTimes).toHaveLength(done);
    expect(a.doneDays).toHaveLength(done);
    expect(Math.max(...a.doneDays)).toBeLessThan(20 * 5);
    expect(Math.min(...a.leadTimes)).toBeGreaterThan(0);
    expect(flowRun(s, 3, 20)).toEqual(a);
    expect(flowRun(s, 4, 20).throughput).not.toEqual(a.throughput);
  });

  it("the arrival ratio has expectation 1 (mean over 40 runs within its 99 % interval)", () => {
    const r = flowRuns(s, { weeks: 20, replications: 40 }).map((x) => x.arrivalRatio);
    const m = r.reduce((a, b) => a + b, 0) / r.length;
    const sd = Math.sqrt(r.reduce((a, b) => a + (b - m) ** 2, 0) / (r.length - 1));
    expect(Math.abs(m - 1)).toBeLessThan((2.7 * sd) / Math.sqrt(r.length));
  });

  it("the control variate removes what the arrival ratio explains, and nothing when it explains nothing", () => {
    const run = (tp: number, ratio: number) => ({ arrivalRatio: ratio, stats: { throughputMean: tp, throughputCv: 0.5, leadP50: 10, leadP85: 30 } }) as unknown as FlowRun;
    const ratios = [0.6, 0.9, 1.1, 1.5, 0.8];
    const [a, b] = controlled([ratios.map((q) => run(2 * q, q)), ratios.map((q) => run(5 * q, q))]);
    expect(a.throughputMean.mean).toBeCloseTo(2, 10);
    expect(a.throughputMean.sd).toBeCloseTo(0, 10);
    expect(b.throughputMean.mean).toBeCloseTo(5, 10);
    expect(a.leadP50.mean).toBe(10);
    // A group whose demand ran five times the expected is corrected by at most half its mean.
    const [, wild] = controlled([ratios.map((q) => run(2 * q, q)), [4, 6, 5].map((q) => run(2 * q, q))]);
    expect(wild.throughputMean.mean).toBeCloseTo(10 - 5, 10);
  });
});
