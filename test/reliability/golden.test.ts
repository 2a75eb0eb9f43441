// Golden determinism: every shipped scenario at a fixed seed gives exactly the committed
// figures (runs.csv, committed in full so a change shows as a readable diff) and checksums (the
// other files); the bytes are the same in another process and with --jobs 4.
// After an intended model change: UPDATE_GOLDEN=1 npx vitest run test/reliability/golden.test.ts
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseLine } from "../../src/output/csvread.js";
import { firstDifference, inProcess, snapshot, subprocess, tempDir } from "../cli/helpers.js";

const UPDATE = process.env.UPDATE_GOLDEN === "1";
const GOLDEN = "test/golden";
const ARGS = ["--runs", "12", "--detail", "2", "--seed", "42", "--no-report", "--quiet"];
const scenarios = readdirSync("scenarios").filter((f) => f.endsWith(".yaml")).sort();
const checksumsFile = path.join(GOLDEN, "checksums.json");
const checksums: Record<string, Record<string, string>> = existsSync(checksumsFile) ? JSON.parse(readFileSync(checksumsFile, "utf8")) : {};

/** The first differing figure of two CSV texts, named by its row and column. */
function firstFigure(expected: string, actual: string): string {
  const e = expected.trimEnd().split("\n").map(parseLine);
  const a = actual.trimEnd().split("\n").map(parseLine);
  for (let r = 0; r < Math.max(e.length, a.length); r++) {
    const er = e[r] ?? [];
    const ar = a[r] ?? [];
    for (let c = 0; c < Math.max(er.length, ar.length); c++) {
      if (er[c] !== ar[c]) return `row ${r} (replication ${ar[1] ?? er[1]}), column ${e[0][c] ?? c}: expected ${er[c]}, got ${ar[c]}`;
    }
  }
  return "";
}

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("golden outputs of every shipped scenario", () => {
  it.each(scenarios)("%s", async (file) => {
    const name = file.replace(/\.yaml$/, "");
    const out = path.join(tempDir(), name);
    expect((await inProcess(["run", `scenarios/${file}`, ...ARGS, "--jobs", "1", "--out", out])).code).toBe(0);
    const runs = readFileSync(path.join(out, "runs.csv"), "utf8");
    const sums = Object.fromEntries(["sprints.csv", "time.csv", "items.csv", "impediments.csv", "summary.csv", "sprint-summary.csv"].map((f) => [f, sha(path.join(out, f))]));
    const goldenRuns = path.join(GOLDEN, `${name}.runs.csv`);
    if (UPDATE) {
      writeFileSync(goldenRuns, runs);
      checksums[name] = sums;
      writeFileSync(checksumsFile, `${JSON.stringify(checksums, null, 2)}\n`);
      return;
    }
    const expected = readFileSync(goldenRuns, "utf8");
    expect(firstFigure(expected, runs), "first differing figure of runs.csv").toBe("");
    expect(sums).toEqual(checksums[name]);
  });
});

describe("the same bytes in another process and with --jobs 4", () => {
  it.each(["baseline.yaml", "merged-po-sm-poor-support.yaml"])("%s", async (file) => {
    const a = path.join(tempDir(), "a");
    const b = path.join(tempDir(), "b");
    expect((await inProcess(["run", `scenarios/${file}`, ...ARGS, "--runs", "60", "--jobs", "1", "--out", a])).code).toBe(0);
    expect(subprocess(["run", `scenarios/${file}`, ...ARGS, "--runs", "60", "--jobs", "4", "--out", b]).code).toBe(0);
    expect(firstDifference(snapshot(a), snapshot(b))).toBeNull();
  });
});
