// The Product Owner, the Scrum Master, or one person holding both (the merged role). A person
// is with their team for part of each day (availability), attends the Scrum events, and in
// between takes the next duty by a policy: queued requests first, then preparation, then
// open-ended background work (stakeholder work for a PO, coaching for an SM). Under delivery
// pressure a merged PO/SM puts product duties first and gives SM duties only a small share.
// A person several teams share keeps a desk per team (sharing.ts): the teams' requests meet in
// one choice by the organization's policy, moving from one team's work to another's costs
// `switchHours`, and background work goes, an hour at a time, to the team furthest behind.
import { Agent, activity, BACKGROUND, TASK, type Activity } from "./agent.js";
import { DUTY_INDEX } from "./ledger.js";
import { Priority } from "../engine/index.js";
import type { Role } from "./result.js";
import { Desk, NEED, pick } from "./sharing.js";
import type { World } from "./world.js";

const D = DUTY_INDEX;
/** SM_DUTY[duty] is 1 for the Scrum Master's duties (impediment removal, coaching, shielding). */
const SM_DUTY = new Uint8Array(Object.keys(D).length);
for (const duty of [D["impediment-removal"], D["coaching"], D["shielding"]]) SM_DUTY[duty] = 1;
const STAKEHOLDER_WORK = D["stakeholder-work"];
const COACHING = D["coaching"];
const TEACHING = -1;
/** The merged person, and a shared one, re-weigh their background work every hour. */
const BACKGROUND_CHUNK = 1;
export const LEAVE_PRIORITY = Priority.HIGH + 2;

export class Person extends Agent {
  /** Present for duties (outside meetings) until this time today. */
  windowEnd = 0;
  /** Hours of SM duties today (the merged person's share under pressure). */
  private smToday = 0;
  /** One desk per team served; a person of one team has one. */
  readonly desks: Desk[] = [];
  /** The desk last served (turns and context switches between teams). */
  turn = 0;
  /** Switched to `turn`'s work and not yet begun a duty there. */
  switched = false;
  private readonly onLeave = () => this.leave();
  private readonly backgroundActivity = activity(BACKGROUND, 0);

  constructor(
    world: World,
    index: number,
    id: string,
    role: Role,
    /** Holds the product accountability (questions, refinement, stakeholders, reporting). */
    readonly product: boolean,
    /** Holds the Scrum Master accountability (impediments, shielding, coaching, teaching). */
    readonly scrum: boolean,
    /** One of the merged PO/SM's halves, or the merged person itself. */
    readonly merged: boolean,
    /** Hours per day given to the team (a shared person: to all their teams together). */
    readonly hoursPerDay: number,
  ) {
    super(world, index, id, role);
  }

  /** Serve one more team: a desk in its world at ledger slot `slot`. */
  serve(w: World, slot: number): Desk {
    const desk = new Desk(this, w, slot, this.desks.length);
    this.desks.push(desk);
    for (const d of this.desks) d.hoursPerDay = this.hoursPerDay / this.desks.length;
    return desk;
  }

  get shared(): boolean {
    return this.desks.length > 1;
  }

  /** This person's desk for team w. */
  deskOf(w: World): Desk {
    for (const d of this.desks) if (d.w === w) return d;
    throw new Error(`${this.id} does not serve team ${w.index + 1}`);
  }

  get available(): boolean {
    return !this.inMeeting && this.world.sim.now < this.windowEnd;
  }

  /** Start of a working day: present until windowEnd (meetings aside). */
  startDay(windowEnd: number): void {
    this.windowEnd = windowEnd;
    this.smToday = 0;
    const now = this.world.sim.now;
    if (windowEnd > now) {
      this.world.sim.at(windowEnd, this.onLeave, { priority: LEAVE_PRIORITY });
      if (!this.inMeeting && this.act === null) this.decide();
    }
  }

  private leave(): void {
    if (this.inMeeting || this.world.sim.now < this.windowEnd) return;
    const act = this.cut();
    if (act !== null && act.kind === TASK) this.stack.push(act);
  }

  override enterMeeting(duty: number, team = 0): void {
    super.enterMeeting(duty, team);
    this.turn = team;
  }

  protected override afterMeeting(): void {
    if (this.world.sim.now < this.windowEnd) this.decide();
  }

  /** Something was queued that this person might take: drop background work and look. */
  request(): void {
    if (!this.available) return;
    if (this.act === null) this.decide();
    else if (this.interruptible && this.pending()) {
      this.cut();
      this.decide();
    }
  }

  /** Is a request queued that this person takes before background work? */
  private pending(): boolean {
    for (const d of this.desks) {
      const w = d.w;
      if (d.shield.length > 0 || (this.scrum && w.impediments.queued > 0)) return true;
      const product = this.product || (this.merged && w.pressure && w.scenario.roles.merged.conflictOfInterest);
      if (product && (w.clarifications.waiting > 0 || w.interruptions.forProductOwner.length > 0)) return true;
    }
    return false;
  }

  protected override book(act: Activity, t0: number, t1: number): void {
    const d = this.desks[act.team];
    d.w.ledger.book(d.slot, act.duty, t0, t1);
  }

  protected override settle(act: Activity, t: number): void {
    const elapsed = t - act.start;
    super.settle(act, t);
    if (elapsed <= 0) return;
    const d = this.desks[act.team];
    if (SM_DUTY[act.duty] === 1) this.smToday += elapsed;
    if (act.duty === STAKEHOLDER_WORK) {
      d.stakeholderHours += elapsed;
      d.w.discovery.stakeholderWork(elapsed);
    } else if (act.duty === COACHING) {
      if (act.about === TEACHING) d.teachingHours += elapsed;
      else d.coachingHours += elapsed;
    }
  }

  protected completed(act: Activity): void {
    if (act.done !== null) act.done();
    if (this.act === null && this.available) this.decide();
  }

  decide(): void {
    if (!this.available || this.act !== null) return;
    const resumed = this.stack.pop();
    if (resumed !== undefined) {
      if (this.switching(this.desks[resumed.team])) this.stack.push(resumed);
      else this.begin(resumed);
      return;
    }
    const desk = this.desks[0];
    const w = desk.w;
    const pressured = this.merged && w.scenario.roles.merged.conflictOfInterest && w.pressure;
    if (pressured) {
      // Conflict of interest: product duties first; SM duties only within a small share of the day.
      if (this.tryShield() || this.productDuty()) return;
      const share = w.scenario.roles.merged.pressureSmShare * this.hoursPerDay;
      if (this.scrum && this.smToday < share && (this.tryImpediment() || this.tryTeach())) return;
      return this.background(D["stakeholder-work"], desk);
    }
    if (this.scrum && (this.tryShield() || this.tryImpediment())) return;
    if (this.product && this.productDuty()) return;
    if (this.scrum && this.tryTeach()) return;
    if (this.product && this.scrum) return this.background(this.balance(desk), desk);
    const duty = this.product ? D["stakeholder-work"] : D["coaching"];
    this.background(duty, this.shared ? this.furthestBehind(duty) : desk);
  }

  /**
   * A shared person moving to another team's work first switches context (`switchHours`,
   * booked to the team they switch to); true when the switch began. After it they choose again.
   */
  private switching(d: Desk): boolean {
    if (d.local === this.turn) {
      this.switched = false;
      return false;
    }
    this.turn = d.local;
    this.switched = true;
    const hours = d.w.scenario.organization.switchHours;
    if (!(hours > 0)) return false;
    this.begin(this.task(D["context-switch"], hours, null, 0, d.local));
    return true;
  }

  private productDuty(): boolean {
    return this.tryQuestion() || this.tryInterruption() || this.tryPrepare() || this.tryReport();
  }

  private tryShield(): boolean {
    const d = pick(this, NEED.SHIELD);
    if (d === undefined) return false;
    if (this.switching(d)) return true;
    const hours = d.shield.shift() as number;
    d.shieldAt.shift();
    this.begin(this.task(D["shielding"], hours, null, 0, d.local));
    return true;
  }

  private tryQuestion(): boolean {
    const d = pick(this, NEED.QUESTION);
    if (d === undefined) return false;
    if (this.switching(d)) return true;
    const c = d.w.clarifications;
    const q = c.take(this);
    if (q === undefined) return false;
    this.begin(this.task(D["clarification"], q.answerHours, () => c.answered(q, this), q.id, d.local));
    return true;
  }

  private tryInterruption(): boolean {
    const d = pick(this, NEED.INTERRUPTION);
    if (d === undefined) return false;
    if (this.switching(d)) return true;
    const i = d.w.interruptions;
    const hours = i.forProductOwner.shift() as number;
    i.forProductOwnerAt.shift();
    this.begin(this.task(D["interruption"], hours, null, 0, d.local));
    return true;
  }

  private tryImpediment(): boolean {
    const d = pick(this, NEED.IMPEDIMENT);
    if (d === undefined) return false;
    if (this.switching(d)) return true;
    const w = d.w;
    const imp = w.impediments.nextForScrumMaster();
    if (imp === undefined) return false;
    w.impediments.startRemoval(imp, this);
    const by = this.merged ? "merged-po-sm" : "scrum-master";
    this.begin(this.task(D["impediment-removal"], imp.removalHours, () => w.impediments.remove(imp, by), imp.id, d.local));
    return true;
  }

  private tryPrepare(): boolean {
    const d = this.shared ? pick(this, NEED.PREPARE) : this.desks[0];
    if (d === undefined) return false;
    const w = d.w;
    const item = w.refinement.nextToPrepare();
    if (item === undefined) return false;
    if (this.switching(d)) return true;
    w.backlogs.markPrepared(item);
    this.begin(this.task(D["refinement"], w.scenario.roles.productOwner.refinementHoursPerItem, () => w.refinement.prepared(item), 0, d.local));
    return true;
  }

  private tryReport(): boolean {
    const d = pick(this, NEED.REPORT);
    if (d === undefined) return false;
    if (this.switching(d)) return true;
    const hours = d.reportLeft;
    d.reportLeft = 0;
    this.begin(this.task(D["reporting"], hours, null, 0, d.local));
    return true;
  }

  private tryTeach(): boolean {
    const d = pick(this, NEED.TEACH);
    if (d === undefined) return false;
    if (this.switching(d)) return true;
    const hours = d.teachLeft;
    d.teachLeft = 0;
    this.begin(this.task(D["coaching"], hours, null, TEACHING, d.local));
    return true;
  }

  /** The merged person's background: whichever of stakeholder work and coaching is further behind its target. */
  private balance(d: Desk): number {
    const s = d.w.scenario;
    const weeks = s.calendar.sprintDays / 5;
    const stakeholder = d.stakeholderHours / (s.roles.productOwner.stakeholderHoursPerWeek * weeks || 1);
    const coaching = d.coachingHours / (s.improvement.coachingHoursPerSprint || 1);
    return stakeholder <= coaching ? D["stakeholder-work"] : D["coaching"];
  }

  /**
   * A shared person's background goes to the team furthest behind its target (coaching or
   * stakeholder hours this sprint); it stays with the team at hand until another is a whole
   * chunk (an hour) further behind, so balancing the teams does not mean switching every hour.
   */
  private furthestBehind(duty: number): Desk {
    const n = this.desks.length;
    const current = this.desks[this.turn];
    let best = current;
    let low = this.behind(current, duty) - BACKGROUND_CHUNK;
    for (let j = 1; j < n; j++) {
      const d = this.desks[(this.turn + j) % n];
      const x = this.behind(d, duty);
      if (x < low) {
        best = d;
        low = x;
      }
    }
    return best;
  }

  /** Hours behind the sprint's target of a background duty for team d (negative: ahead). */
  private behind(d: Desk, duty: number): number {
    const s = d.w.scenario;
    if (duty === D["coaching"]) return d.coachingHours - s.improvement.coachingHoursPerSprint;
    return d.stakeholderHours - s.roles.productOwner.stakeholderHoursPerWeek * (s.calendar.sprintDays / 5);
  }

  private background(duty: number, d: Desk): void {
    if (this.switching(d)) return;
    const chunk = (this.product && this.scrum) || this.shared ? BACKGROUND_CHUNK : Infinity;
    const act = this.backgroundActivity;
    act.duty = duty;
    act.remaining = chunk;
    act.team = d.local;
    this.begin(act);
  }
}
