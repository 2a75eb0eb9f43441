// What a sensitivity folder holds (meta.json's keys, the columns of sensitivity.csv,
// robustness.csv and box.csv, the summary the command prints): the format shared by the runner
// that writes it (src/experiment/sensitivity*.ts), and the report and text that read it.
import type { Method, Range } from "../sensitivity/index.js";

export interface SensitivityMeta {
  command: "sensitivity";
  tool: "scrumlab";
  version: string;
  seed: number;
  runs: number;
  method: Method;
  samples: number;
  levels: number;
  points: number;
  scenarios: Array<{ name: string; description: string; file: string }>;
  /** With --vs: the name of SCENARIO, the reference the effect is measured against. */
  reference: string | null;
  vary: Array<{ path: string } & Range>;
  metrics: string[];
  threshold: number;
  shard: { index: number; count: number } | null;
  segments?: Record<string, Array<[number, number, number, string]>>;
}

export interface IndexRow {
  parameter: string;
  /** ST (Sobol) or μ* (Morris), and its interval. */
  importance: number;
  low: number;
  high: number;
  /** Sobol: S1 and its interval; Morris: σ and μ. */
  s1?: number;
  s1Low?: number;
  s1High?: number;
  sigma?: number;
  mu?: number;
}

export interface BoxSummary {
  mass: number;
  coverage: number;
  density: number;
  restrictions: Array<{ parameter: string; low: number | null; high: number | null }>;
}

export interface RobustnessSummary {
  metric: string;
  threshold: number;
  points: number;
  mean: number;
  direction: number;
  holds: number;
  small: number;
  reversed: number;
  box: BoxSummary | null;
}

export interface SensitivitySummary {
  meta: SensitivityMeta;
  /** Per analysed column (a metric, or with --vs its _pct), parameters by importance. */
  metrics: Array<{ metric: string; indices: IndexRow[]; undefinedPoints: number }>;
  robustness: RobustnessSummary[];
}

/** Fewer failing points than this are not described by a box (PRIM on a handful of cases finds noise). */
export const MIN_BOX_CASES = 10;

export const MORRIS_COLUMNS = ["parameter", "metric", "mu_star", "mu_star_ci_low", "mu_star_ci_high", "sigma", "mu"] as const;
export const SOBOL_COLUMNS = ["parameter", "metric", "s1", "s1_ci_low", "s1_ci_high", "st", "st_ci_low", "st_ci_high"] as const;
export const ROBUSTNESS_COLUMNS = ["metric", "threshold", "points", "mean_effect", "direction", "share_holds", "share_small", "share_reversed", "box_mass", "box_coverage", "box_density", "box"] as const;
export const BOX_COLUMNS = ["metric", "parameter", "low", "high"] as const;

/** The analysed column of each metric: its mean, or with --vs its percent change against the reference. */
export function analysedColumns(meta: Pick<SensitivityMeta, "metrics" | "reference">): string[] {
  return meta.metrics.map((m) => (meta.reference === null ? m : `${m}_pct`));
}

/** The box where the conclusion fails, in words: "a ≤ 3 and b between 0.2 and 0.5". */
export function boxText(box: BoxSummary): string {
  const round = (x: number | null) => Number((x as number).toPrecision(3));
  return box.restrictions
    .map((r) => ({ ...r, low: r.low === null ? null : round(r.low), high: r.high === null ? null : round(r.high) }))
    .map((r) => (r.low !== null && r.high !== null ? `${r.parameter} between ${r.low} and ${r.high}` : r.low !== null ? `${r.parameter} >= ${r.low}` : `${r.parameter} <= ${r.high}`))
    .join(" and ");
}

