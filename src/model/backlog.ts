// The Product Backlog and the Sprint Backlog. The PO orders the Product Backlog by estimated
// value per estimated effort (a WSJF whose job size is the effort; rework first); the team
// selects from the top at Sprint Planning and pulls from the Sprint Backlog in order.
import type { Item } from "./items.js";

function byOrder(a: Item, b: Item): number {
  if (a.kind !== b.kind) return a.kind === "rework" ? -1 : 1;
  const ka = a.estimatedValue / a.estimatedEffort;
  const kb = b.estimatedValue / b.estimatedEffort;
  if (ka !== kb) return kb - ka;
  return a.id - b.id;
}

export class Backlogs {
  /** Items not in a sprint and not done, in the PO's order once sorted. */
  product: Item[] = [];
  /** Items of the current sprint in the order they were selected. */
  sprint: Item[] = [];
  private dirty = false;
  /** Index of the first sprint item that may still be unstarted. */
  private pullFrom = 0;

  add(item: Item): void {
    this.product.push(item);
    this.dirty = true;
  }

  /** Estimates changed: the order must be recomputed before it is next used. */
  reorder(): void {
    this.dirty = true;
  }

  ordered(): Item[] {
    if (this.dirty) {
      this.product.sort(byOrder);
      this.dirty = false;
    }
    return this.product;
  }

  /** Estimated effort of the refined or prepared items waiting in the Product Backlog. */
  readyHours(): number {
    let h = 0;
    for (const item of this.product) if (item.refined || item.prepared) h += item.estimatedEffort;
    return h;
  }

  /** The first raw, unprepared item in order (what the PO prepares next), or undefined. */
  nextToPrepare(): Item | undefined {
    for (const item of this.ordered()) if (!item.refined && !item.prepared) return item;
    return undefined;
  }

  preparedCount(): number {
    let n = 0;
    for (const item of this.product) if (item.prepared && !item.refined) n++;
    return n;
  }

  /** Prepared items, in order, up to `count`. */
  takePrepared(count: number): Item[] {
    const out: Item[] = [];
    for (const item of this.ordered()) {
      if (out.length >= count) break;
      if (item.prepared && !item.refined) out.push(item);
    }
    return out;
  }

  /**
   * Sprint Planning: started items carry over; unstarted ones go back to the Product Backlog;
   * then items are taken in order while their estimated effort fits the commitment (a smaller
   * item further down may fill the gap). Returns the new Sprint Backlog.
   */
  plan(commitHours: number): { carried: Item[]; selected: Item[] } {
    const carried: Item[] = [];
    for (const item of this.sprint) {
      if (item.finished) continue;
      if (item.started) carried.push(item);
      else {
        item.state = "backlog";
        this.product.push(item);
        this.dirty = true;
      }
    }
    let used = 0;
    for (const item of carried) used += remainingEstimate(item);
    const selected: Item[] = [];
    const keep: Item[] = [];
    for (const item of this.ordered()) {
      const need = remainingEstimate(item);
      if (used + need <= commitHours || (selected.length === 0 && carried.length === 0 && commitHours > 0)) {
        selected.push(item);
        used += need;
      } else keep.push(item);
    }
    this.product = keep;
    this.sprint = [...carried, ...selected];
    this.pullFrom = 0;
    return { carried, selected };
  }

  /** The Sprint Backlog ran dry: the team pulls the top Product Backlog item into the sprint. */
  pullIn(t: number): Item | undefined {
    const item = this.ordered()[0];
    if (item === undefined) return undefined;
    this.product.shift();
    item.state = "selected";
    item.selectedAt = t;
    this.sprint.push(item);
    return item;
  }

  /** The next unstarted item of the Sprint Backlog, or undefined. */
  nextUnstarted(): Item | undefined {
    const s = this.sprint;
    while (this.pullFrom < s.length && s[this.pullFrom].state !== "selected") this.pullFrom++;
    return s[this.pullFrom];
  }
}

/** The team's estimate of the work left on an item. */
export function remainingEstimate(item: Item): number {
  return item.estimatedEffort * (item.remaining / (item.effort + item.extraEffort));
}
