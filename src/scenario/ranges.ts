// The plausible range of every numeric scenario key, with its source or reason: what
// `scrumlab sensitivity --vary auto` varies, and what docs/scenarios.md shows. A key that is a
// choice of the question rather than an uncertain assumption (the seed, the horizon) is `fixed`,
// with the reason. Whole-number keys of the spec are varied as whole numbers. The ranges are
// chosen so that any combination of them passes the scenario's rules (rules.ts): morale.min ≤
// initial ≤ max, facilitatedUse.min ≤ max, overrun min ≤ mode ≤ max, readyAtStart ≤
// initialItems, impedimentReduction × ceiling ≤ 1. A test fails when a numeric key has no entry.
// Most ranges are judgement: "guess" says so; the defaults' own reasons are in docs/model.md.

export interface KeyRange {
  lo: number;
  hi: number;
  /** Log-uniform: each factor is as likely as any other (for rates and times spanning a factor of 4 or more). */
  log?: boolean;
  why: string;
}

export interface FixedKey {
  fixed: string;
}

const GUESS = "guess: half to double the default";

export const RANGES: Record<string, KeyRange | FixedKey> = {
  seed: { fixed: "the experiment's seed, not an assumption" },
  runs: { fixed: "the experiment's replications, not an assumption" },
  "horizon.sprints": { fixed: "the question's horizon, not an assumption; vary it explicitly" },
  "calendar.sprintDays": { fixed: "sets the horizon's length in days as well as the sprint's; vary it explicitly" },
  "calendar.hoursPerDay": { lo: 5, hi: 8, why: "focused hours in an 8-hour day; meetings outside the model and slack take the rest" },
  "team.developers": { lo: 3, hi: 9, why: "Scrum Guide: a Scrum Team is typically 10 or fewer people, so 3 to 9 developers" },
  "team.skill.mean": { lo: 0.7, hi: 1.4, why: "guess: a team 30 % slower to 40 % faster than the reference team (skill is relative)" },
  "team.skill.cv": { lo: 0.1, hi: 0.5, why: "guess: from an even team to one whose fastest developer is about three times the slowest" },
  "team.contextSwitchHours": { lo: 0.1, hi: 0.4, why: "Parnin: 10–15 minutes to resume after an interruption; Mark et al. (2008): about 23 minutes" },
  "team.multitasking": { lo: 0, hi: 1, why: "none to all of Weinberg's multitasking loss (a rule of thumb, not a measurement)" },
  "team.askHours": { lo: 0.05, hi: 0.3, why: "guess: 3 to 18 minutes to put one question to the PO" },
  "team.teamRemovalFactor": { lo: 1, hi: 4, why: "guess: developers remove an impediment as fast as a Scrum Master, up to four times slower" },
  "roles.productOwner.availability": { lo: 0.5, hi: 1, why: "a half-time to a full-time PO (part-time POs are common; see part-time-po.yaml)" },
  "roles.productOwner.proxyEscalation": { lo: 0.3, hi: 0.9, why: "guess around the default; used only with a proxy PO" },
  "roles.productOwner.proxyLatencyHours": { lo: 2, hi: 40, log: true, why: "guess: an escalated answer waits a quarter of a day to a week; used only with a proxy PO" },
  "roles.productOwner.answerHours.mean": { lo: 0.1, hi: 0.5, log: true, why: "guess: 6 to 30 minutes to answer one question" },
  "roles.productOwner.answerHours.cv": { lo: 0.25, hi: 1, why: GUESS },
  "roles.productOwner.estimateNoise": { lo: 0.4, hi: 1.2, why: "guess: value estimates typically off by a factor of 1.5 to 3.3" },
  "roles.productOwner.proxyNoiseFactor": { lo: 1, hi: 2, why: "guess: a proxy estimates as well as the real PO, up to twice as noisily; used only with a proxy PO" },
  "roles.productOwner.refinementHoursPerItem": { lo: 0.25, hi: 1, why: GUESS },
  "roles.productOwner.readyBufferSprints": { lo: 1, hi: 2, why: "the common advice: one to two sprints of ready work" },
  "roles.productOwner.reportingHours": { lo: 0.5, hi: 6, log: true, why: "guess: half an hour to most of a day per sprint" },
  "roles.productOwner.stakeholderHoursPerWeek": { lo: 4, hi: 20, why: "guess: half a day to half the week with stakeholders" },
  "roles.productOwner.stakeholderInsight": { lo: 0.2, hi: 0.8, why: "guess around the default" },
  "roles.productOwner.optimism": { lo: 0.1, hi: 0.6, why: "guess: an unchecked PO over-commits by 10 to 60 %" },
  "roles.productOwner.reviewFeedback": { lo: 0.25, hi: 0.75, why: "guess around the default" },
  "roles.productOwner.deflectedShare": { lo: 0.25, hi: 0.75, why: "guess around the default" },
  "roles.scrumMaster.availability": { lo: 0.5, hi: 1, why: "a Scrum Master shared by two teams (shared-scrum-master.yaml) up to a full-time one" },
  "roles.scrumMaster.shieldingHours": { lo: 0.05, hi: 0.25, why: "guess: 3 to 15 minutes to deflect one request" },
  "roles.scrumMaster.watchShare": { lo: 0.25, hi: 0.75, why: "guess around the default" },
  "roles.scrumMaster.teachingHoursPerSprint": { lo: 1, hi: 4, why: GUESS },
  "roles.scrumMaster.teachingEffect": { lo: 0.04, hi: 0.16, why: GUESS },
  "roles.scrumMaster.teachingFloor": { lo: 0.2, hi: 0.6, why: "guess around the default" },
  "roles.merged.pressureSmShare": { lo: 0.05, hi: 0.3, why: "guess: under pressure the merged person keeps 5 to 30 % of the day for SM duties" },
  "roles.merged.candour": { lo: 0.25, hi: 0.75, why: "guess: a retrospective led by the person who sets priorities keeps a quarter to three quarters of its improvement" },
  "practices.wipLimit": { fixed: "a policy, not an assumption, and 0 (no limit) is not on a scale with 1, 2, …; vary it explicitly" },
  "events.planningHoursPerMonth": { lo: 4, hi: 8, why: "Scrum Guide: at most 8 hours for a one-month sprint; many teams use less" },
  "events.reviewHoursPerMonth": { lo: 2, hi: 4, why: "Scrum Guide: at most 4 hours for a one-month sprint" },
  "events.retrospectiveHoursPerMonth": { lo: 1.5, hi: 3, why: "Scrum Guide: at most 3 hours for a one-month sprint" },
  "events.dailyScrumMinutes": { lo: 10, hi: 20, why: "Scrum Guide: 15 minutes; a little less or a little over" },
  "events.refinementHoursPerWeek": { lo: 1, hi: 4, why: "the former Scrum Guide's advice: refinement takes at most 10 % of the week" },
  "events.itemsRefinedPerHour": { lo: 2, hi: 8, why: "guess around the default" },
  "events.facilitatedUse.min": { lo: 0.5, hi: 0.8, why: "guess; stays below facilitatedUse.max" },
  "events.facilitatedUse.max": { lo: 0.85, hi: 1, why: "guess; a facilitated event ends within its timebox" },
  "events.overrun.min": { lo: 1, hi: 1.1, why: "guess; stays below overrun.mode" },
  "events.overrun.mode": { lo: 1.1, hi: 1.5, why: "guess: an unfacilitated event most often overruns by 10 to 50 %" },
  "events.overrun.max": { lo: 1.5, hi: 2.5, why: "guess: at worst it takes one and a half to two and a half times its timebox" },
  "forecast.windowSprints": { lo: 2, hi: 5, why: "yesterday's weather is usually the mean of the last 2 to 5 sprints" },
  "forecast.initialFocus": { lo: 0.4, hi: 0.8, why: "the focus-factor rule of thumb: a new team plans 40 to 80 % of its hours" },
  "forecast.pushedScopeFactor": { lo: 1.1, hi: 1.6, why: "guess around the default; used only with pushed-scope planning" },
  "forecast.goalShare": { lo: 0.3, hi: 0.7, why: "guess around the default" },
  "improvement.retroStep": { lo: 0.05, hi: 0.2, why: "guess around the default" },
  "improvement.ceiling": { lo: 0.1, hi: 0.4, why: "guess: retrospectives can add 10 to 40 % productivity; with impedimentReduction ≤ 2 the product stays ≤ 0.8" },
  "improvement.selfFacilitated": { lo: 0.25, hi: 0.75, why: "guess around the default" },
  "improvement.coachingHoursPerSprint": { lo: 4, hi: 16, why: GUESS },
  "improvement.impedimentReduction": { lo: 0, hi: 2, why: "guess: from no effect on impediments to twice the default" },
  "morale.initial": { lo: 0.95, hi: 1.05, why: "guess: a team starts near neutral; stays between morale.min and morale.max" },
  "morale.min": { lo: 0.6, hi: 0.95, why: "guess: at its lowest morale costs 5 to 40 % of speed" },
  "morale.max": { lo: 1.05, hi: 1.3, why: "guess: at its highest morale adds 5 to 30 % of speed" },
  "morale.goalMet": { lo: 0.01, hi: 0.04, why: GUESS },
  "morale.goalMissed": { lo: -0.06, hi: -0.01, why: "guess: a third to double the default" },
  "morale.perStaleImpediment": { lo: -0.02, hi: 0, why: "guess: none to double the default" },
  "morale.retrospective": { lo: 0, hi: 0.02, why: "guess: none to double the default" },
  "environment.interruptionsPerDay": { lo: 1, hi: 8, log: true, why: "guess: one to eight requests from outside reach the team on a working day" },
  "environment.interruptionHours.mean": { lo: 0.25, hi: 1.5, log: true, why: GUESS },
  "environment.interruptionHours.cv": { lo: 0.5, hi: 1.5, why: "guess around the default" },
  "environment.managementSupport": { lo: 0.3, hi: 0.9, why: "guess: from poor (poor-management-support.yaml) to strong support" },
  "environment.teamConflictRate": { lo: 0.05, hi: 0.3, log: true, why: GUESS },
  "environment.technicalRate": { lo: 0.05, hi: 0.2, log: true, why: GUESS },
  "environment.externalDependencyRate": { lo: 0.02, hi: 0.1, log: true, why: GUESS },
  "environment.organizationalRate": { lo: 0.25, hi: 1, log: true, why: GUESS },
  "environment.drag": { lo: 0.04, hi: 0.16, why: GUESS },
  "environment.selfResolveDays": { lo: 3, hi: 60, log: true, why: "guess: an unattended impediment goes away by itself in days to a quarter (issue 15 measured 3 to 120)" },
  "environment.impediments.technical.blockShare": { lo: 0.5, hi: 0.9, why: "guess around the default" },
  "environment.impediments.technical.removalHours.mean": { lo: 1.5, hi: 6, log: true, why: GUESS },
  "environment.impediments.technical.removalHours.cv": { lo: 0.4, hi: 1.2, why: "guess around the default" },
  "environment.impediments.organizational.blockShare": { lo: 0.2, hi: 0.6, why: "guess around the default" },
  "environment.impediments.organizational.removalHours.mean": { lo: 3, hi: 12, log: true, why: GUESS },
  "environment.impediments.organizational.removalHours.cv": { lo: 0.4, hi: 1.2, why: "guess around the default" },
  "environment.impediments.teamConflict.blockShare": { lo: 0, hi: 0.2, why: "guess: conflicts mostly drag the whole team rather than block one item" },
  "environment.impediments.teamConflict.removalHours.mean": { lo: 2.5, hi: 10, log: true, why: GUESS },
  "environment.impediments.teamConflict.removalHours.cv": { lo: 0.4, hi: 1.2, why: "guess around the default" },
  "environment.impediments.externalDependency.blockShare": { lo: 0.7, hi: 1, why: "guess: waiting on others mostly blocks the item" },
  "environment.impediments.externalDependency.removalHours.mean": { lo: 2, hi: 8, log: true, why: GUESS },
  "environment.impediments.externalDependency.removalHours.cv": { lo: 0.4, hi: 1.2, why: "guess around the default" },
  "backlog.initialItems": { lo: 300, hi: 1200, why: "guess: three quarters to three times the default; near the low end a large, fast team can run out of work within the horizon" },
  "backlog.readyAtStart": { lo: 0, hi: 60, why: "guess: no ready items to three sprints' worth; below backlog.initialItems" },
  "backlog.value.mean": { lo: 5, hi: 20, log: true, why: "value is in arbitrary units: this scales every value figure (a percent effect should not move)" },
  "backlog.value.cv": { lo: 0.5, hi: 2, why: "guess: from a mild to a very heavy tail of item values" },
  "backlog.effort.mean": { lo: 10, hi: 40, log: true, why: GUESS },
  "backlog.effort.cv": { lo: 0.4, hi: 1, why: "guess around the default" },
  "backlog.ambiguityRaw": { lo: 0.4, hi: 1.6, why: GUESS },
  "backlog.ambiguityReady": { lo: 0.1, hi: 0.4, why: GUESS },
  "backlog.effortNoiseRaw": { lo: 0.3, hi: 0.8, why: "guess: raw estimates off by a factor of 1.35 to 2.2" },
  "backlog.effortNoiseReady": { lo: 0.15, hi: 0.4, why: "guess: refined estimates off by a factor of 1.15 to 1.5" },
  "backlog.timeCriticalShare": { lo: 0.1, hi: 0.5, why: "guess around the default" },
  "backlog.decayPerWeek": { lo: 0.01, hi: 0.1, log: true, why: "guess: a time-critical item loses 1 to 10 % of its value a week" },
  "backlog.defectRate": { lo: 0.05, hi: 0.2, why: GUESS },
  "backlog.defectPressure": { lo: 0.25, hi: 1, why: GUESS },
  "backlog.rawDefectFactor": { lo: 1, hi: 2, why: "guess: unrefined items are as sound as refined ones, up to twice as defect-prone" },
  "backlog.rawEffortFactor": { lo: 1, hi: 1.3, why: "guess: unrefined items take up to 30 % more work" },
  "backlog.defectDetectionDays": { lo: 5, hi: 40, log: true, why: "guess: a latent defect is found within a week to two months" },
  "backlog.reworkShare": { lo: 0.25, hi: 1, why: GUESS },
  "backlog.discoveryPerStakeholderHour": { lo: 0.025, hi: 0.1, log: true, why: GUESS },
  "backlog.discoveryValueFactor": { lo: 1, hi: 2, why: "guess: discovered items are worth as much as the initial ones, up to twice as much" },
};

export function isFixed(entry: KeyRange | FixedKey): entry is FixedKey {
  return "fixed" in entry;
}
