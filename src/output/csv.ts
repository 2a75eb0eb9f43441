// CSV rows as scrumlab writes them: csv-stringify with a canonical number format (at most six
// decimals, no exponent, -0 as 0) so the same run gives the same bytes, and text cells that a
// spreadsheet would run as a formula (=, +, -, @, tab, CR) prefixed with ' — never numbers.
// Also the column lists of every file of an output folder (docs/outputs.md).
import { stringify } from "csv-stringify/sync";
import { RUN_METRICS, SPRINT_METRICS } from "../model/result.js";

export type Cell = string | number | null | undefined;

/** Canonical text of a number: up to 6 decimals, trailing zeros trimmed, no exponent. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return "";
  if (Number.isInteger(x)) return Object.is(x, -0) ? "0" : Math.abs(x) < 1e21 ? x.toFixed(0) : BigInt(x).toString(); // toFixed uses an exponent from 1e21
  const s = x.toFixed(6); // always six decimals here: a non-integer is below 1e21
  // Trailing zeros trimmed, and the point when nothing follows it (what /\.?0+$/ removes).
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--;
  if (s.charCodeAt(end - 1) === 46) end--;
  const t = end === s.length ? s : s.slice(0, end);
  return t === "-0" ? "0" : t;
}

/** A number as the CSV holds it (what a reader of the file gets back). */
export function canonical(x: number): number {
  const s = formatNumber(x);
  return s === "" ? NaN : Number(s);
}

export function neutralize(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const options = { cast: { number: formatNumber, string: neutralize, boolean: (b: boolean) => (b ? "true" : "false") } };

/** csv-stringify's rows with the options above: the reference the fast writer below is tested against. */
export function csvRowsStringify(rows: Cell[][]): string {
  return rows.length === 0 ? "" : stringify(rows, options);
}

/** A cell as csv-stringify writes it: quoted when it holds a comma, a quote or a line break (quotes doubled). */
function cell(c: Cell): string {
  const text = typeof c === "number" ? formatNumber(c) : typeof c === "string" ? neutralize(c) : typeof c === "boolean" ? (c ? "true" : "false") : "";
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV text, byte for byte what csv-stringify writes (test/output/csv.test.ts), without its per-cell machinery. */
export function csvRows(rows: Cell[][]): string {
  let out = "";
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) out += i === 0 ? cell(row[i]) : `,${cell(row[i])}`;
    out += "\n";
  }
  return out;
}

export const COLUMNS = {
  runs: ["replication", "team", "seed", "weeks", ...RUN_METRICS.map((m) => m.key)],
  sprints: ["replication", "team", "sprint", ...SPRINT_METRICS.map((m) => m.key)],
  time: ["replication", "team", "sprint", "agent", "role", "duty", "hours"],
  items: ["replication", "team", "item_id", "kind", "true_value", "estimated_value", "effort_hours", "estimated_effort_hours", "created_at", "refined_at", "selected_at", "started_at", "done_at", "accepted_at", "value_delivered", "blocked_hours", "clarifications", "developer", "pruned_at", "active_hours", "max_workers", "urgent", "shortcut"],
  impediments: ["replication", "team", "impediment_id", "kind", "effect", "drag", "raised_by", "item_id", "raised_at", "visible_at", "removal_started_at", "removed_at", "removed_by", "removal_hours"],
  events: ["replication", "team", "t", "kind", "details"],
} as const;

/** The `team` cell of the organization's rows (every scenario has them; with one team, the team itself). */
export const ORGANIZATION = "all";

export type TableName = keyof typeof COLUMNS;
export const TABLES = Object.keys(COLUMNS) as TableName[];
/** Tables with a row for every replication (the others only for the first --detail replications). */
export const FULL_TABLES: readonly TableName[] = ["runs", "sprints"];

export const SUMMARY_COLUMNS = ["team", "metric", "n", "mean", "sd", "ci95_low", "ci95_high", "p10", "p50", "p85", "p90"] as const;
export const COMPARISON_COLUMNS = ["reference", "scenario", "team", "metric", "n", "mean_reference", "mean_scenario", "mean_diff", "ci95_low", "ci95_high", "pct_change", "share_better"] as const;
