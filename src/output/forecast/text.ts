// What `forecast` and `backtest` print: a short table the coach's way (P50 / P85 / P95: "85 %
// likely: by <date>" or "85 % likely: at least <n>"), one line on what the forecast was based
// on, and the backtest's scores next to the naive forecaster's.
import { formatDay } from "../../forecast/days.js";
import type { ForecastResult } from "../../forecast/forecast.js";
import type { BacktestSummary } from "../../forecast/backtest.js";
import { METHOD } from "../../forecast/method.js";

const LIKELY = [50, 85, 95];

export function fmtAmount(x: number): string {
  return Number.isInteger(x) ? x.toLocaleString("en-US") : x.toLocaleString("en-US", { maximumFractionDigits: 1 });
}

export function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => `  ${r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join("   ")}`.trimEnd()).join("\n") + "\n";
}

/** The question as a heading. */
export function heading(r: ForecastResult, unit: string): string {
  const q = r.question;
  const asOf = `as of ${formatDay(r.asOf)}`;
  if (q.kind === "items") return `When will ${fmtAmount(q.n)} more ${unit} be done? (${asOf})`;
  if (q.kind === "by") return `How many ${unit} by ${formatDay(q.day)}? (${asOf}; ${r.timeline.calendar.between(r.asOf, q.day)} working days)`;
  return `How many ${unit} in the next ${q.k} ${r.periods.kind === "sprints" ? "sprints" : "periods"}? (${asOf})`;
}

export function forecastText(r: ForecastResult, unit: string): string {
  const rows: string[][] = [];
  if (r.mode === "when") {
    rows.push(["likelihood", "done by", "working days"]);
    for (const q of LIKELY) {
      const d = r.values[q - 1];
      rows.push([`${q} %`, d === undefined ? `later than ${formatDay(lastReached(r))}` : formatDay(d), d === undefined ? "" : String(r.timeline.calendar.between(r.asOf, d))]);
    }
  } else {
    rows.push(["likelihood", "at least"]);
    // "85 % likely: at least x" is the 15th percentile of the amount.
    for (const q of LIKELY) rows.push([`${q} %`, `${fmtAmount(Math.floor((r.values[100 - q - 1] ?? 0) + 1e-9))} ${unit}`]);
  }
  return `${heading(r, unit)}\n${table(rows)}${basedOn(r, unit)}\n`;
}

function lastReached(r: ForecastResult): number {
  return r.timeline.calendar.nth(r.asOf, Math.round(r.surface.q.length * r.timeline.perPeriod));
}

/** How the periods were weighed: the half-life the forecast used (longer on a sparse history, so that its window holds enough items). */
function weights(halfLife: number, periods: string): string {
  if (!Number.isFinite(halfLife)) return `every ${periods.slice(0, -1)} weighs the same (too few items for recent ones to say more)`;
  const h = Math.round(halfLife * 10) / 10;
  return h > METHOD.halfLife ? `recent ${periods} weigh most (half-life ${fmtAmount(h)} ${periods}, long enough to hold ${METHOD.windowItems} items)` : `recent ${periods} weigh most (half-life ${h})`;
}

/** One line: which periods, how much was finished, the recent pace, the level shift, the calibration. */
export function basedOn(r: ForecastResult, unit: string): string {
  const p = r.periods;
  const k = p.amount.length;
  const total = p.amount.reduce((a, b) => a + b, 0);
  const recent = p.amount.slice(-12);
  const pace = recent.reduce((a, b) => a + b, 0) / recent.length;
  const what = p.kind === "sprints" ? `${k} sprints` : `${k} periods of ${p.end[0] - p.start[0] + 1} days`;
  const per = p.kind === "sprints" ? "a sprint" : "a period";
  const shift = r.calibration.shiftAt > 0 ? `, the level since ${formatDay(p.start[r.calibration.shiftAt])} (a shift was detected) most of all` : "";
  const cal = r.calibration.pastForecasts > 0 ? `ranges calibrated on ${r.calibration.pastForecasts} past forecasts of this history` : `too short a history to calibrate on its own past forecasts: ranges as wide as on other teams`;
  const idle = p.amount.slice(-6).every((a) => a === 0) ? ` Nothing was finished in the last ${Math.min(6, k)} ${p.kind === "sprints" ? "sprints" : "periods"}: the forecast leans on older history — check that the team still works as it did.` : "";
  return `Based on ${what} from ${formatDay(p.start[0])} to ${formatDay(p.end[k - 1])}: ${fmtAmount(total)} ${unit} done, ${fmtAmount(Math.round(pace * 10) / 10)} ${per} over the last ${recent.length}; ${weights(r.calibration.halfLife, p.kind === "sprints" ? "sprints" : "periods")}${shift}; ${cal}.${idle}`;
}

const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
const num = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2));

export function backtestText(s: BacktestSummary, title: string): string {
  const rows = [
    ["", "P10–P90 holds", "P5–P95 holds", "interval score", "CRPS"],
    ["scrumlab", pct(s.ours.coverage80), pct(s.ours.coverage90), num(s.ours.meanIS80), num(s.ours.meanCRPS)],
    ["naive", pct(s.naive.coverage80), pct(s.naive.coverage90), num(s.naive.meanIS80), num(s.naive.meanCRPS)],
  ];
  const better = (ratio: number) => (ratio <= 1 ? `${pct(1 - ratio)} lower` : `${pct(ratio - 1)} higher`);
  return `${title}\n${table(rows)}  scrumlab's interval score is ${better(s.isRatio)} than the naive forecaster's, its CRPS ${better(s.crpsRatio)} (${s.ours.forecasts} forecasts; nominal: 80 % and 90 %).\n`;
}
