// Bounded work (issue 19, items 9 and 12): a schema-valid extreme is refused before it runs,
// with what makes it costly; the summaries' memory is bounded; a long run is announced before it
// starts; replication numbers never pass 2^53. The estimate is checked for its shape here (it
// grows with every key it names); its calibration against the clock is bench/budget.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { memoryIO } from "../../src/cli/io.js";
import { longRunWarning, MAX_REPLICATION_MS, PARALLEL_EFFICIENCY, replicationCost, summaryBytes, tooCostly, tooLarge } from "../../src/experiment/budget.js";
import { shippedScenarios } from "../../src/scenario/library.js";
import { loadScenario } from "../../src/scenario/load.js";
import { inProcess, tempDir } from "../cli/helpers.js";

const withSets = (...sets: string[]) => loadScenario("scenarios/baseline.yaml", { sets }).scenario;

describe("the work estimate", () => {
  it("lets every shipped scenario run, and refuses the extremes of the report", () => {
    for (const s of shippedScenarios()) expect(replicationCost(loadScenario(s.file).scenario).ms).toBeLessThan(MAX_REPLICATION_MS / 100);
    const extreme = withSets("team.developers=50", "horizon.sprints=500", "environment.interruptionsPerDay=200");
    expect(tooCostly(extreme)).toMatch(/^one replication would take about \d+ (min|h), mostly for 1,000,000 interruptions \(environment\.interruptionsPerDay × working days\)/);
    expect(tooCostly(withSets("team.developers=50", "environment.technicalRate=50"))).toMatch(/impediments/);
    expect(tooCostly(withSets("backlog.initialItems=100000"))).toMatch(/100,000 backlog items/);
  });

  it("grows with every key it names", () => {
    const keys: Array<[string, number[]]> = [
      ["team.developers", [1, 7, 20, 50]],
      ["horizon.sprints", [1, 12, 100, 500]],
      ["horizon.weeks", [4, 24, 104]],
      ["arrivals.load", [0.5, 1, 3]],
      ["environment.interruptionsPerDay", [0, 3, 50, 200]],
      ["environment.technicalRate", [0, 0.1, 10, 50]],
      ["environment.externalDependencyRate", [0, 1, 50]],
      ["environment.organizationalRate", [0, 1, 50]],
      ["environment.teamConflictRate", [0, 1, 50]],
      ["backlog.initialItems", [20, 400, 10_000, 100_000]],
    ];
    for (const [key, values] of keys) {
      const costs = values.map((v) => replicationCost(withSets(`${key}=${v}`)).ms);
      for (let i = 1; i < costs.length; i++) expect(costs[i], `${key}=${values[i]}`).toBeGreaterThan(costs[i - 1]);
    }
  });

  it("bounds the summaries' memory: 500 sprints × 100,000 runs (3.2 GB) is refused, the default is far below", () => {
    expect(summaryBytes(100_000, 500, false)).toBeGreaterThan(3e9);
    expect(tooLarge(100_000, 500, false)).toMatch(/^100,000 runs of 500 sprints would need 3\.\d GB to summarize; at most \d[\d,]* runs of 500 sprints fit in 1 GB/);
    expect(tooLarge(100_000, 12, true)).toBeUndefined();
  });

  it("announces a long run, over the threads it has", () => {
    expect(longRunWarning([5], 200, 2)).toBeUndefined();
    // 600 s of work: on one thread 10 min; on two, each worth PARALLEL_EFFICIENCY of one, 600 / 1.4 = 429 s.
    expect(PARALLEL_EFFICIENCY).toBe(0.7);
    expect(longRunWarning([300, 300], 1000, 1)).toBe("this experiment will take about 10 min (2,000 replications, under a second each, on 1 thread); Ctrl-C stops it and leaves nothing behind");
    expect(longRunWarning([300, 300], 1000, 2)).toBe("this experiment will take about 7 min (2,000 replications, under a second each, on 2 threads); Ctrl-C stops it and leaves nothing behind");
  });
});

describe("through the CLI", () => {
  it("run of 50 developers, 500 sprints, 200 interruptions a day: exit 2 before anything runs (it took ~30 min a replication)", async () => {
    const out = path.join(tempDir(), "out");
    const r = await inProcess(["run", "scenarios/baseline.yaml", "--set", "team.developers=50", "--set", "horizon.sprints=500", "--set", "environment.interruptionsPerDay=200", "--runs", "2", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^scrumlab: scenario "baseline": one replication would take about/);
    const sweep = await inProcess(["sweep", "scenarios/baseline.yaml", "--vary", "environment.interruptionsPerDay=3,200", "--set", "horizon.sprints=500", "--runs", "2", "--out", out]);
    expect(sweep.err).toContain('scenario "baseline" (sweep point 2: environment.interruptionsPerDay=200)');
    const story = await inProcess(["story", "scenarios/baseline.yaml", "--set", "backlog.initialItems=100000"]);
    expect(story.code).toBe(2);
    expect(story.err).toContain("100,000 backlog items");
  });

  it("--runs 100000 of 500 sprints: refused, not 3.2 GB", async () => {
    const r = await inProcess(["run", "scenarios/baseline.yaml", "--set", "horizon.sprints=500", "--runs", "100000", "--out", path.join(tempDir(), "out")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--runs 100000: 100,000 runs of 500 sprints would need 3.");
  });

  it("a long run is announced on stderr before it starts (and stopped at once here)", async () => {
    const controller = new AbortController();
    controller.abort("SIGINT");
    const io = memoryIO({ signal: controller.signal });
    const code = await main(["run", "scenarios/baseline.yaml", "--runs", "500000", "--jobs", "1", "--out", path.join(tempDir(), "out")], io);
    expect(code).toBe(130);
    expect(io.err.join("")).toMatch(/warning: this experiment will take about \d+ (min|h) \(500,000 replications/);
  });

  it("--first near 2^53: refused where replication numbers stop being exact; just below, every replication is distinct", async () => {
    const r = await inProcess(["run", "scenarios/baseline.yaml", "--first", String(2 ** 53 - 5), "--runs", "10", "--out", path.join(tempDir(), "out")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("the last replication number would pass 9,007,199,254,740,991 (2^53 − 1)");
    const out = path.join(tempDir(), "ok");
    expect((await inProcess(["run", "scenarios/baseline.yaml", "--first", String(2 ** 53 - 10), "--runs", "10", "--detail", "0", "--jobs", "1", "--quiet", "--no-report", "--out", out])).code).toBe(0);
    const reps = readFileSync(path.join(out, "runs.csv"), "utf8").trimEnd().split("\n").slice(1).map((l) => l.split(",")[1]);
    expect(new Set(reps).size).toBe(10);
    expect(reps[9]).toBe(String(2 ** 53 - 1));
  });
});
