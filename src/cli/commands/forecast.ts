// scrumlab forecast HISTORY (--items N | --by DATE | --sprints K): when N more items will be
// done, or how much by a date or in the next K sprints, as percentiles; forecast.html with the
// probability chart.
import { InvalidArgumentError, Option } from "commander";
import { UsageError } from "../../errors.js";
import type { Register } from "../command.js";
import type { ForecastOptions } from "./forecast-run.js";
import { subcommand } from "../command.js";
import { integer } from "./experiment-options.js";
import { addHistoryOptions, dayArgument } from "./history-options.js";
import { addTeamOptions } from "./team-options.js";


export function positive(what: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || !(n > 0)) throw new InvalidArgumentError(`expected ${what} (a number > 0), found ${JSON.stringify(value)}`);
    return n;
  };
}

export const register: Register = (program, io) => {
  addTeamOptions(addHistoryOptions(subcommand(program, "forecast", io)), "with --what-if, when it calibrates: ")
    .description("forecast from a team's history: when N more items will be done, or how much by a date or in the next K sprints, with percentiles")
    .argument("<history>", "a history in a normal form, or any file `scrumlab import` reads")
    .addOption(new Option("--items <n>", "when will N more items be done?").argParser(positive("a number of items")).conflicts(["by", "sprints"]))
    .addOption(new Option("--by <date>", "how many items will be done by DATE (YYYY-MM-DD)?").argParser(dayArgument("a date")).conflicts(["sprints"]))
    .option("--sprints <k>", "how much will be completed in the next K sprints? (sprint histories)", integer(1, "a number of sprints"))
    .option("--as-of <date>", "use only what was known on DATE and forecast from it (default: the history's last date)", dayArgument("a date"))
    .option("--unit <name>", "what the amounts are called (default: items, or points with --points)")
    .option("--json", "print { mode, asOf, percentiles } as JSON (no forecast.html unless --out is given)")
    .option("--out <file>", "where to write the page with the probability chart", undefined)
    .option("--no-html", "do not write the page")
    .option("--force", "overwrite a page that scrumlab did not write")
    .option("--what-if <scenario>", "also simulate the team with this scenario's practice change (a file, or a name from scrumlab list; repeatable)", (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option("--scenario <file>", "with --what-if: the team's scenario (from scrumlab calibrate) instead of calibrating to the history")
    .option("--runs <n>", "with --what-if: simulated runs per arm", integer(10, "a number of runs"), 100)
    .addHelpText("after", "\nExamples:\n  scrumlab forecast history.csv --items 40\n  scrumlab forecast history.csv --items 40 --what-if merged-po-sm --what-if no-retrospectives\n  scrumlab forecast history.csv --by 2024-06-28 --holidays holidays.txt\n  scrumlab forecast sprints.csv --sprints 3 --json\n  scrumlab forecast history.csv --items 40 --as-of 2023-01-31   # what we would have said then")
    .action(async (file: string, o: ForecastOptions) => {
      const asked = [o.items, o.by, o.sprints].filter((v) => v !== undefined).length;
      if (asked !== 1) throw new UsageError("forecast: give one question: --items N (when?), --by DATE (how many by then?) or --sprints K (how much in K sprints?)");
      if ((o.whatIf ?? []).length === 0 && o.scenario !== undefined) throw new UsageError("forecast: --scenario is the team's scenario for --what-if; give --what-if SCENARIO too");
      const { runForecast } = await import("./forecast-run.js");
      await runForecast(file, o, io);
    });
};
