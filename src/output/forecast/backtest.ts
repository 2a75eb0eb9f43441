// A backtest's folder: backtest.csv (one row per cut-off, ours and the naive forecaster's),
// backtest.html (the summary and the charts) and charts/*.svg, written atomically; and the
// summary as JSON.
import { mkdirSync } from "node:fs";
import { formatDay } from "../../forecast/days.js";
import type { BacktestResult } from "../../forecast/backtest-history.js";
import { csvRows } from "../csv.js";
import { OutputFolder } from "../folder.js";
import { calibrationChart, intervalsChart, renderChart } from "./charts.js";
import { page } from "./page.js";

export const BACKTEST_COLUMNS = ["as_of", "periods_used", "horizon_periods", "actual", "p5", "p10", "p50", "p90", "p95", "pit", "interval_score", "crps", "in_p10_p90", "in_p5_p95", "naive_p5", "naive_p10", "naive_p50", "naive_p90", "naive_p95", "naive_pit", "naive_interval_score", "naive_crps", "naive_in_p10_p90", "naive_in_p5_p95"] as const;

export function backtestCsv(r: BacktestResult): string {
  const side = (s: BacktestResult["rows"][number]["ours"]) => [s.q[4], s.q[9], s.q[49], s.q[89], s.q[94], s.pit, s.is80, s.crps, s.in80 ? 1 : 0, s.in90 ? 1 : 0];
  return csvRows([[...BACKTEST_COLUMNS], ...r.rows.map((row) => [formatDay(row.asOf), row.k, row.t, row.actual, ...side(row.ours), ...side(row.naive)])]);
}

export function summaryJson(r: BacktestResult, ahead: string): object {
  const s = r.summary;
  const side = (x: typeof s.ours) => ({ coverageP10P90: x.coverage80, coverageP5P95: x.coverage90, meanIntervalScore: x.meanIS80, meanCRPS: x.meanCRPS, pitHistogram: x.pitHistogram });
  return { forecasts: s.ours.forecasts, ahead, periods: r.periods.amount.length, kind: r.periods.kind, ours: side(s.ours), naive: side(s.naive), intervalScoreRatio: s.isRatio, crpsRatio: s.crpsRatio, reliability: s.reliability };
}

export async function writeBacktest(dir: string, force: boolean, r: BacktestResult, o: { title: string; text: string; unit: string; ahead: string; seed: number; trials: number }): Promise<void> {
  const { draw: drawCalibration } = await import("../../../viz/charts/calibration.js");
  const { draw: drawIntervals } = await import("../../../viz/charts/intervals.js");
  const calibration = await renderChart(drawCalibration, calibrationChart(r.summary, `Calibration: ${o.title}`));
  const intervals = await renderChart(drawIntervals, intervalsChart(r.rows, `Forecasts and outcomes: ${o.title}`, `${o.unit} finished in the next ${o.ahead}`));
  const folder = OutputFolder.create(dir, force);
  try {
    folder.write("backtest.csv", backtestCsv(r));
    folder.write("backtest.html", page({ title: o.title, text: o.text, charts: [{ svg: intervals.inline, caption: "Each cut-off's forecast range and what happened. A forecaster is honest when about 80 % of the dots fall in the darker band and 90 % in the lighter one." }, { svg: calibration.inline, caption: "Left: where each outcome fell in its forecast distribution — flat bars mean honest percentiles; bars high at the ends mean ranges too narrow. Right: the share of outcomes inside each central range against its nominal size." }], footer: `Seed ${o.seed}, ${o.trials.toLocaleString("en-US")} trials per forecast. Columns of backtest.csv: docs/outputs.md; method: docs/forecasting.md.` }));
    mkdirSync(folder.file("charts"));
    folder.write("charts/calibration.svg", calibration.file);
    folder.write("charts/intervals.svg", intervals.file);
    folder.commit();
  } catch (error) {
    folder.discard();
    throw error;
  }
}
