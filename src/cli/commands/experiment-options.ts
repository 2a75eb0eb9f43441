// The options run, compare and sweep share, and the one function that turns them into an
// experiment: progress on stderr, the headline table on stdout.
import os from "node:os";
import path from "node:path";
import { InvalidArgumentError, type Command } from "commander";
import type { CliIO } from "../io.js";
import { addSetOption } from "./scenario-options.js";

export interface ExperimentOptions {
  runs?: number;
  seed?: number;
  first: number;
  out?: string;
  jobs: number;
  trace?: boolean;
  detail: number;
  force?: boolean;
  quiet?: boolean;
  json?: boolean;
  shard?: string;
  set: string[];
  extendsRoot?: string;
  report: boolean;
}

export function integer(min: number, what: string, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value) => {
    const n = Number(value);
    const range = max < Number.MAX_SAFE_INTEGER ? `from ${min} to ${max.toLocaleString("en-US")}` : `>= ${min}`;
    if (!/^\s*-?\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected ${what} (a whole number ${range}), found ${JSON.stringify(value)}`);
    return n;
  };
}

export function addExperimentOptions(command: Command): Command {
  return addSetOption(command)
    .option("--runs <n>", "replications per scenario (default: the scenario's runs, 200)", integer(1, "a number of replications"))
    .option("--seed <s>", "master seed; replication k runs with a seed derived from (seed, k) (default: the scenario's)", integer(0, "a seed"))
    .option("--first <k>", "number of the first replication", integer(0, "a replication number"), 0)
    .option("--out <dir>", "output folder (default: out/run-<scenario>, out/compare-<a>-vs-<b>…, out/sweep-<scenario>-<keys>; numbered -2, -3 … when taken)")
    .option("--jobs <j>", "worker threads; the output is the same whatever the number", integer(1, "a number of jobs"), Math.max(1, os.availableParallelism()))
    .option("--detail <k>", "replications with detail tables (time, items, impediments, events)", integer(0, "a number of replications"), 20)
    .option("--trace", "also write events.csv, the trace of the detail replications")
    .option("--shard <i/n>", "run only the i-th of n slices of the replications (see `scrumlab merge`)")
    .option("--no-report", "do not write report.html")
    .option("--force", "replace a non-empty output folder")
    .option("--quiet", "no progress bar and no table")
    .option("--json", "print the headline figures of every arm as JSON on stdout instead of the table (for scripts and CI)");
}

export async function runFromOptions(command: "run" | "compare" | "sweep", files: string[], vary: string[], o: ExperimentOptions, io: CliIO): Promise<void> {
  const { runExperiment } = await import("../../experiment/experiment.js");
  const { scenarioArgs } = await import("./scenario-options.js");
  files = await scenarioArgs(files, io.cwd);
  const { progressBar } = await import("../progress.js");
  const { headline } = await import("../../output/headline.js");
  const bar = progressBar(io, o.quiet === true, command);
  let result;
  try {
    result = await runExperiment({ command, files, sets: o.set, extendsRoot: o.extendsRoot, stdin: io.stdin, vary, runs: o.runs, seed: o.seed, first: o.first, detail: o.detail, trace: o.trace === true, jobs: o.jobs, out: o.out, force: o.force === true, shard: o.shard, cwd: io.cwd, signal: io.signal, onProgress: (done, total) => bar.update(done, total), onWarning: (w) => o.quiet || io.stderr(`warning: ${w}\n`), report: o.report });
  } finally {
    bar.end();
  }
  if (o.json) {
    const { headlineJson } = await import("../../output/headline-json.js");
    const { plan } = result;
    if (result.arms) return void io.stdout(headlineJson(result.arms, { command, folder: result.folder, seed: plan.seed, runs: plan.runs, vary: plan.vary.map((v) => v.path) }));
    return void io.stdout(`${JSON.stringify({ command, folder: result.folder, seed: plan.seed, runs: plan.runs, shard: plan.shard }, null, 2)}\n`);
  }
  if (o.quiet) return;
  if (result.arms) io.stdout(headline(result.arms, command === "compare", result.plan.vary.map((v) => v.path)));
  io.stdout(`${result.plan.shard ? `shard ${result.plan.shard.index}/${result.plan.shard.count} written to` : "wrote"} ${shownPath(result.folder, io.cwd)}\n`);
}

/** A folder as the user would type it: relative to the working folder when inside it, else absolute. */
export function shownPath(folder: string, cwd: string): string {
  const rel = path.relative(cwd, folder);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : folder;
}
