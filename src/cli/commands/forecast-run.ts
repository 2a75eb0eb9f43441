// The forecast command's work, loaded only when it runs: read the history, forecast, print the
// table (or the JSON), write forecast.html.
import path from "node:path";
import { InputError } from "../../errors.js";
import type { Question } from "../../forecast/outlook.js";
import type { CliIO } from "../io.js";
import type { WhatIfOptions } from "./what-if-run.js";
import { checkWritable, readFiles, readHolidays } from "./history-options.js";

export interface ForecastOptions extends Partial<Omit<WhatIfOptions, "seed">> {
  items?: number;
  by?: number;
  sprints?: number;
  asOf?: number;
  holidays?: string;
  seed: number;
  trials: number;
  periodDays: number;
  points?: boolean;
  unit?: string;
  json?: boolean;
  out?: string;
  html: boolean;
  force?: boolean;
}

export async function runForecast(file: string, o: ForecastOptions, io: CliIO): Promise<void> {
  const { importFiles } = await import("../../import/index.js");
  const { forecastHistory, forecastJson } = await import("../../forecast/forecast.js");
  const { history } = importFiles(readFiles([file], io));
  if (o.sprints !== undefined && history.form !== "sprints") throw new InputError(`${file}: --sprints needs a sprint history; this is an item history: ask --by DATE instead`);
  if (o.points && history.form !== "items") throw new InputError(`${file}: --points counts the points of done items; a sprint history's "completed" is already what the team counts`);
  const question: Question = o.items !== undefined ? { kind: "items", n: o.items } : o.by !== undefined ? { kind: "by", day: o.by } : { kind: "periods", k: o.sprints as number };
  const holidays = o.holidays === undefined ? [] : readHolidays(o.holidays, io);
  const result = forecastHistory(history, question, { asOf: o.asOf, seed: o.seed, trials: o.trials, holidays, periodDays: o.periodDays, measure: o.points ? "points" : "items" });
  const unit = o.unit ?? (o.points ? "points" : "items");
  // The page may be written? Asked before the work (a what-if can take a minute).
  const out = o.html ? (o.out ?? (o.json ? undefined : "forecast.html")) : undefined;
  const target = out === undefined ? undefined : path.resolve(io.cwd, out);
  const { GENERATOR, page } = await import("../../output/forecast/page.js");
  if (target && out) checkWritable(target, out, o.force === true, (head) => head.includes(GENERATOR));
  const { forecastText } = await import("../../output/forecast/text.js");
  let text = forecastText(result, unit);
  let json: Record<string, unknown> = forecastJson(result);
  const charts: Array<{ svg: string; caption: string }> = [];
  if ((o.whatIf ?? []).length > 0) {
    if (o.points) throw new InputError("--what-if counts items (the simulated team finishes items); leave out --points");
    const { runWhatIf } = await import("./what-if-run.js");
    const { report, calibrationText } = await runWhatIf(history, result, { whatIf: o.whatIf ?? [], scenario: o.scenario, runs: o.runs ?? 100, seed: o.seed, developers: o.developers, set: o.set ?? [], extendsRoot: o.extendsRoot, weeks: o.weeks, quiet: o.quiet }, io);
    const { whatIfText, whatIfJson, whatIfChart } = await import("../../output/forecast/what-if.js");
    text += `${calibrationText ? `\nThe team, calibrated to ${calibrationText.replace(/^Calibrated to /, "")}` : ""}${whatIfText(result, report, unit)}`;
    json = { ...json, team: report.team, whatIf: whatIfJson(result, report) };
    const { renderChart } = await import("../../output/forecast/charts.js");
    const { draw } = await import("../../../viz/charts/what-if.js");
    charts.push({ svg: (await renderChart(draw, whatIfChart(result, report, unit), { width: 1280, height: 160 + 90 * (report.arms.length + 1) })).inline, caption: "Each row is a forecast: from the history, and from the team simulated as it is and with each change (the same seeds in every arm). The thin line runs from P5 to P95, the bar from P50 to P85. Read the distance between the simulated rows: that is what the change would do." });
  }
  if (o.json) io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  else io.stdout(text);
  if (target === undefined || out === undefined) return;
  const { forecastChart, renderChart } = await import("../../output/forecast/charts.js");
  const { draw } = await import("../../../viz/charts/forecast.js");
  const chart = await renderChart(draw, forecastChart(result, unit));
  const { writeFileAtomic } = await import("../../output/atomic.js");
  writeFileAtomic(target, page({ title: `scrumlab forecast: ${path.basename(file)}`, text, charts: [{ svg: chart.inline, caption: result.mode === "when" ? "The chance of being done by each date: bars per week, the line adds them up. Read the P85 date as: 85 % likely to be done by then." : "The chance of each amount: bars per bin, the line is the chance of at least that many. Read the P85 figure as: 85 % likely to finish at least that many." }, ...charts], footer: `Seed ${o.seed}, ${o.trials.toLocaleString("en-US")} trials; the same history, options and seed give the same page. Method and measured honesty: docs/forecasting.md.` }));
  if (!o.json) io.stdout(`wrote ${out}\n`);
}
