// Product Backlog items: a true value the PO never sees (heavy-tailed), an effort in ideal
// hours, an ambiguity that refinement lowers, cost of delay, and latent-defect chance. Every
// random attribute an item will ever need is drawn when it is created, from the backlog's own
// stream, so that two scenarios on the same seed work on exactly the same items.
import type { RandomStream } from "../engine/index.js";
import type { Scenario } from "../scenario/types.js";

export type ItemState = "backlog" | "selected" | "in-progress" | "blocked" | "waiting" | "done" | "accepted";

/**
 * The k-th unit-exponential of an item's questions: a counter-based draw from the item's own
 * 32-bit seed (murmur3's finalizer over seed and k), so an item asks the same questions at the
 * same points of its work in every scenario, and drawing one costs nothing until it is needed.
 */
export function questionDraw(seed: number, k: number): number {
  let h = (seed ^ Math.imul(k + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h = (h ^ (h >>> 16)) >>> 0;
  return -Math.log(1 - (h + 0.5) / 4294967296);
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
  owner: number = -1;
  refinedAt: number | null = null;
  selectedAt: number | null = null;
  startedAt: number | null = null;
  doneAt: number | null = null;
  acceptedAt: number | null = null;
  valueDelivered = 0;
  blockedSince = -1;
  blockedHours = 0;
  /** Sprint in whose Sprint Goal the item is (0 = none). */
  goalSprint = 0;
  committedSprint = 0;

  constructor(
    readonly id: number,
    readonly kind: "feature" | "rework",
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
  ) {
    this.remaining = effort;
  }

  get started(): boolean {
    return this.startedAt !== null;
  }

  get finished(): boolean {
    return this.state === "done" || this.state === "accepted";
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

  constructor(private readonly backlog: Scenario["backlog"]) {}

  create(stream: RandomStream, t: number, valueFactor = 1): Item {
    const b = this.backlog;
    const value = stream.lognormal({ mean: b.value.mean * valueFactor, cv: b.value.cv });
    const effort = stream.lognormal(b.effort);
    const critical = stream.uniform() < b.timeCriticalShare;
    const decayDraw = stream.exponential(1);
    const valueZ = stream.normal();
    const effortZ = stream.normal();
    const questionSeed = Math.floor(stream.uniform() * 4294967296);
    const defectU = stream.uniform();
    const defectDelay = stream.exponential(1);
    const decay = critical ? decayDraw * b.decayPerWeek : 0;
    const item = new Item(this.nextId++, "feature", value, effort, t, decay, valueZ, effortZ, questionSeed, defectU, defectDelay);
    this.all.push(item);
    return item;
  }

  /** A rework item fixing a defect of `parent`: no new value, known and ready at once. */
  rework(parent: Item, t: number, share: number): Item {
    const item = new Item(this.nextId++, "rework", 0, parent.effort * share, t, 0, 0, parent.effortZ, (parent.questionSeed ^ 0x5bd1e995) >>> 0, 1, 0);
    item.refined = true;
    item.refinedAt = t;
    this.all.push(item);
    return item;
  }
}
