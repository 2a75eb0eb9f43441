// A forecast from a history, start to end: the periods known on the as-of day, the working-day
// timeline ahead, the calibrated surface (grown until the answer's P95 is within it) and the
// answer with what it was based on. Pure: a history and options in, plain data out.
import { InputError } from "../errors.js";
import { WorkCalendar, weekdaysIn } from "./calendar.js";
import { formatDay } from "./days.js";
import { lastDay, type History } from "./history.js";
import { Forecaster, METHOD, type Calibration } from "./method.js";
import { answer, horizonOf, PERCENTILES, type Answer, type Question, type Timeline } from "./outlook.js";
import { DEFAULT_PERIOD_DAYS, periodsOf, type Periods } from "./periods.js";
import type { Surface } from "./surface.js";

export interface ForecastOptions {
  asOf?: number;
  seed: number;
  trials: number;
  holidays?: readonly number[];
  /** Period length of an item history, in days (default 14). */
  periodDays?: number;
  measure?: "items" | "points";
}

export interface ForecastResult {
  question: Question;
  mode: Answer["mode"];
  asOf: number;
  periods: Periods;
  timeline: Timeline;
  surface: Surface;
  calibration: Calibration;
  /** Value at every percentile 1 … 99 (days for "when", amounts for "how-many"); undefined: beyond the forecast. */
  values: Array<number | undefined>;
  horizon?: number;
}

/** The fewest periods a forecast is made from. */
export const MIN_PERIODS = 5;
/** The longest horizon a "when" forecast looks, in periods. */
export const MAX_HORIZON = 520;

/** Working days per period: the period length's weekdays, or the median of the last sprints'. */
export function perPeriod(p: Periods, periodDays: number): number {
  if (p.kind === "days") return (periodDays * 5) / 7;
  const recent = p.start.slice(-6).map((s, i) => weekdaysIn(s, p.end.slice(-6)[i])).sort((a, b) => a - b);
  return Math.max(1, recent[Math.floor(recent.length / 2)]);
}

export function forecastHistory(history: History, question: Question, o: ForecastOptions): ForecastResult {
  const asOf = o.asOf ?? lastDay(history);
  if (asOf === undefined) throw new InputError("the history has no dates");
  const periodDays = o.periodDays ?? DEFAULT_PERIOD_DAYS;
  const periods = periodsOf(history, { asOf, days: periodDays, measure: o.measure });
  const k = periods.amount.length;
  const what = periods.kind === "sprints" ? "sprints ended" : `complete periods of ${periodDays} days`;
  if (k < MIN_PERIODS) throw new InputError(`only ${k} ${what} by ${formatDay(asOf)}; a forecast needs at least ${MIN_PERIODS}${periods.kind === "days" && periodDays > 7 ? " (shorter periods: --period-days 7)" : ""}`);
  if (periods.amount.every((a) => a === 0)) throw new InputError(`nothing was finished in the ${k} ${what} by ${formatDay(asOf)}: no throughput to forecast from`);
  const timeline: Timeline = { asOf, calendar: new WorkCalendar(o.holidays), perPeriod: perPeriod(periods, periodDays) };
  if (question.kind === "by" && question.day <= asOf) throw new InputError(`--by ${formatDay(question.day)}: not after the as-of day, ${formatDay(asOf)}`);
  const forecaster = new Forecaster(periods.amount, o.seed, METHOD);
  const fixed = horizonOf(question, timeline);
  let horizons = fixed !== undefined ? Math.max(1, Math.ceil(fixed)) : firstGuess(periods.amount, question.kind === "items" ? question.n : 0);
  for (;;) {
    const { surface, calibration } = forecaster.forecast(k, horizons, o.trials);
    const a = answer(surface, question, timeline);
    const values = Array.from({ length: 99 }, (_, i) => a.at(i + 1));
    if (fixed === undefined && values[94] === undefined && horizons < MAX_HORIZON) {
      horizons = Math.min(MAX_HORIZON, horizons * 2);
      continue;
    }
    return { question, mode: a.mode, asOf, periods, timeline, surface, calibration, values, horizon: a.horizon };
  }
}

/** Horizon to try first for "when": three times the periods the recent pace needs, and a few more. */
function firstGuess(amounts: readonly number[], n: number): number {
  const recent = amounts.slice(-12);
  const pace = recent.reduce((a, b) => a + b, 0) / recent.length;
  return pace > 0 ? Math.min(MAX_HORIZON, Math.ceil((3 * n) / pace) + 4) : 26;
}

/** The JSON of a forecast: mode, as-of day and every fifth percentile (days as YYYY-MM-DD, null beyond the forecast). */
export function forecastJson(r: ForecastResult): { mode: string; asOf: string; percentiles: Record<string, string | number | null> } {
  const percentiles: Record<string, string | number | null> = {};
  for (const q of PERCENTILES) {
    const v = r.values[q - 1];
    percentiles[String(q)] = v === undefined ? null : r.mode === "when" ? formatDay(v) : Math.round(v * 10) / 10;
  }
  return { mode: r.mode, asOf: formatDay(r.asOf), percentiles };
}
