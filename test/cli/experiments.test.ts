// run, compare, sweep and merge: the files they write, byte-identity across --jobs and shards,
// common random numbers, confidence intervals, and what happens when things go wrong.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RUN_METRICS, SPRINT_METRICS } from "../../src/model/result.js";
import { COLUMNS } from "../../src/output/csv.js";
import { parseLine } from "../../src/output/csvread.js";
import { firstDifference, inProcess, interrupted, snapshot, subprocess, tempDir } from "./helpers.js";

const csv = (file: string) => readFileSync(file, "utf8").trimEnd().split("\n").map(parseLine);
const summaryRow = (dir: string, metric: string, scenario?: string) => {
  const rows = csv(path.join(dir, "summary.csv"));
  const h = rows[0];
  const row = rows.find((r) => r[h.indexOf("metric")] === metric && (scenario === undefined || r[0] === scenario)) as string[];
  return Object.fromEntries(h.map((k, i) => [k, row[i]]));
};

describe("scrumlab run", () => {
  const out = path.join(tempDir(), "run");
  it("writes every documented file with its columns", async () => {
    const r = await inProcess(["run", "scenarios/baseline.yaml", "--runs", "30", "--detail", "3", "--trace", "--jobs", "1", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ +value +items/);
    expect(readdirSync(out).sort()).toEqual(["events.csv", "impediments.csv", "items.csv", "meta.json", "report.html", "runs.csv", "scenario.resolved.yaml", "sprint-summary.csv", "sprints.csv", "summary.csv", "time.csv"]);
    const runs = csv(path.join(out, "runs.csv"));
    expect(runs[0]).toEqual(["scenario", "replication", "seed", "weeks", ...RUN_METRICS.map((m) => m.key)]);
    expect(new Set(runs.slice(1).map((r) => r[3]))).toEqual(new Set(["24"]));
    expect(runs).toHaveLength(31);
    expect(csv(path.join(out, "sprints.csv"))[0]).toEqual(["scenario", "replication", "sprint", ...SPRINT_METRICS.map((m) => m.key)]);
    expect(csv(path.join(out, "sprints.csv"))).toHaveLength(1 + 30 * 12);
    for (const t of ["time", "items", "impediments", "events"] as const) {
      const rows = csv(path.join(out, `${t}.csv`));
      expect(rows[0]).toEqual(["scenario", ...COLUMNS[t]]);
      expect(new Set(rows.slice(1).map((r) => r[1]))).toEqual(new Set(["0", "1", "2"]));
    }
    const meta = JSON.parse(readFileSync(path.join(out, "meta.json"), "utf8"));
    expect(meta).toMatchObject({ command: "run", seed: 42, runs: 30, detail: 3, shard: null, scenarios: [{ name: "baseline", weeks: 24, sprints: 12 }] });
    expect(Number(summaryRow(out, "value_delivered").n)).toBe(30);
  });

  it("reproduces itself from scenario.resolved.yaml", async () => {
    const again = path.join(tempDir(), "again");
    expect((await inProcess(["run", path.join(out, "scenario.resolved.yaml"), "--detail", "3", "--trace", "--jobs", "1", "--out", again])).code).toBe(0);
    for (const f of ["runs.csv", "sprints.csv", "items.csv", "summary.csv"]) expect(readFileSync(path.join(again, f), "utf8")).toBe(readFileSync(path.join(out, f), "utf8"));
  });

  it("gives the same bytes with --jobs 1 and --jobs 2", async () => {
    const dirs = [1, 2].map((j) => path.join(tempDir(), `jobs${j}`));
    for (const [i, d] of dirs.entries()) expect((await inProcess(["run", "scenarios/merged-po-sm.yaml", "--runs", "60", "--detail", "4", "--jobs", String(i + 1), "--out", d, "--quiet"])).code).toBe(0);
    expect(firstDifference(snapshot(dirs[0]), snapshot(dirs[1]))).toBeNull();
  });

  it("narrows the confidence interval like 1/√N", async () => {
    const half = async (n: number) => {
      const d = path.join(tempDir(), `ci${n}`);
      await inProcess(["run", "scenarios/baseline.yaml", "--runs", String(n), "--detail", "0", "--jobs", "1", "--out", d, "--quiet"]);
      const s = summaryRow(d, "value_delivered");
      return (Number(s.ci95_high) - Number(s.ci95_low)) / 2;
    };
    const ratio = (await half(50)) / (await half(200));
    expect(ratio).toBeGreaterThan(1.6);
    expect(ratio).toBeLessThan(2.5);
  });

  it("refuses a non-empty output folder without --force, and touches nothing", async () => {
    const d = tempDir();
    writeFileSync(path.join(d, "keep.txt"), "mine");
    const r = await inProcess(["run", "scenarios/baseline.yaml", "--runs", "2", "--out", d]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("the folder is not empty; use --force");
    expect(readdirSync(d)).toEqual(["keep.txt"]);
  });

  it("rejects bad options with exit 2", async () => {
    expect((await inProcess(["run", "scenarios/baseline.yaml", "--runs", "zero"])).code).toBe(2);
    expect((await inProcess(["run", "scenarios/baseline.yaml", "--set", "team.developers=0"])).err).toContain("team.developers: expected a whole number from 1 to 50, found 0");
    expect((await inProcess(["run", "scenarios/baseline.yaml", "--shard", "3/3"])).err).toContain("--shard: expected i/n with 0 <= i < n");
    expect((await inProcess(["compare", "scenarios/baseline.yaml"])).code).toBe(2);
    expect((await inProcess(["sweep", "scenarios/baseline.yaml", "--vary", "team.developers=9:3:1"])).err).toContain("from <= to");
  });
});

describe("scenario warnings", () => {
  it("are printed on stderr by run (not with --quiet)", async () => {
    const r = await inProcess(["run", "scenarios/large-team.yaml", "--runs", "2", "--detail", "0", "--no-report", "--jobs", "1", "--out", path.join(tempDir(), "w")]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^warning: scenarios\/large-team\.yaml:\d+:\d+: team\.developers: 12 developers/m);
    const q = await inProcess(["run", "scenarios/large-team.yaml", "--runs", "2", "--detail", "0", "--no-report", "--quiet", "--jobs", "1", "--out", path.join(tempDir(), "q")]);
    expect(q.err).toBe("");
  });
});

describe("scrumlab compare", () => {
  it("gives a scenario against itself a difference of exactly 0 on every metric", async () => {
    const d = path.join(tempDir(), "self");
    expect((await inProcess(["compare", "scenarios/part-time-po.yaml", "scenarios/part-time-po.yaml", "--runs", "25", "--detail", "0", "--jobs", "1", "--out", d, "--quiet"])).code).toBe(0);
    const rows = csv(path.join(d, "comparison.csv"));
    expect(rows[0]).toEqual(["reference", "scenario", "metric", "n", "mean_reference", "mean_scenario", "mean_diff", "ci95_low", "ci95_high", "pct_change", "share_better"]);
    expect(rows).toHaveLength(1 + RUN_METRICS.length);
    for (const r of rows.slice(1)) {
      expect(r[1]).toBe("part-time-po #2");
      expect(r[6]).toBe("0");
      expect(r[10]).toBe("0");
    }
  });

  it("pairs replications: the merged role's difference has a CI that excludes zero", async () => {
    const d = path.join(tempDir(), "merged");
    await inProcess(["compare", "scenarios/baseline.yaml", "scenarios/merged-po-sm.yaml", "--runs", "40", "--detail", "0", "--jobs", "1", "--out", d, "--quiet"]);
    const row = csv(path.join(d, "comparison.csv")).find((r) => r[2] === "value_delivered") as string[];
    expect(Number(row[8])).toBeLessThan(0);
  });
});

describe("scrumlab sweep", () => {
  it("runs the full factorial, with the varied keys as columns", async () => {
    const d = path.join(tempDir(), "sweep");
    const r = await inProcess(["sweep", "scenarios/baseline.yaml", "--vary", "team.developers=4:6:2", "--vary", "roles.mergedPoSm=false,true", "--runs", "5", "--detail", "1", "--jobs", "1", "--out", d]);
    expect(r.code).toBe(0);
    const rows = csv(path.join(d, "sweep.csv"));
    expect(rows[0].slice(0, 4)).toEqual(["point", "team.developers", "roles.mergedPoSm", "metric"]);
    const points = new Set(rows.slice(1).map((x) => x.slice(0, 3).join("|")));
    expect([...points]).toEqual(["1|4|false", "2|4|true", "3|6|false", "4|6|true"]);
    expect(csv(path.join(d, "runs.csv"))).toHaveLength(1 + 4 * 5);
  });
});

describe("shards and merge", () => {
  it("three shards run as separate processes merge into a single run's bytes", async () => {
    const base = tempDir();
    const single = path.join(base, "single");
    expect(subprocess(["compare", "scenarios/baseline.yaml", "scenarios/no-shielding.yaml", "--runs", "50", "--detail", "7", "--jobs", "1", "--out", single, "--quiet"]).code).toBe(0);
    for (const i of [0, 1, 2]) expect(subprocess(["compare", "scenarios/baseline.yaml", "scenarios/no-shielding.yaml", "--runs", "50", "--detail", "7", "--jobs", "2", "--shard", `${i}/3`, "--out", path.join(base, `shard${i}`), "--quiet"]).code).toBe(0);
    const merged = path.join(base, "merged");
    const r = subprocess(["merge", path.join(base, "shard2"), path.join(base, "shard0"), path.join(base, "shard1"), "--out", merged]);
    expect(r.code).toBe(0);
    expect(firstDifference(snapshot(single), snapshot(merged))).toBeNull();
  });

  it("names a missing shard", () => {
    const base = tempDir();
    for (const i of [0, 2]) subprocess(["run", "scenarios/baseline.yaml", "--runs", "6", "--shard", `${i}/3`, "--out", path.join(base, `s${i}`), "--quiet"]);
    const r = subprocess(["merge", path.join(base, "s0"), path.join(base, "s2"), "--out", path.join(base, "m")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("missing shard 1/3");
  });
});

describe("when things go wrong", () => {
  it.each([
    { signal: "SIGINT", code: 130, command: ["run", "scenarios/baseline.yaml"] },
    { signal: "SIGTERM", code: 143, command: ["run", "scenarios/baseline.yaml"] },
    { signal: "SIGINT", code: 130, command: ["compare", "scenarios/baseline.yaml", "scenarios/merged-po-sm.yaml"] },
    { signal: "SIGTERM", code: 143, command: ["sweep", "scenarios/baseline.yaml", "--vary", "team.developers=4,7"] },
  ] as const)("$signal during $command.0 leaves no file and exits $code", async ({ signal, code, command }) => {
    const base = tempDir();
    const out = path.join(base, "big");
    const r = await interrupted([...command, "--runs", "100000", "--jobs", "2", "--out", out], signal, 1500);
    expect(r.code).toBe(code);
    expect(r.err).toContain(`interrupted by ${signal}`);
    expect(readdirSync(base)).toEqual([]);
  });

  it("a replication that throws fails the command with the scenario, replication, seed and the command to reproduce it", () => {
    const base = tempDir();
    const r = subprocess(["run", "scenarios/proxy-po.yaml", "--runs", "40", "--jobs", "2", "--out", path.join(base, "x")], { env: { SCRUMLAB_FAIL_REPLICATION: "17" } });
    expect(r.code).toBe(1);
    expect(r.err).toContain('scenario "proxy-po", replication 17 (seed 42) failed: injected failure');
    expect(r.err).toContain("reproduce it with: scrumlab run scenarios/proxy-po.yaml --seed 42 --first 17 --runs 1 --jobs 1");
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(readdirSync(base)).toEqual([]);
  });

  it("an unwritable output folder is a clear error, exit 2", () => {
    const base = tempDir();
    mkdirSync(path.join(base, "ro"), { mode: 0o500 });
    const r = subprocess(["run", "scenarios/baseline.yaml", "--runs", "2", "--out", path.join(base, "ro", "out")]);
    if (process.getuid?.() === 0) return; // root writes anywhere; test/cli/output-safety.test.ts checks /sys
    expect(r.code).toBe(2);
    expect(r.err).toContain("permission denied");
  });

  it("an output path blocked by a file is a clear error, exit 2", () => {
    const base = tempDir();
    writeFileSync(path.join(base, "file"), "x");
    const r = subprocess(["run", "scenarios/baseline.yaml", "--runs", "2", "--out", path.join(base, "file", "out")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`cannot create --out ${path.join(base, "file", "out")}: ${path.join(base, "file")} is a file, not a folder`);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("every experiment command's help has an example", async () => {
    for (const c of ["run", "compare", "sweep", "merge"]) expect((await inProcess([c, "--help"])).out).toMatch(/Example:\n  (for|scrumlab) /);
  });
});

describe("docs/outputs.md", () => {
  it("has the metric tables the generator writes (npm run docs)", async () => {
    const { withMetricTables } = await import("../../src/output/reference.js");
    const doc = readFileSync("docs/outputs.md", "utf8");
    expect(doc).toBe(withMetricTables(doc));
    for (const m of RUN_METRICS) expect(doc).toContain(`| \`${m.key}\` |`);
  });
});
