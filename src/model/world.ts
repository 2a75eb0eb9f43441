// One Scrum team of an organization: its agents, its backlogs and the mechanisms, wired
// together on the organization's engine and calendar. Each mechanism lives in its own module;
// the world holds the state they share (team speed, morale, improvement, delivery pressure,
// estimate noise). Every random draw of the team comes from its own named streams: the first
// team's are named as in a one-team run ("arrivals"), team i's are prefixed ("team-2/arrivals").
import type { RandomStream, Simulation } from "../engine/index.js";
import type { Scenario } from "../scenario/types.js";
import { Arrivals } from "./arrivals.js";
import { Backlogs } from "./backlog.js";
import { Calendar } from "./calendar.js";
import { Ceremonies } from "./ceremonies.js";
import { Clarifications } from "./clarifications.js";
import { Debt } from "./debt.js";
import { Dependencies } from "./dependencies.js";
import { Developer } from "./developer.js";
import { Discovery } from "./discovery.js";
import { Estimates } from "./estimates.js";
import { Impediments } from "./impediments.js";
import { Interruptions } from "./interruptions.js";
import { ItemFactory } from "./items.js";
import { Ledger } from "./ledger.js";
import { Metrics } from "./metrics.js";
import { Person } from "./person.js";
import type { Desk } from "./sharing.js";
import { Refinement } from "./refinement.js";
import { NexusMember } from "./nexus.js";
import { Sprints } from "./sprints.js";
import { planRoster, Staffing } from "./staffing.js";
import { Unplanned } from "./unplanned.js";
import type { Organization } from "./organization.js";
import type { AgentInfo, RunOptions } from "./result.js";
import type { TraceRecord } from "./trace.js";
import { WorkFlow } from "./work.js";

export class World {
  readonly sim: Simulation;
  readonly cal: Calendar;
  readonly ledger: Ledger;
  readonly trace: TraceRecord[] | null;
  readonly seed: number;
  readonly devs: Developer[] = [];
  /** PO, SM, or the merged person (one agent, or two halves when its time budget is not shared), own or shared with other teams. */
  readonly persons: Person[] = [];
  /** Each person's desk for this team, in the order of `persons`. */
  readonly desks: Desk[] = [];
  readonly agents: AgentInfo[] = [];
  readonly backlogs = new Backlogs();
  readonly factory: ItemFactory;
  readonly work: WorkFlow;
  readonly clarifications: Clarifications;
  readonly impediments: Impediments;
  readonly interruptions: Interruptions;
  readonly refinement: Refinement;
  readonly discovery: Discovery;
  readonly estimates: Estimates;
  readonly sprints: Sprints;
  readonly ceremonies: Ceremonies;
  readonly metrics: Metrics;
  readonly debt: Debt;
  readonly arrivals: Arrivals;
  readonly unplanned: Unplanned;
  readonly dependencies: Dependencies;
  /** Joins and leaves, ramp-up and knowledge loss (null when the team's staff never changes). */
  readonly staffing: Staffing | null = null;
  /** Every developer of the run by number: the initial ones, then those who join later. */
  readonly roster: Developer[] = [];
  /** A member of the Nexus Integration Team taken from this team, if any. */
  nexus: NexusMember | null = null;
  /** The team's nominal capacity in ideal hours of item work per week (arrivals and debt are measured against it). */
  readonly nominalWeek: number;
  /** Retrospective improvement so far (0 … ceiling); productivity = 1 + improvement. */
  improvement = 0;
  morale: number;
  /** Speed multiplier of open dragging impediments (product of 1 - drag). */
  drag = 1;
  /** Committed work exceeds what the rest of the sprint can do (set each morning). */
  pressure = false;
  /** Knowledge lost with developers who left: all work slower, more defects (1 = none lost). */
  knowledgeSlowdown = 1;
  knowledgeDefects = 1;

  private readonly streams = new Map<string, RandomStream>();
  private readonly streamPrefix: string;

  constructor(
    readonly org: Organization,
    /** 0-based place of the team in the organization. */
    readonly index: number,
    readonly scenario: Scenario,
    options: RunOptions,
  ) {
    this.seed = org.seed;
    this.sim = org.sim;
    this.cal = org.cal;
    this.streamPrefix = index === 0 ? "" : `team-${index + 1}/`;
    this.trace = options.trace ? [] : null;
    this.morale = scenario.morale.initial;
    this.createAgents();
    org.attachShared(this);
    const changes = this.addJoiners();
    this.ledger = new Ledger(this.agents.length, this.cal.sprints, this.cal.sprintHours, this.cal.days, this.cal.hoursPerDay, options.dailyHours === true);
    this.factory = new ItemFactory(scenario.backlog, scenario.arrivals.urgentShare);
    this.nominalWeek = scenario.team.developers * this.cal.weekHours * scenario.arrivals.focus * scenario.team.skill.mean;
    this.metrics = new Metrics(this);
    this.estimates = new Estimates(this);
    this.work = new WorkFlow(this);
    this.clarifications = new Clarifications(this);
    this.impediments = new Impediments(this);
    this.interruptions = new Interruptions(this);
    this.refinement = new Refinement(this);
    this.discovery = new Discovery(this);
    this.sprints = new Sprints(this);
    this.ceremonies = new Ceremonies(this);
    this.debt = new Debt(this);
    this.arrivals = new Arrivals(this);
    this.unplanned = new Unplanned(this);
    this.dependencies = new Dependencies(this);
    if (changes.length > 0) this.staffing = new Staffing(this, this.roster, changes);
  }

  private createAgents(): void {
    const s = this.scenario;
    const skills = this.stream("team");
    const members = this.org.nexusMembers(this.index);
    for (let i = 0; i < s.team.developers; i++) {
      const skill = skills.lognormal(s.team.skill);
      if (i >= s.team.developers - members) {
        this.nexus = new NexusMember(this, i, this.index);
        this.agents.push({ id: this.nexus.id, role: "integrator", hoursPerDay: s.calendar.hoursPerDay });
        continue;
      }
      const dev = new Developer(this, i, skill);
      this.devs.push(dev);
      this.roster.push(dev);
      this.agents.push({ id: dev.id, role: "developer", hoursPerDay: s.calendar.hoursPerDay });
    }
    const h = s.calendar.hoursPerDay;
    const po = s.roles.productOwner;
    const addPerson = (id: string, role: AgentInfo["role"], product: boolean, scrum: boolean, merged: boolean, availability: number) => {
      this.attach(new Person(this, this.agents.length, id, role, product, scrum, merged, availability * h));
    };
    const shared = this.org.sharedRoles;
    if (s.roles.mergedPoSm) {
      if (s.roles.merged.sharedTimeBudget) addPerson("po-sm", "merged-po-sm", true, true, true, po.availability);
      else {
        addPerson("po-sm.po", "merged-po-sm", true, false, true, po.availability);
        addPerson("po-sm.sm", "merged-po-sm", false, true, true, po.availability);
      }
    } else {
      if (!shared.productOwner) addPerson("po", "product-owner", true, false, false, po.availability);
      if (s.roles.scrumMaster.present && !shared.scrumMaster) addPerson("sm", "scrum-master", false, true, false, s.roles.scrumMaster.availability);
    }
  }

  /** The developers who will join during the run, created now (their place in the ledger); returns the planned joins and leaves. */
  private addJoiners(): import("./staffing.js").RosterChange[] {
    const s = this.scenario;
    const roster = planRoster(s, this.index, this.roster.map((d) => d.skill), () => this.stream("staffing"), this.cal.weekHours, this.cal.end);
    roster.joinerSkills.forEach((skill, j) => {
      const dev = new Developer(this, this.agents.length, skill, this.roster.length);
      this.roster.push(dev);
      this.agents.push({ id: dev.id, role: "developer", hoursPerDay: s.calendar.hoursPerDay });
    });
    for (const c of roster.changes) {
      const info = this.agents[this.roster[c.dev].index];
      if (c.join) info.from = c.t;
      else info.until = c.t;
    }
    this.peakHeadcount = roster.peak;
    return roster.changes;
  }

  /** Most developers at work at once over the run (the impediment process's full rate). */
  peakHeadcount = 0;

  /** A person starts serving this team: a desk and a place among its agents. */
  attach(person: Person): Desk {
    const desk = person.serve(this, this.agents.length);
    this.persons.push(person);
    this.desks.push(desk);
    this.agents.push({ id: person.id, role: person.role, hoursPerDay: person.hoursPerDay });
    return desk;
  }

  /** Developers at work now. */
  get headcount(): number {
    return this.devs.length;
  }

  /**
   * Share of a developer's working time spent on coordination with n developers in the team:
   * alignment with each other developer, plus this team's share of the integration work with
   * the other teams that the Nexus Integration Team does not take.
   */
  alignmentShare(n = this.headcount): number {
    const s = this.scenario;
    const c = s.team.coordination;
    const daily = s.practices.dailyScrum ? 1 : c.withoutDailyScrum;
    const alignment = Math.min(0.5, (c.alignmentHoursPerPeer * daily * (n - 1)) / this.cal.weekHours);
    const integration = this.org.integrationHours(this) / (Math.max(1, n) * this.cal.sprintHours);
    return integration > 0 ? Math.min(0.75, alignment + integration) : alignment;
  }

  /** The team's named random stream (the same name always returns the same stream). */
  stream(name: string): RandomStream {
    let s = this.streams.get(name);
    if (s === undefined) {
      s = this.sim.stream(this.streamPrefix + name);
      this.streams.set(name, s);
    }
    return s;
  }

  /** The team's speed multiplier: improvement × morale × drag × the interest on technical debt. */
  get speed(): number {
    return ((1 + this.improvement) * this.morale * this.drag) / (this.debt.slowdown * this.knowledgeSlowdown);
  }

  /** Speed changed: every developer at work continues at the new rate, and every item in progress is timed anew. */
  refreshSpeed(): void {
    for (const dev of this.devs) dev.refresh();
    for (const item of this.backlogs.sprint) if (item.workers.length > 0) this.work.retime(item);
  }

  /** Work appeared (an item started, unblocked, answered, arrived): idle developers look again. */
  wakeIdle(): void {
    for (const dev of this.devs) dev.wake();
  }

  /** Someone holds the Scrum Master accountability. */
  get hasScrumMaster(): boolean {
    return this.persons.some((p) => p.scrum && p.hoursPerDay > 0);
  }

  /** Someone holds the product accountability with time for it. */
  get hasProductOwner(): boolean {
    return this.persons.some((p) => p.product && p.hoursPerDay > 0);
  }

  /** Teaching the PO ordering techniques happens: an SM and a PO exist, and the merged role does not prevent it. */
  get teachingPossible(): boolean {
    const s = this.scenario;
    if (s.roles.mergedPoSm && s.roles.merged.noOrderingTeaching) return false;
    return this.hasProductOwner && this.hasScrumMaster;
  }

  /**
   * The person protecting the team right now, if any: someone with the Scrum Master
   * accountability who is present, unless it is a merged PO/SM torn by a conflict of interest
   * under delivery pressure (they own the scope the requests are about).
   */
  protector(): Desk | undefined {
    const now = this.sim.now;
    const conflicted = this.pressure && this.scenario.roles.merged.conflictOfInterest;
    return this.desks.find((d) => d.person.scrum && now < d.person.windowEnd && !(d.person.merged && conflicted));
  }

  /** Wake the persons who might take a newly queued request. */
  wakePersons(): void {
    for (const p of this.persons) p.request();
  }

  /** Append to the trace; callers check `trace !== null` first so no record is built when off. */
  record(rec: TraceRecord): void {
    (this.trace as TraceRecord[]).push(rec);
  }
}
