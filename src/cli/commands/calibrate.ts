// scrumlab calibrate HISTORY --out my-team.yaml: a scenario whose runs reproduce the team's
// throughput per week and lead times, fitted by simulation, with a fit report beside it.
import type { Register } from "../command.js";
import type { CalibrateOptions } from "./calibrate-run.js";
import { subcommand } from "../command.js";
import { integer } from "./experiment-options.js";
import { dayArgument } from "./history-options.js";
import { addTeamOptions } from "./team-options.js";


export const register: Register = (program, io) => {
  addTeamOptions(subcommand(program, "calibrate", io))
    .description("fit a scenario to a team's history: its runs reproduce the team's throughput per week and lead times (a fit report beside it)")
    .argument("<history>", "an item history in the normal form, or any item export `scrumlab import` reads")
    .requiredOption("--out <file>", "the scenario file to write (YAML), e.g. my-team.yaml")
    .option("--as-of <date>", "use only what was known on DATE (default: the history's last date)", dayArgument("a date"))
    .option("--seed <s>", "the scenario's seed (default 42, the baseline's)", integer(0, "a seed"))
    .option("--report <file>", "where to write the fit report (default: the scenario's name with .html)")
    .option("--no-report", "do not write the fit report")
    .option("--json", "print the fit as JSON")
    .option("--force", "overwrite files that scrumlab did not write")
    .addHelpText("after", "\nExamples:\n  scrumlab calibrate history.csv --out my-team.yaml\n  scrumlab calibrate jira-export.csv --out my-team.yaml --developers 5\n  scrumlab forecast history.csv --items 40 --scenario my-team.yaml --what-if merged-po-sm")
    .action(async (file: string, o: CalibrateOptions) => {
      const { runCalibrate } = await import("./calibrate-run.js");
      await runCalibrate(file, o, io);
    });
};
