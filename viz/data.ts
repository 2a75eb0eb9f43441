// The data a report draws (ReportData): built on the server from an output folder (or in the
// playground from runs in the browser), embedded in the page as JSON, and read by the same
// chart modules in the browser and in SVG export. Plain JSON: no Infinity, no undefined.

export interface Bin {
  x0: number;
  x1: number;
  count: number;
}

/** A key moment marked on the sprint-based charts (the coaching story fills these). */
export interface Annotation {
  /** Chart id (e.g. "cumulative-value"), or "*" for every sprint-based chart. */
  chart: string;
  /** The arm whose colour the marker takes. */
  arm: number;
  sprint: number;
  /** Short text shown on the chart. */
  label: string;
  /** Longer text for the tooltip (defaults to the label). */
  detail?: string;
}

/** Upper edges, in working days, of the impediment-age buckets; the last bucket is open. */
export const AGE_EDGES = [0.5, 1, 2, 5, 10, 20, 40] as const;

export interface ReportData {
  meta: {
    command: "run" | "compare" | "sweep";
    version: string;
    seed: number;
    runs: number;
    detail: number;
    reference: string | null;
    vary: Array<{ path: string; values: unknown[] }> | null;
    /** Every --set the experiment applied to each of its scenarios, as typed. */
    sets: string[];
    /** One per arm, in arm order (a sweep: its scenario once). */
    scenarios: Array<{ name: string; description: string; sprints: number; sprintDays: number; hoursPerDay: number; weeks: number }>;
  };
  /** Scenarios (run, compare) or sweep points, in the order of the files; sprints of sprintDays working days, weeks of calendar time. */
  arms: Array<{ name: string; label: string; values: string[]; color?: string; sprints: number; sprintDays: number; weeks: number }>;
  /** The arms the per-arm charts draw (all, or an even spread of a large sweep). */
  drawn: number[];
  /** Summaries of the run totals (every metric of run and compare; the sweep chart's for a sweep), for every arm. */
  totals: Array<{ arm: number; metric: string; mean: number; ci95_low: number; ci95_high: number; p10: number; p50: number; p90: number }>;
  /** Per-sprint summaries of the charted sprint metrics (drawn arms). */
  sprints: Array<{ arm: number; sprint: number; metric: string; mean: number; p10: number; p50: number; p90: number }>;
  /** Total value per replication; every arm's bins have the same edges. */
  valueHistogram: Array<{ arm: number; bins: Bin[] }>;
  /** Mean hours per person and sprint (developers: the mean developer), per role and duty, over the detail replications. */
  hours: Array<{ arm: number; role: string; duty: string; hours: number }>;
  /** Removed impediments per age bucket (AGE_EDGES; counts.length = AGE_EDGES.length + 1), over the detail replications. */
  impedimentAges: Array<{ arm: number; counts: number[] }>;
  /** Items per state at the end of each day, in the representative replication. */
  cfd: Array<{ arm: number; replication: number | null; days: number[]; selected: number[]; inProgress: number[]; done: number[]; accepted: number[] }>;
  /** [day done, cycle time in hours] of done items (thinned to at most 1,500), and the percentiles of all of them. */
  cycles: Array<{ arm: number; points: Array<[number, number]>; p50: number; p85: number; p95: number }>;
  /** Compare: the paired difference of every metric, per scenario (arm) against the reference (arm 0). */
  comparison: Array<{ arm: number; metric: string; mean_reference: number; mean_diff: number; ci95_low: number; ci95_high: number; pct_change: number; share_better: number }>;
  annotations: Annotation[];
}

/** Working days in a calendar week: sprint k of a d-day sprint ends at week k·d/5. */
export const DAYS_PER_WEEK = 5;

/** Calendar weeks at the end of an arm's sprint k. */
export function weekOf(data: Pick<ReportData, "arms">, arm: number, sprint: number): number {
  return (sprint * (data.arms[arm]?.sprintDays ?? DAYS_PER_WEEK)) / DAYS_PER_WEEK;
}

/** Do the drawn arms' sprints differ in length (then per-sprint charts must be read by week)? */
export function mixedSprints(data: Pick<ReportData, "arms" | "drawn">): boolean {
  return new Set(data.drawn.map((a) => data.arms[a]?.sprintDays)).size > 1;
}

/** The sprint metrics the report keeps. */
export const REPORT_SPRINT_METRICS = ["cumulative_value", "value_delivered", "velocity_hours", "say_do_ratio", "impediments_open"] as const;

export function sprintSeries(data: ReportData, arm: number, metric: string): ReportData["sprints"] {
  return data.sprints.filter((s) => s.arm === arm && s.metric === metric).sort((a, b) => a.sprint - b.sprint);
}

export function total(data: ReportData, arm: number, metric: string): ReportData["totals"][number] | undefined {
  return data.totals.find((t) => t.arm === arm && t.metric === metric);
}

/** The annotations a chart draws: its own and those for every sprint-based chart. */
export function annotationsOf(data: ReportData, chart: string): ReportData["annotations"] {
  return data.annotations.filter((a) => a.chart === chart || a.chart === "*");
}
