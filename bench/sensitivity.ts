// The sensitivity benchmark: a Sobol analysis of 8 parameters at N = 512 (5,120 points) with 20
// replications per point (102,400 replications), through the CLI with --jobs 2. Part of
// `npm run bench`; alone: `npm run build && tsx bench/sensitivity.ts`.
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { isFixed, RANGES } from "../src/scenario/ranges.js";
import { nodeAt } from "../src/scenario/spec.js";

const ROOT = path.resolve(import.meta.dirname, "..");

/** Keys the bench varies: these where they still have a range, topped up from the others in spec order. */
const PREFERRED = ["team.developers", "calendar.hoursPerDay", "environment.interruptionsPerDay", "environment.selfResolveDays", "environment.drag", "roles.productOwner.estimateNoise", "roles.productOwner.availability", "backlog.effort.mean"];

export function benchVary(n = 8): string[] {
  const ranged = Object.keys(RANGES).filter((k) => !isFixed(RANGES[k]));
  const keys = [...PREFERRED.filter((k) => ranged.includes(k)), ...ranged.filter((k) => !PREFERRED.includes(k))].slice(0, n);
  return keys.flatMap((k) => {
    const r = RANGES[k];
    if (isFixed(r)) return [];
    const leaf = nodeAt(k);
    return ["--vary", `${k}=${r.lo}:${r.hi}${r.log ? ":log" : ""}${leaf?.kind === "number" && leaf.integer ? ":int" : ""}`];
  });
}

export function sensitivityRows(): Array<{ figure: string; value: string; target: string; pass: boolean | null }> {
  const args = ["sensitivity", "scenarios/baseline.yaml", ...benchVary(), "--method", "sobol", "--samples", "512", "--runs", "20", "--jobs", "2", "--no-report", "--quiet", "--force", "--out", path.join(os.tmpdir(), "scrumlab-bench-sensitivity")];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, "bench/rss.mjs"), ...args], { cwd: ROOT, encoding: "utf8" });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`bench: scrumlab ${args.join(" ")} failed:\n${r.stderr}`);
  const cpu = Number(/cpuMicros=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1e6;
  const load = os.loadavg()[0];
  return [
    { figure: "6. sensitivity: Sobol, 8 parameters, N = 512 (5,120 points) × 20 replications, --jobs 2", value: `${seconds.toFixed(0)} s`, target: "<= 120 s", pass: seconds <= 120 },
    { figure: "   CPU time (all threads); / 2 = wall time on 2 idle cores", value: `${cpu.toFixed(0)} s`, target: "", pass: null },
    { figure: "   replications per second (wall)", value: `${(102_400 / seconds).toFixed(0)}/s`, target: "", pass: null },
    { figure: "   load average (1 min) at the end: other work on the machine", value: load.toFixed(1), target: "", pass: null },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) for (const row of sensitivityRows()) console.log(`${row.figure}: ${row.value} (target ${row.target || "none"})`);
