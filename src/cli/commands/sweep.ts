// scrumlab sweep SCENARIO --vary …: a full factorial over the varied keys.
import type { Register } from "../command.js";
import { subcommand } from "../command.js";
import { addExperimentOptions, runFromOptions, type ExperimentOptions } from "./experiment-options.js";

export const register: Register = (program, io) => {
  addExperimentOptions(subcommand(program, "sweep", io))
    .description("vary scenario keys over a full factorial of values")
    .argument("<scenario>", "scenario file, or a name from `scrumlab list`")
    .requiredOption("--vary <path=values>", "a key and its values: path=from:to:step or path=a,b,c (repeatable)", (v: string, prev: string[]) => [...prev, v], [] as string[])
    .addHelpText("after", "\nExample:\n  scrumlab sweep scenarios/baseline.yaml --vary roles.productOwner.availability=0.2:1:0.2 --runs 300\n  scrumlab sweep scenarios/baseline.yaml --vary team.developers=4,7,10 --vary roles.mergedPoSm=false,true")
    .action((file: string, options: ExperimentOptions & { vary: string[] }) => runFromOptions("sweep", [file], options.vary, options, io));
};
