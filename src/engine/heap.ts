// The event queue: a binary min-heap ordered by (time, priority, seq). seq is unique per
// simulation, so the order is total and simultaneous events always run in the same order.
// Each event knows its place in the heap, so a cancelled event leaves the heap at once (it
// does not sit there, making every later push and pop deeper, until it surfaces).

export interface QueuedEvent {
  time: number;
  priority: number;
  seq: number;
  callback: (() => void) | null; // null once cancelled or fired
  /** Position in the heap; -1 once popped or removed. */
  index: number;
}

function before(a: QueuedEvent, b: QueuedEvent): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.priority !== b.priority) return a.priority < b.priority;
  return a.seq < b.seq;
}

export class EventHeap {
  private items: QueuedEvent[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): QueuedEvent | undefined {
    return this.items[0];
  }

  push(ev: QueuedEvent): void {
    const items = this.items;
    items.push(ev);
    this.up(ev, items.length - 1);
  }

  pop(): QueuedEvent | undefined {
    const items = this.items;
    const n = items.length;
    if (n === 0) return undefined;
    const top = items[0];
    top.index = -1;
    const last = items.pop() as QueuedEvent;
    if (n > 1) this.down(last, 0);
    return top;
  }

  /** Take an event out of the heap wherever it is (nothing happens if it is not in it). */
  remove(ev: QueuedEvent): void {
    const i = ev.index;
    const items = this.items;
    if (i < 0 || items[i] !== ev) return;
    ev.index = -1;
    const last = items.pop() as QueuedEvent;
    if (i === items.length) return;
    if (i > 0 && before(last, items[(i - 1) >> 1])) this.up(last, i);
    else this.down(last, i);
  }

  /** An event in the heap got a new (time, priority, seq): move it to its new place. */
  update(ev: QueuedEvent): void {
    const i = ev.index;
    if (i > 0 && before(ev, this.items[(i - 1) >> 1])) this.up(ev, i);
    else this.down(ev, i);
  }

  /** Place ev at i or above (it is not before its place's children). */
  private up(ev: QueuedEvent, i: number): void {
    const items = this.items;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent];
      if (!before(ev, p)) break;
      items[i] = p;
      p.index = i;
      i = parent;
    }
    items[i] = ev;
    ev.index = i;
  }

  /** Place ev at i or below (it is not before its place's parent). */
  private down(ev: QueuedEvent, i: number): void {
    const items = this.items;
    const size = items.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const r = l + 1;
      let c = l;
      let child = items[l];
      if (r < size && before(items[r], child)) {
        c = r;
        child = items[r];
      }
      if (!before(child, ev)) break;
      items[i] = child;
      child.index = i;
      i = c;
    }
    items[i] = ev;
    ev.index = i;
  }
}
