// Interruptions: requests from stakeholders and management arriving at random through the
// working day. When a Scrum Master who shields the team is there (a merged PO/SM under delivery
// pressure does not: the requests are about their own scope), the request is deflected to
// the PO's queue (costing the SM a moment, and the PO a part of it: many requests need only a
// "no" or a place in the backlog); otherwise it lands on a developer, who loses the
// time and a context switch.
import type { World } from "./world.js";

export class Interruptions {
  /** Deflected requests waiting for the PO, in hours. */
  readonly forProductOwner: number[] = [];
  /** When each of them came (a shared PO takes the oldest team's first, by policy). */
  readonly forProductOwnerAt: number[] = [];
  private readonly rate: number;

  constructor(private readonly w: World) {
    this.rate = w.scenario.environment.interruptionsPerDay / w.cal.hoursPerDay;
    if (this.rate > 0) this.next();
  }

  private next(): void {
    const w = this.w;
    const r = w.stream("interruptions");
    const dt = r.exponential(this.rate);
    if (w.sim.now + dt >= w.cal.end) return;
    w.sim.schedule(dt, () => {
      const hours = r.lognormal(w.scenario.environment.interruptionHours);
      const target = r.uniform();
      this.arrive(hours, target);
      this.next();
    });
  }

  private arrive(hours: number, target: number): void {
    const w = this.w;
    const now = w.sim.now;
    const shielder = w.scenario.practices.shielding ? w.protector() : undefined;
    if (shielder !== undefined) {
      shielder.shield.push(w.scenario.roles.scrumMaster.shieldingHours);
      shielder.shieldAt.push(now);
      this.forProductOwner.push(hours * w.scenario.roles.productOwner.deflectedShare);
      this.forProductOwnerAt.push(now);
      if (w.trace !== null) w.record({ t: now, kind: "interruption", agent: shielder.person.id, hours, shielded: true });
      w.wakePersons();
      return;
    }
    const dev = w.devs[Math.floor(target * w.devs.length)];
    if (w.trace !== null) w.record({ t: now, kind: "interruption", agent: dev.id, hours, shielded: false });
    dev.interrupt(hours);
  }
}
