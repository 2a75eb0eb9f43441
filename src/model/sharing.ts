// A person several teams share (one Scrum Master or Product Owner for k teams) keeps a desk per
// team: that team's requests for them, the hours they gave it this sprint, where its time is
// booked. Their requests from all teams meet in one choice, by a switchable policy:
// `first-come` (the team whose oldest request of the kind came first), `most-urgent` (a team
// under delivery pressure first — the loudest team — then the impediment with the highest cost
// of delay per removal hour, else the oldest request) or `round-robin` (teams take turns). Ties,
// and duties no request stands behind (preparing items, reporting, teaching), go by turns.
import type { Person } from "./person.js";
import type { World } from "./world.js";

/** What a person can be asked for, in the order they take it (shielding and impediments first). */
export const NEED = { SHIELD: 0, IMPEDIMENT: 1, QUESTION: 2, INTERRUPTION: 3, PREPARE: 4, REPORT: 5, TEACH: 6 } as const;

export class Desk {
  /** Per sprint: hours with this team's stakeholders, coaching it, teaching its PO. */
  stakeholderHours = 0;
  coachingHours = 0;
  teachingHours = 0;
  /** Hours of reporting and teaching still owed to this team this sprint. */
  reportLeft = 0;
  teachLeft = 0;
  /** This team's interruptions deflected to the person, waiting for the shielding time they cost, and when each came. */
  readonly shield: number[] = [];
  readonly shieldAt: number[] = [];
  /** The person's hours a day for this team on average: all their hours ÷ the teams they serve. */
  hoursPerDay: number;

  constructor(
    readonly person: Person,
    readonly w: World,
    /** The person's place in this team's agents (its ledger). */
    readonly slot: number,
    /** This desk's index among the person's desks. */
    readonly local: number,
  ) {
    this.hoursPerDay = person.hoursPerDay;
  }

  /** A request of this kind is waiting for the person. */
  has(need: number): boolean {
    const w = this.w;
    switch (need) {
      case NEED.SHIELD:
        return this.shield.length > 0;
      case NEED.IMPEDIMENT:
        return w.impediments.queued > 0;
      case NEED.QUESTION:
        return w.clarifications.waiting > 0;
      case NEED.INTERRUPTION:
        return w.interruptions.forProductOwner.length > 0;
      case NEED.PREPARE:
        return w.refinement.nextToPrepare() !== undefined;
      case NEED.REPORT:
        return this.reportLeft > 0;
      default:
        return this.teachLeft > 0 && w.teachingPossible;
    }
  }

  /** When the oldest waiting request of this kind came (Infinity: duties no request stands behind). */
  since(need: number): number {
    const w = this.w;
    switch (need) {
      case NEED.SHIELD:
        return this.shieldAt[0];
      case NEED.IMPEDIMENT:
        return w.impediments.oldestVisible();
      case NEED.QUESTION:
        return w.clarifications.oldestAsked();
      case NEED.INTERRUPTION:
        return w.interruptions.forProductOwnerAt[0];
      default:
        return Infinity;
    }
  }

  /** How urgent its most urgent request of this kind is (higher first): impediments by cost of delay, the rest by age. */
  urgency(need: number): number {
    return need === NEED.IMPEDIMENT ? this.w.impediments.bestPriority() : -this.since(need);
  }
}

/**
 * The desk whose request of this kind the person takes next, by the organization's policy;
 * undefined when none waits. A person who has just switched to a team's work takes that team's
 * request first; otherwise ties stay with the team at hand (round robin: move on to the next).
 */
export function pick(person: Person, need: number): Desk | undefined {
  const desks = person.desks;
  const n = desks.length;
  if (n === 1) return desks[0].has(need) ? desks[0] : undefined;
  const current = desks[person.turn];
  if (person.switched && current.has(need)) return current;
  const policy = desks[0].w.scenario.organization.policy;
  const from = policy === "round-robin" ? 1 : 0;
  let best: Desk | undefined;
  for (let j = from; j < n + from; j++) {
    const d = desks[(person.turn + j) % n];
    if (!d.has(need)) continue;
    if (best === undefined) best = d;
    else if (policy === "first-come" ? d.since(need) < best.since(need) : policy === "most-urgent" ? moreUrgent(d, best, need) : false) best = d;
  }
  return best;
}

function moreUrgent(a: Desk, b: Desk, need: number): boolean {
  if (a.w.pressure !== b.w.pressure) return a.w.pressure;
  return a.urgency(need) > b.urgency(need);
}

/** The rank of a team's event for a shared person when events of several teams collide (lower goes first). */
export function eventRank(person: Person, desk: Desk, day: number): number {
  const n = person.desks.length;
  const turn = (desk.local - (day % n) + n) % n;
  const policy = desk.w.scenario.organization.policy;
  return policy === "most-urgent" && desk.w.pressure ? turn - n : turn;
}
