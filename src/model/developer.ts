// A developer: finishes before starting — resumes their own started items first, joins a Sprint
// Goal item when the Daily Scrum shows the sprint is late, starts the next item when the WIP limit allows, else pairs
// or swarms on an item in progress, and only then pulls new work in. Asks the PO when an item
// is unclear, switches to other work while waiting or blocked (paying a context switch), loses
// speed with every extra item in flight (Weinberg) and to alignment with the others (Brooks),
// and removes impediments when the team must — or when a WIP limit stops new starts and a
// team-fixable blocker of an item in progress waits for the Scrum Master.
import { Agent, activity, IDLE, TASK, WORK, type Activity } from "./agent.js";
import { DUTY_INDEX } from "./ledger.js";
import type { Item } from "./items.js";
import type { Impediment } from "./impediments.js";
import type { World } from "./world.js";

/** Weinberg's share of time lost with k tasks in flight (k = 1 … 5+). */
const WEINBERG = [0, 0, 0.2, 0.4, 0.6, 0.75];

const DEVELOPMENT = DUTY_INDEX["development"];
const REWORK = DUTY_INDEX["rework"];
const REFACTORING = DUTY_INDEX["refactoring"];
const SWITCH = DUTY_INDEX["context-switch"];
const COORDINATION = DUTY_INDEX["coordination"];
const UNPLANNED = DUTY_INDEX["unplanned"];
const INTERRUPTION = DUTY_INDEX["interruption"];
const CLARIFICATION = DUTY_INDEX["clarification"];
const REMOVAL = DUTY_INDEX["impediment-removal"];
const IDLE_DUTY = DUTY_INDEX["idle"];
const STARVED = DUTY_INDEX["starved"];
const ONBOARDING = DUTY_INDEX["onboarding"];

export class Developer extends Agent {
  /** Own item in hand (to resume when free). */
  focus: Item | null = null;
  /** Own started items that can be resumed (neither blocked nor waiting), oldest first. */
  readonly paused: Item[] = [];
  /** Own started, unfinished items: focus, paused, blocked and waiting. */
  inFlight = 0;
  /** The item last worked on, if unfinished: moving to another costs a context switch. */
  private lastWorked: Item | null = null;
  /** Interruptions that arrived during a meeting, in hours. */
  private readonly interruptions: number[] = [];
  /** Visible impediments the team must remove that this developer takes on. */
  readonly toRemove: Impediment[] = [];
  /** Set while an item releases its workers: their cut must not tell the item again. */
  private releasing = false;
  /** Share of working time spent aligning with the other developers (communication paths) and integrating with other teams. */
  private alignment: number;
  /** Share of working time spent mentoring newcomers (staff changes). */
  private mentoring = 0;
  /** Speed while ramping up after joining (1 = full). */
  private ramp = 1;
  /** When this developer joined during the run, or left it (null: there from the start, or to the end). */
  joinedAt: number | null = null;
  leftAt: number | null = null;
  /** Share of the working time of the current stretch of work taken by unplanned work (this week's). */
  private unplanned = 0;
  /** Work activities are never suspended (cut work is resumed from the item), so one object serves all. */
  private readonly working = activity(WORK, DEVELOPMENT);

  constructor(
    world: World,
    index: number,
    readonly skill: number,
    /** The developer's number in the team, 0-based (dev-1 is 0); joiners come after the initial developers. */
    number = index,
  ) {
    super(world, index, `dev-${number + 1}`, "developer");
    this.alignment = world.alignmentShare(world.scenario.team.developers - world.org.nexusMembers(world.index));
  }

  /** Progress per hour this developer adds to the item in hand (0 when not working on one). */
  get workRate(): number {
    return this.act !== null && this.act.kind === WORK ? this.act.rate : 0;
  }

  decide(): void {
    if (this.inMeeting || this.act !== null) return;
    const w = this.world;
    if (this.interruptions.length > 0) return this.interrupted(this.interruptions.shift() as number, true);
    const resumed = this.stack.pop();
    if (resumed !== undefined) return this.begin(resumed);
    const imp = this.toRemove.shift();
    if (imp !== undefined) return this.removeImpediment(imp);
    if (this.focus !== null) return this.switchTo(this.focus, true);
    const paused = this.paused.shift();
    if (paused !== undefined) return this.switchTo(paused, true);
    if (w.pressure && w.scenario.practices.dailyScrum) {
      // The Daily Scrum inspects progress toward the Sprint Goal: a team that holds it sees the goal at risk and swarms on it.
      const goal = w.work.helpTarget(this, true);
      if (goal !== undefined) return this.switchTo(goal, false);
    }
    const wip = w.work.wipAllows();
    const next = wip ? w.backlogs.nextUnstarted() : undefined;
    if (next !== undefined) return this.startItem(next);
    const help = w.work.helpTarget(this, false);
    if (help !== undefined) return this.switchTo(help, false);
    if (!wip) {
      // The WIP limit stops new starts: unblock what is in progress instead (a team-fixable blocker the SM has not started).
      const blocker = w.impediments.blockerForTeam();
      if (blocker !== undefined) return this.removeImpediment(blocker);
    }
    const pulled = wip ? w.backlogs.pullIn(w.sim.now) : undefined;
    if (pulled !== undefined) return this.startItem(pulled);
    // Nothing to do: starved when no work is left to start at all, else idle (blocked, waiting, WIP limit).
    this.idle.duty = wip && w.backlogs.product.length === 0 ? STARVED : IDLE_DUTY;
    this.begin(this.idle);
  }

  /** Remove an impediment as the team does: slower than a Scrum Master (teamRemovalFactor). */
  private removeImpediment(imp: Impediment): void {
    const w = this.world;
    w.impediments.startRemoval(imp, this);
    const hours = imp.removalHours * w.scenario.team.teamRemovalFactor;
    this.begin(this.task(REMOVAL, hours, () => w.impediments.remove(imp, "team"), imp.id));
  }

  private startItem(item: Item): void {
    this.world.work.start(item, this);
    if (item.state === "blocked") return this.decide(); // it waits for another team's work from the start
    this.switchTo(item, true);
  }

  /** Work on item (own, or joining someone's), after a context switch if another unfinished item was left for it. */
  private switchTo(item: Item, own: boolean): void {
    if (own) this.focus = item;
    const last = this.lastWorked;
    this.lastWorked = item;
    if (last !== null && last !== item && !last.finished) {
      this.begin(this.task(SWITCH, this.world.scenario.team.contextSwitchHours));
      return;
    }
    this.work(item, own);
  }

  private work(item: Item, own: boolean): void {
    const w = this.world;
    const inFlight = own ? this.inFlight : this.inFlight + 1;
    const k = inFlight < WEINBERG.length ? inFlight : WEINBERG.length - 1;
    const loss = w.scenario.team.multitasking * WEINBERG[k];
    const act = this.working;
    act.duty = item.integrated ? COORDINATION : item.kind === "rework" ? REWORK : item.kind === "debt" ? REFACTORING : DEVELOPMENT;
    act.item = item;
    act.loss = loss;
    this.unplanned = w.unplanned.share;
    act.rate = this.rateOf(loss);
    // An owner coming back to a full item takes a helper's place; the helper finds other work.
    const full = own && item.workers.length >= w.scenario.team.swarming.maxPerItem;
    const helper = full ? item.workers.find((d) => d !== item.owner) : undefined;
    if (helper !== undefined) helper.cut();
    this.begin(act);
    w.work.join(item, this);
    if (helper !== undefined) helper.freed();
  }

  protected override settle(act: Activity, t: number): void {
    if (act.kind !== WORK) return super.settle(act, t);
    const elapsed = t - act.start;
    if (elapsed <= 0) return;
    const ledger = this.world.ledger;
    // The shares of the hour lost to juggling, alignment, unplanned work and mentoring, scaled down together if they add up to more than all of it.
    const shares = act.loss + this.alignment + this.unplanned + this.mentoring;
    const scale = shares > 1 ? elapsed / shares : elapsed;
    const switching = scale * act.loss;
    const aligning = scale * this.alignment;
    const unplanned = scale * this.unplanned;
    const mentoring = scale * this.mentoring;
    let s = act.start;
    if (switching > 0) ledger.book(this.index, SWITCH, s, (s += switching));
    if (aligning > 0) ledger.book(this.index, COORDINATION, s, (s += aligning));
    if (unplanned > 0) ledger.book(this.index, UNPLANNED, s, (s += unplanned));
    if (mentoring > 0) ledger.book(this.index, ONBOARDING, s, (s += mentoring));
    ledger.book(this.index, act.duty, s, t);
    act.start = t;
  }

  override cut(): Activity | null {
    const act = this.act;
    const item = act !== null && act.kind === WORK ? act.item : null;
    const cut = super.cut();
    if (item !== null && !this.releasing) this.world.work.leave(item, this);
    return cut;
  }

  protected completed(act: Activity): void {
    if (act.done !== null) act.done();
    if (this.act === null) this.decide();
  }

  /** The item ends this developer's work on it (done, waiting, blocked): book the time, forget the activity. */
  stopWork(item: Item): void {
    this.releasing = true;
    this.cut();
    this.releasing = false;
    if (this.focus === item) this.focus = null;
  }

  /** Free again after an item released this developer. */
  freed(): void {
    if (this.act === null && !this.inMeeting) this.decide();
  }

  /** The item in hand reached a question: ask the PO. */
  asking(): void {
    this.begin(this.task(CLARIFICATION, this.world.scenario.team.askHours));
  }

  /** The item in hand moves on to its integration work: book what follows as coordination. */
  integrating(): void {
    const act = this.act;
    if (act === null || act.kind !== WORK) return;
    this.settle(act, this.world.sim.now);
    act.duty = COORDINATION;
  }

  /** One of this developer's own items is done. */
  finished(item: Item): void {
    this.inFlight--;
    if (this.focus === item) this.focus = null;
    const i = this.paused.indexOf(item);
    if (i >= 0) this.paused.splice(i, 1);
    if (this.lastWorked === item) this.lastWorked = null;
  }

  /** Speed changed (drag, morale, improvement, debt): book the work so far and go on at the new rate. */
  refresh(): void {
    const act = this.act;
    if (act === null || act.kind !== WORK) return;
    this.settle(act, this.world.sim.now);
    this.unplanned = this.world.unplanned.share;
    act.rate = this.rateOf(act.loss);
  }

  /** Progress per hour: skill × ramp-up × the team's speed × the share of the hour left after juggling, aligning, unplanned work and mentoring. */
  private rateOf(loss: number): number {
    const left = 1 - loss - this.alignment - this.unplanned - this.mentoring;
    return left > 0 ? this.skill * this.ramp * this.world.speed * left : 0;
  }

  /** Staff changed: new shares of working time for alignment and mentoring (the work so far is booked at the old ones). */
  setShares(alignment: number, mentoring: number): void {
    if (alignment === this.alignment && mentoring === this.mentoring) return;
    const act = this.act;
    if (act !== null && act.kind === WORK) this.settle(act, this.world.sim.now);
    this.alignment = alignment;
    this.mentoring = mentoring;
  }

  /** A newcomer's speed rose (takes effect with the next refresh of rates). */
  setRamp(ramp: number): void {
    this.ramp = ramp;
  }

  /** An interruption lands on this developer. */
  interrupt(hours: number): void {
    if (this.inMeeting) {
      this.interruptions.push(hours);
      return;
    }
    const act = this.cut();
    if (act !== null && act.kind === TASK) this.stack.push(act);
    this.interrupted(hours, act !== null && act.kind !== IDLE);
  }

  private interrupted(hours: number, switchBack: boolean): void {
    const w = this.world;
    const after = switchBack ? () => this.begin(this.task(SWITCH, w.scenario.team.contextSwitchHours)) : null;
    this.begin(this.task(INTERRUPTION, hours, after));
  }

  /** One of this developer's own items was blocked (impediment) or is waiting (question). */
  lose(item: Item): void {
    if (this.focus === item) this.focus = null;
    else {
      const i = this.paused.indexOf(item);
      if (i >= 0) this.paused.splice(i, 1);
    }
  }

  /**
   * One of this developer's own items can be worked on again. Developers finish what they
   * started first: if it is older than the item in hand, they switch back to it at once.
   */
  regain(item: Item): void {
    this.regainOrder(item);
    const act = this.act;
    if (act !== null && act.kind === WORK && this.paused[0] === item && ((act.item as Item).startedAt as number) > (item.startedAt as number)) {
      const current = act.item as Item;
      this.cut();
      if (this.focus === current) {
        this.focus = null;
        this.regainOrder(current);
      }
      this.decide();
    } else this.wake();
  }

  /** Put an item back among the paused ones, oldest first. */
  private regainOrder(item: Item): void {
    const paused = this.paused;
    let i = paused.length;
    while (i > 0 && (paused[i - 1].startedAt as number) > (item.startedAt as number)) i--;
    paused.splice(i, 0, item);
  }

  /** Drop idleness and look for work. */
  wake(): void {
    if (this.act !== null && this.act.kind === IDLE) {
      this.cut();
      this.decide();
    }
  }

  /** The item this developer would be blocked on: the one being worked on, else their own in hand or paused. */
  currentItem(): Item | null {
    const act = this.act;
    if (act !== null && act.kind === WORK) return act.item;
    return this.focus ?? this.paused[0] ?? null;
  }
}
