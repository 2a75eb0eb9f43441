// The flow of items through a sprint: a developer starts an item (WIP limit permitting),
// it is blocked by impediments or waits for answers, and it is done; a done item may carry a
// latent defect, found later as a rework item at the top of the Product Backlog.
import type { Developer } from "./developer.js";
import type { Item } from "./items.js";
import type { World } from "./world.js";

export class WorkFlow {
  /** Done items the PO has not accepted yet. */
  private done: Item[] = [];

  constructor(private readonly w: World) {}

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
    if (item.kind === "rework") return b.ambiguityReady / 2;
    return item.refined ? b.ambiguityReady : b.ambiguityRaw;
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
    item.owner = dev.index;
    dev.inFlight++;
    w.metrics.wip.add(now, 1);
    item.nextQuestion(this.ambiguity(item));
    if (w.trace !== null) w.record({ t: now, kind: "item-started", item: item.id, agent: dev.id });
  }

  finish(item: Item, dev: Developer): void {
    const w = this.w;
    const now = w.sim.now;
    item.state = "done";
    item.doneAt = now;
    this.done.push(item);
    dev.inFlight--;
    w.metrics.wip.add(now, -1);
    w.metrics.itemDone(item);
    if (w.trace !== null) w.record({ t: now, kind: "item-done", item: item.id, agent: dev.id, cycleTime: now - (item.startedAt as number) });
    const b = w.scenario.backlog;
    if (item.kind === "feature") {
      const overcommit = Math.max(0, w.sprints.overcommitment);
      const p = (b.defectRate + b.defectPressure * overcommit) * (item.refined ? 1 : b.rawDefectFactor);
      if (item.defectU < p) {
        const delay = item.defectDelay * b.defectDetectionDays * w.cal.hoursPerDay;
        w.sim.schedule(delay, () => this.defectFound(item));
      }
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
  }

  /** The item stops: blocked by an impediment (or waiting for an answer when `waiting`). */
  hold(item: Item, waiting: boolean): void {
    const w = this.w;
    item.state = waiting ? "waiting" : "blocked";
    if (!waiting) {
      item.blockedSince = w.sim.now;
      w.metrics.blocked.add(w.sim.now, 1);
    }
    w.devs[item.owner].lose(item);
  }

  /** The item can be worked on again. */
  release(item: Item): void {
    const w = this.w;
    if (item.state === "blocked") {
      item.blockedHours += w.sim.now - item.blockedSince;
      w.metrics.blocked.add(w.sim.now, -1);
    }
    item.state = "in-progress";
    w.devs[item.owner].regain(item);
  }
}
