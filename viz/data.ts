// The data a report draws (ReportData): built on the server from an output folder, embedded in
// the page as JSON, and read by the same chart modules in the browser and in SVG export.

export interface Bin {
  x0: number;
  x1: number;
  count: number;
}

export interface Annotation {
  /** Chart id (e.g. "cumulative-value"), or "*" for every sprint-based chart. */
  chart: string;
  arm: number;
  sprint: number;
  label: string;
}

export interface ReportData {
  meta: {
    command: "run" | "compare" | "sweep";
    version: string;
    seed: number;
    runs: number;
    detail: number;
    reference: string | null;
    vary: Array<{ path: string; values: unknown[] }> | null;
    scenarios: Array<{ name: string; description: string; sprints: number; sprintDays: number; hoursPerDay: number }>;
  };
  /** Scenarios (run, compare) or sweep points, in the order of the files. */
  arms: Array<{ name: string; label: string; values: string[] }>;
  /** The arms the per-arm charts draw (all, or a spread of a large sweep). */
  drawn: number[];
  totals: Array<{ arm: number; metric: string; mean: number; ci95_low: number; ci95_high: number; p10: number; p50: number; p90: number }>;
  sprints: Array<{ arm: number; sprint: number; metric: string; mean: number; p10: number; p50: number; p90: number }>;
  valueHistogram: Array<{ arm: number; bins: Bin[] }>;
  hours: Array<{ arm: number; role: string; duty: string; hours: number }>;
  impedimentAges: Array<{ arm: number; bins: Bin[] }>;
  cfd: Array<{ arm: number; replication: number | null; days: number[]; selected: number[]; inProgress: number[]; done: number[]; accepted: number[] }>;
  cycles: Array<{ arm: number; points: Array<[number, number]>; p50: number; p85: number; p95: number }>;
  comparison: Array<{ scenario: string; metric: string; mean_reference: number; mean_diff: number; ci95_low: number; ci95_high: number; pct_change: number; share_better: number }>;
  annotations: Annotation[];
}

export function sprintSeries(data: ReportData, arm: number, metric: string): ReportData["sprints"] {
  return data.sprints.filter((s) => s.arm === arm && s.metric === metric).sort((a, b) => a.sprint - b.sprint);
}

export function total(data: ReportData, arm: number, metric: string): ReportData["totals"][number] | undefined {
  return data.totals.find((t) => t.arm === arm && t.metric === metric);
}
