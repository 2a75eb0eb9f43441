// What one replication returns: per-sprint metrics, run totals, the hours of every agent per
// sprint and duty, and (on request) the life of every item and impediment and the trace.
// Metric keys are snake_case because they are also the CSV column names; each list below
// carries the unit and meaning that docs/outputs.md prints.
import type { TraceRecord } from "./trace.js";

/** Every hour of every agent is booked to exactly one of these. */
export const DUTIES = [
  "development",
  "rework",
  "refactoring",
  "clarification",
  "refinement",
  "stakeholder-work",
  "sprint-planning",
  "daily-scrum",
  "sprint-review",
  "retrospective",
  "impediment-removal",
  "coaching",
  "shielding",
  "interruption",
  "unplanned",
  "context-switch",
  "coordination",
  "reporting",
  "idle",
  "starved",
  "onboarding",
] as const;
export type Duty = (typeof DUTIES)[number];

export type Role = "product-owner" | "scrum-master" | "merged-po-sm" | "developer" | "integrator";

export interface MetricInfo {
  key: string;
  unit: string;
  meaning: string;
  /** For run totals: which direction is better (share_better in comparisons). */
  better?: "higher" | "lower";
}

export const SPRINT_METRICS = [
  { key: "value_delivered", unit: "value", meaning: "true value of the items accepted at this sprint's review, after cost-of-delay decay" },
  { key: "cumulative_value", unit: "value", meaning: "value delivered from the first sprint up to this one" },
  { key: "committed_items", unit: "items", meaning: "items in the Sprint Backlog after Sprint Planning (carried-over items included)" },
  { key: "committed_hours", unit: "hours", meaning: "estimated remaining effort of the committed items" },
  { key: "forecast_hours", unit: "hours", meaning: "capacity forecast at planning (yesterday's weather, or the initial guess)" },
  { key: "done_items", unit: "items", meaning: "items that met the Definition of Done in this sprint (rework included)" },
  { key: "velocity_hours", unit: "hours", meaning: "estimated effort of the items done in this sprint" },
  { key: "say_do_ratio", unit: "ratio", meaning: "committed items done in the sprint / committed items" },
  { key: "sprint_goal_met", unit: "0/1", meaning: "1 when every Sprint Goal item was done by the review" },
  { key: "accepted_items", unit: "items", meaning: "items accepted at this sprint's review" },
  { key: "blocked_hours", unit: "item-hours", meaning: "hours items spent blocked by impediments in this sprint" },
  { key: "impediments_raised", unit: "count", meaning: "impediments raised in this sprint" },
  { key: "impediments_removed", unit: "count", meaning: "impediments removed (by anyone, or gone by themselves) in this sprint" },
  { key: "impediments_open", unit: "count", meaning: "impediments open at the end of the sprint" },
  { key: "impediment_age_mean_hours", unit: "hours", meaning: "mean age (raised to removed) of the impediments removed in this sprint" },
  { key: "clarifications", unit: "count", meaning: "questions developers asked the PO in this sprint" },
  { key: "clarification_wait_mean_hours", unit: "hours", meaning: "mean time from question to answer, for answers given in this sprint" },
  { key: "interruption_hours", unit: "hours", meaning: "developer hours lost to interruptions from stakeholders and management" },
  { key: "meeting_hours", unit: "hours", meaning: "hours all agents spent in Scrum events (planning, daily, refinement, review, retrospective)" },
  { key: "wip_mean", unit: "items", meaning: "time-averaged number of items in progress or blocked" },
  { key: "cycle_time_mean_hours", unit: "hours", meaning: "mean time from start to done of the items done in this sprint" },
  { key: "rework_hours", unit: "hours", meaning: "developer hours spent fixing defects found after delivery" },
  { key: "defects_found", unit: "count", meaning: "latent defects found in this sprint (each becomes a rework item)" },
  { key: "idle_hours", unit: "hours", meaning: "developer hours with nothing they could work on" },
  { key: "productivity", unit: "factor", meaning: "the team's process-improvement multiplier at the end of the sprint (1 = none)" },
  { key: "morale", unit: "factor", meaning: "team morale at the end of the sprint (1 = neutral)" },
  { key: "estimate_noise", unit: "log-sd", meaning: "noise of the PO's value estimates during the sprint (lower is better)" },
  { key: "delivery_pressure_hours", unit: "hours", meaning: "working hours of the sprint during which committed work exceeded the remaining capacity" },
  { key: "items_arrived", unit: "items", meaning: "items stakeholders added in this sprint (arrivals; discovered items and rework not included)" },
  { key: "items_pruned", unit: "items", meaning: "stale items the PO removed from the Product Backlog at the end of this sprint" },
  { key: "scope_added_items", unit: "items", meaning: "urgent items let into the running sprint (nobody protected it)" },
  { key: "shortcuts", unit: "items", meaning: "items finished with a shortcut under delivery pressure (their skipped work became technical debt)" },
  { key: "tech_debt_hours", unit: "hours", meaning: "technical debt owed at the end of the sprint (ideal hours of skipped work)" },
  { key: "starved_hours", unit: "hours", meaning: "developer hours with no work left to start at all (both backlogs empty)" },
  { key: "coordination_hours", unit: "hours", meaning: "developer hours spent aligning with each other and integrating finished work" },
  { key: "backlog_items", unit: "items", meaning: "items in the Product Backlog at the end of the sprint" },
  { key: "lead_time_mean_days", unit: "working days", meaning: "mean time from arrival to done of the items done in this sprint" },
  { key: "dependency_wait_hours", unit: "item-hours", meaning: "hours items spent blocked waiting for another team's work in this sprint (part of blocked_hours)" },
  { key: "developers", unit: "people", meaning: "developers at work at the end of the sprint (staff changes)" },
] as const satisfies readonly MetricInfo[];
export type SprintMetricKey = (typeof SPRINT_METRICS)[number]["key"];
export type SprintMetrics = { sprint: number } & Record<SprintMetricKey, number>;

export const RUN_METRICS = [
  { key: "value_delivered", unit: "value", meaning: "total value delivered over the horizon", better: "higher" },
  { key: "items_done", unit: "items", meaning: "items done (rework included)", better: "higher" },
  { key: "items_accepted", unit: "items", meaning: "items accepted at a Sprint Review", better: "higher" },
  { key: "velocity_hours_mean", unit: "hours", meaning: "mean velocity per sprint", better: "higher" },
  { key: "say_do_ratio", unit: "ratio", meaning: "mean say/do ratio over the sprints", better: "higher" },
  { key: "sprint_goal_rate", unit: "share", meaning: "share of sprints whose Sprint Goal was met", better: "higher" },
  { key: "blocked_hours", unit: "item-hours", meaning: "hours items spent blocked by impediments", better: "lower" },
  { key: "impediments_raised", unit: "count", meaning: "impediments raised", better: "lower" },
  { key: "impediments_removed", unit: "count", meaning: "impediments removed or gone by themselves", better: "higher" },
  { key: "impediments_open_end", unit: "count", meaning: "impediments still open at the end", better: "lower" },
  { key: "impediment_age_mean_hours", unit: "hours", meaning: "mean age of removed impediments, raised to removed", better: "lower" },
  { key: "clarifications", unit: "count", meaning: "questions asked of the PO", better: "lower" },
  { key: "clarification_wait_mean_hours", unit: "hours", meaning: "mean time from question to answer", better: "lower" },
  { key: "interruption_hours", unit: "hours", meaning: "developer hours lost to interruptions", better: "lower" },
  { key: "meeting_hours", unit: "hours", meaning: "hours all agents spent in Scrum events", better: "lower" },
  { key: "cycle_time_mean_hours", unit: "hours", meaning: "mean cycle time (start to done)", better: "lower" },
  { key: "cycle_time_p85_hours", unit: "hours", meaning: "85th percentile of cycle time", better: "lower" },
  { key: "wip_mean", unit: "items", meaning: "time-averaged items in progress or blocked", better: "lower" },
  { key: "rework_hours", unit: "hours", meaning: "developer hours spent on rework", better: "lower" },
  { key: "idle_hours", unit: "hours", meaning: "developer hours idle", better: "lower" },
  { key: "productivity_end", unit: "factor", meaning: "process-improvement multiplier at the end", better: "higher" },
  { key: "morale_end", unit: "factor", meaning: "team morale at the end", better: "higher" },
  { key: "estimate_noise_end", unit: "log-sd", meaning: "noise of the PO's value estimates in the last sprint", better: "lower" },
  { key: "lead_time_p50_days", unit: "working days", meaning: "median time from arrival to done (items done in the horizon, refactoring excluded)", better: "lower" },
  { key: "lead_time_p85_days", unit: "working days", meaning: "85th percentile of lead time (arrival to done)", better: "lower" },
  { key: "lead_time_p95_days", unit: "working days", meaning: "95th percentile of lead time (arrival to done)", better: "lower" },
  { key: "cycle_time_p50_hours", unit: "hours", meaning: "median cycle time (start to done)", better: "lower" },
  { key: "flow_efficiency", unit: "share", meaning: "hours someone worked on the done items ÷ their lead times (active time ÷ arrival to done)", better: "higher" },
  { key: "throughput_cv", unit: "ratio", meaning: "sprint-to-sprint coefficient of variation of items done (sd ÷ mean over the sprints)", better: "lower" },
  { key: "starved_hours", unit: "hours", meaning: "developer hours with no work left to start at all", better: "lower" },
  { key: "items_pruned", unit: "items", meaning: "stale items the PO removed from the Product Backlog", better: "lower" },
  { key: "scope_added_items", unit: "items", meaning: "urgent items let into a running sprint", better: "lower" },
  { key: "shortcuts", unit: "items", meaning: "items finished with a shortcut under pressure", better: "lower" },
  { key: "tech_debt_end_hours", unit: "hours", meaning: "technical debt owed at the end", better: "lower" },
  { key: "coordination_hours", unit: "hours", meaning: "developer hours aligning and integrating", better: "lower" },
  { key: "dependency_wait_hours", unit: "item-hours", meaning: "hours items spent blocked waiting for another team's work (part of blocked_hours)", better: "lower" },
] as const satisfies readonly MetricInfo[];
export type RunMetricKey = (typeof RUN_METRICS)[number]["key"];
export type RunTotals = Record<RunMetricKey, number>;

export interface AgentInfo {
  /** e.g. "dev-1", "po", "sm", "po-sm" */
  id: string;
  role: Role;
  /** Hours this agent gives the team per working day (a shared person: all their teams together). */
  hoursPerDay: number;
  /** A person several teams share: the teams they serve (1-based); their hours are split among them by duty. */
  teams?: number[];
  /** A developer who joined during the run: from this time (hours) on. */
  from?: number;
  /** A developer who left during the run: until this time (hours). */
  until?: number;
}

export interface ItemLife {
  item_id: number;
  kind: "feature" | "rework" | "debt" | "dependency";
  true_value: number;
  estimated_value: number;
  effort_hours: number;
  estimated_effort_hours: number;
  created_at: number;
  refined_at: number | null;
  selected_at: number | null;
  started_at: number | null;
  done_at: number | null;
  accepted_at: number | null;
  value_delivered: number;
  blocked_hours: number;
  clarifications: number;
  developer: string | null;
  pruned_at: number | null;
  active_hours: number;
  max_workers: number;
  urgent: boolean;
  shortcut: boolean;
}

export interface ImpedimentLife {
  impediment_id: number;
  kind: string;
  effect: "blocks" | "drags";
  drag: number;
  raised_by: string;
  item_id: number | null;
  raised_at: number;
  visible_at: number | null;
  removal_started_at: number | null;
  removed_at: number | null;
  removed_by: "scrum-master" | "merged-po-sm" | "team" | "time" | null;
  removal_hours: number;
}

/**
 * One team's own results, in an organization of two or more teams: a run's per-team parts (its
 * `hours` are the team's agents' booked hours; a shared person's, those of duties for this team).
 */
export interface TeamResult extends Pick<RunResult, "sprints" | "totals" | "agents" | "hours" | "dailyHours" | "items" | "impediments" | "trace" | "warnings"> {
  /** The team's number, 1-based. */
  team: number;
}

export interface RunResult {
  scenario: string;
  /** Calendar weeks simulated (whole sprints). */
  weeks: number;
  replication: number;
  /** The seed this replication ran with: deriveSeed(scenario seed, "replication", k). */
  seed: number;
  sprints: SprintMetrics[];
  totals: RunTotals;
  agents: AgentInfo[];
  /** Booked hours, index ((sprint - 1) * agents + agent) * DUTIES.length + duty. */
  hours: Float64Array;
  /** Booked hours per working day, same layout with day instead of sprint; only with `dailyHours`. */
  dailyHours?: Float64Array;
  items?: ItemLife[];
  impediments?: ImpedimentLife[];
  trace?: TraceRecord[];
  /** Plain-language notes on degenerate runs (backlog exhausted, nothing accepted, …). */
  warnings: string[];
  /** Engine events fired. */
  events: number;
  /**
   * With two or more teams: each team's own results. The run's `sprints` and `totals` are then
   * the organization's (sums, pooled means and percentiles), and `agents`, `hours`, `items`,
   * `impediments` and `trace` are in the teams' results only (the run's own lists are empty).
   */
  teams?: TeamResult[];
}

export interface RunOptions {
  /** Master seed; defaults to the scenario's seed. */
  seed?: number;
  /** Replication index k; the run's seed is deriveSeed(seed, "replication", k). */
  replication?: number;
  /** Record the life of every item and impediment. */
  detail?: boolean;
  /** Record the trace of tagged records. */
  trace?: boolean;
  /** Also book hours per day (for the hours invariant tests). */
  dailyHours?: boolean;
}
