// The summaries in several passes over the files (many runs, bounded memory) give the same bytes
// as in one: a compare of one team against an organization (team labels, paired differences)
// and a sweep whose points have different numbers of sprints, each summarized again with a
// budget so small that every pass holds one column or one sprint.
import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { aggregate, passes, SUMMARY_BUDGET } from "../../src/experiment/aggregate.js";
import { prefixHeader } from "../../src/experiment/experiment.js";
import { OutputFolder } from "../../src/output/folder.js";
import type { Meta } from "../../src/output/meta.js";
import { inProcess, tempDir } from "../cli/helpers.js";

const SUMMARIES = ["summary.csv", "comparison.csv", "sweep.csv", "sprint-summary.csv"];

async function again(dir: string, budget: number): Promise<{ files: Record<string, string>; arms: unknown }> {
  const meta = JSON.parse(readFileSync(path.join(dir, "meta.json"), "utf8")) as Meta;
  const target = path.join(tempDir(), "again");
  const folder = OutputFolder.create(target, false, { cwd: dir, inputs: [] });
  for (const t of ["runs.csv", "sprints.csv"]) copyFileSync(path.join(dir, t), folder.file(t));
  const header = prefixHeader({ command: meta.command, vary: meta.vary ?? [] });
  const arms = await aggregate(folder, { command: meta.command, prefixWidth: header.length, prefixHeader: header, runs: meta.runs, sprints: meta.scenarios.map((s) => s.sprints), names: meta.scenarios.map((s) => s.name), budget });
  folder.commit();
  return { files: written(target), arms };
}

function written(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of SUMMARIES) {
    try {
      files[name] = readFileSync(path.join(dir, name), "utf8");
    } catch {
      // not written by this command
    }
  }
  return files;
}

describe("summaries in passes", () => {
  it("passes() splits columns by the budget, one column at least", () => {
    expect(passes(40, 8, 1 << 20)).toEqual([[0, 40]]);
    expect(passes(10, 100, 300)).toEqual([[0, 3], [3, 6], [6, 9], [9, 10]]);
    expect(passes(3, 1000, 10)).toEqual([[0, 1], [1, 2], [2, 3]]);
    // 100,000 runs of one team: the run totals in 2 passes (a compare: 3), 12 sprints in 4
    expect(passes(40, 100_000 * 8, SUMMARY_BUDGET).length).toBeLessThanOrEqual(2);
    expect(passes(12, 9 * 100_000 * 8, SUMMARY_BUDGET).length).toBe(4);
  });

  it("a compare of one team against three: the same bytes, one column a pass", async () => {
    const dir = path.join(tempDir(), "compare");
    const r = await inProcess(["compare", "scenarios/baseline.yaml", "scenarios/three-teams-one-sm.yaml", "--runs", "6", "--set", "horizon.weeks=4", "--jobs", "1", "--no-report", "--quiet", "--out", dir]);
    expect(r.err).toBe("");
    const { files, arms } = await again(dir, 1);
    const before = written(dir);
    expect(Object.keys(before).sort()).toEqual(["comparison.csv", "sprint-summary.csv", "summary.csv"]);
    expect(files).toEqual(before);
    const { arms: once } = await again(dir, 1 << 30);
    expect(arms).toEqual(once);
  });

  it("a sweep whose points have 2 and 4 sprints: the same bytes, one sprint a pass", async () => {
    const dir = path.join(tempDir(), "sweep");
    const r = await inProcess(["sweep", "scenarios/baseline.yaml", "--vary", "calendar.sprintDays=5,10", "--runs", "5", "--set", "horizon.weeks=4", "--jobs", "1", "--no-report", "--quiet", "--out", dir]);
    expect(r.err).toBe("");
    const { files } = await again(dir, 5 * 8 * 9);
    expect(files).toEqual(written(dir));
    expect(files["sprint-summary.csv"].split("\n").filter((l) => /,sprint,|^$/.test(l) === false).length).toBe((2 + 4) * 9);
  });
});
