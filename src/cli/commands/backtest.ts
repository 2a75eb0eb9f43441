// scrumlab backtest HISTORY [--sprints K | --by-days D] [--from DATE]: walk-forward over the
// history, the method's percentiles next to the naive forecaster's; backtest.csv and charts.
import { Option } from "commander";
import type { Register } from "../command.js";
import type { BacktestOptions } from "./backtest-run.js";
import { subcommand } from "../command.js";
import { integer } from "./experiment-options.js";
import { addHistoryOptions, dayArgument } from "./history-options.js";


export const register: Register = (program, io) => {
  addHistoryOptions(subcommand(program, "backtest", io))
    .description("walk-forward test of the forecasts on a history: at each cut-off, forecast from what was known and compare with what happened, next to the naive forecaster")
    .argument("<history>", "a history in a normal form, or any file `scrumlab import` reads")
    .addOption(new Option("--sprints <k>", "forecast K sprints (or periods) ahead; default 5").argParser(integer(1, "a number of sprints")).conflicts("byDays"))
    .option("--by-days <d>", "forecast how many items D calendar days ahead (item histories)", integer(1, "a number of days"))
    .option("--from <date>", "first cut-off on or after DATE (default: once 10 periods are known)", dayArgument("a date"))
    .option("--json", "print the summary as JSON")
    .option("--out <dir>", "output folder (default: out/backtest-<history>)")
    .option("--force", "replace a non-empty output folder")
    .addHelpText("after", "\nExamples:\n  scrumlab backtest history.csv\n  scrumlab backtest sprints.csv --sprints 3 --from 2022-01-01\n  scrumlab backtest history.csv --by-days 30 --json")
    .action(async (file: string, o: BacktestOptions) => {
      const { runBacktest } = await import("./backtest-run.js");
      await runBacktest(file, o, io);
    });
};
