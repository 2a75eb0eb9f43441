// scrumlab compare A B …: the same replication seeds for every scenario; the first is the reference.
import type { Register } from "../command.js";
import { subcommand } from "../command.js";
import { InputError } from "../../errors.js";
import { addExperimentOptions, runFromOptions, type ExperimentOptions } from "./experiment-options.js";

export const register: Register = (program, io) => {
  addExperimentOptions(subcommand(program, "compare", io))
    .description("compare scenarios under common random numbers (the first is the reference)")
    .argument("<scenarios...>", "two or more scenario files or names from `scrumlab list`")
    .addHelpText("after", "\nExample:\n  scrumlab compare scenarios/baseline.yaml scenarios/merged-po-sm.yaml scenarios/part-time-po.yaml --runs 500")
    .action((files: string[], options: ExperimentOptions) => {
      if (files.length < 2) throw new InputError("compare needs at least two scenario files (the first is the reference)");
      return runFromOptions("compare", files, [], options, io);
    });
};
