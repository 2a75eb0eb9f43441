// Summaries of an experiment, computed from the per-replication files as written (runs.csv,
// sprints.csv) — the one code path for single runs and merged shards, so both give the same
// bytes. summary.csv: every run total per arm; sprint-summary.csv: the charted sprint metrics
// per arm and sprint; comparison.csv: paired differences against the reference; sweep.csv.
import { RUN_METRICS } from "../model/result.js";
import { COMPARISON_COLUMNS, ORGANIZATION, SUMMARY_COLUMNS, csvRows, type Cell } from "../output/csv.js";
import { openTable } from "../output/csvread.js";
import { InputError } from "../errors.js";
import { checkAbort } from "./abort.js";
import type { OutputFolder } from "../output/folder.js";
import { higherIsBetter, pairedDifference, summarize, type PairedDifference, type Summary } from "./stats.js";

/** Sprint metrics summarized per sprint for the charts (kept to a few so memory stays bounded). */
export const SPRINT_SUMMARY_METRICS = ["value_delivered", "cumulative_value", "velocity_hours", "say_do_ratio", "committed_items", "done_items", "impediments_open", "blocked_hours", "developers"] as const;

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
  /** The organization's (`team` = all) run totals' summaries, in RUN_METRICS order. */
  summaries: Summary[];
  /** Compare only: the organization's paired differences against the reference (not on the reference itself). */
  differences?: PairedDifference[];
  /** Every team label of the arm (`all` first, then 1 … n with two or more teams), with its summaries and differences. */
  teams?: Array<{ team: string; summaries: Summary[]; differences?: PairedDifference[] }>;
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
    const row = (s: Summary) => [s.n, s.mean, s.sd, s.ci95_low, s.ci95_high, s.p10, s.p50, s.p85, s.p90];
    const teams: ArmSummary["teams"] = [];
    if (comparison !== undefined && reference === undefined) reference = arm;
    for (const [team, totals] of arm.teams) {
      const summaries = totals.map((t) => summarize(t));
      summary.append(csvRows(RUN_METRICS.map((m, j) => [...arm.prefix, team, m.key, ...row(summaries[j])])));
      sweep?.append(csvRows(RUN_METRICS.map((m, j) => [...arm.prefix.slice(1), team, m.key, ...row(summaries[j])])));
      teams.push({ team, summaries });
    }
    if (comparison !== undefined && reference !== undefined && reference !== arm) {
      const ref = reference;
      for (const [team, a, b] of pairs(ref, arm)) {
        const d = RUN_METRICS.map((m, j) => pairedDifference(a[j], b[j], higherIsBetter(m)));
        const mine = teams.find((t) => t.team === team);
        if (mine !== undefined) mine.differences = d;
        comparison.append(csvRows(RUN_METRICS.map((m, j) => [ref.prefix[0], arm.prefix[0], team, m.key, d[j].n, d[j].mean_reference, d[j].mean_scenario, d[j].mean_diff, d[j].ci95_low, d[j].ci95_high, d[j].pct_change, d[j].share_better])));
      }
    }
    const org = teams.find((t) => t.team === ORGANIZATION) ?? teams[0];
    arms.push({ prefix: arm.prefix, name: input.names?.[arms.length] ?? arm.prefix[0], summaries: org.summaries, differences: org.differences, teams });
  }
  await sprintSummary(folder, input);
  return arms;
}

/**
 * The rows a compare pairs, by team label: the organizations' rows (`all`) and each team's of
 * the same number. A scenario of one team has only `all` rows, which are its team's: they are
 * also paired with every team of an organization it is compared with.
 */
function pairs(ref: ArmTotals, arm: ArmTotals): Array<[string, Float64Array[], Float64Array[]]> {
  const single = (a: ArmTotals) => (a.teams.size === 1 ? a.teams.get(ORGANIZATION) : undefined);
  const labels = [...new Set([...ref.teams.keys(), ...arm.teams.keys()])];
  const out: Array<[string, Float64Array[], Float64Array[]]> = [];
  for (const team of labels) {
    const a = ref.teams.get(team) ?? single(ref);
    const b = arm.teams.get(team) ?? single(arm);
    if (a !== undefined && b !== undefined) out.push([team, a, b]);
  }
  return out;
}

interface ArmTotals {
  prefix: string[];
  /** Per team label, in the order the rows give them: every run total's values over the replications. */
  teams: Map<string, Float64Array[]>;
}

/** The run totals of runs.csv, one arm at a time (rows of an arm are contiguous; within it, each replication's team rows); columns found by name. */
async function* readArms(file: string, input: AggregateInput): AsyncGenerator<ArmTotals> {
  const table = await openTable(file, [...input.prefixHeader, "team", ...RUN_METRICS.map((m) => m.key)]);
  const prefixColumns = input.prefixHeader.map(table.column);
  const teamColumn = table.column("team");
  const metricColumns = RUN_METRICS.map((m) => table.column(m.key));
  let current: ArmTotals | undefined;
  let counts = new Map<string, number>();
  let key = "";
  let rows = 0;
  const done = (arm: ArmTotals): ArmTotals => ({ prefix: arm.prefix, teams: new Map([...arm.teams].map(([team, totals]) => [team, totals.map((t) => t.subarray(0, counts.get(team) ?? 0))])) });
  for await (const record of table.records) {
    if ((++rows & 0xffff) === 0) checkAbort(input.signal);
    const prefix = prefixColumns.map((c) => record.cells[c]);
    const k = prefix.join("\u0000");
    if (current === undefined || k !== key) {
      if (current) yield done(current);
      current = { prefix, teams: new Map() };
      counts = new Map();
      key = k;
    }
    const team = record.cells[teamColumn];
    let totals = current.teams.get(team);
    if (totals === undefined) {
      totals = RUN_METRICS.map(() => new Float64Array(input.runs));
      current.teams.set(team, totals);
    }
    const n = counts.get(team) ?? 0;
    if (n >= input.runs) throw new InputError(`${file}:${record.line}: more than ${input.runs} rows for ${JSON.stringify(prefix[0])}, team ${JSON.stringify(team)} (meta.json says ${input.runs} runs)`);
    for (let j = 0; j < metricColumns.length; j++) totals[j][n] = table.number(record, metricColumns[j]);
    counts.set(team, n + 1);
  }
  if (current) yield done(current);
}

/** Per arm, team, sprint and charted metric: n, mean, sd and the P10 / P50 / P90 band. One arm in memory at a time. */
async function sprintSummary(folder: OutputFolder, input: AggregateInput): Promise<void> {
  const out = folder.table("sprint-summary.csv", csvRows([[...input.prefixHeader, "team", "sprint", "metric", "n", "mean", "sd", "p10", "p50", "p90"]]));
  /** Per team label: per sprint, per metric, the values over the replications. */
  let teams = new Map<string, { values: Float64Array[][]; counts: number[] }>();
  let prefix: string[] | undefined;
  let key = "";
  let sprints = 1;
  let armIndex = 0;
  const flush = () => {
    if (prefix === undefined) return;
    const rows: Cell[][] = [];
    for (const [team, { values, counts }] of teams) {
      values.forEach((perMetric, s) => {
        SPRINT_SUMMARY_METRICS.forEach((metric, j) => {
          const v = perMetric[j].subarray(0, counts[s]);
          const st = summarize(v);
          rows.push([...(prefix as string[]), team, s + 1, metric, st.n, st.mean, st.sd, st.p10, st.p50, st.p90]);
        });
      });
    }
    out.append(csvRows(rows));
  };
  const table = await openTable(folder.file("sprints.csv"), [...input.prefixHeader, "team", "sprint", ...SPRINT_SUMMARY_METRICS]);
  const prefixColumns = input.prefixHeader.map(table.column);
  const teamColumn = table.column("team");
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
      sprints = input.sprints[armIndex++] ?? 1;
      teams = new Map();
    }
    const label = record.cells[teamColumn];
    let team = teams.get(label);
    if (team === undefined) {
      team = { values: Array.from({ length: sprints }, () => SPRINT_SUMMARY_METRICS.map(() => new Float64Array(input.runs))), counts: new Array<number>(sprints).fill(0) };
      teams.set(label, team);
    }
    const s = table.number(record, sprintColumn) - 1;
    if (!(s >= 0 && s < sprints) || team.counts[s] >= input.runs) throw new InputError(`${table.file}:${record.line}: sprint ${s + 1} of ${JSON.stringify(cells[0])}, team ${JSON.stringify(label)} does not fit meta.json (${sprints} sprints, ${input.runs} runs)`);
    for (let j = 0; j < columns.length; j++) team.values[s][j][team.counts[s]] = table.number(record, columns[j]);
    team.counts[s]++;
  }
  flush();
}
