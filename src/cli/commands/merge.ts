// scrumlab merge DIR… --out DIR: shard folders into one, byte-identical to a single-machine run.
import type { Meta } from "../../output/meta.js";
import type { Register } from "../command.js";
import { shownPath } from "./experiment-options.js";
import { subcommand } from "../command.js";

export const register: Register = (program, io) => {
  subcommand(program, "merge", io)
    .description("merge the folders of a sharded run (--shard i/n) into one")
    .argument("<dirs...>", "the shard folders, in any order")
    .requiredOption("--out <dir>", "the merged output folder")
    .option("--force", "replace a non-empty output folder")
    .option("--no-report", "do not write report.html")
    .option("--quiet", "no table")
    .option("--json", "print the headline figures as JSON on stdout instead of the table")
    .addHelpText("after", "\nExample:\n  for i in 0 1 2; do scrumlab run scenarios/baseline.yaml --runs 3000 --shard $i/3 --out out/shard-$i; done\n  scrumlab merge out/shard-* --out out/baseline")
    .action(async (dirs: string[], options: { out: string; force?: boolean; quiet?: boolean; json?: boolean; report: boolean }) => {
      const path = await import("node:path");
      const { mergeShards } = await import("../../experiment/merge.js");
      const { outArg } = await import("../../experiment/experiment.js");
      const { headline } = await import("../../output/headline.js");
      const { sensitivityHeadline, sensitivityJson } = await import("../../output/sensitivity-text.js");
      const result = await mergeShards(dirs.map((d) => path.resolve(io.cwd, d)), path.resolve(io.cwd, outArg(options.out) as string), options.force === true, options.report, io.signal, io.cwd);
      if (options.json) {
        if (result.sensitivity) return void io.stdout(sensitivityJson(result.sensitivity, result.folder));
        const { headlineJson } = await import("../../output/headline-json.js");
        const meta = result.meta as Meta;
        return void io.stdout(headlineJson(result.arms ?? [], { command: meta.command, folder: result.folder, seed: meta.seed, runs: meta.runs, vary: (meta.vary ?? []).map((v) => v.path) }));
      }
      if (options.quiet) return;
      if (result.sensitivity) io.stdout(sensitivityHeadline(result.sensitivity));
      if (result.arms) io.stdout(headline(result.arms, result.meta.command === "compare", (result.meta.vary ?? []).map((v) => v.path)));
      io.stdout(`wrote ${shownPath(result.folder, io.cwd)}\n`);
    });
};
