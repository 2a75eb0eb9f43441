// The backtest command's work, loaded only when it runs.
import path from "node:path";
import type { CliIO } from "../io.js";
import { readFiles, readHolidays } from "./history-options.js";

export interface BacktestOptions {
  sprints?: number;
  byDays?: number;
  from?: number;
  seed: number;
  trials: number;
  periodDays: number;
  points?: boolean;
  holidays?: string;
  json?: boolean;
  out?: string;
  force?: boolean;
}

export async function runBacktest(file: string, o: BacktestOptions, io: CliIO): Promise<void> {
  const { importFiles } = await import("../../import/index.js");
  const { backtestHistory } = await import("../../forecast/backtest-history.js");
  const { history } = importFiles(readFiles([file], io));
  const horizon = o.byDays !== undefined ? { days: o.byDays } : { periods: o.sprints ?? 5 };
  const holidays = o.holidays === undefined ? [] : readHolidays(o.holidays, io);
  const result = backtestHistory(history, { horizon, from: o.from, seed: o.seed, trials: o.trials, periodDays: o.periodDays, measure: o.points ? "points" : "items", holidays });
  const { backtestText } = await import("../../output/forecast/text.js");
  const ahead = "days" in horizon ? `${horizon.days} days` : `${horizon.periods} ${result.periods.kind === "sprints" ? "sprints" : "periods"}`;
  const title = `Backtest of ${path.basename(file)}: ${ahead} ahead, walk-forward`;
  const text = backtestText(result.summary, title);
  const name = path.basename(file).replace(/\.[^.]*$/, "");
  const out = o.out ?? path.join("out", `backtest-${name}`);
  const { writeBacktest, summaryJson } = await import("../../output/forecast/backtest.js");
  await writeBacktest(path.resolve(io.cwd, out), o.force === true, result, { title, text, unit: o.points ? "points" : result.periods.kind === "sprints" ? "completed" : "items", ahead, seed: o.seed, trials: o.trials });
  if (o.json) io.stdout(`${JSON.stringify(summaryJson(result, ahead), null, 2)}\n`);
  else io.stdout(`${text}wrote ${out}\n`);
}
