// The playground's controls: the main practices a coach switches in a workshop, each a key of
// the scenario file, so a setting exports as a scenario the CLI runs with the same numbers; and
// the replications it shows first, then refines to (the scenario's own `runs` in the end).

export type Control =
  | { path: string; label: string; kind: "toggle"; group: string }
  | { path: string; label: string; kind: "slider"; min: number; max: number; step: number; group: string }
  | { path: string; label: string; kind: "select"; options: Array<string | number>; group: string };

export const CONTROLS: Control[] = [
  { path: "roles.mergedPoSm", label: "merge PO and SM", kind: "toggle", group: "Roles" },
  { path: "roles.productOwner.availability", label: "PO availability", kind: "slider", min: 0.1, max: 1, step: 0.1, group: "Roles" },
  { path: "roles.productOwner.proxy", label: "proxy PO", kind: "toggle", group: "Roles" },
  { path: "roles.scrumMaster.present", label: "a Scrum Master", kind: "toggle", group: "Roles" },
  { path: "roles.scrumMaster.availability", label: "SM availability", kind: "slider", min: 0.1, max: 1, step: 0.1, group: "Roles" },
  { path: "roles.merged.sharedTimeBudget", label: "1. one time budget for two jobs", kind: "toggle", group: "Merged role's mechanisms" },
  { path: "roles.merged.conflictOfInterest", label: "2. product wins under pressure", kind: "toggle", group: "Merged role's mechanisms" },
  { path: "roles.merged.noCommitmentCheck", label: "3. nobody checks the commitment", kind: "toggle", group: "Merged role's mechanisms" },
  { path: "roles.merged.lessCandidRetros", label: "4. less candid retrospectives", kind: "toggle", group: "Merged role's mechanisms" },
  { path: "roles.merged.noOrderingTeaching", label: "5. nobody teaches ordering", kind: "toggle", group: "Merged role's mechanisms" },
  { path: "practices.impedimentRemoval", label: "impediments removed by", kind: "select", options: ["scrum-master", "team-only", "none"], group: "Practices" },
  { path: "practices.retrospective", label: "retrospectives", kind: "toggle", group: "Practices" },
  { path: "practices.refinement", label: "refinement", kind: "toggle", group: "Practices" },
  { path: "practices.dailyScrum", label: "Daily Scrum", kind: "toggle", group: "Practices" },
  { path: "practices.shielding", label: "SM shields the team", kind: "toggle", group: "Practices" },
  { path: "team.developers", label: "developers", kind: "slider", min: 2, max: 12, step: 1, group: "Team" },
  { path: "calendar.sprintDays", label: "sprint length (days)", kind: "select", options: [5, 10, 15, 20], group: "Team" },
  { path: "environment.managementSupport", label: "management support", kind: "slider", min: 0, max: 1, step: 0.1, group: "Team" },
];

/** Replications of the first, fast result, then of the refinements; the last stage is the scenario's runs. */
export const FIRST_STAGE = 10;
export const MID_STAGE = 50;

export function stages(runs: number): number[] {
  return [...new Set([Math.min(FIRST_STAGE, runs), Math.min(MID_STAGE, runs), runs])];
}

/** The charts the playground shows, two by two. */
export const SHOWN_CHARTS = ["cumulative-value", "hours-by-role", "velocity", "value-distribution"];
