// Product Backlog items: a true value the PO never sees (heavy-tailed), an effort in ideal
// hours, an ambiguity that refinement lowers, cost of delay, and latent-defect chance. Every
// random attribute an item will ever need is drawn when it is created, from its creator's own
// stream, so that two scenarios on the same seed work on exactly the same items. While it is
// worked on, an item holds its workers and its own progress clock (work.ts).
import type { EventHandle, RandomStream } from "../engine/index.js";
import type { Scenario } from "../scenario/types.js";
import type { Need } from "./dependencies.js";
import type { Developer } from "./developer.js";
import type { World } from "./world.js";

export type ItemState = "backlog" | "selected" | "in-progress" | "blocked" | "waiting" | "done" | "accepted" | "pruned";
export type ItemKind = "feature" | "rework" | "debt" | "dependency";

/**
 * The k-th uniform in (0, 1) of a counter-based stream: murmur3's finalizer over (seed, k). An
 * item's questions and their answers come from its own seed this way, so an item asks the same
 * questions at the same points of its work, and they take the same answers, in every scenario
 * (common random numbers), and drawing one costs nothing until it is needed.
 */
export function counterUniform(seed: number, k: number): number {
  let h = (seed ^ Math.imul(k + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h = (h ^ (h >>> 16)) >>> 0;
  return (h + 0.5) / 4294967296;
}

/** The k-th unit-exponential of an item's questions (the work until the next one). */
export function questionDraw(seed: number, k: number): number {
  return -Math.log(1 - counterUniform(seed, k));
}

/** The lognormal of the given mean and coefficient of variation at the standard normal quantile z. */
export function lognormalAt(mean: number, cv: number, z: number): number {
  if (cv === 0) return mean;
  const s2 = Math.log(1 + cv * cv);
  return Math.exp(Math.log(mean) - s2 / 2 + Math.sqrt(s2) * z);
}

export class Item {
  state: ItemState = "backlog";
  refined = false;
  prepared = false;
  estimatedValue = 0;
  estimatedEffort = 0;
  /** Estimated value per estimated effort: the PO's ordering key. */
  orderKey = 0;
  /** Ideal hours of work left. */
  remaining: number;
  /** Work found while doing an unrefined item, on top of its effort. */
  extraEffort = 0;
  /** Ideal hours of work until the next question for the PO. */
  untilQuestion = Infinity;
  questionsAsked = 0;
  /** The developer who started it (null before it starts, or after its developer left and it went back). */
  owner: Developer | null = null;
  refinedAt: number | null = null;
  selectedAt: number | null = null;
  startedAt: number | null = null;
  doneAt: number | null = null;
  acceptedAt: number | null = null;
  prunedAt: number | null = null;
  valueDelivered = 0;
  blockedSince = -1;
  blockedHours = 0;
  /** Developers working on it now; its progress per hour, all together; progress counted up to `since`. */
  readonly workers: Developer[] = [];
  rate = 0;
  since = 0;
  timer: EventHandle | null = null;
  /** Waiting to be timed at the end of a batch of changes (work.ts). */
  dirty = false;
  onTimer: (() => void) | null = null;
  /** Hours during which at least one developer worked on it (flow efficiency's active time). */
  activeHours = 0;
  /** Most developers that worked on it at once. */
  maxWorkers = 0;
  /** Finished with a shortcut (part of its effort became technical debt). */
  shortcut = false;
  /** Its integration work (merging with the work in progress around it) has been added. */
  integrated = false;
  /** Sprint in whose Sprint Goal the item is (0 = none). */
  goalSprint = 0;
  committedSprint = 0;
  /** Sprint into which it was let while running, unplanned (0 = none). */
  scopeAddedSprint = 0;
  /** What holds it while blocked: an impediment, or its dependency on another team. */
  blockedBy: unknown = null;
  /** A piece of work it needs from another team (organizations of two or more teams). */
  needs: Need | null = null;
  /** A piece of work for another team: the item there that needs it, and that team. */
  forItem: Item | null = null;
  forTeam: World | null = null;

  constructor(
    readonly id: number,
    readonly kind: ItemKind,
    readonly trueValue: number,
    readonly effort: number,
    readonly createdAt: number,
    /** Loss of value per week while it waits (0 for items that are not time-critical). */
    readonly decayPerWeek: number,
    /** Standard normal draws behind the value and effort estimates. */
    readonly valueZ: number,
    readonly effortZ: number,
    /** Seed of the item's question draws (see questionDraw). */
    readonly questionSeed: number,
    /** Uniform draw deciding a latent defect, and the unit-exponential delay until it is found. */
    readonly defectU: number,
    readonly defectDelay: number,
    /** Stakeholders want it in the running sprint. */
    readonly urgent: boolean,
    /** Uniform draw deciding whether a pressured, unguarded team finishes it with a shortcut. */
    readonly shortcutU: number,
  ) {
    this.remaining = effort;
  }

  get started(): boolean {
    return this.startedAt !== null;
  }

  get finished(): boolean {
    return this.state === "done" || this.state === "accepted";
  }

  /** Started, not finished, and not blocked or waiting: someone can work on it. */
  get workable(): boolean {
    return this.state === "in-progress";
  }

  /** Value the item delivers if accepted at time t (hours), after cost-of-delay decay. */
  valueAt(t: number, weekHours: number): number {
    if (this.decayPerWeek === 0) return this.trueValue;
    return this.trueValue * Math.exp((-this.decayPerWeek * (t - this.createdAt)) / weekHours);
  }

  /** Draw the work until the next question at the given ambiguity (questions per 8 ideal hours). */
  nextQuestion(ambiguity: number): void {
    this.untilQuestion = ambiguity > 0 ? (questionDraw(this.questionSeed, this.questionsAsked) * 8) / ambiguity : Infinity;
  }
}

/** Creates items: the initial backlog, discovered items and rework, each with all its draws. */
export class ItemFactory {
  private nextId = 1;
  /** Every item created, in order of creation. */
  readonly all: Item[] = [];

  constructor(
    private readonly backlog: Scenario["backlog"],
    private readonly urgentShare: number,
  ) {}

  /** A new feature item created at time t (negative: it arrived before the simulation began). */
  create(stream: RandomStream, t: number, valueFactor = 1): Item {
    const b = this.backlog;
    // Effort and value are lognormal; their logarithms are correlated (bigger items tend to be worth more).
    const ze = stream.normal();
    const zo = stream.normal();
    const rho = b.valueEffortCorrelation;
    const effort = lognormalAt(b.effort.mean, b.effort.cv, ze);
    const value = lognormalAt(b.value.mean * valueFactor, b.value.cv, rho * ze + Math.sqrt(1 - rho * rho) * zo);
    const critical = stream.uniform() < b.timeCriticalShare;
    const decayDraw = stream.exponential(1);
    const valueZ = stream.normal();
    const effortZ = stream.normal();
    const questionSeed = Math.floor(stream.uniform() * 4294967296);
    const defectU = stream.uniform();
    const defectDelay = stream.exponential(1);
    const urgent = stream.uniform() < this.urgentShare;
    const shortcutU = stream.uniform();
    const decay = critical ? decayDraw * b.decayPerWeek : 0;
    const item = new Item(this.nextId++, "feature", value, effort, t, decay, valueZ, effortZ, questionSeed, defectU, defectDelay, urgent, shortcutU);
    this.all.push(item);
    return item;
  }

  /** A rework item fixing a defect of `parent`: no new value, known and ready at once. */
  rework(parent: Item, t: number, share: number): Item {
    return this.internal("rework", parent.effort * share, t, parent.effortZ, (parent.questionSeed ^ 0x5bd1e995) >>> 0, parent.shortcutU);
  }

  /** A piece of work another team's item needs: no value of its own, ready at once. */
  dependency(hours: number, t: number, forItem: Item): Item {
    const item = this.internal("dependency", hours, t, forItem.effortZ, (forItem.questionSeed ^ 0x27d4eb2f) >>> 0, 1);
    item.forItem = forItem;
    return item;
  }

  /** Paying down technical debt: no value, no questions, ready at once; never cut short. */
  debt(hours: number, t: number): Item {
    return this.internal("debt", hours, t, 0, 0, 1);
  }

  private internal(kind: ItemKind, effort: number, t: number, effortZ: number, questionSeed: number, shortcutU: number): Item {
    const item = new Item(this.nextId++, kind, 0, effort, t, 0, 0, effortZ, questionSeed, 1, 0, false, shortcutU);
    item.refined = true;
    item.refinedAt = t;
    this.all.push(item);
    return item;
  }
}
