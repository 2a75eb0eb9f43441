// scrumlab sensitivity on the model itself: common random numbers make an ignored key exactly
// inert (μ* = 0, ST = 0), team size drives value, the bytes do not depend on --jobs or shards,
// and bad input is refused with a clear message and nothing written. Kept small: few samples, few runs.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseLine } from "../../src/output/csvread.js";
import { isFixed, RANGES } from "../../src/scenario/ranges.js";
import { firstDifference, inProcess, snapshot, tempDir } from "./helpers.js";

const csv = (file: string) => readFileSync(file, "utf8").trimEnd().split("\n").map(parseLine);
const records = (file: string) => {
  const [h, ...rows] = csv(file);
  return rows.map((r) => Object.fromEntries(h.map((k, i) => [k, r[i]])));
};
const VARY = ["--vary", "team.developers=3:9", "--vary", "roles.merged.candour=0.25:0.75", "--vary", "environment.interruptionsPerDay=1:8:log", "--vary", "environment.drag=0.04:0.16"];

describe("scrumlab sensitivity (Morris)", () => {
  const out = path.join(tempDir(), "morris");
  it("writes its files, ranks team size first and gives the ignored merged-role key μ* = 0 exactly", async () => {
    const r = await inProcess(["sensitivity", "scenarios/baseline.yaml", ...VARY, "--samples", "4", "--runs", "3", "--jobs", "1", "--out", out]);
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["meta.json", "report.html", "samples.csv", "scenario.resolved.yaml", "sensitivity.csv"]);
    const samples = csv(path.join(out, "samples.csv"));
    expect(samples[0]).toEqual(["point", "team.developers", "roles.merged.candour", "environment.interruptionsPerDay", "environment.drag", "value_delivered"]);
    expect(samples).toHaveLength(1 + 4 * 5);
    const rows = records(path.join(out, "sensitivity.csv"));
    expect(Object.keys(rows[0])).toEqual(["parameter", "metric", "mu_star", "mu_star_ci_low", "mu_star_ci_high", "sigma", "mu"]);
    expect(rows[0].parameter).toBe("team.developers");
    expect(Number(rows[0].mu)).toBeGreaterThan(0);
    const candour = rows.find((x) => x.parameter === "roles.merged.candour");
    expect(candour).toEqual({ parameter: "roles.merged.candour", metric: "value_delivered", mu_star: "0", mu_star_ci_low: "0", mu_star_ci_high: "0", sigma: "0", mu: "0" });
    // the key did change between points; the output did not
    expect(new Set(samples.slice(1).map((s) => s[2])).size).toBeGreaterThan(1);
    const meta = JSON.parse(readFileSync(path.join(out, "meta.json"), "utf8"));
    expect(meta).toMatchObject({ command: "sensitivity", method: "morris", samples: 4, runs: 3, points: 20, reference: null, shard: null, metrics: ["value_delivered"] });
    expect(r.out).toMatch(/team\.developers/);
    expect(readFileSync(path.join(out, "report.html"), "utf8")).toContain("What drives the result");
  });

  it("prints the summary as JSON with --json", async () => {
    const r = await inProcess(["sensitivity", "scenarios/baseline.yaml", "--vary", "team.developers=3:9", "--vary", "environment.drag=0.04:0.16", "--samples", "2", "--runs", "2", "--jobs", "1", "--out", path.join(tempDir(), "json"), "--json", "--no-report"]);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.metrics[0].metric).toBe("value_delivered");
    expect(j.metrics[0].indices.map((x: { parameter: string }) => x.parameter).sort()).toEqual(["environment.drag", "team.developers"]);
  });
});

describe("scrumlab sensitivity (Sobol)", () => {
  it("gives the ignored key S1 = ST = 0 exactly and ranks team size first", async () => {
    const out = path.join(tempDir(), "sobol");
    const r = await inProcess(["sensitivity", "scenarios/baseline.yaml", ...VARY, "--method", "sobol", "--samples", "8", "--runs", "2", "--metric", "items_done", "--jobs", "1", "--out", out, "--no-report"]);
    expect(r.code, r.err).toBe(0);
    expect(csv(path.join(out, "samples.csv"))).toHaveLength(1 + 8 * 6);
    const rows = records(path.join(out, "sensitivity.csv"));
    expect(Object.keys(rows[0])).toEqual(["parameter", "metric", "s1", "s1_ci_low", "s1_ci_high", "st", "st_ci_low", "st_ci_high"]);
    for (const metric of ["value_delivered", "items_done"]) {
      const mine = rows.filter((x) => x.metric === metric);
      expect(mine[0].parameter).toBe("team.developers");
      expect(mine.find((x) => x.parameter === "roles.merged.candour")).toMatchObject({ s1: "0", st: "0", st_ci_low: "0", st_ci_high: "0" });
    }
  });
});

describe("scrumlab sensitivity --vs", () => {
  const args = ["sensitivity", "scenarios/baseline.yaml", "--vs", "scenarios/merged-po-sm.yaml", "--vary", "team.developers=3:9", "--vary", "environment.interruptionsPerDay=1:8:log", "--vary", "calendar.hoursPerDay=5:8", "--method", "sobol", "--samples", "4", "--runs", "2", "--threshold", "10", "--quiet"];

  it("gives the same bytes with --jobs 1, --jobs 2 and 3 shards merged", async () => {
    const dirs = [1, 2].map((j) => path.join(tempDir(), `vs-jobs${j}`));
    for (const [i, d] of dirs.entries()) expect((await inProcess([...args, "--jobs", String(i + 1), "--out", d])).code).toBe(0);
    const shards = [0, 1, 2].map((i) => path.join(tempDir(), `vs-shard${i}`));
    for (const [i, d] of shards.entries()) expect((await inProcess([...args, "--jobs", "2", "--shard", `${i}/3`, "--out", d])).code).toBe(0);
    const merged = path.join(tempDir(), "vs-merged");
    const m = await inProcess(["merge", shards[2], shards[0], shards[1], "--out", merged]);
    expect(m.code, m.err).toBe(0);
    expect(m.out).toMatch(/merged-po-sm lowers value_delivered/);
    expect(firstDifference(snapshot(dirs[0]), snapshot(dirs[1]))).toBeNull();
    expect(firstDifference(snapshot(dirs[0]), snapshot(merged))).toBeNull();
    const d = dirs[0];
    expect(readdirSync(d).sort()).toEqual(["box.csv", "meta.json", "report.html", "robustness.csv", "samples.csv", "scenario.resolved.yaml", "sensitivity.csv", "vs.resolved.yaml"]);
    expect(csv(path.join(d, "samples.csv"))[0].slice(4)).toEqual(["value_delivered_reference", "value_delivered_scenario", "value_delivered_diff", "value_delivered_pct"]);
    const rob = records(path.join(d, "robustness.csv"));
    expect(rob).toHaveLength(1);
    expect(rob[0]).toMatchObject({ metric: "value_delivered_pct", threshold: "10", points: "20", direction: "negative" });
    expect(Number(rob[0].share_holds) + Number(rob[0].share_small) + Number(rob[0].share_reversed)).toBeCloseTo(1, 9);
    // samples.csv's percent change is the difference over the reference's mean
    for (const s of records(path.join(d, "samples.csv"))) expect(Number(s.value_delivered_pct)).toBeCloseTo((100 * Number(s.value_delivered_diff)) / Number(s.value_delivered_reference), 3);
  });
});

describe("scrumlab sensitivity --vary auto", () => {
  it("varies every key with a plausible range", async () => {
    const out = path.join(tempDir(), "auto");
    const r = await inProcess(["sensitivity", "scenarios/baseline.yaml", "--vary", "auto", "--vary", "team.developers=4:6", "--samples", "2", "--runs", "1", "--jobs", "2", "--out", out, "--no-report", "--quiet"]);
    expect(r.code, r.err).toBe(0);
    const meta = JSON.parse(readFileSync(path.join(out, "meta.json"), "utf8"));
    const expected = Object.entries(RANGES).filter(([, v]) => !isFixed(v)).map(([k]) => k);
    expect(meta.vary.map((v: { path: string }) => v.path).sort()).toEqual(expected.sort());
    expect(meta.vary.find((v: { path: string }) => v.path === "team.developers")).toEqual({ path: "team.developers", lo: 4, hi: 6, log: false, int: true });
    expect(meta.points).toBe(2 * (expected.length + 1));
  });
});

describe("scrumlab sensitivity: bad input", () => {
  const run = (extra: string[]) => {
    const out = path.join(tempDir(), "bad");
    return inProcess(["sensitivity", "scenarios/baseline.yaml", "--samples", "2", "--runs", "1", "--jobs", "1", "--out", out, ...extra]).then((r) => ({ ...r, out, wrote: existsSync(out) }));
  };
  it.each([
    [["--vary", "team.nobody=1:2"], /--vary team\.nobody: no such scenario key/],
    [["--vary", "roles.mergedPoSm=0:1"], /roles\.mergedPoSm: not a numeric key \(it is a boolean\)/],
    [["--vary", "team.developers=0:9"], /outside what the key accepts \(from 1 to 50\)/],
    [["--vary", "environment.drag=0.2:0.1"], /lo < hi/],
    [["--vary", "team.developers=3.5:9"], /whole-number bounds/],
    [["--vary", "seed=1:5"], /--vary seed: the seed is the experiment's/],
    [["--vary", "morale.min=0.9:1.2"], /the --vary ranges make invalid scenarios: at point \d+ \(morale\.min=[\d.]+\).*morale: expected min <= initial <= max/],
    [["--vary", "environment.drag=0.04:0.16", "--threshold", "2"], /--threshold applies to the effect of --vs/],
    [["--vary", "environment.drag=0.04:0.16", "--metric", "speed"], /--metric "speed": not a run total/],
    [["--vary", "environment.drag=0.04:0.16", "--method", "fast"], /--method: expected morris or sobol/],
    [[], /sensitivity needs --vary key=lo:hi \(repeatable\) or --vary auto/],
  ])("%j is refused: exit 2, a clear message, no folder", async (extra, message) => {
    const r = await run(extra as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.wrote).toBe(false);
  });
});

describe("docs/outputs.md", () => {
  it("documents every column and meta.json key of a sensitivity folder", async () => {
    const doc = readFileSync("docs/outputs.md", "utf8");
    const { MORRIS_COLUMNS, SOBOL_COLUMNS, ROBUSTNESS_COLUMNS, BOX_COLUMNS } = await import("../../src/output/sensitivity-folder.js");
    const { sensitivityMeta } = await import("../../src/experiment/sensitivity-finish.js");
    for (const c of [...MORRIS_COLUMNS, ...SOBOL_COLUMNS, ...ROBUSTNESS_COLUMNS, ...BOX_COLUMNS]) expect(doc, c).toContain(`\`${c}\``);
    for (const c of ["point", "<metric>_reference", "<metric>_scenario", "<metric>_diff", "<metric>_pct"]) expect(doc, c).toContain(`\`${c}\``);
    const meta = sensitivityMeta({ method: "morris", samples: 2, levels: 4, runs: 1, seed: 1, scenarios: [], parameters: [], metrics: [], threshold: 0, design: new Float64Array(), points: 0, shard: null });
    for (const k of [...Object.keys(meta), "segments"]) expect(doc, k).toContain(`\`${k}\``);
    for (const f of ["samples.csv", "sensitivity.csv", "robustness.csv", "box.csv", "vs.resolved.yaml"]) expect(doc, f).toContain(`\`${f}\``);
  });
});
