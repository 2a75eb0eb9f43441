// --json (issue 19, the package list): run, compare, sweep, merge, list and validate print one
// JSON document on stdout and nothing else; its figures are those of the files; a hostile name
// survives the terminal escaping as the same string.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RUN_METRICS } from "../../src/model/result.js";
import { parseCsvText } from "../../src/output/csvread.js";
import { inProcess, tempDir } from "./helpers.js";

const QUICK = ["--runs", "4", "--detail", "1", "--jobs", "1", "--no-report", "--json"];
const rows = (file: string) => {
  const [header, ...body] = parseCsvText(readFileSync(file, "utf8"));
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
};

describe("--json", () => {
  it("run: the figures of summary.csv, and only JSON on stdout", async () => {
    const out = path.join(tempDir(), "o");
    const r = await inProcess(["run", "scenarios/baseline.yaml", ...QUICK, "--out", out]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ command: "run", folder: out, seed: 42, runs: 4, reference: null });
    expect(Object.keys(json.arms[0].metrics)).toEqual(RUN_METRICS.map((m) => m.key));
    for (const row of rows(path.join(out, "summary.csv"))) {
      const m = json.arms[0].metrics[row.metric];
      expect(m.mean, row.metric).toBeCloseTo(Number(row.mean), 5);
      expect(m.p90, row.metric).toBeCloseTo(Number(row.p90), 5);
    }
  });

  it("compare: vs_reference of each scenario but the reference, as comparison.csv", async () => {
    const out = path.join(tempDir(), "o");
    const r = await inProcess(["compare", "scenarios/baseline.yaml", "scenarios/merged-po-sm.yaml", ...QUICK, "--out", out]);
    const json = JSON.parse(r.out);
    expect(json.reference).toBe("baseline");
    expect(json.arms[0].vs_reference).toBeUndefined();
    const row = rows(path.join(out, "comparison.csv")).find((x) => x.metric === "value_delivered") as Record<string, string>;
    expect(json.arms[1].vs_reference.value_delivered.mean_diff).toBeCloseTo(Number(row.mean_diff), 5);
    expect(json.arms[1].vs_reference.value_delivered.share_better).toBeCloseTo(Number(row.share_better), 5);
  });

  it("sweep: each point with its varied values, typed", async () => {
    const r = await inProcess(["sweep", "scenarios/baseline.yaml", "--vary", "team.developers=3,5", "--vary", "roles.mergedPoSm=false,true", ...QUICK, "--out", path.join(tempDir(), "o")]);
    const json = JSON.parse(r.out);
    expect(json.arms.map((a: { point: number; values: object }) => [a.point, a.values])).toEqual([
      [1, { "team.developers": 3, "roles.mergedPoSm": false }],
      [2, { "team.developers": 3, "roles.mergedPoSm": true }],
      [3, { "team.developers": 5, "roles.mergedPoSm": false }],
      [4, { "team.developers": 5, "roles.mergedPoSm": true }],
    ]);
  });

  it("shards and merge", async () => {
    const base = tempDir();
    const dirs = [0, 1].map((i) => path.join(base, `s${i}`));
    for (const [i, d] of dirs.entries()) {
      const r = await inProcess(["run", "scenarios/baseline.yaml", ...QUICK, "--shard", `${i}/2`, "--out", d]);
      expect(JSON.parse(r.out)).toEqual({ command: "run", folder: d, seed: 42, runs: 4, shard: { index: i, count: 2 } });
    }
    const single = JSON.parse((await inProcess(["run", "scenarios/baseline.yaml", ...QUICK, "--out", path.join(base, "single")])).out);
    const merged = JSON.parse((await inProcess(["merge", ...dirs, "--out", path.join(base, "merged"), "--no-report", "--json"])).out);
    expect(merged.arms).toEqual(single.arms);
  });

  it("list and validate", async () => {
    const list = JSON.parse((await inProcess(["list", "--json"])).out);
    expect(list.find((s: { name: string }) => s.name === "merged-po-sm").summary).toBe("One person is both Product Owner and Scrum Master.");
    const r = await inProcess(["validate", "scenarios/large-team.yaml", "test/fixtures/bad/11-availability-too-high.yaml", "--json"]);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out);
    expect(json[0]).toMatchObject({ file: "scenarios/large-team.yaml", ok: true, errors: [] });
    expect(json[0].warnings[0]).toMatch(/12 developers/);
    expect(json[1]).toEqual({ file: "test/fixtures/bad/11-availability-too-high.yaml", ok: false, warnings: [], errors: [{ file: "test/fixtures/bad/11-availability-too-high.yaml", line: 4, col: 19, path: "roles.productOwner.availability", message: "expected a number from 0 to 1, found 1.5" }] });
    expect(r.err).toBe("scrumlab: 1 of 2 files are not valid\n");
  });

  it("a name with control characters comes out as the same string", async () => {
    const dir = tempDir();
    const name = "a\u001b[2Jb\u0085c\u202ed";
    writeFileSync(path.join(dir, "s.yaml"), `name: ${JSON.stringify(name)}\n`);
    const r = await inProcess(["run", "s.yaml", ...QUICK, "--out", "o"], dir);
    expect(r.out).not.toMatch(/[\u001b\u0085\u202e]/);
    expect(JSON.parse(r.out).arms[0].name).toBe(name);
  });
});
