// The span a scenario simulates: horizon.weeks of calendar time in whole sprints (the last one
// ends on or after the last week), or exactly horizon.sprints when that is set.
import type { Scenario } from "./types.js";

/** The sprints a scenario runs: horizon.sprints when set, else enough whole sprints to cover horizon.weeks. */
export function sprintsOf(s: Scenario): number {
  if (s.horizon.sprints > 0) return s.horizon.sprints;
  return Math.max(1, Math.ceil((s.horizon.weeks * 5) / s.calendar.sprintDays - 1e-9));
}

/** The calendar weeks a scenario simulates (whole sprints of sprintDays working days). */
export function weeksOf(s: Scenario): number {
  return (sprintsOf(s) * s.calendar.sprintDays) / 5;
}
