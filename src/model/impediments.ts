// Impediments: raised at random by developers (technical, external dependency), the
// organization (poor management support) and team conflict; each blocks one item or drags the
// whole team's speed. A watching Scrum Master notices some at once; the rest surface at the next
// Daily Scrum (without one: at the retrospective, or the next planning). Removed by the SM —
// highest cost of delay per hour of removal first (CD3), where a drag costs its share of every
// developer's hour and a block about a quarter of one developer's — by the team (team-fixable
// kinds only, slower; also those the SM cannot start within `takeOverDays`), or not at all: an
// unremoved impediment keeps its effect until it goes away by itself (a dependency is
// delivered, a conflict cools down) after selfResolveDays on average.
import { IMPEDIMENT_KINDS, type ImpedimentKind } from "../scenario/types.js";
import type { Agent } from "./agent.js";
import type { Developer } from "./developer.js";
import type { Item } from "./items.js";
import type { ImpedimentLife } from "./result.js";
import type { World } from "./world.js";

/** Developer-hours lost per hour to one blocked item (see Impediment.impact). */
export const BLOCK_COST = 0.25;

export class Impediment {
  visibleAt: number | null = null;
  removalStartedAt: number | null = null;
  removedAt: number | null = null;
  removedBy: ImpedimentLife["removed_by"] = null;

  constructor(
    readonly id: number,
    readonly kind: ImpedimentKind,
    readonly effect: "blocks" | "drags",
    readonly drag: number,
    readonly dev: Developer,
    readonly item: Item | null,
    readonly raisedAt: number,
    readonly removalHours: number,
  ) {}

  /**
   * Developers' hours lost per hour while it stands: a drag slows every developer; a block
   * stops one item, whose developer switches to other work and loses about a quarter of the
   * hour to the switch, the juggling and the item's delay.
   */
  impact(developers: number): number {
    return this.effect === "blocks" ? BLOCK_COST : this.drag * developers;
  }

  /** Cost of delay per hour of removal work (CD3): what the SM removes first. */
  priority(developers: number): number {
    return this.impact(developers) / Math.max(this.removalHours, 0.01);
  }
}

export class Impediments {
  readonly all: Impediment[] = [];
  open = 0;
  /** Visible impediments waiting for the Scrum Master. */
  private readonly queue: Impediment[] = [];
  /** Raised but not yet seen by anyone who acts on them. */
  private hidden: Impediment[] = [];
  /** The initial developers at work: the main process's per-developer rates are for them. */
  private readonly initial: number;

  constructor(private readonly w: World) {
    const s = w.scenario;
    const env = s.environment;
    const n = w.headcount;
    const perHour = 1 / w.cal.weekHours;
    const org = env.organizationalRate * 2 * (1 - env.managementSupport);
    this.initial = n;
    // per kind, in IMPEDIMENT_KINDS order: technical, organizational, teamConflict, externalDependency
    const rates = [env.technicalRate * n * perHour, org * perHour, env.teamConflictRate * perHour, env.externalDependencyRate * n * perHour];
    const total = rates.reduce((a, b) => a + b, 0);
    if (total > 0) this.nextCandidate("impediments", rates, total, false);
    // Developers who join beyond the initial headcount raise theirs from a stream of their own, so that
    // everything before a staff change happens as without it (common random numbers).
    const extra = w.peakHeadcount - n;
    if (extra > 0) {
      const more = [env.technicalRate * extra * perHour, 0, 0, env.externalDependencyRate * extra * perHour];
      const t = more[0] + more[3];
      if (t > 0) this.nextCandidate("impediments-staff", more, t, true);
    }
  }

  /** Of a per-developer kind's candidates, the share the developers at work now raise (staff changes thin the full rate). */
  private staffed(extra: boolean): number {
    const n = this.w.devs.length;
    if (extra) return Math.max(0, n - this.initial) / (this.w.peakHeadcount - this.initial);
    return n >= this.initial ? 1 : n / this.initial;
  }

  /** A Poisson stream of candidates at the full rate, thinned by the improvement so far (common random numbers). */
  private nextCandidate(stream: string, rates: number[], totalRate: number, extra: boolean): void {
    const w = this.w;
    const r = w.stream(stream);
    const dt = r.exponential(totalRate);
    if (w.sim.now + dt >= w.cal.end) return;
    w.sim.schedule(dt, () => {
      const kind = IMPEDIMENT_KINDS[r.choice([0, 1, 2, 3], rates)];
      const accept = r.uniform();
      const devU = r.uniform();
      const effectU = r.uniform();
      const dragU = r.uniform();
      const watchU = r.uniform();
      const env = w.scenario.environment;
      const params = env.impediments[kind];
      const removal = r.lognormal(params.removalHours);
      const selfResolve = r.exponential(1) * env.selfResolveDays * w.cal.hoursPerDay;
      const reduction = w.scenario.improvement.impedimentReduction * w.improvement;
      // Technical and dependency impediments come per developer: the developers at work raise them.
      const perDeveloper = kind === "technical" || kind === "externalDependency";
      const staffed = perDeveloper ? this.staffed(extra) : 1;
      if (accept < (1 - reduction) * staffed) {
        const support = kind === "organizational" ? 1.5 - env.managementSupport : 1;
        const dev = w.devs[Math.floor(devU * w.devs.length)];
        this.raise(kind, dev, effectU < params.blockShare, env.drag * (0.5 + dragU), removal * support, selfResolve, watchU);
      }
      this.nextCandidate(stream, rates, totalRate, extra);
    });
  }

  private raise(kind: ImpedimentKind, dev: Developer, blocks: boolean, drag: number, removalHours: number, selfResolve: number, watchU: number): void {
    const w = this.w;
    const now = w.sim.now;
    // Only an item in progress can be blocked: one already waiting for another team's work (still
    // the developer's current item) is not blocked twice — the impediment drags the team instead.
    const current = blocks ? dev.currentItem() : null;
    const item = current !== null && current.state === "in-progress" ? current : null;
    const effect = item !== null ? "blocks" : "drags";
    const imp = new Impediment(this.all.length + 1, kind, effect, effect === "drags" ? drag : 0, dev, item, now, removalHours);
    this.all.push(imp);
    this.open++;
    w.metrics.current().impediments_raised++;
    if (w.trace !== null) w.record({ t: now, kind: "impediment-raised", impediment: imp.id, impedimentKind: kind, effect, agent: dev.id, item: item?.id ?? null });
    if (item !== null) {
      if (w.trace !== null) w.record({ t: now, kind: "item-blocked", item: item.id, impediment: imp.id });
      w.work.hold(item, false, imp);
    } else {
      w.drag = this.dragFactor();
      w.refreshSpeed();
    }
    w.sim.schedule(selfResolve, () => {
      if (imp.removedAt === null && imp.removalStartedAt === null) this.remove(imp, "time");
    });
    if (watchU < w.scenario.roles.scrumMaster.watchShare && this.watched()) this.see(imp);
    else this.hidden.push(imp);
  }

  /** Someone who acts on impediments is watching the team right now. */
  private watched(): boolean {
    const w = this.w;
    const conflict = w.scenario.roles.merged.conflictOfInterest;
    return w.persons.some((p) => p.scrum && (!p.merged || !conflict) && w.sim.now < p.windowEnd);
  }

  /** Daily Scrum, retrospective (or planning): hidden impediments become visible. */
  surface(): void {
    if (this.hidden.length === 0) return;
    const list = this.hidden;
    this.hidden = [];
    for (const imp of list) if (imp.removedAt === null) this.see(imp);
  }

  private see(imp: Impediment): void {
    const w = this.w;
    imp.visibleAt = w.sim.now;
    if (w.trace !== null) w.record({ t: w.sim.now, kind: "impediment-visible", impediment: imp.id });
    const mode = w.scenario.practices.impedimentRemoval;
    if (mode === "none") return;
    if (mode === "scrum-master" && w.hasScrumMaster && !(this.teamFixable(imp) && this.smTooBusy(imp))) {
      this.queue.push(imp);
      w.wakePersons();
    } else if (this.teamFixable(imp)) this.toTeam(imp);
  }

  private teamFixable(imp: Impediment): boolean {
    return this.w.scenario.environment.impediments[imp.kind].teamFixable;
  }

  private toTeam(imp: Impediment): void {
    const dev = imp.dev.leftAt === null ? imp.dev : this.w.devs[0]; // its raiser left: a teammate takes it
    dev.toRemove.push(imp);
    dev.wake();
  }

  /** The Scrum Master's queue, with this one, is more than their daily hours can start within takeOverDays. */
  private smTooBusy(imp: Impediment): boolean {
    const w = this.w;
    let hours = 0;
    for (const d of w.desks) if (d.person.scrum) hours += d.hoursPerDay;
    let queued = imp.removalHours;
    for (const q of this.queue) queued += q.removalHours;
    return queued > hours * w.scenario.team.takeOverDays;
  }

  /** Daily Scrum: team-fixable impediments the SM has not started after takeOverDays go to the developers. */
  takeOver(): void {
    const w = this.w;
    const limit = w.scenario.team.takeOverDays * w.cal.hoursPerDay;
    for (let i = 0; i < this.queue.length; ) {
      const imp = this.queue[i];
      if (this.teamFixable(imp) && w.sim.now - (imp.visibleAt as number) >= limit) {
        this.queue.splice(i, 1);
        this.toTeam(imp);
      } else i++;
    }
  }

  /**
   * A visible, team-fixable impediment blocking an item in progress that nobody has started to
   * remove, taken off the SM's queue (oldest first): what a developer the WIP limit keeps from
   * starting new work takes on instead. None when nobody may remove impediments.
   */
  blockerForTeam(): Impediment | undefined {
    if (this.w.scenario.practices.impedimentRemoval === "none") return undefined;
    const q = this.queue;
    for (let i = 0; i < q.length; i++) {
      const imp = q[i];
      if (imp.item !== null && imp.item.state === "blocked" && this.teamFixable(imp)) return q.splice(i, 1)[0];
    }
    return undefined;
  }

  /** Visible impediments waiting for the Scrum Master. */
  get queued(): number {
    return this.queue.length;
  }

  /** When the longest-waiting visible impediment became visible (Infinity when none waits). */
  oldestVisible(): number {
    let t = Infinity;
    for (const imp of this.queue) if ((imp.visibleAt as number) < t) t = imp.visibleAt as number;
    return t;
  }

  /** The highest cost of delay per removal hour among the waiting impediments (-Infinity when none waits). */
  bestPriority(): number {
    const n = this.w.headcount;
    let best = -Infinity;
    for (const imp of this.queue) if (imp.priority(n) > best) best = imp.priority(n);
    return best;
  }

  /** The visible impediment of highest cost of delay per removal hour (then oldest), taken off the queue. */
  nextForScrumMaster(): Impediment | undefined {
    const q = this.queue;
    const n = this.w.headcount;
    let best = -1;
    for (let i = 0; i < q.length; i++) {
      const imp = q[i];
      if (best < 0) best = i;
      else {
        const a = imp.priority(n);
        const b = q[best].priority(n);
        if (a > b || (a === b && imp.raisedAt < q[best].raisedAt)) best = i;
      }
    }
    if (best < 0) return undefined;
    return q.splice(best, 1)[0];
  }

  startRemoval(imp: Impediment, agent: Agent): void {
    imp.removalStartedAt = this.w.sim.now;
    if (this.w.trace !== null) this.w.record({ t: this.w.sim.now, kind: "impediment-work-started", impediment: imp.id, agent: agent.id });
  }

  remove(imp: Impediment, by: NonNullable<ImpedimentLife["removed_by"]>): void {
    if (imp.removedAt !== null) return;
    const w = this.w;
    const now = w.sim.now;
    imp.removedAt = now;
    imp.removedBy = by;
    this.open--;
    const i = this.queue.indexOf(imp);
    if (i >= 0) this.queue.splice(i, 1);
    for (const dev of w.devs) {
      const j = dev.toRemove.indexOf(imp);
      if (j >= 0) dev.toRemove.splice(j, 1);
    }
    w.metrics.impedimentRemoved(now - imp.raisedAt);
    if (w.trace !== null) w.record({ t: now, kind: "impediment-removed", impediment: imp.id, by, age: now - imp.raisedAt });
    if (imp.item !== null) {
      if (imp.item.state === "blocked" && imp.item.blockedBy === imp) {
        if (w.trace !== null) w.record({ t: now, kind: "item-unblocked", item: imp.item.id, impediment: imp.id });
        w.work.resume(imp.item);
      }
    } else {
      w.drag = this.dragFactor();
      w.refreshSpeed();
    }
  }

  /** The team's speed multiplier from the open dragging impediments. */
  private dragFactor(): number {
    let d = 1;
    for (const imp of this.all) if (imp.removedAt === null && imp.effect === "drags") d *= 1 - imp.drag;
    return d;
  }

  /** Impediments open longer than a sprint at time t. */
  stale(t: number): number {
    let n = 0;
    for (const imp of this.all) if (imp.removedAt === null && t - imp.raisedAt > this.w.cal.sprintHours) n++;
    return n;
  }
}
