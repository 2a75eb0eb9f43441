// Work one team needs from another. A share of a team's new items need a piece of work from
// another team of the organization (decided by counter-based draws from the item's own seed,
// whatever the share or the practices: common random numbers). When the item enters a
// sprint the team asks for it: the piece enters the other team's Product Backlog — ready, its
// value per hour that of the item that needs it, so its PO orders it like that item — and waits
// its turn there. An item started before its piece is done is blocked (an external-dependency
// wait) until the other team finishes the piece: the wait comes from the other team's queue,
// not from a distribution.
import { counterUniform, lognormalAt, type Item } from "./items.js";
import type { World } from "./world.js";

/** What an item needs from another team. */
export interface Need {
  /** The team that does the piece. */
  team: World;
  /** Ideal hours of the piece. */
  effort: number;
  /** The piece in the other team's backlog, once asked for. */
  piece: Item | null;
  /** When the other team finished the piece. */
  doneAt: number | null;
  /** The item is blocked waiting for the piece (since `blockedSince`). */
  waiting: boolean;
}

export class Dependencies {
  constructor(private readonly w: World) {}

  /** A new feature item: whether (and from whom, how much) it needs another team's work. */
  created(item: Item): void {
    const w = this.w;
    const teams = w.org.teams;
    if (teams.length < 2) return;
    const seed = item.questionSeed;
    const u = counterUniform(seed, 0x20000);
    const v = counterUniform(seed, 0x20001);
    const z = Math.sqrt(-2 * Math.log(counterUniform(seed, 0x20002))) * Math.cos(2 * Math.PI * counterUniform(seed, 0x20003));
    const d = w.scenario.organization.dependencies;
    if (!(u < d.share)) return;
    const other = (w.index + 1 + Math.floor(v * (teams.length - 1))) % teams.length;
    item.needs = { team: teams[other], effort: lognormalAt(d.effort.mean, d.effort.cv, z), piece: null, doneAt: null, waiting: false };
  }

  /** The item entered a sprint: ask the other team for its piece (once). */
  ask(item: Item): void {
    const need = item.needs;
    if (need === null || need.piece !== null) return;
    const other = need.team;
    const now = other.sim.now;
    const piece = other.factory.dependency(need.effort, now, item);
    need.piece = piece;
    piece.forTeam = this.w;
    other.estimates.estimate(piece);
    other.backlogs.add(piece);
    if (this.w.trace !== null) this.w.record({ t: now, kind: "dependency-requested", item: item.id, team: other.index + 1, piece: piece.id });
    other.wakeIdle();
  }

  /** The item is being started: blocked until the other team has done its piece. True when it waits. */
  mustWait(item: Item): boolean {
    const need = item.needs;
    if (need === null || need.doneAt !== null) return false;
    this.ask(item);
    need.waiting = true;
    const w = this.w;
    w.metrics.dependencyWait.add(w.sim.now, 1);
    if (w.trace !== null) w.record({ t: w.sim.now, kind: "dependency-wait", item: item.id, team: need.team.index + 1, piece: (need.piece as Item).id });
    return true;
  }

  /** A piece this team was asked for is done: the item that needs it, in the asking team, can go on. */
  static delivered(piece: Item): void {
    const item = piece.forItem as Item;
    const w = piece.forTeam as World;
    const need = item.needs as Need;
    const now = w.sim.now;
    need.doneAt = now;
    if (!need.waiting) return;
    w.dependencies.stopWaiting(item);
    if (w.trace !== null) w.record({ t: now, kind: "dependency-delivered", item: item.id, team: need.team.index + 1, piece: piece.id, waited: now - item.blockedSince });
    if (item.state === "blocked") w.work.resume(item);
  }

  /** The item no longer waits (its piece is done, or it went back to the Product Backlog). */
  stopWaiting(item: Item): void {
    const need = item.needs;
    if (need === null || !need.waiting) return;
    need.waiting = false;
    this.w.metrics.dependencyWait.add(this.w.sim.now, -1);
  }
}
