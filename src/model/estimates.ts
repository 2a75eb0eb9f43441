// The PO's value estimates and ordering, and the team's effort estimates. The PO never sees an
// item's true value, only value × exp(noise × z) with the item's own z; the noise shrinks with
// time spent with stakeholders (up to stakeholderInsight) and with the SM teaching ordering
// techniques (down to teachingFloor), and a proxy's estimates are noisier. Teaching is also the
// technique of ordering by value per effort (WSJF / CD3): an untaught PO weighs size only in
// part (estimated value ÷ effort^sizeWeight), a fully taught one fully (value ÷ effort).
import type { Item } from "./items.js";
import type { World } from "./world.js";

export class Estimates {
  /** The PO's skill part of the noise (what teaching improves). */
  private skill: number;
  /** Share of the stakeholder target the PO reached last sprint (0.5 before the first). */
  private insight = 0.5;
  /** The noise used for estimates now. */
  noise: number;
  /** How fully the PO weighs an item's size in its priority: the untaught weight … 1 fully taught (value ÷ effort^sizeWeight). */
  private sizeWeight: number;

  constructor(private readonly w: World) {
    this.skill = w.scenario.roles.productOwner.estimateNoise;
    this.sizeWeight = w.scenario.roles.productOwner.sizeWeight;
    this.noise = this.current();
  }

  private current(): number {
    const po = this.w.scenario.roles.productOwner;
    const proxy = po.proxy ? po.proxyNoiseFactor : 1;
    return this.skill * (1 - po.stakeholderInsight * Math.min(1, this.insight)) * proxy;
  }

  /** The PO's value estimate and the team's effort estimate of an item, as of now. */
  estimate(item: Item): void {
    const b = this.w.scenario.backlog;
    const sd = item.refined ? b.effortNoiseReady : b.effortNoiseRaw;
    item.estimatedEffort = item.effort * Math.exp(sd * item.effortZ);
    this.estimateValue(item);
  }

  private estimateValue(item: Item): void {
    item.estimatedValue = item.kind === "rework" ? 0 : item.trueValue * Math.exp(this.noise * item.valueZ);
    item.orderKey = item.estimatedValue / Math.pow(item.estimatedEffort, this.sizeWeight);
  }

  /** Sprint Review feedback: the PO re-estimates the value of every Product Backlog item with today's noise. */
  refreshAll(): void {
    for (const item of this.w.backlogs.product) this.estimateValue(item);
    this.w.backlogs.resort();
  }

  /**
   * End of a sprint: teaching and stakeholder time set the noise of the next; without a Sprint
   * Review's feedback on the increment, part of what stakeholder time teaches is lost.
   */
  endSprint(taughtShare: number, stakeholderShare: number, reviewed: boolean): void {
    const s = this.w.scenario;
    const sm = s.roles.scrumMaster;
    const floor = sm.teachingFloor * s.roles.productOwner.estimateNoise;
    // Teaching works week by week: a fully taught sprint of w weeks shrinks the skill noise w times.
    this.skill = Math.max(floor, this.skill * Math.pow(1 - sm.teachingEffect, this.w.cal.sprintWeeks * Math.min(1, taughtShare)));
    const initial = s.roles.productOwner.estimateNoise;
    const taught = initial > floor ? (initial - this.skill) / (initial - floor) : 1;
    const untaught = s.roles.productOwner.sizeWeight;
    this.sizeWeight = untaught + (1 - untaught) * taught;
    const feedback = reviewed ? 1 : 1 - s.roles.productOwner.reviewFeedback;
    this.insight = Math.min(1, stakeholderShare) * feedback;
    this.noise = this.current();
  }
}
