// Summaries of an experiment, computed from the per-replication files as written (runs.csv,
// sprints.csv) — the one code path for single runs and merged shards, so both give the same
// bytes. summary.csv: every run total per arm; sprint-summary.csv: the charted sprint metrics
// per arm and sprint; comparison.csv: paired differences against the reference; sweep.csv.
import { RUN_METRICS } from "../model/result.js";
import { COMPARISON_COLUMNS, SUMMARY_COLUMNS, csvRows, type Cell } from "../output/csv.js";
import { openTable } from "../output/csvread.js";
import { InputError } from "../errors.js";
import { checkAbort } from "./abort.js";
import type { OutputFolder } from "../output/folder.js";
import { higherIsBetter, pairedDifference, summarize, type PairedDifference, type Summary } from "./stats.js";

/** Sprint metrics summarized per sprint for the charts (kept to a few so memory stays bounded). */
export const SPRINT_SUMMARY_METRICS = ["value_delivered", "cumulative_value", "velocity_hours", "say_do_ratio", "committed_items", "done_items", "impediments_open", "blocked_hours"] as const;

export interface AggregateInput {
  command: "run" | "compare" | "sweep";
  /** Cells before "replication" in runs.csv: 1 (scenario), or 2 + varied keys for a sweep. */
  prefixWidth: number;
  prefixHeader: string[];
  runs: number;
  sprints: number[];
  /** Each arm's name as given (meta.json), which the CSV cell may carry with a spreadsheet guard ('=x). */
  names?: string[];
  /** Checked between arms: a stop signal ends the summaries with its InterruptedError. */
  signal?: AbortSignal;
}

/** What is kept of an arm once its rows are summarized: no per-replication values. */
export interface ArmSummary {
  prefix: string[];
  /** The arm's name as given (no spreadsheet guard). */
  name: string;
  /** Every run total's summary, in RUN_METRICS order. */
  summaries: Summary[];
  /** Compare only: every run total's paired difference against the reference (not on the reference itself). */
  differences?: PairedDifference[];
}

/** Writes summary.csv (and sweep.csv or comparison.csv) arm by arm: only the reference's and the current arm's run totals are in memory. */
export async function aggregate(folder: OutputFolder, input: AggregateInput): Promise<ArmSummary[]> {
  const summary = folder.table("summary.csv", csvRows([[...input.prefixHeader, ...SUMMARY_COLUMNS]]));
  const sweep = input.command === "sweep" ? folder.table("sweep.csv", csvRows([[...input.prefixHeader.slice(1), ...SUMMARY_COLUMNS]])) : undefined;
  const comparison = input.command === "compare" ? folder.table("comparison.csv", csvRows([[...COMPARISON_COLUMNS]])) : undefined;
  const arms: ArmSummary[] = [];
  let reference: ArmTotals | undefined;
  for await (const arm of readArms(folder.file("runs.csv"), input)) {
    checkAbort(input.signal);
    const summaries = arm.totals.map((t) => summarize(t));
    const row = (s: Summary) => [s.n, s.mean, s.sd, s.ci95_low, s.ci95_high, s.p10, s.p50, s.p85, s.p90];
    summary.append(csvRows(RUN_METRICS.map((m, j) => [...arm.prefix, m.key, ...row(summaries[j])])));
    sweep?.append(csvRows(RUN_METRICS.map((m, j) => [...arm.prefix.slice(1), m.key, ...row(summaries[j])])));
    let differences: PairedDifference[] | undefined;
    if (comparison !== undefined && reference === undefined) reference = arm;
    else if (comparison !== undefined && reference !== undefined) {
      const ref = reference;
      differences = RUN_METRICS.map((m, j) => pairedDifference(ref.totals[j], arm.totals[j], higherIsBetter(m)));
      comparison.append(
        csvRows(
          RUN_METRICS.map((m, j) => {
            const d = (differences as PairedDifference[])[j];
            return [ref.prefix[0], arm.prefix[0], m.key, d.n, d.mean_reference, d.mean_scenario, d.mean_diff, d.ci95_low, d.ci95_high, d.pct_change, d.share_better];
          }),
        ),
      );
    }
    arms.push({ prefix: arm.prefix, name: input.names?.[arms.length] ?? arm.prefix[0], summaries, differences });
  }
  await sprintSummary(folder, input);
  return arms;
}

interface ArmTotals {
  prefix: string[];
  totals: Float64Array[];
}

/** The run totals of runs.csv, one arm at a time (rows of an arm are contiguous); columns found by name. */
async function* readArms(file: string, input: AggregateInput): AsyncGenerator<ArmTotals> {
  const table = await openTable(file, [...input.prefixHeader, ...RUN_METRICS.map((m) => m.key)]);
  const prefixColumns = input.prefixHeader.map(table.column);
  const metricColumns = RUN_METRICS.map((m) => table.column(m.key));
  let current: ArmTotals | undefined;
  let key = "";
  let n = 0;
  let rows = 0;
  const done = (arm: ArmTotals): ArmTotals => ({ prefix: arm.prefix, totals: arm.totals.map((t) => t.subarray(0, n)) });
  for await (const record of table.records) {
    if ((++rows & 0xffff) === 0) checkAbort(input.signal);
    const prefix = prefixColumns.map((c) => record.cells[c]);
    const k = prefix.join("\u0000");
    if (current === undefined || k !== key) {
      if (current) yield done(current);
      current = { prefix, totals: RUN_METRICS.map(() => new Float64Array(input.runs)) };
      key = k;
      n = 0;
    }
    if (n >= input.runs) throw new InputError(`${file}:${record.line}: more than ${input.runs} rows for ${JSON.stringify(prefix[0])} (meta.json says ${input.runs} runs)`);
    for (let j = 0; j < metricColumns.length; j++) current.totals[j][n] = table.number(record, metricColumns[j]);
    n++;
  }
  if (current) yield done(current);
}

/** Per arm, sprint and charted metric: n, mean, sd and the P10 / P50 / P90 band. One arm in memory at a time. */
async function sprintSummary(folder: OutputFolder, input: AggregateInput): Promise<void> {
  const out = folder.table("sprint-summary.csv", csvRows([[...input.prefixHeader, "sprint", "metric", "n", "mean", "sd", "p10", "p50", "p90"]]));
  let values: Float64Array[][] = [];
  let counts: number[] = [];
  let prefix: string[] | undefined;
  let key = "";
  let armIndex = 0;
  const flush = () => {
    if (prefix === undefined) return;
    const rows: Cell[][] = [];
    values.forEach((perMetric, s) => {
      SPRINT_SUMMARY_METRICS.forEach((metric, j) => {
        const v = perMetric[j].subarray(0, counts[s]);
        const st = summarize(v);
        rows.push([...(prefix as string[]), s + 1, metric, st.n, st.mean, st.sd, st.p10, st.p50, st.p90]);
      });
    });
    out.append(csvRows(rows));
  };
  const table = await openTable(folder.file("sprints.csv"), [...input.prefixHeader, "sprint", ...SPRINT_SUMMARY_METRICS]);
  const prefixColumns = input.prefixHeader.map(table.column);
  const sprintColumn = table.column("sprint");
  const columns = SPRINT_SUMMARY_METRICS.map(table.column);
  let read = 0;
  for await (const record of table.records) {
    if ((++read & 0xffff) === 0) checkAbort(input.signal);
    const cells = prefixColumns.map((c) => record.cells[c]);
    const k = cells.join("\u0000");
    if (prefix === undefined || k !== key) {
      flush();
      prefix = cells;
      key = k;
      const sprints = input.sprints[armIndex++] ?? 1;
      values = Array.from({ length: sprints }, () => SPRINT_SUMMARY_METRICS.map(() => new Float64Array(input.runs)));
      counts = new Array<number>(sprints).fill(0);
    }
    const s = table.number(record, sprintColumn) - 1;
    if (!(s >= 0 && s < values.length) || counts[s] >= input.runs) throw new InputError(`${table.file}:${record.line}: sprint ${s + 1} of ${JSON.stringify(cells[0])} does not fit meta.json (${values.length} sprints, ${input.runs} runs)`);
    for (let j = 0; j < columns.length; j++) values[s][j][counts[s]] = table.number(record, columns[j]);
    counts[s]++;
  }
  flush();
}
