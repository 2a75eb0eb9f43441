// What every agent shares: one activity at a time, an event at its end, and booking of the
// time it took. An activity can be cut short (by a meeting, an interruption, the end of the
// day): its time so far is booked and what is left is kept, to be resumed later.
import type { EventHandle } from "../engine/index.js";
import type { Role } from "./result.js";
import type { Item } from "./items.js";
import type { World } from "./world.js";

export const IDLE = 0;
export const WORK = 1;
export const TASK = 2;
export const BACKGROUND = 3;
export const MEETING = 4;

export interface Activity {
  kind: number;
  /** Index into DUTIES; for WORK the share `loss` is booked to context-switch instead. */
  duty: number;
  start: number;
  /** TASK and BACKGROUND: hours left. */
  remaining: number;
  /** WORK: the item, progress per hour and multitasking loss. */
  item: Item | null;
  rate: number;
  loss: number;
  /** TASK: what happens when it is done (not when it is cut). */
  done: (() => void) | null;
  /** What the task is about, for the record (an impediment or question id). */
  about: number;
  /** For a person several teams share: which of their teams the time is for (an index into their desks); 0 otherwise. */
  team: number;
}

export function activity(kind: number, duty: number, remaining = Infinity, done: (() => void) | null = null, about = 0, team = 0): Activity {
  return { kind, duty, start: 0, remaining, item: null, rate: 0, loss: 0, done, about, team };
}

export abstract class Agent {
  act: Activity | null = null;
  /** Tasks cut short, resumed last-in first-out. */
  readonly stack: Activity[] = [];
  inMeeting = false;
  private handle: EventHandle | null = null;
  /** The event record of this agent's activity ends, reused from one activity to the next (null before the first). */
  private event: EventHandle | null = null;
  private readonly onEnd = () => this.ended();
  /** Activities that are never suspended (only tasks are) can be reused instead of allocated. */
  protected readonly meeting = activity(MEETING, 0);
  protected readonly idle = activity(IDLE, 0);
  /** Tasks that ran to their end, for the next tasks to reuse (a replication begins thousands: switches, questions, interruptions). */
  private readonly spare: Activity[] = [];

  constructor(
    readonly world: World,
    readonly index: number,
    readonly id: string,
    readonly role: Role,
  ) {}

  /** A task of `hours` for duty: a spare one reused, else a new one. */
  protected task(duty: number, hours: number, done: (() => void) | null = null, about = 0, team = 0): Activity {
    const act = this.spare.pop();
    if (act === undefined) return activity(TASK, duty, hours, done, about, team);
    act.duty = duty;
    act.remaining = hours;
    act.done = done;
    act.about = about;
    act.team = team;
    return act;
  }

  /** Choose and begin what to do next (called when free). */
  abstract decide(): void;

  /** An activity ran to its end (not cut). */
  protected abstract completed(act: Activity): void;

  /** Hours until the activity ends by itself (Infinity = only when cut). */
  protected span(act: Activity): number {
    return act.kind === TASK || act.kind === BACKGROUND ? act.remaining : Infinity;
  }

  begin(act: Activity): void {
    const sim = this.world.sim;
    act.start = sim.now;
    this.act = act;
    const dt = this.span(act);
    if (dt !== Infinity) {
      // The last activity's event fired or was cancelled (no handle left): its record serves again.
      const reuse = this.handle === null && this.event !== null;
      this.handle = this.event = reuse ? sim.reschedule(this.event as EventHandle, dt > 0 ? dt : 0, this.onEnd) : sim.schedule(dt > 0 ? dt : 0, this.onEnd);
    }
  }

  /** Stop the current activity now, book its time and return it (with what is left). */
  cut(): Activity | null {
    const act = this.act;
    if (act === null) return null;
    if (this.handle !== null) {
      this.world.sim.cancel(this.handle);
      this.handle = null;
    }
    this.settle(act, this.world.sim.now);
    this.act = null;
    return act;
  }

  /** Book the time of act from its start to t and update what is left. */
  protected settle(act: Activity, t: number): void {
    const elapsed = t - act.start;
    if (elapsed <= 0) return;
    if (act.kind === TASK || act.kind === BACKGROUND) act.remaining = Math.max(0, act.remaining - elapsed);
    this.book(act, act.start, t);
    act.start = t;
  }

  /** Book [t0, t1) of act to its duty in the ledger of the team it was for. */
  protected book(act: Activity, t0: number, t1: number): void {
    this.world.ledger.book(this.index, act.duty, t0, t1);
  }

  private ended(): void {
    this.handle = null;
    const act = this.act as Activity;
    this.settle(act, this.world.sim.now);
    this.act = null;
    this.completed(act);
    // Nothing holds a task that ran to its end (only cut ones are kept, on the stack): it serves again.
    if (act.kind === TASK) {
      act.done = null;
      this.spare.push(act);
    }
  }

  /** Suspend what can be resumed (tasks, work) and join a meeting (of the team `team` indexes, for a shared person). */
  enterMeeting(duty: number, team = 0): void {
    if (this.inMeeting) throw new Error(`${this.id} is already in a meeting at t=${this.world.sim.now}: the day's events overlap`);
    const act = this.cut();
    if (act !== null && act.kind === TASK) this.stack.push(act);
    this.inMeeting = true;
    this.meeting.duty = duty;
    this.meeting.team = team;
    this.begin(this.meeting);
  }

  leaveMeeting(): void {
    this.cut();
    this.inMeeting = false;
    this.afterMeeting();
  }

  protected afterMeeting(): void {
    this.decide();
  }

  /** Is the agent doing something it would drop for a request (idle or background work)? */
  get interruptible(): boolean {
    return this.act !== null && (this.act.kind === IDLE || this.act.kind === BACKGROUND);
  }
}
