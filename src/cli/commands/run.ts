// scrumlab run SCENARIO: N replications of one scenario.
import type { Register } from "../command.js";
import { subcommand } from "../command.js";
import { addExperimentOptions, runFromOptions, type ExperimentOptions } from "./experiment-options.js";

export const register: Register = (program, io) => {
  addExperimentOptions(subcommand(program, "run", io))
    .description("run replications of a scenario; write CSVs, summaries and a report")
    .argument("<scenario>", "scenario file (YAML or JSON), or a name from `scrumlab list`")
    .addHelpText("after", "\nExample:\n  scrumlab run merged-po-sm --runs 1000 --out out/merged\n  scrumlab run my-team.yaml --set team.developers=9 --seed 7")
    .action((file: string, options: ExperimentOptions) => runFromOptions("run", [file], [], options, io));
};
