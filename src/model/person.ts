// The Product Owner, the Scrum Master, or one person holding both (the merged role). A person
// is with the team for part of each day (availability), attends the Scrum events, and in
// between takes the next duty by a policy: queued requests first, then preparation, then
// open-ended background work (stakeholder work for a PO, coaching for an SM). Under delivery
// pressure a merged PO/SM puts product duties first and gives SM duties only a small share.
import { Agent, activity, BACKGROUND, TASK, type Activity } from "./agent.js";
import { DUTY_INDEX } from "./ledger.js";
import { Priority } from "../engine/index.js";
import type { Role } from "./result.js";
import type { World } from "./world.js";

const D = DUTY_INDEX;
const SM_DUTIES = new Set([D["impediment-removal"], D["coaching"], D["shielding"]]);
const TEACHING = -1;
/** The merged person re-weighs stakeholder work against coaching every hour. */
const BACKGROUND_CHUNK = 1;
export const LEAVE_PRIORITY = Priority.HIGH + 2;

export class Person extends Agent {
  /** Present for duties (outside meetings) until this time today. */
  windowEnd = 0;
  /** Hours of SM duties today (the merged person's share under pressure). */
  private smToday = 0;
  /** Per sprint: hours with stakeholders, coaching the team, teaching the PO. */
  stakeholderHours = 0;
  coachingHours = 0;
  teachingHours = 0;
  /** Hours of reporting and teaching still owed this sprint. */
  reportLeft = 0;
  teachLeft = 0;
  /** Interruptions deflected, waiting for the shielding time they cost. */
  readonly shield: number[] = [];
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
    /** Hours per day given to the team. */
    readonly hoursPerDay: number,
  ) {
    super(world, index, id, role);
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
    const w = this.world;
    if (this.shield.length > 0 || (this.scrum && w.impediments.queued > 0)) return true;
    const product = this.product || (this.merged && w.pressure && w.scenario.roles.merged.conflictOfInterest);
    return product && (w.clarifications.waiting > 0 || w.interruptions.forProductOwner.length > 0);
  }

  protected override settle(act: Activity, t: number): void {
    const elapsed = t - act.start;
    super.settle(act, t);
    if (elapsed <= 0) return;
    if (SM_DUTIES.has(act.duty)) this.smToday += elapsed;
    if (act.duty === D["stakeholder-work"]) {
      this.stakeholderHours += elapsed;
      this.world.discovery.stakeholderWork(elapsed);
    } else if (act.duty === D["coaching"]) {
      if (act.about === TEACHING) this.teachingHours += elapsed;
      else this.coachingHours += elapsed;
    }
  }

  protected completed(act: Activity): void {
    if (act.done !== null) act.done();
    if (this.act === null && this.available) this.decide();
  }

  decide(): void {
    if (!this.available || this.act !== null) return;
    const resumed = this.stack.pop();
    if (resumed !== undefined) return this.begin(resumed);
    const w = this.world;
    const pressured = this.merged && w.scenario.roles.merged.conflictOfInterest && w.pressure;
    if (pressured) {
      // Conflict of interest: product duties first; SM duties only within a small share of the day.
      if (this.tryShield() || this.productDuty()) return;
      const share = w.scenario.roles.merged.pressureSmShare * this.hoursPerDay;
      if (this.scrum && this.smToday < share && (this.tryImpediment() || this.tryTeach())) return;
      return this.background(D["stakeholder-work"]);
    }
    if (this.scrum && (this.tryShield() || this.tryImpediment())) return;
    if (this.product && this.productDuty()) return;
    if (this.scrum && this.tryTeach()) return;
    if (this.product && this.scrum) return this.background(this.balance());
    this.background(this.product ? D["stakeholder-work"] : D["coaching"]);
  }

  private productDuty(): boolean {
    return this.tryQuestion() || this.tryInterruption() || this.tryPrepare() || this.tryReport();
  }

  private tryShield(): boolean {
    const hours = this.shield.shift();
    if (hours === undefined) return false;
    this.begin(activity(TASK, D["shielding"], hours));
    return true;
  }

  private tryQuestion(): boolean {
    const w = this.world;
    const q = w.clarifications.take(this);
    if (q === undefined) return false;
    this.begin(activity(TASK, D["clarification"], q.answerHours, () => w.clarifications.answered(q, this), q.id));
    return true;
  }

  private tryInterruption(): boolean {
    const hours = this.world.interruptions.forProductOwner.shift();
    if (hours === undefined) return false;
    this.begin(activity(TASK, D["interruption"], hours));
    return true;
  }

  private tryImpediment(): boolean {
    const w = this.world;
    const imp = w.impediments.nextForScrumMaster();
    if (imp === undefined) return false;
    w.impediments.startRemoval(imp, this);
    const by = this.merged ? "merged-po-sm" : "scrum-master";
    this.begin(activity(TASK, D["impediment-removal"], imp.removalHours, () => w.impediments.remove(imp, by), imp.id));
    return true;
  }

  private tryPrepare(): boolean {
    const w = this.world;
    const item = w.refinement.nextToPrepare();
    if (item === undefined) return false;
    w.backlogs.markPrepared(item);
    this.begin(activity(TASK, D["refinement"], w.scenario.roles.productOwner.refinementHoursPerItem, () => w.refinement.prepared(item)));
    return true;
  }

  private tryReport(): boolean {
    if (this.reportLeft <= 0) return false;
    const hours = this.reportLeft;
    this.reportLeft = 0;
    this.begin(activity(TASK, D["reporting"], hours));
    return true;
  }

  private tryTeach(): boolean {
    if (this.teachLeft <= 0 || !this.world.teachingPossible) return false;
    const hours = this.teachLeft;
    this.teachLeft = 0;
    this.begin(activity(TASK, D["coaching"], hours, null, TEACHING));
    return true;
  }

  /** The merged person's background: whichever of stakeholder work and coaching is further behind its target. */
  private balance(): number {
    const s = this.world.scenario;
    const weeks = s.calendar.sprintDays / 5;
    const stakeholder = this.stakeholderHours / (s.roles.productOwner.stakeholderHoursPerWeek * weeks || 1);
    const coaching = this.coachingHours / (s.improvement.coachingHoursPerSprint || 1);
    return stakeholder <= coaching ? D["stakeholder-work"] : D["coaching"];
  }

  private background(duty: number): void {
    const chunk = this.product && this.scrum ? BACKGROUND_CHUNK : Infinity;
    const act = this.backgroundActivity;
    act.duty = duty;
    act.remaining = chunk;
    this.begin(act);
  }
}
