// Options shared by run, compare and sweep: where the seed and runs come from, what a sweep
// may not vary, and how a refused --vary value is reported.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseLine } from "../../src/output/csvread.js";
import { ROOT, inProcess, tempDir } from "./helpers.js";

const column = (file: string, name: string) => {
  const rows = readFileSync(file, "utf8").trimEnd().split("\n").map(parseLine);
  const c = rows[0].indexOf(name);
  return rows.slice(1).map((r) => [r[0], r[c]]);
};

describe("seed and runs", () => {
  it("compare takes them from the first scenario, and every scenario runs the same replication seeds", async () => {
    const base = tempDir();
    const other = path.join(base, "other.yaml");
    writeFileSync(other, `extends: ${path.join(ROOT, "scenarios/part-time-po.yaml")}\nseed: 7\nruns: 3\n`);
    const out = path.join(base, "out");
    expect((await inProcess(["compare", "scenarios/baseline.yaml", other, "--runs", "4", "--detail", "0", "--jobs", "1", "--no-report", "--quiet", "--out", out])).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, "meta.json"), "utf8"))).toMatchObject({ seed: 42, runs: 4 });
    const seeds = column(path.join(out, "runs.csv"), "seed");
    expect(seeds).toHaveLength(8);
    expect(seeds.slice(4).map(([, s]) => s)).toEqual(seeds.slice(0, 4).map(([, s]) => s));
    expect(new Set(seeds.map(([, s]) => s)).size).toBe(4);
  });

  it("a sweep may not vary them (they are the experiment's)", async () => {
    for (const key of ["seed", "runs"]) {
      const r = await inProcess(["sweep", "scenarios/baseline.yaml", "--vary", `${key}=1,2`, "--out", path.join(tempDir(), "x")]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`--vary ${key}: the ${key} is the experiment's, the same for every point; use --${key}`);
    }
  });

  it("a value the scenario schema refuses is reported against its --vary option", async () => {
    const r = await inProcess(["sweep", "scenarios/baseline.yaml", "--vary", "roles.mergedPoSm=false,true", "--vary", "team.developers=3:60:10", "--out", path.join(tempDir(), "x")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--vary team.developers=3:60:10: team.developers: expected a whole number from 1 to 50, found 53");
    expect((await inProcess(["sweep", "scenarios/baseline.yaml", "--vary", "nope.key=1,2", "--out", path.join(tempDir(), "x")])).err).toContain("--vary nope.key=1,2: nope.key: no such key");
  });

  it("--set seed=… changes the master seed of a run", async () => {
    const out = path.join(tempDir(), "out");
    expect((await inProcess(["run", "scenarios/baseline.yaml", "--set", "seed=5", "--set", "runs=2", "--detail", "0", "--jobs", "1", "--no-report", "--quiet", "--out", out])).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, "meta.json"), "utf8"))).toMatchObject({ seed: 5, runs: 2 });
  });
});
