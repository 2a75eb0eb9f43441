// The data a sensitivity report draws (SensitivityData): read on the server from a sensitivity
// folder's files, embedded in the page as JSON, and read by the same chart modules in the
// browser and in SVG export. Plain JSON: no Infinity, no NaN (null instead), no undefined.

export interface SensitivityData {
  kind: "sensitivity";
  meta: {
    method: "morris" | "sobol";
    version: string;
    seed: number;
    runs: number;
    samples: number;
    points: number;
    scenarios: Array<{ name: string; description: string }>;
    /** With --vs: SCENARIO's name (the effect is OTHER against it). */
    reference: string | null;
    threshold: number;
    vary: Array<{ path: string; lo: number; hi: number; log: boolean; int: boolean }>;
  };
  /** Per analysed column (a metric, or its _pct with --vs), parameters in order of importance. */
  metrics: Array<{
    metric: string;
    indices: Array<{ parameter: string; importance: number | null; low: number | null; high: number | null; second: number | null; secondLow: number | null; secondHigh: number | null }>;
  }>;
  /** The metric (or effect) against each of the most important parameters' values, point by point: [value, y, 1 when the conclusion fails there (--vs), else 0]. */
  scatter: Array<{ metric: string; parameter: string; points: Array<[number, number, number]> }>;
  /** With --vs: the robustness of the effect, in words and shares. */
  robustness: Array<{ metric: string; holds: number; small: number; reversed: number; sentences: string[]; box: Array<{ parameter: string; low: number | null; high: number | null }> }>;
}

/** The label of an analysed column: "value delivered" or "value delivered, % change". */
export function metricLabel(column: string): string {
  return column.endsWith("_pct") ? `${column.slice(0, -4).replace(/_/g, " ")}, % change` : column.replace(/_/g, " ");
}

/** What the importance measure is called in a method. */
export function importanceName(method: SensitivityData["meta"]["method"]): [string, string] {
  return method === "sobol" ? ["total index ST", "first-order S1"] : ["μ*, mean |effect| across the range", "σ"];
}
