// A developer: pulls work in order, works on one item at a time, asks the PO when an item is
// unclear, switches to other work while waiting or blocked (paying a context switch), loses
// speed with every extra item in flight (Weinberg), and removes impediments when the team must.
import { Agent, activity, IDLE, TASK, WORK, type Activity } from "./agent.js";
import { DUTY_INDEX } from "./ledger.js";
import type { Item } from "./items.js";
import type { Impediment } from "./impediments.js";
import type { World } from "./world.js";

/** Weinberg's share of time lost with k tasks in flight (k = 1 … 5+). */
const WEINBERG = [0, 0, 0.2, 0.4, 0.6, 0.75];

const DEVELOPMENT = DUTY_INDEX["development"];
const REWORK = DUTY_INDEX["rework"];
const SWITCH = DUTY_INDEX["context-switch"];
const INTERRUPTION = DUTY_INDEX["interruption"];
const CLARIFICATION = DUTY_INDEX["clarification"];
const REMOVAL = DUTY_INDEX["impediment-removal"];
const IDLE_DUTY = DUTY_INDEX["idle"];

export class Developer extends Agent {
  /** The item being worked on, or to resume when free. */
  focus: Item | null = null;
  /** Own started items that can be resumed (neither blocked nor waiting). */
  readonly paused: Item[] = [];
  /** Own started, unfinished items: focus, paused, blocked and waiting. */
  inFlight = 0;
  /** The item last worked on, if unfinished: moving to another costs a context switch. */
  private lastWorked: Item | null = null;
  /** Interruptions that arrived during a meeting, in hours. */
  private readonly interruptions: number[] = [];
  /** Visible impediments this developer raised and the team must remove. */
  readonly toRemove: Impediment[] = [];

  constructor(
    world: World,
    index: number,
    readonly skill: number,
  ) {
    super(world, index, `dev-${index + 1}`, "developer");
  }

  decide(): void {
    if (this.inMeeting || this.act !== null) return;
    const w = this.world;
    if (this.interruptions.length > 0) return this.interrupted(this.interruptions.shift() as number, true);
    const resumed = this.stack.pop();
    if (resumed !== undefined) return this.begin(resumed);
    const imp = this.toRemove.shift();
    if (imp !== undefined) {
      w.impediments.startRemoval(imp, this);
      const hours = imp.removalHours * w.scenario.team.teamRemovalFactor;
      return this.begin(activity(TASK, REMOVAL, hours, () => w.impediments.remove(imp, "team"), imp.id));
    }
    if (this.focus !== null) return this.switchTo(this.focus);
    const paused = this.paused.shift();
    if (paused !== undefined) return this.switchTo(paused);
    const next = w.work.wipAllows() ? (w.backlogs.nextUnstarted() ?? w.backlogs.pullIn(w.sim.now)) : undefined;
    if (next !== undefined) {
      w.work.start(next, this);
      return this.switchTo(next);
    }
    this.idle.duty = IDLE_DUTY;
    this.begin(this.idle);
  }

  /** Work on item, after a context switch if another unfinished item was left for it. */
  private switchTo(item: Item): void {
    this.focus = item;
    const last = this.lastWorked;
    if (last !== null && last !== item && !last.finished) {
      this.lastWorked = item;
      this.begin(activity(TASK, SWITCH, this.world.scenario.team.contextSwitchHours));
      return;
    }
    this.lastWorked = item;
    this.work(item);
  }

  /** Work activities are never suspended (cut work is resumed from the item), so one object serves all. */
  private readonly working = activity(WORK, DEVELOPMENT);

  private work(item: Item): void {
    const w = this.world;
    const k = this.inFlight < WEINBERG.length ? this.inFlight : WEINBERG.length - 1;
    const loss = w.scenario.team.multitasking * WEINBERG[k];
    const act = this.working;
    act.duty = item.kind === "rework" ? REWORK : DEVELOPMENT;
    act.item = item;
    act.loss = loss;
    act.rate = this.skill * w.speed * (1 - loss);
    this.begin(act);
  }

  protected override span(act: Activity): number {
    if (act.kind !== WORK) return super.span(act);
    const item = act.item as Item;
    const left = item.remaining < item.untilQuestion ? item.remaining : item.untilQuestion;
    return act.rate > 0 ? left / act.rate : Infinity;
  }

  protected override settle(act: Activity, t: number): void {
    if (act.kind !== WORK) return super.settle(act, t);
    const elapsed = t - act.start;
    if (elapsed <= 0) return;
    const item = act.item as Item;
    const progress = elapsed * act.rate;
    item.remaining -= progress;
    item.untilQuestion -= progress;
    const ledger = this.world.ledger;
    const switching = elapsed * act.loss;
    if (switching > 0) {
      ledger.book(this.index, SWITCH, act.start, act.start + switching);
      ledger.book(this.index, act.duty, act.start + switching, t);
    } else ledger.book(this.index, act.duty, act.start, t);
    act.start = t;
  }

  protected completed(act: Activity): void {
    if (act.kind === WORK) {
      const item = act.item as Item;
      const w = this.world;
      if (item.remaining <= item.untilQuestion) {
        item.remaining = 0;
        this.focus = null;
        this.lastWorked = null;
        w.work.finish(item, this);
      } else {
        item.untilQuestion = 0;
        this.focus = null;
        w.clarifications.ask(item, this);
        this.begin(activity(TASK, CLARIFICATION, w.scenario.team.askHours));
        return;
      }
    } else if (act.done !== null) act.done();
    if (this.act === null) this.decide();
  }

  /** Speed changed (drag, morale, improvement): restart the current stretch of work at the new rate. */
  refresh(): void {
    if (this.act !== null && this.act.kind === WORK) {
      const act = this.cut() as Activity;
      this.work(act.item as Item);
    }
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
    const after = switchBack ? () => this.begin(activity(TASK, SWITCH, w.scenario.team.contextSwitchHours)) : null;
    this.begin(activity(TASK, INTERRUPTION, hours, after));
  }

  /** One of this developer's items was blocked (impediment) or is waiting (question). */
  lose(item: Item): void {
    if (this.focus === item) {
      this.focus = null;
      if (this.act !== null && this.act.kind === WORK && this.act.item === item) {
        this.cut();
        this.decide(); // moving to another item costs the switch (lastWorked is this one)
      }
    } else {
      const i = this.paused.indexOf(item);
      if (i >= 0) this.paused.splice(i, 1);
    }
  }

  /**
   * One of this developer's items can be worked on again. Developers finish what they started
   * first: if it is older than the item in hand, they switch back to it at once.
   */
  regain(item: Item): void {
    this.regainOrder(item);
    const act = this.act;
    if (act !== null && act.kind === WORK && this.paused[0] === item && (act.item as Item).startedAt! > item.startedAt!) {
      const current = act.item as Item;
      this.cut();
      this.focus = null;
      this.regainOrder(current);
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

  /** The item this developer would be blocked on: the one in hand, else a paused one. */
  currentItem(): Item | null {
    return this.focus ?? this.paused[0] ?? null;
  }
}
