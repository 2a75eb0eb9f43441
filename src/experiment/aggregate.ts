// Summaries of an experiment, computed from the per-replication files as written (runs.csv,
// sprints.csv) — the one code path for single runs and merged shards, so both give the same
// bytes. summary.csv: every run total per arm; sprint-summary.csv: the charted sprint metrics
// per arm and sprint; comparison.csv: paired differences against the reference; sweep.csv.
import { RUN_METRICS } from "../model/result.js";
import { COMPARISON_COLUMNS, SUMMARY_COLUMNS, csvRows, type Cell } from "../output/csv.js";
import { readCsv } from "../output/csvread.js";
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
  /** Checked between arms: a stop signal ends the summaries with its InterruptedError. */
  signal?: AbortSignal;
}

/** What is kept of an arm once its rows are summarized: no per-replication values. */
export interface ArmSummary {
  prefix: string[];
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
    arms.push({ prefix: arm.prefix, summaries, differences });
  }
  await sprintSummary(folder, input);
  return arms;
}

interface ArmTotals {
  prefix: string[];
  totals: Float64Array[];
}

/** The run totals of runs.csv, one arm at a time (rows of an arm are contiguous). */
async function* readArms(file: string, input: AggregateInput): AsyncGenerator<ArmTotals> {
  const first = input.prefixWidth + 3; // replication, seed, weeks
  let current: ArmTotals | undefined;
  let key = "";
  let n = 0;
  let header = true;
  let rows = 0;
  const done = (arm: ArmTotals): ArmTotals => ({ prefix: arm.prefix, totals: arm.totals.map((t) => t.subarray(0, n)) });
  for await (const row of readCsv(file)) {
    if (header) {
      header = false;
      continue;
    }
    if ((++rows & 0xffff) === 0) checkAbort(input.signal);
    const k = row.slice(0, input.prefixWidth).join("\u0000");
    if (current === undefined || k !== key) {
      if (current) yield done(current);
      current = { prefix: row.slice(0, input.prefixWidth), totals: RUN_METRICS.map(() => new Float64Array(input.runs)) };
      key = k;
      n = 0;
    }
    for (let j = 0; j < RUN_METRICS.length; j++) current.totals[j][n] = Number(row[first + j]);
    n++;
  }
  if (current) yield done(current);
}

/** Per arm, sprint and charted metric: n, mean, sd and the P10 / P50 / P90 band. One arm in memory at a time. */
async function sprintSummary(folder: OutputFolder, input: AggregateInput): Promise<void> {
  const out = folder.table("sprint-summary.csv", csvRows([[...input.prefixHeader, "sprint", "metric", "n", "mean", "sd", "p10", "p50", "p90"]]));
  let columns: number[] = [];
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
  let header = true;
  let read = 0;
  for await (const row of readCsv(folder.file("sprints.csv"))) {
    if (header) {
      columns = SPRINT_SUMMARY_METRICS.map((m) => row.indexOf(m));
      header = false;
      continue;
    }
    if ((++read & 0xffff) === 0) checkAbort(input.signal);
    const k = row.slice(0, input.prefixWidth).join("\u0000");
    if (prefix === undefined || k !== key) {
      flush();
      prefix = row.slice(0, input.prefixWidth);
      key = k;
      const sprints = input.sprints[armIndex++] ?? 1;
      values = Array.from({ length: sprints }, () => SPRINT_SUMMARY_METRICS.map(() => new Float64Array(input.runs)));
      counts = new Array<number>(sprints).fill(0);
    }
    const s = Number(row[input.prefixWidth + 1]) - 1;
    for (let j = 0; j < columns.length; j++) values[s][j][counts[s]] = Number(row[columns[j]]);
    counts[s]++;
  }
  flush();
}
