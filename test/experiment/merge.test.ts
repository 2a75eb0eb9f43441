// merge: shards of a sweep (with its trace) merge into the single run's bytes, an empty shard
// included, in any order; shards that do not belong together, or were changed, are refused.
import { appendFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InterruptedError } from "../../src/errors.js";
import { mergeShards } from "../../src/experiment/merge.js";
import { firstDifference, inProcess, snapshot, tempDir } from "../cli/helpers.js";

const quiet = ["--jobs", "1", "--no-report", "--quiet"];

async function shards(args: string[], count: number, base: string): Promise<string[]> {
  const dirs = Array.from({ length: count }, (_, i) => path.join(base, `shard${i}`));
  for (const [i, d] of dirs.entries()) expect((await inProcess([...args, ...quiet, "--shard", `${i}/${count}`, "--out", d])).code).toBe(0);
  return dirs;
}

describe("merge", () => {
  it("a sweep with --trace: 4 shards in any order give the single run's bytes", async () => {
    const base = tempDir();
    const args = ["sweep", "scenarios/no-refinement.yaml", "--vary", "team.developers=3,5", "--vary", "practices.wipLimit=0,2", "--set", "horizon.sprints=2", "--runs", "9", "--detail", "4", "--trace"];
    expect((await inProcess([...args, ...quiet, "--out", path.join(base, "single")])).code).toBe(0);
    const dirs = await shards(args, 4, base);
    expect((await inProcess(["merge", dirs[3], dirs[1], dirs[0], dirs[2], "--out", path.join(base, "merged"), "--no-report", "--quiet"])).code).toBe(0);
    expect(readdirSync(path.join(base, "merged"))).toContain("events.csv");
    expect(firstDifference(snapshot(path.join(base, "single")), snapshot(path.join(base, "merged")))).toBeNull();
  });

  it("an empty shard (more shards than runs) given first", async () => {
    const base = tempDir();
    const args = ["run", "scenarios/baseline.yaml", "--runs", "2", "--set", "horizon.sprints=2"];
    expect((await inProcess([...args, ...quiet, "--out", path.join(base, "single")])).code).toBe(0);
    const dirs = await shards(args, 3, base);
    const r = await inProcess(["merge", ...dirs, "--out", path.join(base, "merged"), "--no-report"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ +value/);
    expect(firstDifference(snapshot(path.join(base, "single")), snapshot(path.join(base, "merged")))).toBeNull();
  });

  it("refuses shards that do not make one experiment, and writes nothing", async () => {
    const base = tempDir();
    const args = ["run", "scenarios/baseline.yaml", "--runs", "4", "--set", "horizon.sprints=1"];
    const [a, b] = await shards(args, 2, base);
    const other = path.join(base, "other");
    expect((await inProcess([...args, "--seed", "9", ...quiet, "--shard", "1/2", "--out", other])).code).toBe(0);
    const whole = path.join(base, "whole");
    expect((await inProcess([...args, ...quiet, "--out", whole])).code).toBe(0);
    const out = path.join(base, "merged");
    const merge = (...dirs: string[]) => inProcess(["merge", ...dirs, "--out", out]);
    expect((await merge(a, other)).err).toContain("a shard of a different experiment");
    expect((await merge(a, a, b)).err).toContain("shard 0/2 is given twice");
    expect((await merge(a)).err).toContain("missing shard 1/2");
    expect((await merge(a, whole)).err).toContain("not a shard");
    expect((await merge(a, path.join(base, "nowhere"))).err).toContain("not a scrumlab output folder");
    appendFileSync(path.join(b, "runs.csv"), "baseline,99,1\n");
    const r = await merge(a, b);
    expect(r.code).toBe(2);
    expect(r.err).toContain("runs.csv: ");
    expect(r.err).toContain("the shard folder was changed or cut short");
    expect(readdirSync(base).sort()).toEqual(["other", "shard0", "shard1", "whole"]);
  });

  it("stopped at any point (SIGTERM), it leaves nothing; not stopped, the whole folder", async () => {
    const base = tempDir();
    const args = ["compare", "scenarios/baseline.yaml", "scenarios/proxy-po.yaml", "--runs", "4", "--detail", "1", "--set", "horizon.sprints=2"];
    const dirs = await shards(args, 2, base);
    const out = path.join(base, "merged");
    let checks = 0;
    for (let k = 0; ; k++) {
      let seen = 0;
      const signal = { get aborted() { return ++seen > k; }, reason: "SIGTERM" } as AbortSignal;
      try {
        await mergeShards(dirs, out, false, true, signal);
      } catch (error) {
        expect(error).toBeInstanceOf(InterruptedError);
        expect((error as InterruptedError).exitCode).toBe(143);
        expect(readdirSync(base).sort(), `stopped at check ${k}`).toEqual(["shard0", "shard1"]);
        continue;
      }
      checks = k;
      break;
    }
    expect(checks).toBeGreaterThan(4); // it was stopped between tables, arms and in the summaries
    expect(readdirSync(out)).toContain("report.html");
  });
});
