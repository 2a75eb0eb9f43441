// A team's working day and its Scrum events. Each morning (the organization calls the phases in
// order, for every team): sprint boundaries and pressure; the day's events are drafted (Sprint
// Planning on a sprint's first day, else the Daily Scrum; a refinement session at midday on the
// third day of every calendar week, whatever the sprint length; Sprint Review and Retrospective
// ending the last day); who attends them is settled from each person's hours (a person several
// teams share: across all their teams' events, attendance.ts); their length is drawn — within
// the timebox as far as an SM facilitates, overrunning for the part nobody does, longer with more
// developers — they are placed in the day, and each person's presence for the rest of it follows.
import type { Person } from "./person.js";
import type { TraceRecord } from "./trace.js";
import type { World } from "./world.js";
import { DUTY_INDEX } from "./ledger.js";
import { Priority } from "../engine/index.js";

type EventName = "sprint-planning" | "daily-scrum" | "refinement" | "sprint-review" | "retrospective";

export interface Meeting {
  name: EventName;
  timebox: number;
  start: number;
  /** Set when the day is laid out; back-to-back events share the exact same boundary. */
  end: number;
  hours: number;
  persons: Person[];
  /** Persons whose hours run out during the event: they leave this many hours after its start. */
  leaves: Map<Person, number>;
  facilitated: boolean;
  /** Share of the event an SM facilitates (0 … 1): what it achieves and how long it runs grade with it. */
  facilitation: number;
  /** Index of this event's uniform draw of the day (common random numbers). */
  u: number;
  /** The team whose event it is. */
  w: World;
}

export const DAY_PRIORITY = Priority.NORMAL + 10;
const MEETING_START = Priority.NORMAL + 20;
const MEETING_END = Priority.URGENT + 5;

/** Which persons an event needs: the PO side, the SM side, or both. */
export const NEEDS: Record<EventName, { product: boolean; scrum: boolean }> = {
  "sprint-planning": { product: true, scrum: true },
  "daily-scrum": { product: false, scrum: true },
  refinement: { product: true, scrum: true },
  "sprint-review": { product: true, scrum: true },
  retrospective: { product: true, scrum: true },
};

export class Ceremonies {
  constructor(private readonly w: World) {}

  /** Morning of day d: a sprint ends and the next begins, delivery pressure is checked, impediments are handed over. */
  prepare(d: number): void {
    const w = this.w;
    const cal = w.cal;
    const dayIn = d % cal.sprintDays;
    const sprint = Math.floor(d / cal.sprintDays) + 1;
    if (dayIn === 0 && sprint > 1) w.sprints.close(sprint - 1);
    // Staff changes due today (after the last sprint closed: they belong to the new one), ramp-up, knowledge rebuilt.
    if (w.staffing !== null) w.staffing.morning();
    if (dayIn === 0) w.sprints.start(sprint);
    if (dayIn > 0) w.sprints.updatePressure(cal.sprintDays - dayIn); // on day one, planning does it
    w.impediments.takeOver();
  }

  /** The last sprint ends with the run. */
  finish(): void {
    this.w.sprints.close(this.w.cal.sprints);
  }

  /** The day's events with their draws, at their facilitated lengths (within the timebox), in order. */
  draft(d: number): Meeting[] {
    const w = this.w;
    const cal = w.cal;
    const p = w.scenario.practices;
    const ds = cal.dayStart(d);
    const dayIn = d % cal.sprintDays;
    const r = w.stream("events");
    const u = [r.uniform(), r.uniform(), r.uniform(), r.uniform(), r.uniform()];
    const list: Meeting[] = [];
    const add = (name: EventName, timebox: number, k: number) => list.push({ name, timebox, start: ds, end: ds, hours: timebox, persons: [], leaves: new Map(), facilitated: false, facilitation: 0, u: u[k], w });
    if (dayIn === 0) add("sprint-planning", cal.planningTimebox, 0);
    else if (p.dailyScrum) add("daily-scrum", cal.dailyTimebox, 1);
    if (d % 5 === 2 && w.refinement.sessionNeeded()) add("refinement", cal.refinementTimebox, 2);
    if (dayIn === cal.sprintDays - 1) {
      if (p.sprintReview) add("sprint-review", cal.reviewTimebox, 3);
      if (p.retrospective) add("retrospective", cal.retroTimebox, 4);
    }
    // The SM side decides by the facilitated lengths (within the timebox) …
    const growth = this.growth;
    for (const m of list) m.hours = Math.min(m.timebox, m.timebox * this.use(m.u) * growth);
    return list;
  }

  /** The team's own persons (not shared with other teams) of one side attend, each in time order while their hours last. */
  attendOwn(list: Meeting[], side: "scrum" | "product", used: Map<Person, number>): void {
    for (const person of this.w.persons) {
      if (person.shared || !person[side]) continue;
      this.attend(person, list.filter((m) => NEEDS[m.name][side] && !m.persons.includes(person)), used);
    }
  }

  /** Facilitation is the share of an event an SM attends; the part nobody facilitates overruns. */
  facilitate(list: Meeting[]): void {
    const growth = this.growth;
    for (const m of list) {
      m.facilitation = facilitationOf(m);
      m.facilitated = m.facilitation >= 1;
      // … the part nobody facilitates overruns.
      if (!m.facilitated) m.hours = m.facilitation * m.hours + (1 - m.facilitation) * m.timebox * this.overrun(m.u) * growth;
    }
  }

  /** The events held (a refinement needs someone with the product accountability), scaled into the day and placed, in time order. */
  place(list: Meeting[], d: number): Meeting[] {
    const cal = this.w.cal;
    const meetings = list.filter((m) => m.name !== "refinement" || m.persons.some((x) => x.product));
    const total = meetings.reduce((sum, m) => sum + m.hours, 0);
    if (total > cal.hoursPerDay) for (const m of meetings) m.hours *= cal.hoursPerDay / total;
    for (const m of meetings) for (const [p, h] of m.leaves) if (h >= m.hours) m.leaves.delete(p);
    arrange(meetings, cal.dayStart(d), cal.dayStart(d + 1), cal.hoursPerDay);
    return meetings;
  }

  /** Where the events would lie at their present lengths (every drafted event held): what a shared person plans by. */
  tentative(list: Meeting[], d: number): Array<{ start: number; end: number }> {
    const cal = this.w.cal;
    const copies = list.map((m) => ({ name: m.name, hours: m.hours, start: cal.dayStart(d), end: cal.dayStart(d) }));
    const total = copies.reduce((sum, m) => sum + m.hours, 0);
    if (total > cal.hoursPerDay) for (const m of copies) m.hours *= cal.hoursPerDay / total;
    arrange(copies.slice(), cal.dayStart(d), cal.dayStart(d + 1), cal.hoursPerDay); // sorts its own array; the copies keep the list's order
    return copies;
  }

  /** A person attends events in time order while their hours last; the event where they run out, only in part. */
  private attend(person: Person, events: Meeting[], used: Map<Person, number>): void {
    let hours = used.get(person) ?? 0;
    for (const m of events) {
      const rest = person.hoursPerDay - hours;
      if (rest <= 1e-9) break;
      m.persons.push(person);
      if (m.hours > rest + 1e-9) {
        m.leaves.set(person, rest);
        hours = person.hoursPerDay;
        break;
      }
      hours += m.hours;
    }
    used.set(person, hours);
  }

  /** Events grow with the developers beyond seven (more people to hear, more to align). */
  private get growth(): number {
    const n = this.w.headcount;
    return Math.max(0.5, 1 + (this.w.scenario.team.coordination.eventGrowth * (n - 7)) / 7);
  }

  private use(u: number): number {
    const f = this.w.scenario.events.facilitatedUse;
    return f.min + u * (f.max - f.min);
  }

  private overrun(u: number): number {
    const { min: a, mode: c, max: b } = this.w.scenario.events.overrun;
    if (b <= a) return a;
    const fc = (c - a) / (b - a);
    return u < fc ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
  }

  schedule(m: Meeting): void {
    const w = this.w;
    // A zero-length event (a timebox of 0) happens at an instant: its effects, nobody's time.
    const instant = !(m.end > m.start);
    w.sim.at(m.start, () => this.begin(m, instant), { priority: MEETING_START });
    if (instant) return;
    w.sim.at(m.end, () => this.end(m, false), { priority: MEETING_END });
    for (const [p, h] of m.leaves) w.sim.at(m.start + h, () => p.leaveMeeting(), { priority: MEETING_END });
  }

  private begin(m: Meeting, instant: boolean): void {
    const w = this.w;
    const duty = DUTY_INDEX[m.name === "refinement" ? "refinement" : m.name];
    if (!instant) {
      w.work.batch(() => {
        for (const dev of w.devs) dev.enterMeeting(duty);
      });
      for (const p of m.persons) p.enterMeeting(duty, p.deskOf(w).local);
    }
    if (w.trace !== null) {
      const rec: TraceRecord = { t: w.sim.now, kind: "event", event: m.name, sprint: w.sprints.sprint, end: m.end, timebox: m.timebox, facilitated: m.facilitated, attendees: [...w.devs.map((d) => d.id), ...m.persons.map((p) => p.id)] };
      // When a person several teams share leaves early, when they left (so that their events can be checked never to overlap).
      for (const [p, h] of m.leaves) if (p.shared) ((rec as { left?: Record<string, number> }).left ??= {})[p.id] = m.start + h;
      w.record(rec);
    }
    if (m.name === "sprint-planning") {
      w.impediments.surface();
      w.sprints.plan(m.persons);
    }
    else if (m.name === "daily-scrum") w.impediments.surface();
    else if (m.name === "sprint-review") w.sprints.review(m.persons.some((p) => p.product));
    else if (m.name === "retrospective") w.impediments.surface();
    if (instant) this.end(m, true);
  }

  private end(m: Meeting, instant: boolean): void {
    const w = this.w;
    if (m.name === "refinement") w.refinement.session(m.hours, m.facilitation);
    else if (m.name === "retrospective") w.sprints.retrospective(m.persons.find((p) => p.scrum) ?? null, m.facilitation);
    if (instant) return;
    w.work.batch(() => {
      for (const dev of w.devs) dev.leaveMeeting();
    });
    for (const p of m.persons) if (!m.leaves.has(p)) p.leaveMeeting();
  }
}

/** The share of an event the best-attending person of the SM side attends (persons of the PO side join after it is set). */
export function facilitationOf(m: Meeting): number {
  let f = 0;
  for (const person of m.persons) {
    if (!person.scrum) continue;
    const share = m.hours > 0 ? Math.min(1, (m.leaves.get(person) ?? m.hours) / m.hours) : 1;
    if (share > f) f = share;
  }
  return f;
}

interface Slot {
  name: EventName;
  hours: number;
  start: number;
  end: number;
}

/**
 * Place a day's events (lengths already fit the day): the review and retrospective end the day,
 * the morning's event starts it, refinement at midday in between; rounding never makes two overlap.
 */
function arrange(meetings: Slot[], ds: number, dayEnd: number, H: number): void {
  let end = dayEnd; // not ds + H: the next day must start exactly where this one ends
  for (let i = meetings.length - 1; i >= 0; i--) {
    const m = meetings[i];
    if (m.name === "sprint-review" || m.name === "retrospective") {
      m.end = end;
      m.start = Math.max(ds, end - m.hours);
      end = m.start;
    }
  }
  const morning = meetings.length > 0 && meetings[0].start === ds && meetings[0].name !== "refinement" ? meetings[0].hours : 0;
  for (const m of meetings) {
    // Refinement at midday, after the morning's event and before the review and retrospective (total ≤ H leaves room).
    if (m.name === "refinement") m.start = ds + Math.max(morning, Math.min(H / 2, end - ds - m.hours));
    if (m.name !== "sprint-review" && m.name !== "retrospective") m.end = Math.min(dayEnd, m.start + m.hours);
  }
  meetings.sort((a, b) => a.start - b.start);
  // Rounding must never make two events overlap: an event ends where the next one starts.
  for (let i = 1; i < meetings.length; i++) if (meetings[i - 1].end > meetings[i].start) meetings[i - 1].end = meetings[i].start;
}

/** Present from the start of the day for the hours not spent in events, skipping the events attended (in time order). */
export function windowEnd(person: Person, ds: number, dayEnd: number, meetings: Meeting[]): number {
  let left = person.hoursPerDay;
  const mine = meetings.filter((m) => m.persons.includes(person));
  for (const m of mine) left -= m.leaves.get(person) ?? m.hours;
  let t = ds;
  for (const m of mine) {
    if (m.start - t >= left) break;
    left -= Math.max(0, m.start - t);
    const h = m.leaves.get(person);
    t = Math.max(t, h === undefined ? m.end : m.start + h);
  }
  return Math.min(dayEnd, t + Math.max(0, left));
}
