// Work arrives: stakeholders add items all the time, in bursts and lulls. Each week's arrival
// rate is the mean rate (load × the team's nominal capacity ÷ the mean item effort) times a
// lognormal factor with coefficient of variation `dispersion`, correlated week to week by
// `persistence` (an AR(1) on its logarithm), so counts are over-dispersed and autocorrelated as
// in tracker data; within a week, items arrive at uniform random times (a Poisson process given
// the rate). An urgent item (`urgentShare`) is wanted in the running sprint: a Scrum Master
// protecting the sprint sends it to the Product Backlog; otherwise it goes into the sprint at
// once. Everything is drawn from the `arrivals` stream, whatever the practices (common random numbers).
import type { Item } from "./items.js";
import type { World } from "./world.js";

const WEEK_PRIORITY = 5;

export class Arrivals {
  private readonly perWeek: number;
  private readonly sigma: number;
  private x = 0;

  constructor(private readonly w: World) {
    const a = w.scenario.arrivals;
    this.perWeek = (a.load * w.nominalWeek) / w.scenario.backlog.effort.mean;
    this.sigma = Math.sqrt(Math.log(1 + a.dispersion * a.dispersion));
    if (this.perWeek > 0) w.sim.at(0, () => this.week(0), { priority: WEEK_PRIORITY });
  }

  private week(k: number): void {
    const w = this.w;
    const r = w.stream("arrivals");
    const rho = w.scenario.arrivals.persistence;
    const z = r.normal();
    this.x = k === 0 ? this.sigma * z : rho * this.x + Math.sqrt(1 - rho * rho) * this.sigma * z;
    const rate = this.perWeek * Math.exp(this.x - (this.sigma * this.sigma) / 2);
    const n = r.poisson(rate);
    const start = k * w.cal.weekHours;
    const times: number[] = [];
    for (let i = 0; i < n; i++) times.push(start + r.uniform() * w.cal.weekHours);
    times.sort((a, b) => a - b);
    for (const t of times) if (t < w.cal.end) w.sim.at(t, () => this.arrive());
    const next = start + w.cal.weekHours;
    if (next < w.cal.end) w.sim.at(next, () => this.week(k + 1), { priority: WEEK_PRIORITY });
  }

  private arrive(): void {
    const w = this.w;
    const now = w.sim.now;
    const item = w.factory.create(w.stream("arrivals"), now);
    w.estimates.estimate(item);
    w.dependencies.created(item);
    w.metrics.current().items_arrived++;
    const intoSprint = item.urgent && w.sprints.sprint > 0 && !(w.scenario.practices.shielding && w.protector() !== undefined);
    if (w.trace !== null) w.record({ t: now, kind: "item-arrived", item: item.id, urgent: item.urgent, intoSprint });
    if (intoSprint) this.expedite(item);
    else w.backlogs.add(item);
    w.wakeIdle();
  }

  private expedite(item: Item): void {
    const w = this.w;
    w.backlogs.expedite(item, w.sim.now);
    w.dependencies.ask(item);
    item.scopeAddedSprint = w.sprints.sprint;
    w.metrics.current().scope_added_items++;
  }
}
