// Cross-field rules a schema cannot express, as small named functions over the resolved
// scenario: errors make it invalid; warnings say what a coach might not have meant.
import { DEFAULT_SCENARIO } from "./defaults.js";
import { differingLeaves } from "./paths.js";
import type { Scenario } from "./types.js";
import { sprintsOf, weeksOf } from "./horizon.js";

export interface RuleFinding {
  path: string;
  message: string;
}

type Rule = (s: Scenario) => RuleFinding | undefined;

const errorRules: Rule[] = [
  (s) => (s.name.trim() === "" ? { path: "name", message: "a scenario needs a name: it labels its rows, charts and files" } : undefined),
  (s) => (s.events.facilitatedUse.min > s.events.facilitatedUse.max ? { path: "events.facilitatedUse", message: `min (${s.events.facilitatedUse.min}) must not exceed max (${s.events.facilitatedUse.max})` } : undefined),
  (s) => {
    const o = s.events.overrun;
    return o.min <= o.mode && o.mode <= o.max ? undefined : { path: "events.overrun", message: `expected min <= mode <= max, found ${o.min}, ${o.mode}, ${o.max}` };
  },
  (s) => (s.backlog.readyAtStart > s.backlog.initialItems ? { path: "backlog.readyAtStart", message: `${s.backlog.readyAtStart} ready items cannot come out of a backlog of ${s.backlog.initialItems} (backlog.initialItems)` } : undefined),
  (s) => {
    const m = s.morale;
    return m.min <= m.initial && m.initial <= m.max ? undefined : { path: "morale", message: `expected min <= initial <= max, found ${m.min}, ${m.initial}, ${m.max}` };
  },
  (s) => (s.improvement.impedimentReduction * s.improvement.ceiling > 1 ? { path: "improvement.impedimentReduction", message: `impedimentReduction × ceiling must be at most 1 (the impediment rate cannot fall below zero), found ${s.improvement.impedimentReduction} × ${s.improvement.ceiling}` } : undefined),
];

/** No one holds the Scrum Master accountability (no SM, or one with no time, and no merged role). */
const noScrumMaster = (s: Scenario) => !s.roles.mergedPoSm && (!s.roles.scrumMaster.present || s.roles.scrumMaster.availability === 0);

const warningRules: Rule[] = [
  (s) => {
    if (s.horizon.sprints > 0) return undefined;
    const days = s.horizon.weeks * 5;
    const whole = Math.abs(days / s.calendar.sprintDays - Math.round(days / s.calendar.sprintDays)) < 1e-9;
    return whole ? undefined : { path: "horizon.weeks", message: `${s.horizon.weeks} weeks are not a whole number of ${s.calendar.sprintDays}-day sprints: the run covers ${weeksOf(s)} weeks (${sprintsOf(s)} sprints)` };
  },
  (s) => (s.horizon.sprints > 0 ? { path: "horizon.sprints", message: `horizon.sprints fixes ${s.horizon.sprints} sprints (${weeksOf(s)} weeks) whatever horizon.weeks says; compare and sweep refuse scenarios of unequal weeks` } : undefined),
  (s) => (s.team.developers > 9 ? { path: "team.developers", message: `${s.team.developers} developers: the Scrum Guide says a Scrum Team is typically 10 people or fewer` } : undefined),
  (s) => (s.roles.productOwner.availability === 0 ? { path: "roles.productOwner.availability", message: "a Product Owner with no time accepts nothing: no value will be delivered" } : undefined),
  (s) =>
    noScrumMaster(s) && s.practices.impedimentRemoval === "scrum-master"
      ? { path: "practices.impedimentRemoval", message: "there is no Scrum Master: the developers remove what they can (as with team-only)" }
      : undefined,
  (s) => (noScrumMaster(s) && s.practices.shielding ? { path: "practices.shielding", message: "there is no Scrum Master to shield the team: interruptions reach the developers" } : undefined),
  (s) => {
    const sm = s.roles.scrumMaster;
    const set = sm.present !== DEFAULT_SCENARIO.roles.scrumMaster.present || sm.availability !== DEFAULT_SCENARIO.roles.scrumMaster.availability;
    return s.roles.mergedPoSm && set
      ? { path: "roles.scrumMaster", message: "mergedPoSm: true makes roles.scrumMaster.present and availability irrelevant: the merged person works roles.productOwner.availability of the day" }
      : undefined;
  },
  (s) =>
    !s.roles.mergedPoSm && differingLeaves(s.roles.merged, DEFAULT_SCENARIO.roles.merged).length > 0
      ? { path: "roles.merged", message: "the merged role's switches apply only with roles.mergedPoSm: true" }
      : undefined,
];

export function checkRules(s: Scenario): { errors: RuleFinding[]; warnings: RuleFinding[] } {
  const run = (rules: Rule[]) => rules.map((r) => r(s)).filter((f): f is RuleFinding => f !== undefined);
  return { errors: run(errorRules), warnings: run(warningRules) };
}
