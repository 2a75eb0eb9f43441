// Staff changes of one team. Developers join at a week's start and ramp up: their speed rises
// linearly from `startSpeed` to full over `rampUpWeeks`, and each takes `mentoringHoursPerWeek`
// of the fully ramped developers' time at first, falling as they learn (booked `onboarding`) —
// the training half of Brooks's law; the communication half comes from the coordination cost,
// which grows with the headcount (§6 of docs/model.md). Developers leave at a week's start: their
// items in progress go back to the Product Backlog, the impediments they were removing to a
// teammate, and what they knew leaves with them — all work is slower by `effort × L` and the
// defect chance higher by `defects × L`, where L is their share of the team's skill, fading
// linearly over `knowledgeLoss.weeks`. Turnover as a rate draws leave times (exponential) and a
// replacement after `replaceAfterWeeks`. The roster is planned when the team is built, from the
// team's `staffing` stream, so every agent of the run is known from the start.
import type { RandomStream } from "../engine/index.js";
import type { Scenario } from "../scenario/types.js";
import type { Developer } from "./developer.js";
import type { World } from "./world.js";

export interface RosterChange {
  t: number;
  join: boolean;
  /** Developer number, 0-based: the first `team.developers` are the initial ones, then the joiners. */
  dev: number;
}

export interface Roster {
  /** Skills of the developers who join, in order of their numbers. */
  joinerSkills: number[];
  /** Joins and leaves in time order. */
  changes: RosterChange[];
  /** Most developers at work at once. */
  peak: number;
}

/** The team's joins and leaves over the run (team: 0-based), from its explicit changes and the turnover rate. */
export function planRoster(s: Scenario, team: number, skills: readonly number[], stream: () => RandomStream, weekHours: number, end: number): Roster {
  const dayHours = s.calendar.hoursPerDay;
  const turnover = s.team.turnover;
  const rate = turnover.perYear > 0 ? turnover.perYear / (52 * weekHours) : 0;
  const entries = s.staffing.filter((c) => c.team === team + 1 && c.week * weekHours < end);
  if (entries.length === 0 && rate === 0) return { joinerSkills: [], changes: [], peak: skills.length };
  const r = stream();
  const skill = [...skills];
  const joinedAt = skills.map(() => 0);
  const active = new Set(skills.map((_, i) => i));
  type Pending = { t: number; seq: number; add: number; leave: number; who: string; dev: number; replace: boolean };
  const queue: Pending[] = [];
  let seq = 0;
  const push = (p: Omit<Pending, "seq">) => {
    if (p.t < end) queue.push({ ...p, seq: seq++ });
  };
  for (const c of entries) push({ t: c.week * weekHours, add: c.add, leave: c.leave, who: c.who, dev: -1, replace: false });
  // People leave and join at the start of a working day.
  const dayStart = (t: number) => Math.ceil(t / dayHours - 1e-9) * dayHours;
  const leaveLater = (dev: number, from: number) => {
    if (rate > 0) push({ t: dayStart(from + r.exponential(rate)), add: 0, leave: 1, who: "turnover", dev, replace: true });
  };
  for (const dev of active) leaveLater(dev, 0);
  const changes: RosterChange[] = [];
  const joinerSkills: number[] = [];
  let peak = active.size;
  while (queue.length > 0) {
    queue.sort((a, b) => a.t - b.t || a.seq - b.seq);
    const p = queue.shift() as Pending;
    for (let k = 0; k < p.add; k++) {
      const dev = skill.length;
      const x = r.lognormal(s.team.skill);
      skill.push(x);
      joinerSkills.push(x);
      joinedAt.push(p.t);
      active.add(dev);
      changes.push({ t: p.t, join: true, dev });
      leaveLater(dev, p.t);
    }
    peak = Math.max(peak, active.size);
    for (let k = 0; k < p.leave; k++) {
      if (active.size <= 1) break;
      const list = [...active].sort((a, b) => a - b);
      let dev: number;
      if (p.who === "turnover") {
        if (!active.has(p.dev)) break;
        dev = p.dev;
      } else if (p.who === "senior") dev = list.reduce((best, d) => (skill[d] > skill[best] ? d : best), list[0]);
      else if (p.who === "newest") dev = list.reduce((best, d) => (joinedAt[d] >= joinedAt[best] ? d : best), list[0]);
      else dev = list[Math.floor(r.uniform() * list.length)];
      active.delete(dev);
      changes.push({ t: p.t, join: false, dev });
      if (p.replace) push({ t: dayStart(p.t + turnover.replaceAfterWeeks * weekHours), add: 1, leave: 0, who: "", dev: -1, replace: false });
    }
  }
  return { joinerSkills, changes, peak };
}

/** A departure's knowledge loss: its share of the team's skill and when it left. */
interface Loss {
  share: number;
  at: number;
}

export class Staffing {
  private readonly losses: Loss[] = [];
  /** Newcomers still ramping up. */
  private readonly ramping: Developer[] = [];
  /** The next of the planned changes to make. */
  private next = 0;

  constructor(
    private readonly w: World,
    /** Every developer of the run by number (initial ones and joiners). */
    private readonly roster: Developer[],
    /** The planned joins and leaves, in time order (each at the start of a working day). */
    private readonly changes: RosterChange[],
  ) {}

  private join(dev: Developer): void {
    const w = this.w;
    dev.joinedAt = w.sim.now;
    w.devs.push(dev);
    this.ramping.push(dev);
    if (w.trace !== null) w.record({ t: w.sim.now, kind: "developer-joined", agent: dev.id });
    this.update();
    dev.decide();
  }

  private leave(dev: Developer): void {
    const w = this.w;
    const now = w.sim.now;
    let total = 0;
    for (const d of w.devs) total += d.skill;
    dev.cut();
    const i = w.devs.indexOf(dev);
    w.devs.splice(i, 1);
    const r = this.ramping.indexOf(dev);
    if (r >= 0) this.ramping.splice(r, 1);
    dev.leftAt = now;
    const { items, freed } = w.work.abandon(dev);
    for (const imp of dev.toRemove.splice(0)) {
      const heir = w.devs[0];
      heir.toRemove.push(imp);
      heir.wake();
    }
    this.losses.push({ share: total > 0 ? dev.skill / total : 0, at: now });
    if (w.trace !== null) w.record({ t: now, kind: "developer-left", agent: dev.id, itemsReturned: items.map((item) => item.id) });
    this.update();
    for (const d of freed) d.freed();
    w.wakeIdle();
  }

  /**
   * Each morning, before the day's events (and after the sprint that ended closed): the joins and
   * leaves due today; newcomers ramp up, mentoring shrinks as they learn, knowledge lost is rebuilt.
   */
  morning(): void {
    const now = this.w.sim.now;
    while (this.next < this.changes.length && this.changes[this.next].t <= now + 1e-9) {
      const c = this.changes[this.next++];
      if (c.join) this.join(this.roster[c.dev]);
      else this.leave(this.roster[c.dev]);
    }
    if (this.ramping.length > 0 || this.losses.length > 0) this.update();
  }

  /** Speeds, shares of time and the knowledge-loss factors as of now; every developer goes on at the new rates. */
  private update(): void {
    const w = this.w;
    const now = w.sim.now;
    const s = w.scenario;
    const o = s.team.onboarding;
    const rampHours = o.rampUpWeeks * w.cal.weekHours;
    let mentoring = 0;
    for (let i = 0; i < this.ramping.length; ) {
      const dev = this.ramping[i];
      const progress = rampHours > 0 ? Math.min(1, (now - (dev.joinedAt as number)) / rampHours) : 1;
      dev.setRamp(o.startSpeed + (1 - o.startSpeed) * progress);
      if (progress >= 1) this.ramping.splice(i, 1);
      else {
        mentoring += o.mentoringHoursPerWeek * (1 - progress);
        i++;
      }
    }
    const mentors = w.devs.filter((d) => !this.ramping.includes(d));
    const share = mentors.length > 0 ? Math.min(0.5, mentoring / (mentors.length * w.cal.weekHours)) : 0;
    const alignment = w.alignmentShare();
    for (const d of w.devs) d.setShares(alignment, this.ramping.includes(d) ? 0 : share);
    const k = s.team.knowledgeLoss;
    const span = k.weeks * w.cal.weekHours;
    let level = 0;
    for (let i = 0; i < this.losses.length; ) {
      const left = span > 0 ? 1 - (now - this.losses[i].at) / span : 0;
      if (left <= 0) this.losses.splice(i, 1);
      else {
        level += this.losses[i].share * left;
        i++;
      }
    }
    w.knowledgeSlowdown = 1 + k.effort * level;
    w.knowledgeDefects = 1 + k.defects * level;
    w.refreshSpeed();
  }
}
