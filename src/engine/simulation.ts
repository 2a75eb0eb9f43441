// The discrete-event kernel: a clock in hours, a queue ordered by (time, priority, seq) and
// named random streams. It knows nothing of what it simulates. No wall clock, no Math.random.
import { EventHeap, type QueuedEvent } from "./heap.js";
import { RandomStream } from "./random.js";

/** Named priority levels: at equal times, lower runs first; then insertion order. */
export const Priority = {
  URGENT: 0,
  HIGH: 10,
  NORMAL: 20,
  LOW: 30,
} as const;

export interface SimulationOptions {
  seed: number | string;
  /** A run that processes more events than this stops with an error instead of hanging. */
  maxEvents?: number;
}

export interface ScheduleOptions {
  priority?: number;
}

/** Opaque handle of a scheduled event, for cancel(). */
export type EventHandle = { readonly time: number; readonly priority: number; readonly seq: number };

export class SimulationError extends Error {
  override name = "SimulationError";
}

export const DEFAULT_MAX_EVENTS = 50_000_000;

export class Simulation {
  readonly seed: number | string;
  readonly maxEvents: number;
  private clock = 0;
  private seq = 0;
  private processed = 0;
  private stopped = false;
  private readonly queue = new EventHeap();
  private readonly streams = new Map<string, RandomStream>();

  constructor(options: SimulationOptions) {
    if (options == null || (typeof options.seed !== "number" && typeof options.seed !== "string")) {
      throw new SimulationError("Simulation needs a seed (a number or a string): new Simulation({ seed: 42 })");
    }
    if (typeof options.seed === "number" && !Number.isFinite(options.seed)) {
      throw new SimulationError(`Simulation seed must be finite, got ${options.seed}`);
    }
    this.seed = options.seed;
    this.maxEvents = options.maxEvents ?? DEFAULT_MAX_EVENTS;
    if (!(this.maxEvents > 0)) throw new SimulationError(`maxEvents must be > 0, got ${this.maxEvents}`);
  }

  /** Current simulated time, in hours. */
  get now(): number {
    return this.clock;
  }

  /** Events fired so far. */
  get eventsProcessed(): number {
    return this.processed;
  }

  /** Events still queued (a cancelled event leaves the queue at once). */
  get pending(): number {
    return this.queue.size;
  }

  /** Run callback after delay hours. */
  schedule(delay: number, callback: () => void, options?: ScheduleOptions): EventHandle {
    if (!(delay >= 0) || delay === Infinity) {
      throw new SimulationError(`schedule: delay must be a finite number >= 0 hours, got ${delay}`);
    }
    return this.push(this.clock + delay, callback, options);
  }

  /** Run callback at an absolute time (hours), not earlier than now. */
  at(time: number, callback: () => void, options?: ScheduleOptions): EventHandle {
    if (!Number.isFinite(time)) throw new SimulationError(`at: time must be a finite number of hours, got ${time}`);
    if (time < this.clock) throw new SimulationError(`at: time ${time} is in the past (now is ${this.clock})`);
    return this.push(time, callback, options);
  }

  /** A cancelled event never fires. Cancelling a fired or cancelled event does nothing. */
  cancel(handle: EventHandle): void {
    const ev = handle as QueuedEvent;
    if (ev.callback === null) return;
    ev.callback = null;
    this.queue.remove(ev);
  }

  /**
   * Move an event of this simulation to `delay` hours from now with `callback`, exactly as
   * cancel(handle) and then schedule(delay, callback, options) would — it takes its place among
   * the events at its new time as if scheduled now — but reusing the handle (also one that fired
   * or was cancelled). Returns the handle.
   */
  reschedule(handle: EventHandle, delay: number, callback: () => void, options?: ScheduleOptions): EventHandle {
    if (!(delay >= 0) || delay === Infinity) {
      throw new SimulationError(`reschedule: delay must be a finite number >= 0 hours, got ${delay}`);
    }
    if (typeof callback !== "function") {
      throw new SimulationError(`reschedule: callback must be a function, got ${callback === null ? "null" : typeof callback}`);
    }
    const priority = options?.priority ?? Priority.NORMAL;
    if (!Number.isFinite(priority)) throw new SimulationError(`reschedule: priority must be a finite number, got ${priority}`);
    const ev = handle as QueuedEvent;
    ev.time = this.clock + delay;
    ev.priority = priority;
    ev.seq = this.seq++;
    ev.callback = callback;
    if (ev.index < 0) this.queue.push(ev);
    else this.queue.update(ev);
    return ev;
  }

  /** Stop run() after the current event. */
  stop(): void {
    this.stopped = true;
  }

  /**
   * Fire events in order until the queue is empty, stop() is called, or the next event is
   * later than `until` (then the clock is set to `until`). Returns the events fired.
   */
  run(options?: { until?: number }): number {
    const until = options?.until;
    if (until !== undefined && !(until >= this.clock)) {
      throw new SimulationError(`run: until (${until}) must be a number >= now (${this.clock})`);
    }
    const queue = this.queue;
    const start = this.processed;
    this.stopped = false;
    while (!this.stopped) {
      const top = queue.peek();
      if (top === undefined) break;
      if (until !== undefined && top.time > until) break;
      queue.pop();
      const callback = top.callback;
      if (callback === null) continue;
      top.callback = null;
      this.clock = top.time;
      if (++this.processed > this.maxEvents) {
        throw new SimulationError(
          `run: more than ${this.maxEvents} events (maxEvents) at t=${this.clock} h; raise maxEvents or look for an event loop that never ends`,
        );
      }
      callback();
    }
    if (until !== undefined && !this.stopped && this.clock < until) this.clock = until;
    return this.processed - start;
  }

  /** The named random stream; the same name always returns the same stream object. */
  stream(name: string): RandomStream {
    let s = this.streams.get(name);
    if (s === undefined) {
      s = new RandomStream(this.seed, name);
      this.streams.set(name, s);
    }
    return s;
  }

  private push(time: number, callback: () => void, options?: ScheduleOptions): EventHandle {
    if (typeof callback !== "function") {
      throw new SimulationError(`schedule: callback must be a function, got ${callback === null ? "null" : typeof callback}`);
    }
    const priority = options?.priority ?? Priority.NORMAL;
    if (!Number.isFinite(priority)) throw new SimulationError(`schedule: priority must be a finite number, got ${priority}`);
    const ev: QueuedEvent = { time, priority, seq: this.seq++, callback, index: -1 };
    this.queue.push(ev);
    return ev;
  }
}
