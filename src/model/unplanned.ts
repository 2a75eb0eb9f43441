// Unplanned work: production support, incidents, requests from other teams, other obligations.
// Each week takes a share of every developer's working time, lognormal around `share` with
// coefficient of variation `cv`, correlated week to week by `persistence` (an AR(1) on its
// logarithm) and capped at 0.9: busy weeks and quiet ones, which is most of why real teams'
// throughput varies so much from sprint to sprint. Drawn from its own stream whatever the
// practices (common random numbers). DORA's State of DevOps reports put unplanned work and
// rework at about a fifth of high performers' time.
import type { World } from "./world.js";

const WEEK_PRIORITY = 4;
const CAP = 0.9;

export class Unplanned {
  /** This week's share of working time taken by unplanned work. */
  share = 0;
  private readonly sigma: number;
  private x = 0;

  constructor(private readonly w: World) {
    const u = w.scenario.environment.unplannedWork;
    this.sigma = Math.sqrt(Math.log(1 + u.cv * u.cv));
    if (u.share > 0) w.sim.at(0, () => this.week(0), { priority: WEEK_PRIORITY });
  }

  private week(k: number): void {
    const w = this.w;
    const u = w.scenario.environment.unplannedWork;
    const z = w.stream("unplanned").normal();
    const rho = u.persistence;
    this.x = k === 0 ? this.sigma * z : rho * this.x + Math.sqrt(1 - rho * rho) * this.sigma * z;
    const share = Math.min(CAP, u.share * Math.exp(this.x - (this.sigma * this.sigma) / 2));
    if (share !== this.share) {
      this.share = share;
      w.refreshSpeed();
    }
    const next = (k + 1) * w.cal.weekHours;
    if (next < w.cal.end) w.sim.at(next, () => this.week(k + 1), { priority: WEEK_PRIORITY });
  }
}
