// Working days: Monday to Friday, less the holidays given. The forecaster counts time in
// working days from the as-of day, so a holiday or a weekend moves a date but adds no work.
import { weekday } from "./days.js";

export class WorkCalendar {
  private readonly holidays: ReadonlySet<number>;

  constructor(holidays: Iterable<number> = []) {
    this.holidays = new Set(holidays);
  }

  isWorking(day: number): boolean {
    return weekday(day) < 5 && !this.holidays.has(day);
  }

  /** Working days in (from, to]: after `from`, up to and including `to`; 0 if to <= from. */
  between(from: number, to: number): number {
    let n = 0;
    for (let d = from + 1; d <= to; d++) if (this.isWorking(d)) n++;
    return n;
  }

  /** The n-th working day after `from` (n >= 1); `from` itself for n <= 0. */
  nth(from: number, n: number): number {
    let d = from;
    for (let left = Math.ceil(n); left > 0; ) if (this.isWorking(++d)) left--;
    return d;
  }
}

/** Working days (Monday to Friday, no holidays) in the inclusive range [start, end]. */
export function weekdaysIn(start: number, end: number): number {
  let n = 0;
  for (let d = start; d <= end; d++) if (weekday(d) < 5) n++;
  return n;
}
