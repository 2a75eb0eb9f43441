// Where every hour goes: hours booked per sprint (and optionally per day), agent and duty.
// An interval is split at period boundaries, so a stretch of work that runs past midnight or
// past a sprint's end is booked to both periods.
import { DUTIES, type Duty } from "./result.js";

export const DUTY_INDEX: Record<Duty, number> = Object.fromEntries(DUTIES.map((d, i) => [d, i])) as Record<Duty, number>;
const NDUTIES = DUTIES.length;

export class Ledger {
  readonly bySprint: Float64Array;
  readonly byDay: Float64Array | null;
  private readonly agents: number;

  constructor(
    agents: number,
    private readonly sprints: number,
    private readonly sprintHours: number,
    private readonly days: number,
    private readonly dayHours: number,
    daily: boolean,
  ) {
    this.agents = agents;
    this.bySprint = new Float64Array(sprints * agents * NDUTIES);
    this.byDay = daily ? new Float64Array(days * agents * NDUTIES) : null;
  }

  /** Book agent's time in [t0, t1) to a duty (an index into DUTIES). */
  book(agent: number, duty: number, t0: number, t1: number): void {
    if (!(t1 > t0)) return;
    // Most intervals lie inside one sprint: the same addition split() would make, without its loop.
    const p = Math.floor(t0 / this.sprintHours);
    if (t1 <= (p + 1) * this.sprintHours && p < this.sprints) this.bySprint[(p * this.agents + agent) * NDUTIES + duty] += t1 - t0;
    else split(this.bySprint, this.agents, this.sprints, this.sprintHours, agent, duty, t0, t1);
    if (this.byDay !== null) split(this.byDay, this.agents, this.days, this.dayHours, agent, duty, t0, t1);
  }

  /** Hours booked by an agent to a duty in a sprint (1-based). */
  get(sprint: number, agent: number, duty: number): number {
    return this.bySprint[((sprint - 1) * this.agents + agent) * NDUTIES + duty];
  }
}

function split(table: Float64Array, agents: number, periods: number, length: number, agent: number, duty: number, t0: number, t1: number): void {
  let p = Math.floor(t0 / length);
  let t = t0;
  while (t < t1 && p < periods) {
    const edge = (p + 1) * length;
    const stop = t1 < edge ? t1 : edge;
    if (stop > t) table[(p * agents + agent) * NDUTIES + duty] += stop - t;
    t = stop;
    p++;
  }
}
