// An organization: one or more Scrum teams on one engine (one clock, one calendar). It owns what
// teams share — the Simulation, the working days, the people several teams share (one Scrum
// Master or Product Owner serving `teamsServed` consecutive teams) — and runs each working day:
// every team's morning (sprint boundaries, pressure), then the day's events of all teams, whose
// attendance is settled across teams for a shared person, then everyone's presence. With one
// team and no shared person, it does exactly what a single team did before there were
// organizations: the same events in the same order, the same streams, the same bytes.
import { deriveSeed, Simulation } from "../engine/index.js";
import type { Scenario } from "../scenario/types.js";
import { attendShared, eventsOf, resolveClashes } from "./attendance.js";
import { Calendar } from "./calendar.js";
import { DAY_PRIORITY, windowEnd, type Meeting } from "./ceremonies.js";
import { Person } from "./person.js";
import type { RunOptions } from "./result.js";
import { World } from "./world.js";

export class Organization {
  readonly sim: Simulation;
  readonly cal: Calendar;
  /** The replication's seed: deriveSeed(scenario seed, "replication", k), the same for every team. */
  readonly seed: number;
  readonly teams: World[] = [];
  /** People who serve two or more teams. */
  readonly shared: Person[];
  /** Which roles are held by shared people (then a team has no own person in that role). */
  readonly sharedRoles: { productOwner: boolean; scrumMaster: boolean };
  private readonly groups = new Map<string, Person>();
  /** Share of every team's integration work the Nexus Integration Team takes (0 without one). */
  private readonly nexusCoverage: number;

  constructor(
    readonly scenario: Scenario,
    options: RunOptions,
  ) {
    const master = options.seed ?? scenario.seed;
    this.seed = deriveSeed(master, "replication", options.replication ?? 0);
    this.sim = new Simulation({ seed: this.seed });
    this.cal = new Calendar(scenario);
    const n = scenario.organization.teams;
    const r = scenario.roles;
    this.sharedRoles = {
      productOwner: n > 1 && !r.mergedPoSm && r.productOwner.teamsServed > 1,
      scrumMaster: n > 1 && !r.mergedPoSm && r.scrumMaster.present && r.scrumMaster.teamsServed > 1,
    };
    const ig = scenario.organization.integration;
    const need = n * ig.hoursPerTeam * (n - 1);
    const capacity = ig.nexusMembers * this.cal.sprintHours * ig.nexusEfficiency;
    this.nexusCoverage = n > 1 && ig.nexus && need > 0 ? Math.min(1, capacity / need) : 0;
    for (let i = 0; i < n; i++) this.teams.push(new World(this, i, scenario, options));
    this.shared = [...this.groups.values()].filter((p) => p.shared);
    for (const p of this.shared) for (const d of p.desks) d.w.agents[d.slot].teams = p.desks.map((x) => x.w.index + 1);
    this.sim.at(0, () => this.day(0), { priority: DAY_PRIORITY });
  }

  /** Called by each team as it is built: the shared people who serve it take their place among its agents. */
  attachShared(w: World): void {
    const s = this.scenario;
    if (this.sharedRoles.productOwner) this.serve(w, "po", s.roles.productOwner.teamsServed, s.roles.productOwner.availability);
    if (this.sharedRoles.scrumMaster) this.serve(w, "sm", s.roles.scrumMaster.teamsServed, s.roles.scrumMaster.availability);
  }

  private serve(w: World, key: "po" | "sm", teamsServed: number, availability: number): void {
    const group = Math.floor(w.index / teamsServed);
    let person = this.groups.get(`${key}-${group}`);
    if (person === undefined) {
      const role = key === "po" ? "product-owner" : "scrum-master";
      person = new Person(w, w.agents.length, `shared-${key}-${group + 1}`, role, key === "po", key === "sm", false, availability * this.scenario.calendar.hoursPerDay);
      this.groups.set(`${key}-${group}`, person);
    }
    w.attach(person);
  }

  /** Developers team i gives the Nexus Integration Team: one each from the first `nexusMembers` teams. */
  nexusMembers(team: number): number {
    const o = this.scenario.organization;
    return o.teams > 1 && o.integration.nexus && team < o.integration.nexusMembers ? 1 : 0;
  }

  /**
   * Integration work per sprint that team w's developers do themselves: `hoursPerTeam` per other
   * team, less the share the Nexus Integration Team takes (its members' hours × efficiency, spread
   * over every team's need).
   */
  integrationHours(w: World): number {
    const o = this.scenario.organization;
    if (o.teams < 2) return 0;
    return o.integration.hoursPerTeam * (o.teams - 1) * (1 - this.nexusCoverage);
  }

  /** Every person, each once: the teams' own people in team order, then the shared ones. */
  persons(): Person[] {
    const own = this.teams.flatMap((w) => w.persons.filter((p) => !p.shared));
    return [...own, ...this.shared];
  }

  /** A working day of every team: mornings, the events (shared people's attendance across teams), presence, the events scheduled. */
  private day(d: number): void {
    const cal = this.cal;
    const teams = this.teams;
    const ds = cal.dayStart(d);
    const dayEnd = cal.dayStart(d + 1);
    for (const w of teams) w.ceremonies.prepare(d);
    const lists = teams.map((w) => w.ceremonies.draft(d));
    const used = teams.map(() => new Map<Person, number>());
    const sharedUsed = new Map<Person, number>();
    teams.forEach((w, i) => w.ceremonies.attendOwn(lists[i], "scrum", used[i]));
    for (const p of this.shared) if (p.scrum) attendShared(p, "scrum", d, lists, sharedUsed);
    teams.forEach((w, i) => w.ceremonies.facilitate(lists[i]));
    teams.forEach((w, i) => w.ceremonies.attendOwn(lists[i], "product", used[i]));
    for (const p of this.shared) if (p.product) attendShared(p, "product", d, lists, sharedUsed);
    const meetings: Meeting[][] = teams.map((w, i) => w.ceremonies.place(lists[i], d));
    for (const p of this.shared) resolveClashes(p, meetings);
    teams.forEach((w, i) => {
      for (const p of w.persons) if (!p.shared) p.startDay(windowEnd(p, ds, dayEnd, meetings[i]));
    });
    for (const p of this.shared) p.startDay(windowEnd(p, ds, dayEnd, eventsOf(p, meetings)));
    teams.forEach((w, i) => {
      for (const m of meetings[i]) w.ceremonies.schedule(m);
    });
    if (d + 1 < cal.days) this.sim.at(dayEnd, () => this.day(d + 1), { priority: DAY_PRIORITY });
    else this.sim.at(cal.end, () => this.finish(), { priority: DAY_PRIORITY });
  }

  private finish(): void {
    for (const w of this.teams) w.ceremonies.finish();
    this.sim.stop();
  }
}
