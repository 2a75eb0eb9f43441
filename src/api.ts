// The programmatic API: run an experiment and read an output folder from a Node script or a
// notebook, with the same files, bytes and checks as the CLI (a folder written here is one
// `scrumlab report` reads, and the other way round). Errors are the CLI's typed errors
// (InputError for bad input, RunError, InterruptedError), never process exits.
import os from "node:os";
import path from "node:path";
import { runExperiment } from "./experiment/experiment.js";
import type { ArmSummary } from "./experiment/aggregate.js";
import { commaToPoint, openTable } from "./output/csvread.js";
import { readMeta, type Meta } from "./output/meta.js";
import type { TableName } from "./output/csv.js";

export interface ExperimentOptions {
  /** Scenario files (YAML or JSON): one for a run or a sweep, two or more for a compare (the first is the reference). */
  scenarios: string[];
  /** Default: "run" for one file, "compare" for more; "sweep" needs `vary`. */
  command?: "run" | "compare" | "sweep";
  /** Where to write the folder (default: out/<command>-<scenario> under `cwd`). */
  out?: string;
  /** Replace a scrumlab output folder that is there (never anything else). */
  force?: boolean;
  /** Replications per scenario (default: the first scenario's `runs`). */
  runs?: number;
  /** Master seed (default: the first scenario's `seed`). */
  seed?: number;
  /** Number of the first replication (default 0). */
  first?: number;
  /** Replications with detail tables: time, items, impediments (default 20). */
  detail?: number;
  /** Also write events.csv, the trace of the detail replications. */
  trace?: boolean;
  /** Worker threads (default: every core); the bytes do not depend on it. */
  jobs?: number;
  /** `path=value` overrides of scenario keys, as --set. */
  set?: string[];
  /** A sweep's keys and values, as --vary: "team.developers=3,5,7" or "roles.productOwner.availability=0.2:1:0.2". */
  vary?: string[];
  /** Write report.html (default true). */
  report?: boolean;
  /** Relative paths are resolved against this folder (default: process.cwd()). */
  cwd?: string;
  /** Stops the experiment (InterruptedError); nothing is left behind. */
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  onWarning?: (text: string) => void;
}

export interface ExperimentOutput {
  /** The folder written (absolute). */
  folder: string;
  meta: Meta;
  /** Every arm's run totals summarized (and, in a compare, its paired differences against the reference), in RUN_METRICS order. */
  arms: ArmSummary[];
}

/** Runs an experiment into a folder, as `scrumlab run`, `compare` or `sweep` would. */
export async function experiment(options: ExperimentOptions): Promise<ExperimentOutput> {
  const command = options.command ?? (options.scenarios.length > 1 ? "compare" : "run");
  const cwd = options.cwd ?? process.cwd();
  const result = await runExperiment({
    command,
    files: options.scenarios,
    sets: options.set ?? [],
    vary: options.vary ?? [],
    runs: options.runs,
    seed: options.seed,
    first: options.first ?? 0,
    detail: options.detail ?? 20,
    trace: options.trace ?? false,
    jobs: options.jobs ?? Math.max(1, os.availableParallelism()),
    out: options.out,
    force: options.force ?? false,
    cwd,
    signal: options.signal,
    onProgress: options.onProgress,
    onWarning: options.onWarning,
    report: options.report,
  });
  return { folder: result.folder, meta: readMeta(result.folder), arms: result.arms ?? [] };
}

/** A row of a table: text cells as written (a formula-like name keeps its ' guard; meta.json has names as given), number cells as numbers, empty cells (not reached) as null. */
export type Row = Record<string, string | number | null>;

/** The summaries of an output folder. */
export interface OutputData {
  meta: Meta;
  /** summary.csv: every run total of every arm. */
  summary: Row[];
  /** comparison.csv of a compare (else empty). */
  comparison: Row[];
  /** sweep.csv of a sweep (else empty). */
  sweep: Row[];
}

/** Text columns: the rest are numbers (a sweep's varied values are numbers when they look like one). */
const TEXT = new Set(["scenario", "reference", "metric", "kind", "effect", "raised_by", "removed_by", "agent", "role", "duty", "developer", "details"]);

/** Reads an output folder's meta.json and summaries, checked as `scrumlab report` checks them. */
export async function readOutput(dir: string): Promise<OutputData> {
  const meta = readMeta(dir);
  const all = async (name: string, present: boolean) => {
    const out: Row[] = [];
    if (present) for await (const row of rows(path.join(dir, name))) out.push(row);
    return out;
  };
  return { meta, summary: await all("summary.csv", true), comparison: await all("comparison.csv", meta.command === "compare"), sweep: await all("sweep.csv", meta.command === "sweep") };
}

/** The rows of one per-replication table of a folder (runs, sprints, time, items, impediments, events), streamed: any size fits. */
export function tableRows(dir: string, table: TableName): AsyncIterable<Row> {
  return rows(path.join(dir, `${table}.csv`));
}

async function* rows(file: string): AsyncGenerator<Row> {
  const table = await openTable(file);
  for await (const record of table.records) {
    const row: Row = {};
    table.header.forEach((name, c) => {
      const cell = record.cells[c];
      const number = cell === "" ? NaN : Number(table.decimalComma ? commaToPoint(cell) : cell);
      row[name] = cell === "" ? null : TEXT.has(name) || !Number.isFinite(number) ? cell : number;
    });
    yield row;
  }
}
