// The Product Backlog and the Sprint Backlog. The PO orders the Product Backlog by estimated
// value per estimated effort (a WSJF whose job size is the effort; rework first); the team
// selects from the top at Sprint Planning and pulls from the Sprint Backlog in order. The
// Product Backlog is kept sorted at all times; an item whose estimate changes is moved.
import type { Item } from "./items.js";

function before(a: Item, b: Item): boolean {
  if (a.kind !== b.kind) return a.kind === "rework";
  if (a.orderKey !== b.orderKey) return a.orderKey > b.orderKey;
  return a.id < b.id;
}

/**
 * Sort items into the PO's order by insertion: after a Sprint Review only some estimates move,
 * so the list is nearly sorted and this is much faster than sort() with a comparator.
 */
function sortItems(list: Item[]): void {
  for (let i = 1; i < list.length; i++) {
    const item = list[i];
    let j = i - 1;
    if (!before(item, list[j])) continue;
    while (j >= 0 && before(item, list[j])) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = item;
  }
}

export class Backlogs {
  /** Items not in a sprint and not done, in the PO's order. */
  product: Item[] = [];
  /** Items of the current sprint in the order they were selected. */
  sprint: Item[] = [];
  /** Index of the first sprint item that may still be unstarted. */
  private pullFrom = 0;
  /** Estimated effort of the refined or prepared items in the Product Backlog. */
  private ready = 0;

  /** Insert an item at its place in the order. */
  add(item: Item): void {
    if (item.refined || item.prepared) this.ready += item.estimatedEffort;
    const list = this.product;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(list[mid], item)) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, item);
  }

  /** Change an item of the Product Backlog (its estimate, its refinement) and move it to its new place. */
  update(item: Item, change: () => void): void {
    const i = this.product.indexOf(item);
    if (i < 0) return change();
    this.product.splice(i, 1);
    if (item.refined || item.prepared) this.ready -= item.estimatedEffort;
    change();
    this.add(item);
  }

  /** Many value estimates changed (Sprint Review): sort again. */
  resort(): void {
    sortItems(this.product);
  }

  ordered(): Item[] {
    return this.product;
  }

  markPrepared(item: Item): void {
    if (!item.refined && !item.prepared) this.ready += item.estimatedEffort;
    item.prepared = true;
  }

  /** Estimated effort of the refined or prepared items waiting in the Product Backlog. */
  readyHours(): number {
    return this.ready;
  }

  private recountReady(): void {
    let h = 0;
    for (const item of this.product) if (item.refined || item.prepared) h += item.estimatedEffort;
    this.ready = h;
  }

  /** The first raw, unprepared item in order (what the PO prepares next), or undefined. */
  nextToPrepare(): Item | undefined {
    for (const item of this.product) if (!item.refined && !item.prepared) return item;
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
    for (const item of this.product) {
      if (out.length >= count) break;
      if (item.prepared && !item.refined) out.push(item);
    }
    return out;
  }

  /**
   * Sprint Planning: started items carry over; unstarted ones go back to the Product Backlog (an
   * unstarted refactoring item is dropped: a new reservation replaces it); `first` (this
   * sprint's refactoring) goes on top; then items are taken in order while their estimated effort
   * fits the commitment (a smaller item further down may fill the gap).
   */
  plan(commitHours: number, first: Item[], now: number): { carried: Item[]; selected: Item[] } {
    const carried: Item[] = [];
    for (const item of this.sprint) {
      if (item.finished) continue;
      if (item.started) carried.push(item);
      else if (item.kind === "debt") {
        item.state = "pruned";
        item.prunedAt = now;
      } else {
        item.state = "backlog";
        this.add(item);
      }
    }
    let used = 0;
    for (const item of carried) used += remainingEstimate(item);
    const selected: Item[] = [];
    const keep: Item[] = [];
    for (const item of this.product) {
      const need = remainingEstimate(item);
      if (used + need <= commitHours || (selected.length === 0 && carried.length === 0 && commitHours > 0)) {
        selected.push(item);
        used += need;
      } else keep.push(item);
    }
    this.product = keep;
    this.sprint = first.concat(carried, selected);
    this.pullFrom = 0;
    this.recountReady();
    return { carried, selected };
  }

  /** The Sprint Backlog ran dry: the team pulls the top Product Backlog item into the sprint. */
  pullIn(t: number): Item | undefined {
    const item = this.product.shift();
    if (item === undefined) return undefined;
    item.state = "selected";
    item.selectedAt = t;
    this.sprint.push(item);
    if (item.refined || item.prepared) this.ready -= item.estimatedEffort;
    return item;
  }

  /** An urgent item let into the running sprint: it is the next one started. */
  expedite(item: Item, t: number): void {
    item.state = "selected";
    item.selectedAt = t;
    this.nextUnstarted();
    this.sprint.splice(this.pullFrom, 0, item);
  }

  /** Started items whose developer left go back from the Sprint Backlog to the Product Backlog, in the PO's order. */
  giveBack(items: Item[]): void {
    this.sprint = this.sprint.filter((item) => !items.includes(item));
    this.pullFrom = 0;
    for (const item of items) this.add(item);
  }

  /** The PO removes unrefined, unprepared feature items that arrived before `cutoff`; returns how many. */
  prune(cutoff: number, t: number): number {
    let n = 0;
    const keep: Item[] = [];
    for (const item of this.product) {
      if (item.kind === "feature" && item.createdAt < cutoff && !item.refined && !item.prepared) {
        item.state = "pruned";
        item.prunedAt = t;
        n++;
      } else keep.push(item);
    }
    this.product = keep;
    return n;
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
