// The description of every scenario key: its kind, range and meaning. The zod schema, the
// JSON Schema, docs/scenarios.md, the starter file of `init` and "did you mean" all come from
// this one tree; every default comes from DEFAULT_SCENARIO, never typed twice.
import type { Scenario } from "./types.js";

export interface NumberLeaf {
  kind: "number";
  description: string;
  min: number;
  max: number;
  integer?: boolean;
  minExclusive?: boolean;
}
export interface BooleanLeaf {
  kind: "boolean";
  description: string;
}
export interface EnumLeaf<V extends string = string> {
  kind: "enum";
  description: string;
  values: readonly V[];
}
export interface StringLeaf {
  kind: "string";
  description: string;
  maxLength: number;
}
/** A list of records (e.g. the staff changes), each a mapping of its own keys with their defaults. */
export type ScalarLeaf = NumberLeaf | BooleanLeaf | EnumLeaf | StringLeaf;
export interface ListNode<F extends Record<string, ScalarLeaf> = Record<string, ScalarLeaf>> {
  kind: "list";
  description: string;
  item: ObjectNode<F>;
  maxItems: number;
}
/** A key holding one value: a scalar, or a whole list (a list is set and replaced as one value). */
export type Leaf = ScalarLeaf | ListNode;
export interface ObjectNode<F extends Record<string, Node> = Record<string, Node>> {
  kind: "object";
  description: string;
  fields: F;
}
export type Node = Leaf | ObjectNode;

const num = (description: string, min: number, max: number, extra: { integer?: boolean; minExclusive?: boolean } = {}): NumberLeaf => ({ kind: "number", description, min, max, ...extra });
const int = (description: string, min: number, max: number): NumberLeaf => num(description, min, max, { integer: true });
const share = (description: string): NumberLeaf => num(description, 0, 1);
const bool = (description: string): BooleanLeaf => ({ kind: "boolean", description });
const oneOf = <const V extends string>(description: string, values: readonly V[]): EnumLeaf<V> => ({ kind: "enum", description, values });
const text = (description: string, maxLength: number): StringLeaf => ({ kind: "string", description, maxLength });
const obj = <F extends Record<string, Node>>(description: string, fields: F): ObjectNode<F> => ({ kind: "object", description, fields });
const list = <F extends Record<string, ScalarLeaf>>(description: string, maxItems: number, fields: F): ListNode<F> => ({ kind: "list", description, item: obj("one entry", fields), maxItems });
/** A lognormal's mean and CV; `minMean` > 0: the smallest mean allowed (else any mean above 0). */
const lognormal = (description: string, maxMean: number, minMean = 0) =>
  obj(description, { mean: minMean > 0 ? num(`mean (at least ${minMean})`, minMean, maxMean) : num("mean (must be > 0)", 0, maxMean, { minExclusive: true }), cv: num("coefficient of variation (sd / mean)", 0, 10) });
const kind = (description: string) =>
  obj(description, {
    blockShare: share("share of these impediments that block one item (the rest drag the whole team)"),
    removalHours: lognormal("hours of work to remove one (the remover's time)", 1000),
    teamFixable: bool("can the developers remove it themselves (slower), or does it need the Scrum Master?"),
  });

export const SPEC = obj("a scrumlab scenario", {
  name: text("the scenario's name, shown in outputs (defaults to the file name)", 200),
  description: text("what the scenario demonstrates, in words a coach can read aloud", 5000),
  seed: int("master seed: replication k runs with a seed derived from (seed, k)", 0, Number.MAX_SAFE_INTEGER),
  runs: int("replications when the CLI runs this file without --runs", 1, 10_000_000),
  horizon: obj("how long a replication runs", {
    weeks: num("simulated calendar weeks (five working days each); the sprints follow from the sprint length", 0.2, 520),
    sprints: int("when above 0, run exactly this many sprints instead of horizon.weeks (single runs)", 0, 500),
  }),
  calendar: obj("the working calendar", {
    sprintDays: int("working days in a sprint (at most 20: a Sprint is one month or less)", 1, 20),
    hoursPerDay: num("working hours in a day", 1, 24),
  }),
  organization: obj("several teams on one calendar: the people they share and the work that ties them together", {
    teams: int("teams: copies of this scenario's team, each with its own backlog and random streams", 1, 20),
    policy: oneOf("how a person shared by several teams chooses between their requests", ["first-come", "most-urgent", "round-robin"]),
    switchHours: num("hours a shared person loses switching from one team's work to another's", 0, 8),
    dependencies: obj("work one team needs from another", {
      share: share("share of arriving items that need a piece of work from another team (two or more teams)"),
      effort: lognormal("ideal hours of the other team's piece of work", 1000),
    }),
    integration: obj("integrating the teams' work, growing with the number of teams", {
      hoursPerTeam: num("ideal hours of integration work per sprint each team spends per other team", 0, 400),
      nexus: bool("a Nexus Integration Team of developers taken from the teams does the integration work instead"),
      nexusMembers: int("developers in the Nexus Integration Team, taken one each from the first teams", 1, 20),
      nexusEfficiency: num("the integration team does the work this many times as efficiently as the teams would", 0.1, 10),
    }),
  }),
  staffing: list(
    "staff changes: developers joining (and ramping up) or leaving at the start of a week",
    50,
    {
      week: int("calendar week at whose start the change happens (0 = the start)", 0, 520),
      add: int("developers who join", 0, 50),
      leave: int("developers who leave", 0, 50),
      team: int("the team (1-based) whose staff changes", 1, 20),
      who: oneOf("who leaves: a random developer, the most skilled one, or the last to join", ["random", "senior", "newest"]),
    },
  ),
  team: obj("the developers", {
    developers: int("number of developers", 1, 50),
    skill: lognormal("developers' skill multipliers on the speed of work (drawn once per developer)", 10),
    contextSwitchHours: num("hours lost at every switch of task (Parnin: 10–15 minutes to resume)", 0, 8),
    multitasking: share("share of Weinberg's multitasking loss (20 % per extra task in flight) applied"),
    askHours: num("a developer's hours to ask the PO one question", 0, 8),
    teamRemovalFactor: num("effort multiplier when developers remove an impediment themselves", 0.1, 20),
    takeOverDays: num("working days a visible team-fixable impediment waits for the Scrum Master before the developers take it on", 0, 1000),
    swarming: obj("several developers on one item (pairing, swarming)", {
      maxPerItem: int("most developers on one item at once", 1, 50),
      hoursPerPerson: num("one more developer can join per this many ideal hours of work left on the item", 0.5, 1000),
      extraPersonCost: num("extra developer time per extra person on an item (pairs: about 0.15)", 0, 2),
      defectReduction: share("share fewer latent defects in items finished by two or more people together"),
    }),
    coordination: obj("what a larger team pays to stay aligned", {
      alignmentHoursPerPeer: num("hours per developer per week of alignment with each other developer", 0, 8),
      integrationHoursPerParallelItem: num("integration work on finishing an item, per other item in progress (ideal hours)", 0, 40),
      defectPerParallelItem: share("extra latent-defect chance per other item in progress when an item is finished"),
      eventGrowth: num("growth of the Scrum events' length per developer beyond seven, as a share", 0, 5),
      withoutDailyScrum: num("alignment takes this many times as long without a Daily Scrum", 1, 10),
    }),
    onboarding: obj("new developers ramping up (Brooks's law)", {
      rampUpWeeks: num("weeks until a new developer works at full speed (linear ramp)", 0, 104),
      startSpeed: share("a new developer's speed in the first week, as a share of full speed"),
      mentoringHoursPerWeek: num("hours a week of the other developers' time one new developer takes at first (falls as they ramp up)", 0, 40),
    }),
    knowledgeLoss: obj("what a leaver takes with them", {
      weeks: num("weeks over which the lost knowledge is rebuilt (the effect fades linearly)", 0, 104),
      effort: num("slow-down of all work per share of the team's skill that left, at first", 0, 10),
      defects: num("relative rise of the defect chance per share of the team's skill that left, at first", 0, 20),
    }),
    turnover: obj("staff turnover as a rate: developers leave at random and are replaced", {
      perYear: num("share of the developers who leave per year (0 = none)", 0, 5),
      replaceAfterWeeks: num("weeks until a leaver's replacement joins and starts ramping up", 0, 104),
    }),
  }),
  roles: obj("the Product Owner, the Scrum Master, or one person holding both", {
    productOwner: obj("the Product Owner", {
      availability: share("share of each working day the PO gives this team (0 = absent); when shared, all the teams served together"),
      teamsServed: int("teams one Product Owner serves: consecutive teams of the organization share one person", 1, 20),
      proxy: bool("a proxy who must check decisions with the real decision maker"),
      proxyEscalation: share("share of a proxy's answers that need the decision maker"),
      proxyLatencyHours: num("mean extra working hours an escalated answer waits", 0, 400),
      answerHours: lognormal("PO hours to answer one question", 40),
      estimateNoise: num("log-sd of the PO's value estimates before any improvement (0 = perfect)", 0, 5),
      sizeWeight: share("how much an untaught PO weighs an item's size in its priority (1 = value per effort, WSJF; teaching raises it to 1)"),
      proxyNoiseFactor: num("a proxy's estimates are noisier by this factor", 1, 5),
      refinementHoursPerItem: num("PO hours to prepare one item for refinement", 0, 40),
      readyBufferSprints: num("ready work the PO keeps, in sprints of forecast", 0, 10),
      reportingHours: num("PO hours per sprint reporting progress", 0, 80),
      stakeholderHoursPerWeek: num("stakeholder hours per week that fully inform the estimates", 0, 40),
      stakeholderInsight: share("how much of the estimate noise full stakeholder time removes"),
      optimism: num("how much an unchecked PO over-commits (0.3 = 30 % above the forecast)", 0, 5),
      reviewFeedback: share("share of the PO's insight that needs Sprint Review feedback"),
      deflectedShare: share("share of a deflected interruption's hours the PO spends on it"),
    }),
    scrumMaster: obj("the Scrum Master", {
      present: bool("the team has a Scrum Master"),
      availability: share("share of each working day the SM gives this team; when shared, all the teams served together"),
      teamsServed: int("teams one Scrum Master serves: consecutive teams of the organization share one person", 1, 20),
      shieldingHours: num("SM hours to deflect one interruption", 0, 8),
      watchShare: share("share of impediments a watching SM notices at once"),
      teachingHoursPerWeek: num("SM hours per week teaching the PO ordering techniques", 0, 40),
      teachingEffect: share("per fully taught week, the PO's estimate noise shrinks by this share"),
      teachingFloor: share("lowest noise teaching reaches, as a share of estimateNoise"),
    }),
    mergedPoSm: bool("one person holds both accountabilities, PO and SM"),
    merged: obj("the five mechanisms of the merged role, each switchable (used only when mergedPoSm)", {
      sharedTimeBudget: bool("1. one time budget for the two jobs (off: two people's time)"),
      conflictOfInterest: bool("2. under delivery pressure product duties win: impediments wait, coaching stops"),
      pressureSmShare: share("share of the day the merged person still gives SM duties under pressure"),
      noCommitmentCheck: bool("3. no independent check of the commitment: planning over-commits"),
      lessCandidRetros: bool("4. retrospectives led by the person who sets priorities are less candid"),
      candour: share("improvement of a less candid retrospective, as a share of a candid one"),
      noOrderingTeaching: bool("5. nobody teaches the PO ordering techniques"),
    }),
  }),
  practices: obj("the practices a team follows", {
    impedimentRemoval: oneOf("who removes impediments", ["scrum-master", "team-only", "none"]),
    dailyScrum: bool("hold the Daily Scrum"),
    refinement: bool("refine the Product Backlog"),
    sprintReview: bool("hold the Sprint Review"),
    retrospective: bool("hold the Sprint Retrospective"),
    shielding: bool("the Scrum Master shields the developers from interruptions"),
    wipLimit: int("most items in progress across the team (0 = no limit)", 0, 10_000),
    planning: oneOf("how the sprint's scope is set", ["yesterdays-weather", "pushed-scope"]),
  }),
  events: obj("the Scrum events' timeboxes and lengths", {
    planningHoursPerMonth: num("Sprint Planning timebox for a one-month (20-day) sprint, scaled to the sprint", 0, 40),
    reviewHoursPerMonth: num("Sprint Review timebox for a one-month sprint, scaled", 0, 40),
    retrospectiveHoursPerMonth: num("Retrospective timebox for a one-month sprint, scaled", 0, 40),
    dailyScrumMinutes: num("Daily Scrum timebox, minutes", 0, 120),
    refinementHoursPerWeek: num("refinement session per week (capped at 10 % of the week)", 0, 40),
    itemsRefinedPerHour: num("prepared items a refinement session makes ready per hour", 0, 100),
    unfacilitatedRefinement: share("what a refinement session nobody facilitates achieves, as a share of a facilitated one"),
    facilitatedUse: obj("share of its timebox a facilitated event uses (uniform)", { min: share("lowest share"), max: share("highest share") }),
    overrun: obj("factor by which an unfacilitated event overruns its timebox (triangular)", { min: num("lowest", 1, 5), mode: num("most likely", 1, 5), max: num("highest", 1, 5) }),
  }),
  forecast: obj("Sprint Planning's forecast", {
    windowSprints: int("sprints of velocity averaged by yesterday's weather", 1, 50),
    initialFocus: num("first forecast, as a share of the developers' hours", 0, 2),
    pushedScopeFactor: num("pushed scope relative to the forecast", 0.1, 5),
    goalShare: share("share of the committed hours in the Sprint Goal"),
  }),
  improvement: obj("what retrospectives and coaching improve", {
    retroStep: share("share of the gap to the ceiling one good retrospective closes"),
    ceiling: num("most productivity retrospectives can add (0.2 = +20 %)", 0, 5),
    selfFacilitated: share("improvement of a retrospective nobody facilitates, as a share"),
    coachingHoursPerSprint: num("SM coaching hours per sprint behind a full-strength improvement", 0, 400),
    impedimentReduction: num("how much the improvement lowers the impediment rate", 0, 10),
  }),
  morale: obj("team morale (1 = neutral), a multiplier of speed", {
    initial: num("starting morale", 0.1, 3),
    min: num("lowest morale", 0.1, 3),
    max: num("highest morale", 0.1, 3),
    goalMet: num("change when the Sprint Goal is met", -1, 1),
    goalMissed: num("change when it is missed", -1, 1),
    perStaleImpediment: num("change per impediment open longer than a sprint", -1, 1),
    retrospective: num("change per retrospective held", -1, 1),
  }),
  environment: obj("the organization around the team", {
    unplannedWork: obj("unplanned work (support, incidents, other obligations) taking a share of developers' time week by week", {
      share: num("mean share of the developers' working time it takes", 0, 0.9),
      cv: num("coefficient of variation of the weekly share (busy and quiet weeks)", 0, 5),
      persistence: num("week-to-week correlation of the share", 0, 0.99),
    }),
    interruptionsPerDay: num("interruptions from stakeholders and management per working day", 0, 200),
    interruptionHours: lognormal("hours one interruption takes", 40),
    managementSupport: share("support from management (0.5 = average): scales organizational impediments"),
    teamConflictRate: num("team-conflict impediments per team-week", 0, 50),
    technicalRate: num("technical impediments per developer-week", 0, 50),
    externalDependencyRate: num("external-dependency impediments per developer-week", 0, 50),
    organizationalRate: num("organizational impediments per team-week at average support", 0, 50),
    drag: num("mean share of speed a dragging impediment takes (at most 0.66)", 0, 0.66),
    selfResolveDays: num("mean working days until an unattended impediment goes away by itself", 0.1, 10_000),
    impediments: obj("per kind of impediment", {
      technical: kind("technical impediments"),
      organizational: kind("organizational impediments (poor management support)"),
      teamConflict: kind("team-conflict impediments"),
      externalDependency: kind("waiting on other teams or vendors"),
    }),
  }),
  arrivals: obj("work arriving from stakeholders while the team works", {
    load: num("arriving work as a share of the team's nominal capacity (1 = as fast as a baseline-like team works)", 0, 10),
    focus: num("share of a developer's working week the nominal capacity counts as item work", 0.05, 1),
    dispersion: num("coefficient of variation of the weekly arrival rate (bursts and lulls)", 0, 5),
    persistence: num("week-to-week correlation of the arrival rate", 0, 0.99),
    urgentShare: share("share of arriving items that stakeholders want in the running sprint"),
  }),
  debt: obj("technical debt: shortcuts under pressure and their interest", {
    shortcutShare: share("share of an item's effort skipped when it is finished with a shortcut (it becomes debt)"),
    interest: num("slow-down of all work per week of the team's capacity owed as debt", 0, 10),
    defectFactor: num("extra latent-defect chance, relative, per week of the team's capacity owed as debt", 0, 20),
    paydownShare: share("share of the forecast a guarded Definition of Done reserves at planning to pay debt down"),
    guardHoursPerDay: num("Scrum Master hours per day that fully guard the Definition of Done", 0.01, 24),
  }),
  backlog: obj("the Product Backlog generator", {
    initialItems: int("items in the Product Backlog at the start", 0, 100_000),
    initialAgeWeeks: num("items in the backlog at the start arrived over this many weeks before it", 0, 520),
    pruneAfterWeeks: num("the PO removes unrefined items that waited longer than this (0 = never)", 0, 520),
    readyAtStart: int("top items already refined at the start", 0, 100_000),
    value: lognormal("true value of an item (heavy-tailed)", 1e9),
    // At least an hour: the arriving work is counted in items of this size, so a mean of
    // 1e-40 hours would ask for 1e40 items a week (it crashed the fuzz test's worker).
    effort: lognormal("effort of an item in ideal hours", 10_000, 1),
    valueEffortCorrelation: num("correlation of an item's log value and log effort (bigger items tend to be worth more)", -1, 1),
    ambiguityRaw: num("questions for the PO per 8 ideal hours on a raw item", 0, 50),
    ambiguityReady: num("the same on a refined item", 0, 50),
    effortNoiseRaw: num("log-sd of the team's effort estimate of a raw item", 0, 5),
    effortNoiseReady: num("the same after refinement", 0, 5),
    timeCriticalShare: share("share of items whose value decays while they wait"),
    decayPerWeek: num("mean value lost per week by a time-critical item", 0, 5),
    defectRate: share("chance a done item carries a latent defect"),
    rawDefectFactor: num("defect chance multiplier for items done unrefined", 0, 10),
    rawEffortFactor: num("effort multiplier for items started unrefined", 1, 10),
    defectDetectionDays: num("mean working days until a latent defect is found", 0.1, 10_000),
    reworkShare: num("rework effort as a share of the original item's effort", 0, 5),
    discoveryPerStakeholderHour: num("new items found per PO stakeholder hour (up to the weekly target)", 0, 10),
    discoveryValueFactor: num("discovered items' mean value relative to the initial backlog's", 0, 100),
  }),
});

// Compile-time check: the value the spec describes is exactly the resolved Scenario: the same
// keys, no more, no fewer, and at each leaf the same type (number, boolean, string, or the
// same enum values). The schema is built from the spec, so what it parses is a Scenario.
type Value<N> = N extends ObjectNode<infer F>
  ? { [K in keyof F]: Value<F[K]> }
  : N extends ListNode<infer F>
    ? Array<{ [K in keyof F]: Value<F[K]> }>
    : N extends EnumLeaf<infer V>
    ? V
    : N extends NumberLeaf
      ? number
      : N extends BooleanLeaf
        ? boolean
        : N extends StringLeaf
          ? string
          : never;
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Deep<T> = T extends object ? { [K in keyof T]-?: Deep<T[K]> } : T;
const specDescribesScenario: Exact<Deep<Value<typeof SPEC>>, Deep<Scenario>> = true;
void specDescribesScenario;

/** The node at a dotted path ("" is the root), or undefined; a list's entries are numbered ("staffing.0.week"). */
export function nodeAt(path: string): Node | undefined {
  let node: Node | undefined = SPEC as Node;
  if (path === "") return node;
  for (const key of path.split(".")) {
    if (node !== undefined && node.kind === "list" && /^\d+$/.test(key)) node = node.item;
    else if (node === undefined || node.kind !== "object" || !Object.hasOwn(node.fields, key)) return undefined;
    else node = node.fields[key];
  }
  return node;
}

/** Every leaf, with its dotted path, in document order. */
export function leaves(node: Node = SPEC as Node, prefix = ""): Array<[string, Leaf]> {
  if (node.kind !== "object") return [[prefix, node]];
  return Object.entries(node.fields).flatMap(([k, child]) => leaves(child, prefix ? `${prefix}.${k}` : k));
}

/** "a number from 0 to 1", "true or false", …: what a key expects, in words. */
export function expectation(leaf: Leaf): string {
  switch (leaf.kind) {
    case "boolean":
      return "true or false";
    case "enum":
      return `one of ${leaf.values.map((v) => `"${v}"`).join(", ")}`;
    case "string":
      return `text of at most ${leaf.maxLength.toLocaleString("en-US")} characters`;
    case "number": {
      const what = leaf.integer ? "a whole number" : "a number";
      const big = leaf.max >= Number.MAX_SAFE_INTEGER ? "" : ` to ${leaf.max.toLocaleString("en-US")}`;
      if (leaf.minExclusive) return `${what} greater than ${leaf.min}${big ? ` and at most ${leaf.max.toLocaleString("en-US")}` : ""}`;
      return `${what} from ${leaf.min.toLocaleString("en-US")}${big}`;
    }
    case "list":
      return `a list of at most ${leaf.maxItems} entries, each a mapping of ${Object.keys(leaf.item.fields).join(", ")}`;
  }
}
