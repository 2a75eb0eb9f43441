// What a calibration aims at: the team's recent flow — items done per calendar week over the
// last `weeks` complete weeks before the as-of day (at most 52 by default), and the lead times
// (created → done, in working days) of the items done in those weeks. Read with the forecast's
// history readers (periods of 7 days from the Monday of the first done item's week).
import { InputError } from "../errors.js";
import { WorkCalendar } from "../forecast/calendar.js";
import { formatDay } from "../forecast/days.js";
import { lastDay, type History } from "../forecast/history.js";
import { periodsOf } from "../forecast/periods.js";
import { flowStats, type FlowStats } from "./flow.js";

export interface Target {
  /** First and last day of the window (Monday … Sunday). */
  from: number;
  to: number;
  /** Items done in each week of the window. */
  throughput: number[];
  /** Lead times of the items done in the window, in working days. */
  leadTimes: number[];
  stats: FlowStats;
  /** Done items in the window without a creation date (left out of the lead times). */
  noCreated: number;
}

export interface TargetOptions {
  asOf?: number;
  /** The most weeks to look back (default 52). */
  weeks?: number;
}

export const DEFAULT_WEEKS = 52;
/** The fewest complete weeks, done items with a creation date, and done items a calibration needs. */
export const MIN_WEEKS = 12;
export const MIN_LEAD_TIMES = 10;

export function targetOf(history: History, o: TargetOptions = {}): Target {
  if (history.form !== "items") throw new InputError("calibrate needs an item history (when each item was created and done): a sprint history has no lead times; export the items instead (scrumlab import reads Jira and GitLab exports)");
  const asOf = o.asOf ?? lastDay(history);
  if (asOf === undefined) throw new InputError("the history has no dates");
  const p = periodsOf(history, { asOf, days: 7 });
  const n = Math.min(o.weeks ?? DEFAULT_WEEKS, p.amount.length);
  if (n < MIN_WEEKS) throw new InputError(`only ${p.amount.length} complete weeks of done items by ${formatDay(asOf)}; a calibration needs at least ${MIN_WEEKS}`);
  const throughput = p.amount.slice(-n);
  const from = p.start[p.start.length - n];
  const to = p.end[p.end.length - 1];
  const calendar = new WorkCalendar();
  const leadTimes: number[] = [];
  let noCreated = 0;
  for (const it of history.items) {
    if (it.done === undefined || it.done < from || it.done > to) continue;
    if (it.created === undefined) noCreated++;
    // A done date before the created date (a time-zone artefact of same-day items) counts as 0 days.
    else leadTimes.push(calendar.between(it.created, it.done));
  }
  const done = throughput.reduce((a, b) => a + b, 0);
  const span = `${formatDay(from)} to ${formatDay(to)}`;
  if (done === 0) throw new InputError(`no item was done from ${span}: no flow to calibrate to`);
  if (leadTimes.length < MIN_LEAD_TIMES) throw new InputError(`only ${leadTimes.length} of the ${done} items done from ${span} have a creation date; a calibration needs at least ${MIN_LEAD_TIMES} lead times (the "created" column)`);
  return { from, to, throughput, leadTimes, stats: flowStats(throughput, leadTimes), noCreated };
}
