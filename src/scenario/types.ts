// The fully resolved Scenario: every parameter of the model, with no optional keys. It is the
// only type the model sees; the schema in this folder produces it from a file, and
// defaults.ts holds the value of every key when a file leaves it out.

export type ImpedimentKind = "technical" | "organizational" | "teamConflict" | "externalDependency";
export const IMPEDIMENT_KINDS: readonly ImpedimentKind[] = ["technical", "organizational", "teamConflict", "externalDependency"];

export type ImpedimentRemoval = "scrum-master" | "team-only" | "none";
export type PlanningPolicy = "yesterdays-weather" | "pushed-scope";

/** A lognormal distribution given by its own mean and coefficient of variation. */
export interface Lognormal {
  mean: number;
  cv: number;
}

export interface ImpedimentKindParams {
  /** Share of impediments of this kind that block one item (the rest drag the whole team). */
  blockShare: number;
  /** Hours of work to remove one (the remover's time). */
  removalHours: Lognormal;
  /** Can the developers remove it themselves (slower), or does it need the Scrum Master? */
  teamFixable: boolean;
}

export interface Scenario {
  name: string;
  description: string;
  /** Master seed; replication k runs with deriveSeed(seed, "replication", k). */
  seed: number;
  /** Replications when the CLI runs this file without --runs. */
  runs: number;
  horizon: {
    /** Simulated span in calendar weeks (five working days each); the sprints follow from the sprint length. */
    weeks: number;
    /** When above 0: run exactly this many sprints instead (single runs; a compare refuses unequal weeks). */
    sprints: number;
  };
  calendar: { sprintDays: number; hoursPerDay: number };
  team: {
    developers: number;
    /** Developers' skill multipliers on the speed of work (lognormal across developers). */
    skill: Lognormal;
    /** Hours lost at every switch of task (Parnin: 10–15 minutes to resume). */
    contextSwitchHours: number;
    /** Share of Weinberg's multitasking loss applied per item in flight beyond the first. */
    multitasking: number;
    /** Hours a developer spends asking the PO one question. */
    askHours: number;
    /** Removal effort multiplier when developers remove an impediment themselves. */
    teamRemovalFactor: number;
    /** Working days a visible, team-fixable impediment waits for the Scrum Master before the developers take it on. */
    takeOverDays: number;
    swarming: {
      /** Most developers on one item at once (pairing, swarming). */
      maxPerItem: number;
      /** One more developer can join per this many ideal hours of work left on the item. */
      hoursPerPerson: number;
      /** Extra developer time per extra person on an item (Cockburn & Williams: pairs about 15 %). */
      extraPersonCost: number;
      /** Fewer latent defects in items two or more people finished together (share). */
      defectReduction: number;
    };
    coordination: {
      /** Hours per developer per week of alignment with each other developer (a communication path). */
      alignmentHoursPerPeer: number;
      /** Integration work on finishing an item, per other item in progress at that moment (ideal hours). */
      integrationHoursPerParallelItem: number;
      /** Extra latent-defect chance per other item in progress when an item is finished. */
      defectPerParallelItem: number;
      /** Growth of the Scrum events' length per developer beyond seven, as a share (facilitated events stay within their timebox). */
      eventGrowth: number;
      /** Alignment takes this many times as long without a Daily Scrum (the Guide: it "eliminates the need for other meetings"). */
      withoutDailyScrum: number;
    };
  };
  roles: {
    productOwner: {
      /** Share of each working day the PO gives to this team (0 = absent). */
      availability: number;
      /** A proxy must check decisions with the real decision maker. */
      proxy: boolean;
      /** Share of a proxy's answers that need the real decision maker. */
      proxyEscalation: number;
      /** Extra working hours a proxy's escalated answer waits (exponential mean). */
      proxyLatencyHours: number;
      /** Hours of PO time to answer one clarification. */
      answerHours: Lognormal;
      /** Log-scale sd of the PO's value estimates before any improvement (0 = perfect). */
      estimateNoise: number;
      /** How much an untaught PO weighs an item's size in its priority (value ÷ effort^sizeWeight; teaching raises it to 1, WSJF). */
      sizeWeight: number;
      /** Proxy estimates are noisier by this factor (further from the customers). */
      proxyNoiseFactor: number;
      /** PO hours of preparation per item refined. */
      refinementHoursPerItem: number;
      /** Items the PO keeps ready, in sprints of forecast capacity. */
      readyBufferSprints: number;
      /** PO hours per sprint spent reporting progress to stakeholders. */
      reportingHours: number;
      /** Stakeholder hours per week that fully inform the PO's estimates. */
      stakeholderHoursPerWeek: number;
      /** How much of the estimate noise full stakeholder time removes (0–1). */
      stakeholderInsight: number;
      /** How much an unchecked PO over-commits (0.3 = 30 % above the forecast). */
      optimism: number;
      /** Share of the PO's insight that needs Sprint Review feedback on the increment. */
      reviewFeedback: number;
      /** Share of a deflected interruption's hours the PO spends on it (says no, or adds it to the backlog). */
      deflectedShare: number;
    };
    scrumMaster: {
      present: boolean;
      /** Share of each working day the SM gives to this team. */
      availability: number;
      /** SM hours to deflect one interruption to the PO. */
      shieldingHours: number;
      /** Share of impediments a watching SM notices at once (the rest surface at the Daily Scrum). */
      watchShare: number;
      /** SM hours per sprint of teaching the PO ordering techniques. */
      teachingHoursPerWeek: number;
      /** Per fully taught sprint, the PO's estimate noise shrinks by this share. */
      teachingEffect: number;
      /** Floor of the estimate noise teaching can reach, as a share of the initial noise. */
      teachingFloor: number;
    };
    /** One person holds both accountabilities (PO and SM). */
    mergedPoSm: boolean;
    /** The five mechanisms of the merged role, each switchable (only used when mergedPoSm). */
    merged: {
      /** 1. One time budget for the two jobs (off: as if two people's time). */
      sharedTimeBudget: boolean;
      /** 2. Under delivery pressure, product duties win: impediments wait, coaching stops. */
      conflictOfInterest: boolean;
      /** Share of the day the merged person still gives to SM duties under pressure. */
      pressureSmShare: number;
      /** 3. No independent check of the commitment: planning over-commits. */
      noCommitmentCheck: boolean;
      /** 4. Retrospectives led by the person who sets priorities are less candid. */
      lessCandidRetros: boolean;
      /** Improvement of a less candid retrospective, as a share of a candid one. */
      candour: number;
      /** 5. Nobody teaches the PO ordering techniques. */
      noOrderingTeaching: boolean;
    };
  };
  practices: {
    impedimentRemoval: ImpedimentRemoval;
    dailyScrum: boolean;
    refinement: boolean;
    sprintReview: boolean;
    retrospective: boolean;
    /** The SM shields developers from interruptions (routes them to the PO). */
    shielding: boolean;
    /** Most items in progress (started, not done) across the team; 0 = no limit. */
    wipLimit: number;
    planning: PlanningPolicy;
  };
  events: {
    /** Scrum Guide 2020 timeboxes for a one-month (20-day) sprint, scaled by sprintDays / 20. */
    planningHoursPerMonth: number;
    reviewHoursPerMonth: number;
    retrospectiveHoursPerMonth: number;
    dailyScrumMinutes: number;
    /** Developer hours per week in refinement sessions (capped at 10 % of capacity). */
    refinementHoursPerWeek: number;
    /** Items refined per hour of a refinement session. */
    itemsRefinedPerHour: number;
    /** What a refinement session nobody facilitates achieves, as a share of a facilitated one. */
    unfacilitatedRefinement: number;
    /** Facilitated events use this share of their timebox (uniform between min and max). */
    facilitatedUse: { min: number; max: number };
    /** Unfacilitated events overrun their timebox by this factor (triangular). */
    overrun: { min: number; mode: number; max: number };
  };
  forecast: {
    /** Sprints of velocity averaged by yesterday's weather. */
    windowSprints: number;
    /** Before any velocity is measured: share of the team's hours expected to become velocity. */
    initialFocus: number;
    /** Pushed scope: committed hours as a multiple of the forecast. */
    pushedScopeFactor: number;
    /** The Sprint Goal: the top-ordered items that make up this share of the committed hours. */
    goalShare: number;
  };
  improvement: {
    /** Each candid, facilitated retrospective closes this share of the gap to the ceiling. */
    retroStep: number;
    /** The most productivity retrospectives can add (0.25 = +25 %). */
    ceiling: number;
    /** A retrospective without a facilitator yields this share of the improvement. */
    selfFacilitated: number;
    /** SM coaching hours per sprint behind a full-strength retrospective improvement. */
    coachingHoursPerSprint: number;
    /** Share of the improvement that also lowers the impediment rate. */
    impedimentReduction: number;
  };
  morale: {
    initial: number;
    min: number;
    max: number;
    goalMet: number;
    goalMissed: number;
    /** Per impediment open longer than a sprint, at each sprint's end. */
    perStaleImpediment: number;
    /** Each retrospective held lifts morale by this much. */
    retrospective: number;
  };
  environment: {
    /** Unplanned work (support, incidents, other obligations): the weekly share of developers' working time it takes. */
    unplannedWork: {
      /** Mean share of the developers' working time (DORA: high performers about 0.2 including rework). */
      share: number;
      /** Coefficient of variation of the weekly share (busy and quiet weeks). */
      cv: number;
      /** Week-to-week correlation of the share. */
      persistence: number;
    };
    /** Interruptions from stakeholders and management per working day (whole team). */
    interruptionsPerDay: number;
    interruptionHours: Lognormal;
    /** 0–1; 0.5 is average. Scales organizational impediments and their removal. */
    managementSupport: number;
    /** Team-conflict impediments per team-week. */
    teamConflictRate: number;
    /** Technical impediments per developer-week. */
    technicalRate: number;
    /** External-dependency impediments per developer-week. */
    externalDependencyRate: number;
    /** Organizational impediments per team-week at average management support (0.5). */
    organizationalRate: number;
    /** Drag of a dragging impediment on the team's speed (mean share lost). */
    drag: number;
    /** Unremoved impediments go away by themselves after this many working days (exponential mean). */
    selfResolveDays: number;
    impediments: Record<ImpedimentKind, ImpedimentKindParams>;
  };
  arrivals: {
    /** Work arriving from stakeholders, as a share of the team's nominal capacity (1 = as fast as a baseline-like team works). */
    load: number;
    /** Share of a developer's working week the nominal capacity counts as item work. */
    focus: number;
    /** Coefficient of variation of the weekly arrival rate (over-dispersion: bursts and lulls). */
    dispersion: number;
    /** Week-to-week correlation of the arrival rate (0 = independent weeks). */
    persistence: number;
    /** Share of arriving items that stakeholders want in the running sprint. */
    urgentShare: number;
  };
  debt: {
    /** Share of an item's effort skipped when it is finished with a shortcut (it becomes technical debt). */
    shortcutShare: number;
    /** Slow-down of all work per week of the team's capacity owed as debt (interest). */
    interest: number;
    /** Extra latent-defect chance, relative, per week of the team's capacity owed as debt. */
    defectFactor: number;
    /** Share of the forecast a guarded Definition of Done reserves at planning to pay debt down. */
    paydownShare: number;
    /** Scrum Master hours per day that fully guard the Definition of Done (less time guards less). */
    guardHoursPerDay: number;
  };
  backlog: {
    initialItems: number;
    /** Items in the backlog at the start arrived over this many weeks before it. */
    initialAgeWeeks: number;
    /** The PO removes items that waited longer than this in the Product Backlog, unrefined (0 = never). */
    pruneAfterWeeks: number;
    /** Items ready (refined) at the start. */
    readyAtStart: number;
    /** True value of an item (lognormal, heavy-tailed). */
    value: Lognormal;
    /** Effort of an item in ideal hours (lognormal). */
    effort: Lognormal;
    /** Correlation of an item's log value and log effort (bigger items tend to be worth more). */
    valueEffortCorrelation: number;
    /** Questions for the PO per worked day on a raw / a refined item. */
    ambiguityRaw: number;
    ambiguityReady: number;
    /** Log-scale sd of the team's effort estimates for raw / refined items. */
    effortNoiseRaw: number;
    effortNoiseReady: number;
    /** Share of items that lose value while they wait, and their mean loss per week. */
    timeCriticalShare: number;
    decayPerWeek: number;
    /** Chance that a done item carries a latent defect, before delivery pressure. */
    defectRate: number;
    /** Defect chance multiplier for items worked on unrefined (requirements not understood). */
    rawDefectFactor: number;
    /** Effort multiplier for items worked on unrefined (work discovered while doing it). */
    rawEffortFactor: number;
    /** Working days until a latent defect is found (exponential mean). */
    defectDetectionDays: number;
    /** Rework effort as a share of the original item's effort. */
    reworkShare: number;
    /** New items found per hour of PO stakeholder work. */
    discoveryPerStakeholderHour: number;
    /** Discovered items' mean value relative to the initial backlog's. */
    discoveryValueFactor: number;
  };
}
