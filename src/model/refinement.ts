// Backlog refinement: the PO prepares the top raw items (PO time), and in a weekly session the
// developers and the PO, facilitated by the SM, refine the prepared ones into ready items (less
// ambiguous, better estimated); an unfacilitated session refines fewer. The PO keeps about readyBufferSprints of forecast work ready. Switched off, no
// time is spent and items stay raw.
import type { Item } from "./items.js";
import type { World } from "./world.js";

export class Refinement {
  constructor(private readonly w: World) {}

  /** The next item the PO should prepare, or undefined when enough is ready (or refinement is off). */
  nextToPrepare(): Item | undefined {
    const w = this.w;
    if (!w.scenario.practices.refinement) return undefined;
    const target = w.scenario.roles.productOwner.readyBufferSprints * w.sprints.forecastHours;
    if (w.backlogs.readyHours() >= target) return undefined;
    return w.backlogs.nextToPrepare();
  }

  /** The PO finished preparing an item: looking at it refreshes its value estimate. */
  prepared(item: Item): void {
    this.w.backlogs.update(item, () => this.w.estimates.estimate(item));
  }

  /** Is a session worth holding today (something prepared, or the PO will prepare)? */
  sessionNeeded(): boolean {
    const w = this.w;
    return w.scenario.practices.refinement && (w.backlogs.preparedCount() > 0 || this.nextToPrepare() !== undefined);
  }

  /** A refinement session of `hours` ended: prepared items become ready — fewer when nobody facilitated it. */
  session(hours: number, facilitation: number): void {
    const w = this.w;
    const now = w.sim.now;
    const e = w.scenario.events;
    const effect = facilitation + (1 - facilitation) * e.unfacilitatedRefinement;
    const capacity = Math.floor(hours * e.itemsRefinedPerHour * effect + 1e-9);
    for (const item of w.backlogs.takePrepared(capacity)) {
      w.backlogs.update(item, () => {
        item.refined = true;
        item.refinedAt = now;
        w.estimates.estimate(item);
      });
      if (w.trace !== null) w.record({ t: now, kind: "item-refined", item: item.id });
    }
  }
}
