// scrumlab sensitivity SCENARIO [--vs OTHER] --vary key=lo:hi[:log|:int]… | --vary auto: which
// assumptions drive a result (Morris or Sobol), and with --vs whether the effect survives them.
import os from "node:os";
import { InvalidArgumentError } from "commander";
import type { Register } from "../command.js";
import { subcommand } from "../command.js";
import { integer, shownPath } from "./experiment-options.js";
import { addSetOption } from "./scenario-options.js";

interface Options {
  vs?: string;
  vary: string[];
  method: string;
  samples?: number;
  runs?: number;
  metric: string[];
  threshold?: number;
  seed?: number;
  jobs: number;
  shard?: string;
  out?: string;
  force?: boolean;
  quiet?: boolean;
  json?: boolean;
  report: boolean;
  set: string[];
}

const repeat = (v: string, prev: string[]) => [...prev, v];
const nonNegative = (value: string) => {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError(`expected a number >= 0 (percent of the reference's mean), found ${JSON.stringify(value)}`);
  return n;
};

export const register: Register = (program, io) => {
  addSetOption(subcommand(program, "sensitivity", io))
    .description("which assumptions drive a result (Morris or Sobol), and with --vs whether an effect survives them")
    .argument("<scenario>", "scenario file, or a name from `scrumlab list`")
    .option("--vs <other>", "analyse the paired effect of OTHER against SCENARIO (percent change), with its robustness")
    .requiredOption("--vary <key=lo:hi>", "a numeric key and its range: key=lo:hi, key=lo:hi:log, key=lo:hi:int; or auto (every key's plausible range, docs/scenarios.md) (repeatable)", repeat, [] as string[])
    .option("--method <name>", "morris (screening, cheap) or sobol (first- and total-order indices)", "morris")
    .option("--samples <n>", "Morris trajectories (default 20) or Sobol base samples N (default 256, a power of 2)", integer(2, "a number of samples"))
    .option("--runs <n>", "replications per sample point, the same seeds at every point (default 20)", integer(1, "a number of replications"))
    .option("--metric <name>", "also analyse this run total (value_delivered always) (repeatable)", repeat, [] as string[])
    .option("--threshold <x>", "with --vs: an effect counts only if larger than x percent (default 0)", nonNegative)
    .option("--seed <s>", "master seed of the replications, the design and the bootstrap (default: the scenario's)", integer(0, "a seed"))
    .option("--jobs <j>", "worker threads; the output is the same whatever the number", integer(1, "a number of jobs"), Math.max(1, os.availableParallelism()))
    .option("--shard <i/n>", "run only the i-th of n slices of the sample points (see `scrumlab merge`)")
    .option("--out <dir>", "output folder (default: out/sensitivity-<scenario>)")
    .option("--no-report", "do not write report.html")
    .option("--force", "replace a non-empty output folder")
    .option("--quiet", "no progress bar and no summary")
    .option("--json", "print the summary as JSON on stdout")
    .addHelpText(
      "after",
      "\nExamples:\n  scrumlab sensitivity baseline --vary team.developers=3:9:int --vary environment.interruptionsPerDay=1:8:log --runs 10\n  scrumlab sensitivity baseline --vs merged-po-sm --vary auto --samples 20 --runs 10 --threshold 2",
    )
    .action(async (file: string, o: Options) => {
      const { runSensitivity } = await import("../../experiment/sensitivity.js");
      const { progressBar } = await import("../progress.js");
      const { sensitivityHeadline, sensitivityJson } = await import("../../output/sensitivity-text.js");
      const { scenarioArgs } = await import("./scenario-options.js");
      const [main, vs] = await scenarioArgs(o.vs === undefined ? [file] : [file, o.vs], io.cwd);
      const bar = progressBar(io, o.quiet === true, "sensitivity");
      let result;
      try {
        result = await runSensitivity({ file: main, vs, sets: o.set, vary: o.vary, method: o.method, samples: o.samples, runs: o.runs, metrics: o.metric, threshold: o.threshold, seed: o.seed, shard: o.shard, cwd: io.cwd, jobs: o.jobs, out: o.out, force: o.force === true, signal: io.signal, report: o.report, onProgress: (done, total) => bar.update(done, total), onWarning: (w) => o.quiet || io.stderr(`warning: ${w}\n`) });
      } finally {
        bar.end();
      }
      if (o.json) io.stdout(result.summary ? sensitivityJson(result.summary, result.folder) : `${JSON.stringify({ folder: result.folder, shard: result.plan.shard })}\n`);
      if (o.json || o.quiet) return;
      if (result.summary) io.stdout(sensitivityHeadline(result.summary));
      io.stdout(`${result.plan.shard ? `shard ${result.plan.shard.index}/${result.plan.shard.count} written to` : "wrote"} ${shownPath(result.folder, io.cwd)}\n`);
    });
};
