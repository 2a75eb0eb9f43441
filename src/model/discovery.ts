// Stakeholder work finds new items: for every 1 / discoveryPerStakeholderHour hours the PO
// spends with stakeholders and customers — up to the weekly target, beyond which more talking
// finds nothing new — a new (raw) item enters the Product Backlog, drawn from its own stream
// with a higher mean value (the PO looks where value is).
import type { World } from "./world.js";

export class Discovery {
  private hours = 0;
  /** Stakeholder hours counted towards discovery this sprint. */
  private counted = 0;

  constructor(private readonly w: World) {}

  startSprint(): void {
    this.counted = 0;
  }

  stakeholderWork(hours: number): void {
    const s = this.w.scenario;
    const rate = s.backlog.discoveryPerStakeholderHour;
    if (rate <= 0) return;
    const cap = s.roles.productOwner.stakeholderHoursPerWeek * (s.calendar.sprintDays / 5);
    const useful = Math.min(hours, Math.max(0, cap - this.counted));
    this.counted += useful;
    this.hours += useful;
    const per = 1 / rate;
    let found = 0;
    while (this.hours >= per) {
      this.hours -= per;
      found++;
    }
    if (found === 0) return;
    const w = this.w;
    const r = w.stream("discovery");
    for (let i = 0; i < found; i++) {
      const item = w.factory.create(r, w.sim.now, s.backlog.discoveryValueFactor);
      w.estimates.estimate(item);
      w.dependencies.created(item);
      w.backlogs.add(item);
    }
    if (w.trace !== null) w.record({ t: w.sim.now, kind: "items-discovered", count: found });
  }
}
