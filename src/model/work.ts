// The flow of items through a sprint: a developer starts an item (WIP limit permitting), others
// may join it (pairing, swarming), it is blocked by impediments or waits for answers, and it is
// done after its integration with the work in progress around it. An item keeps its own clock:
// its workers' rates add up (less the extra-person cost), and one event fires when its work, or
// the work until its next question, is used up. A done item may carry a latent defect, found
// later as a rework item at the top of the Product Backlog.
import { Dependencies } from "./dependencies.js";
import type { Developer } from "./developer.js";
import type { Item } from "./items.js";
import type { World } from "./world.js";

/** Work left below this (ideal hours) counts as none: float rounding, not work. */
const EPS = 1e-9;

export class WorkFlow {
  /** Done items the PO has not accepted yet. */
  private done: Item[] = [];
  /** Inside batch(): items whose workers changed, timed once when the batch ends. */
  private batching = false;
  private readonly dirty: Item[] = [];
  /** The swarming parameters, read once (the scenario does not change during a run). */
  private readonly maxPerItem: number;
  private readonly hoursPerPerson: number;
  private readonly extraPersonCost: number;

  constructor(private readonly w: World) {
    const sw = w.scenario.team.swarming;
    this.maxPerItem = sw.maxPerItem;
    this.hoursPerPerson = sw.hoursPerPerson;
    this.extraPersonCost = sw.extraPersonCost;
  }

  /** The PO accepts every done item: its value, decayed by its wait, is delivered now. */
  acceptDone(): { accepted: number; value: number } {
    const w = this.w;
    const now = w.sim.now;
    let value = 0;
    for (const item of this.done) {
      item.state = "accepted";
      item.acceptedAt = now;
      item.valueDelivered = item.valueAt(now, w.cal.weekHours);
      value += item.valueDelivered;
      if (w.trace !== null) w.record({ t: now, kind: "item-accepted", item: item.id, value: item.valueDelivered });
    }
    const accepted = this.done.length;
    w.metrics.accepted(accepted, value);
    this.done = [];
    return { accepted, value };
  }

  wipAllows(): boolean {
    const limit = this.w.scenario.practices.wipLimit;
    return limit === 0 || this.w.metrics.wip.value < limit;
  }

  ambiguity(item: Item): number {
    const b = this.w.scenario.backlog;
    if (item.kind === "debt") return 0;
    if (item.kind === "rework") return b.ambiguityReady / 2;
    if (item.kind === "dependency") return b.ambiguityReady;
    return item.refined ? b.ambiguityReady : b.ambiguityRaw;
  }

  /** Most developers the item can take now: one more per `hoursPerPerson` of work left, up to `maxPerItem`. */
  capacity(item: Item): number {
    const k = 1 + Math.floor(item.remaining / this.hoursPerPerson);
    return k < this.maxPerItem ? k : this.maxPerItem;
  }

  start(item: Item, dev: Developer): void {
    const w = this.w;
    const now = w.sim.now;
    item.state = "in-progress";
    item.startedAt = now;
    if (!item.refined && item.kind === "feature") {
      // Work on an item nobody refined discovers what refinement would have found.
      const extra = item.effort * (w.scenario.backlog.rawEffortFactor - 1);
      item.remaining += extra;
      item.extraEffort = extra;
    }
    item.owner = dev;
    item.since = now;
    dev.inFlight++;
    w.metrics.wip.add(now, 1);
    item.nextQuestion(this.ambiguity(item));
    if (w.trace !== null) w.record({ t: now, kind: "item-started", item: item.id, agent: dev.id });
    if (w.pressure) w.debt.underPressure(item);
    if (item.needs !== null && w.dependencies.mustWait(item)) {
      // Another team's piece is not done: the item waits for it from the start.
      item.state = "blocked";
      item.blockedSince = now;
      item.blockedBy = item.needs;
      w.metrics.blocked.add(now, 1);
    }
  }

  /** A developer begins working on the item (its rate is already set on the developer's activity). */
  join(item: Item, dev: Developer): void {
    this.settle(item);
    item.workers.push(dev);
    if (item.workers.length > item.maxWorkers) item.maxWorkers = item.workers.length;
    this.schedule(item);
  }

  /** A developer stops working on the item (cut by a meeting, an interruption, another item). */
  leave(item: Item, dev: Developer): void {
    this.settle(item);
    const i = item.workers.indexOf(dev);
    if (i >= 0) item.workers.splice(i, 1);
    this.schedule(item);
  }

  /** Rates changed (speed): count the progress so far and time the item anew. */
  retime(item: Item): void {
    this.settle(item);
    this.schedule(item);
  }

  /** Change the work left on an item in progress (shortcuts, integration), keeping its clock right. */
  adjust(item: Item, change: () => void): void {
    this.settle(item);
    change();
    this.schedule(item);
  }

  /** Count the progress since `since` at the current rate. */
  private settle(item: Item): void {
    const now = this.w.sim.now;
    const dt = now - item.since;
    if (dt > 0) {
      if (item.workers.length > 0) {
        const progress = dt * item.rate;
        item.remaining -= progress;
        item.untilQuestion -= progress;
        item.activeHours += dt;
      }
      item.since = now;
    }
  }

  /**
   * Run `change` (everyone entering or leaving a meeting) and time each item whose workers
   * changed once at the end, not once per worker.
   */
  batch(change: () => void): void {
    if (this.batching) return change();
    this.batching = true;
    try {
      change();
    } finally {
      this.batching = false;
    }
    const dirty = this.dirty;
    for (let i = 0; i < dirty.length; i++) {
      dirty[i].dirty = false;
      this.schedule(dirty[i]);
    }
    dirty.length = 0;
  }

  /** The item's rate from its workers, and one event when its work or the work until its next question is used up. */
  private schedule(item: Item): void {
    const w = this.w;
    if (this.batching) {
      if (!item.dirty) {
        item.dirty = true;
        this.dirty.push(item);
      }
      return;
    }
    const n = item.workers.length;
    if (n === 0) {
      this.stopTimer(item);
      item.rate = 0;
      return;
    }
    let rate = 0;
    const workers = item.workers;
    for (let i = 0; i < n; i++) rate += workers[i].workRate;
    item.rate = rate / (1 + this.extraPersonCost * (n - 1));
    const left = item.remaining < item.untilQuestion ? item.remaining : item.untilQuestion;
    if (!(item.rate > 0)) return this.stopTimer(item);
    if (item.onTimer === null) item.onTimer = () => this.timeUp(item);
    const delay = left > 0 ? left / item.rate : 0;
    // Moving the queued event is the same as cancelling it and scheduling anew (engine: reschedule).
    item.timer = item.timer === null ? w.sim.schedule(delay, item.onTimer) : w.sim.reschedule(item.timer, delay, item.onTimer);
  }

  private stopTimer(item: Item): void {
    if (item.timer !== null) {
      this.w.sim.cancel(item.timer);
      item.timer = null;
    }
  }

  /** The item's work, or its work until the next question, is used up. */
  private timeUp(item: Item): void {
    const w = this.w;
    item.timer = null;
    this.settle(item);
    if (item.remaining <= item.untilQuestion + EPS) {
      if (!item.integrated) {
        item.integrated = true;
        const others = w.metrics.wip.value - 1;
        const hours = w.scenario.team.coordination.integrationHoursPerParallelItem * others;
        if (hours > 0) {
          item.remaining = hours;
          for (const dev of item.workers) dev.integrating();
          this.schedule(item);
          return;
        }
      }
      item.remaining = 0;
      const workers = this.release(item);
      this.finish(item);
      for (const dev of workers) dev.freed();
      return;
    }
    // A question: whoever works on it asks; everyone else leaves it while it waits.
    item.untilQuestion = 0;
    const asker = item.workers[0];
    const workers = this.release(item);
    w.clarifications.ask(item, asker);
    asker.asking();
    for (const dev of workers) if (dev !== asker) dev.freed();
  }

  /** Every worker stops working on the item; returns who they were. */
  private release(item: Item): Developer[] {
    this.settle(item);
    this.stopTimer(item);
    const workers = item.workers.splice(0);
    item.rate = 0;
    for (const dev of workers) dev.stopWork(item);
    return workers;
  }

  private finish(item: Item): void {
    const w = this.w;
    const now = w.sim.now;
    const owner = item.owner as Developer;
    item.state = "done";
    item.doneAt = now;
    owner.finished(item);
    w.metrics.wip.add(now, -1);
    w.metrics.itemDone(item);
    if (w.trace !== null) w.record({ t: now, kind: "item-done", item: item.id, agent: owner.id, cycleTime: now - (item.startedAt as number) });
    if (item.kind === "debt") {
      w.debt.paid(item.effort + item.extraEffort);
      return;
    }
    if (item.kind === "dependency") {
      Dependencies.delivered(item);
      return;
    }
    this.done.push(item);
    if (item.kind !== "feature") return;
    const s = w.scenario;
    const b = s.backlog;
    const others = w.metrics.wip.value;
    let p = b.defectRate * (item.refined ? 1 : b.rawDefectFactor) * w.debt.defectMultiplier() * w.knowledgeDefects;
    if (item.maxWorkers >= 2) p *= 1 - s.team.swarming.defectReduction;
    p += s.team.coordination.defectPerParallelItem * others;
    if (item.defectU < p) {
      const delay = item.defectDelay * b.defectDetectionDays * w.cal.hoursPerDay;
      w.sim.schedule(delay, () => this.defectFound(item));
    }
  }

  private defectFound(item: Item): void {
    const w = this.w;
    const now = w.sim.now;
    const rework = w.factory.rework(item, now, w.scenario.backlog.reworkShare);
    w.estimates.estimate(rework);
    w.backlogs.add(rework);
    w.metrics.current().defects_found++;
    if (w.trace !== null) w.record({ t: now, kind: "defect-found", item: item.id, rework: rework.id });
    w.wakeIdle();
  }

  /** The item stops: blocked by an impediment (or waiting for an answer when `waiting`). */
  hold(item: Item, waiting: boolean, by: unknown = null): void {
    const w = this.w;
    item.state = waiting ? "waiting" : "blocked";
    if (!waiting) {
      item.blockedBy = by;
      item.blockedSince = w.sim.now;
      w.metrics.blocked.add(w.sim.now, 1);
    }
    const workers = this.release(item);
    (item.owner as Developer).lose(item);
    for (const dev of workers) dev.freed();
  }

  /** The item can be worked on again. */
  resume(item: Item): void {
    const w = this.w;
    if (item.state === "blocked") {
      item.blockedHours += w.sim.now - item.blockedSince;
      w.metrics.blocked.add(w.sim.now, -1);
      item.blockedBy = null;
    }
    item.state = "in-progress";
    item.since = w.sim.now;
    (item.owner as Developer).regain(item);
    w.wakeIdle();
  }

  /**
   * A developer left: their started, unfinished items go back to the Product Backlog with the work
   * left on them (whoever takes one up starts it anew). Returns the items given back and the
   * developers who were helping on them (free now: the caller lets them look for work).
   */
  abandon(dev: Developer): { items: Item[]; freed: Developer[] } {
    const w = this.w;
    const now = w.sim.now;
    const back = w.backlogs.sprint.filter((item) => item.owner === dev && item.started && !item.finished);
    const freed: Developer[] = [];
    for (const item of back) {
      for (const d of this.release(item)) if (d !== dev) freed.push(d);
      if (item.state === "blocked") {
        item.blockedHours += now - item.blockedSince;
        w.metrics.blocked.add(now, -1);
      }
      w.dependencies.stopWaiting(item);
      w.metrics.wip.add(now, -1);
      item.blockedBy = null;
      item.state = "backlog";
      item.startedAt = null;
      item.owner = null;
      item.untilQuestion = Infinity;
    }
    w.backlogs.giveBack(back);
    return { items: back, freed };
  }

  /**
   * An item a free developer could join: a workable item of the Sprint Backlog with room for one
   * more, Sprint Goal items first when `goalOnly`, then the oldest started.
   */
  helpTarget(dev: Developer, goalOnly: boolean): Item | undefined {
    const w = this.w;
    let best: Item | undefined;
    const sprint = w.backlogs.sprint;
    const goal = w.sprints.sprint;
    for (let i = 0; i < sprint.length; i++) {
      const item = sprint[i];
      if (item.state !== "in-progress" || (goalOnly && item.goalSprint !== goal)) continue;
      const n = item.workers.length; // capacity is 1 to maxPerItem: an item nobody works on has room, a full one none
      if (n > 0 && (n >= this.maxPerItem || holds(item.workers, dev) || n >= this.capacity(item))) continue;
      if (best === undefined || (item.startedAt as number) < (best.startedAt as number)) best = item;
    }
    return best;
  }
}

/** Is dev among the workers (a handful at most: a loop is cheaper than includes)? */
function holds(workers: Developer[], dev: Developer): boolean {
  for (let i = 0; i < workers.length; i++) if (workers[i] === dev) return true;
  return false;
}
