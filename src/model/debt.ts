// Technical debt. A team under delivery pressure whose Definition of Done nobody guards finishes
// items with a shortcut: part of their effort is skipped and owed as debt. Debt charges interest
// — all work is slower and more items carry defects, in proportion to the debt measured in weeks
// of the team's nominal capacity — until it is paid down: at Sprint Planning a guarded Definition
// of Done reserves a share of the forecast for a refactoring item. The Scrum Master guards the
// Definition of Done, fully from `guardHoursPerDay` a day, less with less time; a merged PO/SM
// with a conflict of interest guards nothing under pressure and reserves nothing against their
// own scope (Cunningham's debt metaphor; the Scrum Guide's Definition of Done).
import type { Item } from "./items.js";
import type { World } from "./world.js";

/** Smallest refactoring item planned, in ideal hours. */
const MIN_RESERVE = 1;

export class Debt {
  /** Ideal hours of shortcuts not yet repaid. */
  level = 0;
  /** Divides the team's speed: 1 + interest × debt in weeks of capacity. */
  slowdown = 1;

  constructor(private readonly w: World) {}

  /** Debt as weeks of the team's nominal capacity. */
  private weeks(): number {
    return this.w.nominalWeek > 0 ? this.level / this.w.nominalWeek : 0;
  }

  defectMultiplier(): number {
    return 1 + this.w.scenario.debt.defectFactor * this.weeks();
  }

  /**
   * How strongly the Definition of Done is guarded now (0 … 1): by whoever holds the Scrum Master
   * accountability, in proportion to their daily hours up to `guardHoursPerDay`; not by a merged
   * PO/SM with a conflict of interest under pressure (or, when `planning`, at all: the scope owner
   * reserves no capacity against their own scope).
   */
  guard(planning = false): number {
    const w = this.w;
    const s = w.scenario;
    const conflicted = s.roles.merged.conflictOfInterest && (planning || w.pressure);
    let g = 0;
    for (const d of w.desks) {
      const p = d.person;
      if (!p.scrum || (p.merged && conflicted)) continue;
      const share = d.hoursPerDay / s.debt.guardHoursPerDay;
      if (share > g) g = share;
    }
    return g < 1 ? g : 1;
  }

  /** The team is under pressure while working on `item`: unless the guard holds, it cuts a corner. */
  underPressure(item: Item): void {
    const w = this.w;
    if (item.kind !== "feature" || item.shortcut || item.finished) return;
    if (item.shortcutU < this.guard()) return;
    const skip = Math.min(item.remaining, w.scenario.debt.shortcutShare * (item.effort + item.extraEffort));
    if (!(skip > 0)) return;
    w.work.adjust(item, () => {
      item.remaining -= skip;
      item.shortcut = true;
    });
    this.level += skip;
    w.metrics.current().shortcuts++;
    if (w.trace !== null) w.record({ t: w.sim.now, kind: "shortcut", item: item.id, hours: skip });
    this.update();
  }

  /** Morning under pressure: every started, unfinished item of the sprint risks a shortcut. */
  pressureMorning(): void {
    for (const item of this.w.backlogs.sprint) if (item.started && !item.finished) this.underPressure(item);
  }

  /** Hours of the forecast to reserve for paying debt down at this planning (none below an hour: nobody plans less). */
  reserve(forecast: number): number {
    const share = this.w.scenario.debt.paydownShare * this.guard(true);
    const hours = Math.min(this.level, share * forecast);
    return hours >= MIN_RESERVE ? hours : 0;
  }

  /** A refactoring item was done: its hours of debt are repaid. */
  paid(hours: number): void {
    this.level = Math.max(0, this.level - hours);
    this.update();
  }

  private update(): void {
    const slowdown = 1 + this.w.scenario.debt.interest * this.weeks();
    if (slowdown !== this.slowdown) {
      this.slowdown = slowdown;
      this.w.refreshSpeed();
    }
  }
}
