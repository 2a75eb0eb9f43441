// Answers read from a forecast surface on a working-day timeline: "when will n more be done"
// (a date per percentile), "how many by this date" and "how many in the next k periods" (an
// amount per percentile). Time runs in working days after the as-of day; a period is
// `perPeriod` working days, and within a period work is taken to go at an even pace.
import type { WorkCalendar } from "./calendar.js";
import { amountAt, periodsToReach, type Surface } from "./surface.js";

export type Question = { kind: "items"; n: number } | { kind: "by"; day: number } | { kind: "periods"; k: number };

export interface Timeline {
  asOf: number;
  calendar: WorkCalendar;
  /** Working days in one period. */
  perPeriod: number;
}

/** Every fifth percentile, as the JSON output gives them. */
export const PERCENTILES = Array.from({ length: 19 }, (_, i) => 5 * (i + 1));

export interface Answer {
  mode: "when" | "how-many";
  /** Periods ahead (how-many), or undefined (when). */
  horizon?: number;
  /** value at percentile q (1 … 99): a day (when; undefined = later than the forecast reaches) or an amount (how-many). */
  at: (q: number) => number | undefined;
}

/** Periods (fractional) from the as-of day to the end of `day`. */
export function periodsUntil(day: number, t: Timeline): number {
  return t.calendar.between(t.asOf, day) / t.perPeriod;
}

/** The working day on which `periods` periods after the as-of day have passed. */
export function dayAfter(periods: number, t: Timeline): number {
  return t.calendar.nth(t.asOf, Math.max(1, Math.ceil(periods * t.perPeriod - 1e-9)));
}

/** Periods a question needs the surface to reach, at least (when: grown until the P95 is found). */
export function horizonOf(q: Question, t: Timeline): number | undefined {
  if (q.kind === "by") return periodsUntil(q.day, t);
  if (q.kind === "periods") return q.k;
  return undefined;
}

export function answer(s: Surface, q: Question, t: Timeline): Answer {
  if (q.kind === "items") {
    return {
      mode: "when",
      at: (pct) => {
        const periods = periodsToReach(s, q.n, pct / 100);
        return periods === undefined ? undefined : dayAfter(periods, t);
      },
    };
  }
  const horizon = horizonOf(q, t) as number;
  return { mode: "how-many", horizon, at: (pct) => amountAt(s, horizon, pct / 100) };
}
