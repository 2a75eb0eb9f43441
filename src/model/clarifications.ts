// Clarifications: a developer on an unclear item asks the PO; the question waits in the PO's
// queue (first come, first served) while the developer switches to other work; a proxy PO
// must often check with the real decision maker, which adds latency after answering.
import type { Developer } from "./developer.js";
import { counterUniform, lognormalAt, type Item } from "./items.js";
import type { Person } from "./person.js";
import type { World } from "./world.js";

export interface Question {
  id: number;
  item: Item;
  dev: Developer;
  askedAt: number;
  answerHours: number;
  /** Extra wait for the real decision maker (0 unless a proxy escalates). */
  latency: number;
  /** When the item was started (an item given back and started anew is not this question's any more). */
  startedAt: number | null;
}

export class Clarifications {
  private readonly queue: Question[] = [];
  private head = 0;
  private nextId = 1;

  constructor(private readonly w: World) {}

  get waiting(): number {
    return this.queue.length - this.head;
  }

  /** When the longest-waiting question was asked (Infinity when none waits). */
  oldestAsked(): number {
    return this.head < this.queue.length ? this.queue[this.head].askedAt : Infinity;
  }

  ask(item: Item, dev: Developer): void {
    const w = this.w;
    const po = w.scenario.roles.productOwner;
    // The answer to the item's k-th question: four counter-based draws from the item's seed.
    const seed = item.questionSeed;
    const k = 4 * item.questionsAsked + 0x10000;
    const z = Math.sqrt(-2 * Math.log(counterUniform(seed, k))) * Math.cos(2 * Math.PI * counterUniform(seed, k + 1));
    const answerHours = lognormalAt(po.answerHours.mean, po.answerHours.cv, z);
    const escalate = counterUniform(seed, k + 2) < po.proxyEscalation;
    const latency = -Math.log(1 - counterUniform(seed, k + 3)) * po.proxyLatencyHours;
    const q: Question = { id: this.nextId++, item, dev, askedAt: w.sim.now, answerHours, latency: po.proxy && escalate ? latency : 0, startedAt: item.startedAt };
    item.questionsAsked++;
    w.work.hold(item, true);
    this.queue.push(q);
    w.metrics.current().clarifications++;
    if (w.trace !== null) w.record({ t: w.sim.now, kind: "question-asked", question: q.id, item: item.id, agent: dev.id });
    w.wakePersons();
  }

  take(_person: Person): Question | undefined {
    if (this.head >= this.queue.length) return undefined;
    const q = this.queue[this.head++];
    if (this.head > 64 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    return q;
  }

  answered(q: Question, _person: Person): void {
    if (q.latency > 0) this.w.sim.schedule(q.latency, () => this.deliver(q));
    else this.deliver(q);
  }

  private deliver(q: Question): void {
    const w = this.w;
    const now = w.sim.now;
    const waited = now - q.askedAt;
    w.metrics.answered(waited);
    if (w.trace !== null) w.record({ t: now, kind: "question-answered", question: q.id, item: q.item.id, agent: q.dev.id, waited });
    // The item went back to the Product Backlog while it waited (its developer left): the answer is kept for whoever takes it up.
    if (q.item.state !== "waiting" || q.item.startedAt !== q.startedAt) return;
    q.item.nextQuestion(w.work.ambiguity(q.item));
    w.work.resume(q.item);
  }
}
