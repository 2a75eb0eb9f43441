// The sprint cycle: Sprint Planning (forecast by yesterday's weather or pushed scope, the SM's
// check of the commitment, the Sprint Goal), Sprint Review (the PO accepts done items: value
// delivered; stakeholder feedback refreshes the estimates), the Retrospective (an improvement
// with diminishing returns, smaller when nobody or a conflicted person facilitates), and the
// close of a sprint (Sprint Goal, morale, the PO's estimate skill).
import { remainingEstimate } from "./backlog.js";
import type { Item } from "./items.js";
import type { Person } from "./person.js";
import type { World } from "./world.js";

/** Committed work this much above the remaining forecast counts as delivery pressure. */
const PRESSURE_MARGIN = 1.25;

export class Sprints {
  sprint = 0;
  /** Capacity forecast of the current sprint, in estimated hours. */
  forecastHours: number;
  /** committed / forecast - 1 at the last planning (0 when the commitment was checked). */
  overcommitment = 0;
  private readonly velocities: number[] = [];
  private goal: Item[] = [];
  private retroHeld = false;
  private reviewed = false;
  private exhausted = false;

  constructor(private readonly w: World) {
    const s = w.scenario;
    this.forecastHours = s.team.developers * w.cal.sprintHours * s.forecast.initialFocus;
  }

  start(k: number): void {
    const w = this.w;
    this.sprint = k;
    this.retroHeld = false;
    this.reviewed = false;
    const s = w.scenario;
    let reporter = false;
    let teacher = false;
    for (const p of w.persons) {
      p.stakeholderHours = 0;
      p.coachingHours = 0;
      p.teachingHours = 0;
      p.reportLeft = p.product && !reporter ? s.roles.productOwner.reportingHours : 0;
      reporter ||= p.product;
      p.teachLeft = p.scrum && !teacher && w.teachingPossible ? s.roles.scrumMaster.teachingHoursPerWeek * w.cal.sprintWeeks : 0;
      teacher ||= p.scrum;
    }
    w.metrics.startSprint(k);
    w.discovery.startSprint();
    if (w.trace !== null) w.record({ t: w.sim.now, kind: "sprint-start", sprint: k });
  }

  plan(attending: Person[]): void {
    const w = this.w;
    const s = w.scenario;
    const now = w.sim.now;
    const window = this.velocities.slice(-s.forecast.windowSprints);
    if (window.length > 0) this.forecastHours = window.reduce((a, b) => a + b, 0) / window.length;
    const forecast = this.forecastHours;
    const checked = attending.some((p) => p.scrum && (!p.merged || !s.roles.merged.noCommitmentCheck));
    let commit = forecast;
    if (s.practices.planning === "pushed-scope") commit = forecast * s.forecast.pushedScopeFactor;
    else if (!checked) commit = forecast * (1 + s.roles.productOwner.optimism);
    this.overcommitment = forecast > 0 ? commit / forecast - 1 : 0;
    const reserve = w.debt.reserve(forecast);
    const first = reserve > 0 ? [w.factory.debt(reserve, now)] : [];
    for (const item of first) w.estimates.estimate(item);
    const { carried, selected } = w.backlogs.plan(commit - reserve, first, now);
    let hours = 0;
    for (const item of w.backlogs.sprint) {
      if (item.state === "backlog") item.state = "selected";
      if (item.selectedAt === null) item.selectedAt = now;
      item.committedSprint = this.sprint;
      hours += remainingEstimate(item);
    }
    // The Sprint Goal: the top items, in order, that fit in goalShare of the committed hours — an
    // item too big for it is left out (a goal the team believes it can meet); refactoring is not a goal.
    this.goal = [];
    let goalHours = 0;
    const room = s.forecast.goalShare * hours;
    for (const item of w.backlogs.sprint) {
      if (item.kind === "debt") continue;
      const need = remainingEstimate(item);
      if (goalHours + need > room && this.goal.length > 0) break;
      if (need > room) continue;
      this.goal.push(item);
      item.goalSprint = this.sprint;
      goalHours += need;
    }
    const tally = w.metrics.current();
    tally.committed_items = w.backlogs.sprint.length;
    tally.committed_hours = hours;
    tally.forecast_hours = forecast;
    if (w.backlogs.sprint.length === 0 && w.backlogs.product.length === 0 && !this.exhausted) {
      this.exhausted = true;
      w.metrics.warn(`The Product Backlog ran out in sprint ${this.sprint}: from then on the team had nothing to work on.`);
      if (w.trace !== null) w.record({ t: now, kind: "backlog-exhausted", sprint: this.sprint });
    }
    if (w.trace !== null) w.record({ t: now, kind: "sprint-planned", sprint: this.sprint, committed: w.backlogs.sprint.length, committedHours: hours, forecastHours: forecast, goalItems: this.goal.map((i) => i.id), carriedOver: carried.length, checked });
    void selected;
    this.updatePressure(w.cal.sprintDays);
  }

  /** Sprint Review: with the PO there, done items are accepted (value delivered) and the estimates refreshed. */
  review(poPresent: boolean): void {
    const w = this.w;
    const { accepted, value } = poPresent ? w.work.acceptDone() : { accepted: 0, value: 0 };
    if (poPresent) w.estimates.refreshAll();
    this.reviewed = poPresent;
    if (w.trace !== null) w.record({ t: w.sim.now, kind: "review", sprint: this.sprint, accepted, value, poPresent });
  }

  /** The retrospective's improvement grades with the share of it an SM facilitated (the rest is self-facilitated). */
  retrospective(facilitator: Person | null, facilitation: number): void {
    const w = this.w;
    const s = w.scenario;
    const imp = s.improvement;
    const led = facilitator !== null && facilitator.merged && s.roles.merged.lessCandidRetros ? s.roles.merged.candour : 1;
    const factor = facilitator === null ? imp.selfFacilitated : facilitation * led + (1 - facilitation) * imp.selfFacilitated;
    let coaching = 0;
    for (const p of w.persons) if (p.scrum) coaching += p.coachingHours;
    const coached = 0.5 + 0.5 * Math.min(1, imp.coachingHoursPerSprint > 0 ? coaching / imp.coachingHoursPerSprint : 1);
    const step = imp.retroStep * factor * coached;
    w.improvement += step * (imp.ceiling - w.improvement);
    this.retroHeld = true;
    w.refreshSpeed();
    if (w.trace !== null) w.record({ t: w.sim.now, kind: "retrospective", sprint: this.sprint, held: true, facilitator: facilitator?.id ?? null, step, productivity: 1 + w.improvement });
  }

  close(k: number): void {
    const w = this.w;
    const s = w.scenario;
    const now = w.sim.now;
    if (!s.practices.sprintReview && w.hasProductOwner) w.work.acceptDone();
    if (w.hasProductOwner && s.backlog.pruneAfterWeeks > 0) {
      const pruned = w.backlogs.prune(now - s.backlog.pruneAfterWeeks * w.cal.weekHours, now);
      w.metrics.tallies[k - 1].items_pruned += pruned;
      if (pruned > 0 && w.trace !== null) w.record({ t: now, kind: "items-pruned", count: pruned });
    }
    const goalMet = this.goal.length > 0 && this.goal.every((item) => item.finished);
    const m = s.morale;
    let morale = w.morale + (goalMet ? m.goalMet : m.goalMissed) + m.perStaleImpediment * w.impediments.stale(now);
    if (this.retroHeld) morale += m.retrospective;
    w.morale = Math.min(m.max, Math.max(m.min, morale));
    let taught = 0;
    let stakeholder = 0;
    for (const p of w.persons) {
      taught += p.teachingHours;
      stakeholder += p.stakeholderHours;
    }
    const teachTarget = s.roles.scrumMaster.teachingHoursPerWeek * w.cal.sprintWeeks;
    const stakeTarget = s.roles.productOwner.stakeholderHoursPerWeek * (s.calendar.sprintDays / 5);
    w.estimates.endSprint(teachTarget > 0 ? taught / teachTarget : 0, stakeTarget > 0 ? stakeholder / stakeTarget : 1, this.reviewed);
    const tally = w.metrics.closeSprint(k, goalMet);
    this.velocities.push(tally.velocity_hours);
    w.refreshSpeed();
    if (w.trace !== null) w.record({ t: now, kind: "sprint-end", sprint: k, value: tally.value_delivered, done: tally.done_items, committed: tally.committed_items, goalMet });
  }

  /** Morning check: is the committed work left more than the rest of the sprint can do? */
  updatePressure(daysLeft: number): void {
    const w = this.w;
    // What the team committed to (and scope let in since), not what it pulled in when it ran ahead.
    let left = 0;
    for (const item of w.backlogs.sprint) if (!item.finished && (item.committedSprint === this.sprint || item.scopeAddedSprint === this.sprint)) left += remainingEstimate(item);
    const capacity = (this.forecastHours * daysLeft) / w.cal.sprintDays;
    const pressure = left > PRESSURE_MARGIN * capacity && left > 0;
    if (pressure) w.metrics.current().delivery_pressure_hours += w.cal.hoursPerDay;
    if (pressure !== w.pressure) {
      w.pressure = pressure;
      if (w.trace !== null) w.record({ t: w.sim.now, kind: "pressure", on: pressure });
    }
    if (pressure) w.debt.pressureMorning();
  }
}
