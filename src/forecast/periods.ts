// History → periods of throughput: a sprint history's sprints as they ended, or an item
// history's done items counted in fixed periods of D days (14 by default) from the Monday of the
// week of the first done item. Only what was known on the as-of day counts: sprints ended by
// then, items done by then, and only complete periods.
import { mondayOf } from "./days.js";
import { lastDay, type History } from "./history.js";

export interface Periods {
  kind: "sprints" | "days";
  /** First and last day of each period (inclusive), in time order. */
  start: number[];
  end: number[];
  /** What was finished in each period (items, or the sprint's `completed`). */
  amount: number[];
  /** The day the history was cut at. */
  asOf: number;
}

export interface PeriodOptions {
  /** Use only what was known on this day (default: the last day of the history). */
  asOf?: number;
  /** Length of a period of an item history, in calendar days (default 14). */
  days?: number;
  /** What an item history counts per period: done items (default) or their points. */
  measure?: "items" | "points";
}

export const DEFAULT_PERIOD_DAYS = 14;

export function periodsOf(history: History, o: PeriodOptions = {}): Periods {
  const asOf = o.asOf ?? lastDay(history) ?? 0;
  if (history.form === "sprints") {
    const sprints = history.sprints.filter((s) => s.end <= asOf).sort((a, b) => a.end - b.end || a.start - b.start);
    return { kind: "sprints", start: sprints.map((s) => s.start), end: sprints.map((s) => s.end), amount: sprints.map((s) => s.completed), asOf };
  }
  const days = o.days ?? DEFAULT_PERIOD_DAYS;
  const doneItems = history.items.filter((it) => it.done !== undefined && it.done <= asOf);
  const done = doneItems.map((it) => it.done as number);
  const p: Periods = { kind: "days", start: [], end: [], amount: [], asOf };
  if (done.length === 0) return p;
  const origin = mondayOf(done.reduce((a, b) => Math.min(a, b)));
  const n = Math.floor((asOf - origin + 1) / days);
  for (let i = 0; i < n; i++) {
    p.start.push(origin + i * days);
    p.end.push(origin + (i + 1) * days - 1);
    p.amount.push(0);
  }
  for (const it of doneItems) {
    const i = Math.floor(((it.done as number) - origin) / days);
    if (i < n) p.amount[i] += o.measure === "points" ? (it.points ?? 0) : 1;
  }
  return p;
}
