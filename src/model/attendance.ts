// The events of a person several teams share. Every team holds its events at the same times of
// day (one calendar), so the shared person's events collide: they go through all their teams'
// events of the day in time order (where the events would lie at their present lengths) and
// attend each one that starts after the last one they attended, while their hours last — the
// event in which their hours run out only in part. Of events that start together, the team whose
// turn it is today goes first (under `most-urgent`, a team under delivery pressure first). The
// events they miss go on without them: nobody facilitates the missed part, which overruns as the
// model grades it. When the final lengths move an attended event onto another one (an overrun
// pushing it), the person misses the later one; its facilitation is then what the others give.
import { facilitationOf, NEEDS, type Meeting } from "./ceremonies.js";
import type { Person } from "./person.js";
import { eventRank } from "./sharing.js";

const EPS = 1e-9;

/**
 * The shared person of one side attends their teams' drafted events of day d in time order
 * (lists: each team's events, by team index). `used` holds the person's hours already spent in events today.
 */
export function attendShared(person: Person, side: "scrum" | "product", d: number, lists: Meeting[][], used: Map<Person, number>): void {
  const candidates: Array<{ m: Meeting; start: number; end: number; rank: number; order: number }> = [];
  for (const desk of person.desks) {
    const list = lists[desk.w.index];
    const times = desk.w.ceremonies.tentative(list, d);
    const rank = eventRank(person, desk, d);
    list.forEach((m, i) => {
      if (NEEDS[m.name][side] && !m.persons.includes(person)) candidates.push({ m, start: times[i].start, end: times[i].end, rank, order: candidates.length });
    });
  }
  candidates.sort((a, b) => a.start - b.start || a.rank - b.rank || a.order - b.order);
  let hours = used.get(person) ?? 0;
  let busy = -Infinity;
  for (const c of candidates) {
    if (c.start < busy - EPS) continue; // collides with an event attended: missed
    const rest = person.hoursPerDay - hours;
    if (rest <= EPS) break;
    c.m.persons.push(person);
    if (c.m.hours > rest + EPS) {
      c.m.leaves.set(person, rest);
      hours = person.hoursPerDay;
      break;
    }
    hours += c.m.hours;
    busy = c.end;
  }
  used.set(person, hours);
}

/** After the final placement: a shared person never is in two events at once; of two that overlap, they miss the later. */
export function resolveClashes(person: Person, meetings: Meeting[][]): void {
  const mine: Meeting[] = [];
  for (const desk of person.desks) for (const m of meetings[desk.w.index]) if (m.persons.includes(person)) mine.push(m);
  mine.sort((a, b) => a.start - b.start);
  let busy = -Infinity;
  for (const m of mine) {
    if (m.start < busy - EPS) {
      m.persons.splice(m.persons.indexOf(person), 1);
      m.leaves.delete(person);
      m.facilitation = facilitationOf(m);
      m.facilitated = m.facilitation >= 1;
      continue;
    }
    const h = m.leaves.get(person);
    busy = Math.max(busy, h === undefined ? m.end : m.start + h);
  }
}

/** The shared person's events of the day across their teams, in time order. */
export function eventsOf(person: Person, meetings: Meeting[][]): Meeting[] {
  const mine: Meeting[] = [];
  for (const desk of person.desks) for (const m of meetings[desk.w.index]) if (m.persons.includes(person)) mine.push(m);
  return mine.sort((a, b) => a.start - b.start);
}
