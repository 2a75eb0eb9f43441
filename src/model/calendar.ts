// Working time: the clock runs in working hours only (a day is hoursPerDay of them; nights and
// weekends do not exist), a week is five working days, a sprint is sprintDays days. The span is
// horizon.weeks of calendar time (whole sprints: the last one ends on or after the last week),
// or exactly horizon.sprints when that is set. Also the Scrum Guide 2020 timeboxes, scaled in
// proportion to the sprint's length (a one-month sprint = 20 working days).
import type { Scenario } from "../scenario/types.js";
import { sprintsOf } from "../scenario/horizon.js";

export class Calendar {
  readonly hoursPerDay: number;
  readonly sprintDays: number;
  readonly sprints: number;
  readonly sprintHours: number;
  readonly days: number;
  readonly end: number;
  readonly weekHours: number;
  /** Calendar weeks simulated (days / 5). */
  readonly weeks: number;
  /** Weeks in a sprint (sprintDays / 5). */
  readonly sprintWeeks: number;
  readonly planningTimebox: number;
  readonly reviewTimebox: number;
  readonly retroTimebox: number;
  readonly dailyTimebox: number;
  /** Refinement session length per week, capped at 10 % of a developer's week. */
  readonly refinementTimebox: number;

  constructor(s: Scenario) {
    this.hoursPerDay = s.calendar.hoursPerDay;
    this.sprintDays = s.calendar.sprintDays;
    this.sprints = sprintsOf(s);
    this.sprintHours = this.hoursPerDay * this.sprintDays;
    this.days = this.sprintDays * this.sprints;
    this.end = this.dayStart(this.days); // the same product as every day's start, so no rounding apart
    this.weekHours = 5 * this.hoursPerDay;
    this.weeks = this.days / 5;
    this.sprintWeeks = this.sprintDays / 5;
    const month = this.sprintDays / 20;
    this.planningTimebox = s.events.planningHoursPerMonth * month;
    this.reviewTimebox = s.events.reviewHoursPerMonth * month;
    this.retroTimebox = s.events.retrospectiveHoursPerMonth * month;
    this.dailyTimebox = s.events.dailyScrumMinutes / 60;
    this.refinementTimebox = Math.min(s.events.refinementHoursPerWeek, 0.1 * this.weekHours);
  }

  dayStart(day: number): number {
    return day * this.hoursPerDay;
  }

  /** Sprint number (1-based) of time t; the sprint's end instant belongs to that sprint. */
  sprintAt(t: number): number {
    const k = Math.ceil(t / this.sprintHours);
    return Math.min(this.sprints, Math.max(1, k));
  }

  sprintStart(sprint: number): number {
    return (sprint - 1) * this.sprintHours;
  }
}

