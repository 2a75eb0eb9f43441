// A backtest of a whole history: its periods, the cut-offs (every period end from the tenth,
// not before `from`), the horizon — K periods, or D calendar days for an item history — and the
// walk-forward scores of the method and of the naive forecaster.
import { InputError } from "../errors.js";
import { backtest, periodCases, summarize, type BacktestRow, type BacktestSummary, type Case } from "./backtest.js";
import { WorkCalendar } from "./calendar.js";
import { formatDay } from "./days.js";
import { perPeriod } from "./forecast.js";
import type { History } from "./history.js";
import { lastDay } from "./history.js";
import { METHOD } from "./method.js";
import { DEFAULT_PERIOD_DAYS, periodsOf, type Periods } from "./periods.js";

export interface BacktestHistoryOptions {
  horizon: { periods: number } | { days: number };
  from?: number;
  seed: number;
  trials: number;
  periodDays?: number;
  measure?: "items" | "points";
  holidays?: readonly number[];
}

export interface BacktestResult {
  periods: Periods;
  rows: BacktestRow[];
  summary: BacktestSummary;
}

/** Cut-offs at period ends, D calendar days ahead: what was done in (as-of, as-of + D], from the items' own dates. */
export function dayCases(history: History & { form: "items" }, p: Periods, days: number, perPeriodDays: number, calendar: WorkCalendar, o: { from?: number; measure?: "items" | "points" } = {}): Case[] {
  const last = lastDay(history) ?? 0;
  const cases: Case[] = [];
  for (let k = METHOD.minPeriods; k <= p.amount.length; k++) {
    const asOf = p.end[k - 1];
    if (asOf + days > last) break;
    if (o.from !== undefined && asOf < o.from) continue;
    let actual = 0;
    for (const it of history.items) if (it.done !== undefined && it.done > asOf && it.done <= asOf + days) actual += o.measure === "points" ? (it.points ?? 0) : 1;
    cases.push({ k, asOf, t: calendar.between(asOf, asOf + days) / perPeriodDays, actual });
  }
  return cases;
}

export function backtestHistory(history: History, o: BacktestHistoryOptions): BacktestResult {
  const periodDays = o.periodDays ?? DEFAULT_PERIOD_DAYS;
  const periods = periodsOf(history, { days: periodDays, measure: o.measure });
  let cases: Case[];
  if ("days" in o.horizon) {
    if (history.form !== "items") throw new InputError("--by-days needs an item history (the days items were done); a sprint history backtests by sprints: --sprints K");
    cases = dayCases(history, periods, o.horizon.days, perPeriod(periods, periodDays), new WorkCalendar(o.holidays), { from: o.from, measure: o.measure });
  } else cases = periodCases(periods, o.horizon.periods, { from: o.from });
  const n = periods.amount.length;
  if (cases.length === 0) {
    const what = periods.kind === "sprints" ? "sprints" : `periods of ${periodDays} days`;
    const ahead = "days" in o.horizon ? `${o.horizon.days} days` : `${o.horizon.periods} ${periods.kind === "sprints" ? "sprints" : "periods"}`;
    throw new InputError(`no forecast to test: the history has ${n} ${what}${o.from !== undefined ? ` (cut-offs from ${formatDay(o.from)})` : ""}; a backtest needs ${METHOD.minPeriods} before a cut-off and ${ahead} after it`);
  }
  const rows = backtest(periods.amount, cases, { seed: o.seed, trials: o.trials });
  return { periods, rows, summary: summarize(rows) };
}
