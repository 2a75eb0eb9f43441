// Summaries of an experiment, computed from the per-replication files as written (runs.csv,
// sprints.csv) — the one code path for single runs and merged shards, so both give the same
// bytes. summary.csv: every run total per arm; sprint-summary.csv: the charted sprint metrics
// per arm and sprint; comparison.csv: paired differences against the reference; sweep.csv.
import { RUN_METRICS } from "../model/result.js";
import { COMPARISON_COLUMNS, ORGANIZATION, SUMMARY_COLUMNS, csvRows, type Cell } from "../output/csv.js";
import { openTable } from "../output/csvread.js";
import { SPEC } from "../scenario/spec.js";
import { InputError } from "../errors.js";
import { checkAbort } from "./abort.js";
import type { OutputFolder, TableWriter } from "../output/folder.js";
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
  /** The values held at once, in bytes (SUMMARY_BUDGET); smaller in tests, to check that passes give the same bytes. */
  budget?: number;
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


/**
 * The values held at once while summarizing, in bytes. More replications than fit are summarized
 * in several passes over the file, a group of columns (run totals) or of sprints at a time: the
 * same figures, byte for byte — each column's values are still all in memory when it is
 * summarized — in memory that does not grow with the number of runs (100,000 runs of 12 sprints:
 * 2 passes over runs.csv, 4 over sprints.csv).
 */
export const SUMMARY_BUDGET = 24 * 1024 ** 2;

/** The most team labels a row of runs.csv or sprints.csv can have: `all` and each of the most teams a scenario allows. */
const MOST_LABELS = SPEC.fields.organization.fields.teams.max + 1;

/** A run total's summary as the cells of summary.csv (and sweep.csv) after the metric's name. */
const summaryCells = (s: Summary): Cell[] => [s.n, s.mean, s.sd, s.ci95_low, s.ci95_high, s.p10, s.p50, s.p85, s.p90];

/** The spans [from, to) of `count` columns, each span's columns fitting in `budget` bytes at `columnBytes` each. */
export function passes(count: number, columnBytes: number, budget: number): Array<[number, number]> {
  const size = Math.max(1, Math.floor(budget / Math.max(1, columnBytes)));
  const out: Array<[number, number]> = [];
  for (let a = 0; a < count; a += size) out.push([a, Math.min(count, a + size)]);
  return out;
}

/**
 * Arrays of one value per replication, reused from arm to arm and pass to pass: each array's
 * memory is outside V8's heap and would be given back only when the garbage collector runs,
 * which lets tens of MB of dead arrays pile up while a large file is read.
 */
class Columns {
  private readonly free: Float64Array[] = [];
  /** Where summarize() sorts. */
  readonly scratch: Float64Array;

  constructor(readonly runs: number) {
    this.scratch = new Float64Array(runs);
  }

  take(): Float64Array {
    return this.free.pop() ?? new Float64Array(this.runs);
  }

  give(arrays: Iterable<Float64Array>): void {
    for (const a of arrays) this.free.push(a.length === this.runs ? a : new Float64Array(a.buffer, a.byteOffset, this.runs));
  }
}

/** What one arm's summaries are built from, pass by pass (only the current arm's rows are written when its last pass ends). */
interface ArmFigures {
  prefix: string[];
  teams: Map<string, { summaries: Summary[]; differences?: PairedDifference[] }>;
  /** Compare: the paired differences per team label of the pairs, in the order comparison.csv lists them. */
  pairs: Map<string, PairedDifference[]>;
}

/** Writes summary.csv (and sweep.csv or comparison.csv) arm by arm: only the reference's and the current arm's run totals of the pass's columns are in memory. */
export async function aggregate(folder: OutputFolder, input: AggregateInput): Promise<ArmSummary[]> {
  const summary = folder.table("summary.csv", csvRows([[...input.prefixHeader, ...SUMMARY_COLUMNS]]));
  const sweep = input.command === "sweep" ? folder.table("sweep.csv", csvRows([[...input.prefixHeader.slice(1), ...SUMMARY_COLUMNS]])) : undefined;
  const comparison = input.command === "compare" ? folder.table("comparison.csv", csvRows([[...COMPARISON_COLUMNS]])) : undefined;
  const budget = input.budget ?? SUMMARY_BUDGET;
  const file = folder.file("runs.csv");
  const held = comparison !== undefined ? 2 : 1;
  // The file is read for its team labels only when the most a scenario can have would not fit in one pass.
  const fits = (labels: number) => passes(RUN_METRICS.length, input.runs * 8 * held * labels, budget).length === 1 && passes(Math.max(1, ...input.sprints), labels * SPRINT_SUMMARY_METRICS.length * input.runs * 8, budget).length === 1;
  const labels = fits(MOST_LABELS) ? MOST_LABELS : await teamLabels(file, input);
  const spans = passes(RUN_METRICS.length, input.runs * 8 * held * labels, budget);
  const figures: ArmFigures[] = [];
  const columns = new Columns(input.runs);
  let referenceName = "";
  const arms: ArmSummary[] = [];
  for (const [from, to] of spans) {
    const last = to === RUN_METRICS.length;
    let reference: ArmTotals | undefined;
    let index = 0;
    for await (const arm of readArms(file, input, from, to, columns)) {
      checkAbort(input.signal);
      if (index === 0) referenceName = arm.prefix[0];
      const mine = (figures[index] ??= { prefix: arm.prefix, teams: new Map(), pairs: new Map() });
      for (const [team, totals] of arm.teams) {
        const t = mine.teams.get(team) ?? mine.teams.set(team, { summaries: [] }).get(team)!;
        totals.forEach((values, j) => (t.summaries[from + j] = summarize(values, columns.scratch)));
      }
      if (comparison !== undefined && reference === undefined) reference = arm;
      else if (reference !== undefined) {
        for (const [team, a, b] of pairs(reference, arm)) {
          const d = mine.pairs.get(team) ?? mine.pairs.set(team, []).get(team)!;
          for (let j = from; j < to; j++) d[j] = pairedDifference(a[j - from], b[j - from], higherIsBetter(RUN_METRICS[j]));
        }
      }
      if (arm !== reference) for (const totals of arm.teams.values()) columns.give(totals);
      if (last) {
        arms.push(written(mine, index, referenceName, input, { summary, sweep, comparison }));
        delete figures[index]; // written: what is kept of it is in arms
      }
      index++;
    }
    if (reference !== undefined) columns.give(([] as Float64Array[]).concat(...reference.teams.values()));
  }
  await sprintSummary(folder, input, labels, budget, columns);
  return arms;
}

/** An arm's rows once all its columns are summarized: summary.csv (sweep.csv), comparison.csv; what is kept of it. */
function written(mine: ArmFigures, index: number, referenceName: string, input: AggregateInput, out: { summary: TableWriter; sweep?: TableWriter; comparison?: TableWriter }): ArmSummary {
  const teams: NonNullable<ArmSummary["teams"]> = [];
  for (const [team, { summaries }] of mine.teams) {
    out.summary.append(csvRows(RUN_METRICS.map((m, j) => [...mine.prefix, team, m.key, ...summaryCells(summaries[j])])));
    out.sweep?.append(csvRows(RUN_METRICS.map((m, j) => [...mine.prefix.slice(1), team, m.key, ...summaryCells(summaries[j])])));
    teams.push({ team, summaries });
  }
  for (const [team, d] of mine.pairs) {
    const t = teams.find((x) => x.team === team);
    if (t !== undefined) t.differences = d;
    out.comparison?.append(csvRows(RUN_METRICS.map((m, j) => [referenceName, mine.prefix[0], team, m.key, d[j].n, d[j].mean_reference, d[j].mean_scenario, d[j].mean_diff, d[j].ci95_low, d[j].ci95_high, d[j].pct_change, d[j].share_better])));
  }
  const org = teams.find((t) => t.team === ORGANIZATION) ?? teams[0];
  return { prefix: mine.prefix, name: input.names?.[index] ?? mine.prefix[0], summaries: org.summaries, differences: org.differences, teams };
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
  /** Per team label, in the order the rows give them: each read run total's values over the replications. */
  teams: Map<string, Float64Array[]>;
}

/**
 * The run totals RUN_METRICS[from … to) of runs.csv, one arm at a time (rows of an arm are
 * contiguous; within it, each replication's team rows); columns found by name.
 */
async function* readArms(file: string, input: AggregateInput, from: number, to: number, columns: Columns): AsyncGenerator<ArmTotals> {
  const table = await openTable(file, [...input.prefixHeader, "team", ...RUN_METRICS.map((m) => m.key)]);
  const prefixColumns = input.prefixHeader.map(table.column);
  const teamColumn = table.column("team");
  const metricColumns = RUN_METRICS.slice(from, to).map((m) => table.column(m.key));
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
      totals = metricColumns.map(() => columns.take());
      current.teams.set(team, totals);
    }
    const n = counts.get(team) ?? 0;
    if (n >= input.runs) throw new InputError(`${file}:${record.line}: more than ${input.runs} rows for ${JSON.stringify(prefix[0])}, team ${JSON.stringify(team)} (meta.json says ${input.runs} runs)`);
    for (let j = 0; j < metricColumns.length; j++) totals[j][n] = table.number(record, metricColumns[j]);
    counts.set(team, n + 1);
  }
  if (current) yield done(current);
}

/** The most team labels an arm of runs.csv has (1 for one team; 1 + n for an organization of n): the values a column holds per replication. */
async function teamLabels(file: string, input: AggregateInput): Promise<number> {
  const table = await openTable(file, [...input.prefixHeader, "team"]);
  const prefixColumns = input.prefixHeader.map(table.column);
  const teamColumn = table.column("team");
  let most = 1;
  let key = "";
  let seen = new Set<string>();
  for await (const record of table.records) {
    const k = prefixColumns.map((c) => record.cells[c]).join("\u0000");
    if (k !== key) {
      key = k;
      seen = new Set();
    }
    seen.add(record.cells[teamColumn]);
    most = Math.max(most, seen.size);
  }
  return most;
}

/**
 * Per arm, team, sprint and charted metric: n, mean, sd and the P10 / P50 / P90 band. One arm in
 * memory at a time, and of it the sprints of one pass (all of them unless there are many runs).
 */
async function sprintSummary(folder: OutputFolder, input: AggregateInput, labels: number, budget: number, columns: Columns): Promise<void> {
  const out = folder.table("sprint-summary.csv", csvRows([[...input.prefixHeader, "team", "sprint", "metric", "n", "mean", "sd", "p10", "p50", "p90"]]));
  const most = Math.max(1, ...input.sprints);
  const spans = passes(most, labels * SPRINT_SUMMARY_METRICS.length * input.runs * 8, budget);
  /** Per arm of earlier passes: per team label (in the order its rows give them), the rows of each sprint summarized so far. */
  const pending: Array<Map<string, string[]>> = [];
  for (const [from, to] of spans) {
    const last = to === most;
    let armIndex = 0;
    for await (const arm of readSprints(folder.file("sprints.csv"), input, from, to, columns)) {
      const rows = (pending[armIndex] ??= new Map());
      for (const [team, { values, counts }] of arm.teams) {
        const texts = rows.get(team) ?? rows.set(team, []).get(team)!;
        values.forEach((perMetric, i) => {
          const s = from + i;
          texts[s] = csvRows(SPRINT_SUMMARY_METRICS.map((metric, j) => {
            const st = summarize(perMetric[j].subarray(0, counts[i]), columns.scratch);
            return [...arm.prefix, team, s + 1, metric, st.n, st.mean, st.sd, st.p10, st.p50, st.p90];
          }));
        });
        for (const perMetric of values) columns.give(perMetric);
      }
      if (last) {
        for (const texts of rows.values()) out.append(texts.join(""));
        delete pending[armIndex];
      }
      armIndex++;
    }
  }
}

interface ArmSprints {
  prefix: string[];
  /** Per team label, in the order the rows give them (every label, also one with no sprint in the pass): per sprint of the pass, per metric, the values over the replications. */
  teams: Map<string, { values: Float64Array[][]; counts: number[] }>;
}

/** The charted sprint metrics of sprints.csv for sprints [from, to), one arm at a time. */
async function* readSprints(file: string, input: AggregateInput, from: number, to: number, columns: Columns): AsyncGenerator<ArmSprints> {
  const table = await openTable(file, [...input.prefixHeader, "team", "sprint", ...SPRINT_SUMMARY_METRICS]);
  const prefixColumns = input.prefixHeader.map(table.column);
  const teamColumn = table.column("team");
  const sprintColumn = table.column("sprint");
  const metricColumns = SPRINT_SUMMARY_METRICS.map(table.column);
  let current: ArmSprints | undefined;
  let key = "";
  let sprints = 1;
  let armIndex = 0;
  let read = 0;
  for await (const record of table.records) {
    if ((++read & 0xffff) === 0) checkAbort(input.signal);
    const cells = prefixColumns.map((c) => record.cells[c]);
    const k = cells.join("\u0000");
    if (current === undefined || k !== key) {
      if (current !== undefined) yield current;
      current = { prefix: cells, teams: new Map() };
      key = k;
      sprints = input.sprints[armIndex++] ?? 1;
    }
    const label = record.cells[teamColumn];
    let team = current.teams.get(label);
    if (team === undefined) {
      const span = Math.max(0, Math.min(to, sprints) - from);
      team = { values: Array.from({ length: span }, () => SPRINT_SUMMARY_METRICS.map(() => columns.take())), counts: new Array<number>(span).fill(0) };
      current.teams.set(label, team);
    }
    const s = table.number(record, sprintColumn) - 1;
    const i = s - from;
    if (!(s >= 0 && s < sprints) || (i >= 0 && i < team.counts.length && team.counts[i] >= input.runs)) throw new InputError(`${table.file}:${record.line}: sprint ${s + 1} of ${JSON.stringify(cells[0])}, team ${JSON.stringify(label)} does not fit meta.json (${sprints} sprints, ${input.runs} runs)`);
    if (i < 0 || i >= team.counts.length) continue;
    for (let j = 0; j < metricColumns.length; j++) team.values[i][j][team.counts[i]] = table.number(record, metricColumns[j]);
    team.counts[i]++;
  }
  if (current !== undefined) yield current;
}
