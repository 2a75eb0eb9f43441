// An experiment from start to end: resolve the scenarios (and sweep points), plan the
// replications, run them, stream the rows into the output folder in a fixed order, summarize,
// and move the folder into place — or, on any failure or interruption, leave nothing behind.
import { createHash, type Hash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { InputError, RunError, UsageError } from "../errors.js";
import { loadScenario } from "../scenario/load.js";
import { ScenarioError } from "../scenario/problems.js";
import { formatResolvedScenario } from "../scenario/format.js";
import type { Scenario } from "../scenario/types.js";
import { sprintsOf, weeksOf } from "../scenario/horizon.js";
import { COLUMNS, TABLES, csvRows, type TableName } from "../output/csv.js";
import { OutputFolder, type TableWriter } from "../output/folder.js";
import { toolVersion } from "../version.js";
import { metaText, resolvedFiles, safeName, type Meta, type Segment } from "../output/meta.js";

export type { Meta } from "../output/meta.js";
export { metaText, safeName } from "../output/meta.js";
import { aggregate, type ArmSummary } from "./aggregate.js";
import { writeReport } from "../output/report/index.js";
import { BlockFailure, execute } from "./execute.js";
import { checkAbort } from "./abort.js";
import { defaultFolderName, freeFolder } from "./names.js";
import { parseShard, parseVary, setText, shardRange, sweepPoints, tasks, type Arm, type Command, type Plan, type Vary } from "./plan.js";
import { longRunWarning, replicationCost, tooCostly, tooLarge } from "./budget.js";

export interface ExperimentRequest {
  command: Command;
  files: string[];
  sets: string[];
  /** Where `extends` may read (default: each scenario's folder). */
  extendsRoot?: string;
  /** stdin's bytes, for a scenario file named "-". */
  stdin?: () => string | Uint8Array;
  vary: string[];
  runs?: number;
  seed?: number;
  first: number;
  detail: number;
  trace: boolean;
  jobs: number;
  out?: string;
  force: boolean;
  shard?: string;
  cwd: string;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** Write report.html (default true). */
  report?: boolean;
  /** A scenario's warning (what a coach might not have meant), once each. */
  onWarning?: (text: string) => void;
}

export interface ExperimentResult {
  folder: string;
  plan: Plan;
  /** Run totals per arm (undefined for a shard, which is summarized only when merged). */
  arms?: ArmSummary[];
}

export async function runExperiment(req: ExperimentRequest): Promise<ExperimentResult> {
  const warnings: string[] = [];
  const plan = makePlan(req, warnings);
  for (const w of warnings) req.onWarning?.(w);
  const named = req.command === "sweep" ? [plan.arms[0].name] : plan.arms.map((a) => a.name);
  const given = outArg(req.out);
  const out = given !== undefined ? path.resolve(req.cwd, given) : freeFolder(path.resolve(req.cwd, "out", defaultFolderName(req.command, named, plan.vary.map((v) => v.path), plan.shard)), req.force);
  const folder = OutputFolder.create(out, req.force, { cwd: req.cwd, inputs: req.files });
  try {
    writeHeaderFiles(folder, plan);
    const writers = new Map<TableName, TableWriter>();
    for (const [t, header] of tableHeaders(plan)) writers.set(t, folder.table(`${t}.csv`, header));
    const segments: Record<string, Segment[]> = {};
    const hashes = new Map<Segment, Hash>();
    const work = tasks(plan);
    const total = work.reduce((n, t) => n + t.to - t.from, 0);
    await execute(
      work,
      (t) => ({ scenario: plan.arms[t.arm].scenario, prefix: plan.arms[t.arm].prefix, seed: plan.seed, from: t.from, to: t.to, detailUntil: plan.first + plan.detail, trace: plan.trace }),
      async (t, result) => {
        for (const [name, w] of writers) {
          const start = w.bytes;
          const bytes = result.chunks[name];
          w.appendBytes(bytes);
          const seg = (segments[`${name}.csv`] ??= []);
          let last = seg[seg.length - 1];
          if (last && last[0] === t.arm) last[2] = w.bytes;
          else seg.push((last = [t.arm, start, w.bytes, ""]));
          const hash = hashes.get(last) ?? hashes.set(last, createHash("sha256")).get(last);
          hash?.update(bytes);
        }
      },
      { jobs: req.jobs, signal: req.signal, onProgress: (done) => req.onProgress?.(done, total) },
    );
    for (const w of writers.values()) w.close();
    if (plan.shard !== null) {
      for (const [seg, hash] of hashes) seg[3] = hash.digest("hex");
      folder.write("meta.json", metaText({ ...planMeta(plan), segments }));
      checkAbort(req.signal);
      folder.commit();
      return { folder: out, plan };
    }
    const arms = await finish(folder, planMeta(plan), req.report !== false, req.signal);
    folder.commit();
    return { folder: out, plan, arms };
  } catch (error) {
    folder.discard();
    if (error instanceof BlockFailure) throw reproducible(error, plan, req);
    throw diskError(error, out);
  }
}

/** Summaries and meta.json of a complete folder (single run, or merged shards); a stop signal is honoured up to the end. */
export async function finish(folder: OutputFolder, meta: Meta, report: boolean, signal?: AbortSignal): Promise<ArmSummary[]> {
  const header = prefixHeader({ command: meta.command, vary: meta.vary ?? [] });
  const arms = await aggregate(folder, { command: meta.command, prefixWidth: header.length, prefixHeader: header, runs: meta.runs, sprints: meta.scenarios.map((s) => s.sprints), names: meta.scenarios.map((s) => s.name), signal });
  folder.write("meta.json", metaText({ ...meta, shard: null, segments: undefined }));
  if (report) await writeReport(folder.temp);
  checkAbort(signal);
  return arms;
}

/** The per-replication tables of a folder, each with its header line (events only with --trace). */
export function tableHeaders(plan: Pick<Plan, "command" | "vary" | "trace">): Array<[TableName, string]> {
  return TABLES.filter((t) => t !== "events" || plan.trace).map((t) => [t, csvRows([[...prefixHeader(plan), ...COLUMNS[t]]])]);
}

export function prefixHeader(plan: Pick<Plan, "command" | "vary">): string[] {
  return plan.command === "sweep" ? ["scenario", "point", ...plan.vary.map((v) => v.path)] : ["scenario"];
}

function makePlan(req: ExperimentRequest, warnings: string[]): Plan {
  if (req.files.length === 0) throw new InputError("no scenario file given");
  if (req.files.filter((f) => f === "-").length > 1) throw new UsageError("- (stdin) can stand for one scenario only");
  let input: string | Uint8Array | undefined;
  const stdin = () => (input ??= (req.stdin ?? (() => readFileSync(0)))()); // read once: a sweep loads its file for every point
  const load = (file: string, extra: string[] = []) => {
    const loaded = loadScenario(file, { sets: [...req.sets, ...extra], cwd: req.cwd, extendsRoot: req.extendsRoot, stdin });
    for (const w of loaded.warnings) if (!warnings.includes(w)) warnings.push(w);
    return loaded.scenario;
  };
  const scenarios = req.files.map((f) => load(f));
  const seed = req.seed ?? scenarios[0].seed;
  const runs = req.runs ?? scenarios[0].runs;
  const vary = req.vary.map(parseVary);
  const twice = vary.find((v, i) => vary.findIndex((w) => w.path === v.path) !== i);
  if (twice !== undefined) throw new UsageError(`--vary ${twice.path} is given twice; give all its values in one --vary`);
  for (const v of vary) if (v.path === "seed" || v.path === "runs") throw new InputError(`--vary ${v.path}: the ${v.path} is the experiment's, the same for every point; use --${v.path}`);
  const arms: Arm[] = [];
  const names = new Map<string, number>();
  const unique = (name: string) => {
    const n = (names.get(name) ?? 0) + 1;
    names.set(name, n);
    return n === 1 ? name : `${name} #${n}`;
  };
  const arm = (s: Scenario, file: string, values?: unknown[]) => {
    const name = values === undefined ? unique(s.name) : s.name;
    const prefix = values === undefined ? [name] : [name, arms.length + 1, ...values.map((v) => (typeof v === "string" ? v : typeof v === "number" ? v : JSON.stringify(v)))];
    arms.push({ index: arms.length, name, description: s.description, file, scenario: { ...s, name }, prefix, values });
  };
  if (req.command === "sweep") {
    if (vary.length === 0) throw new InputError("sweep needs at least one --vary path=from:to:step or --vary path=a,b,c");
    const points = sweepPoints(vary);
    if (points.length > 100_000) throw new InputError(`--vary makes ${points.length} points; at most 100,000`);
    for (const p of points) arm(loadPoint(() => load(req.files[0], vary.map((v, i) => setText(v.path, p[i]))), vary, p, req.vary), req.files[0], p);
  } else req.files.forEach((f, i) => arm(scenarios[i], f));
  const plan: Plan = { command: req.command, sets: [...req.sets], arms, seed, runs, first: req.first, detail: Math.min(req.detail, runs), trace: req.trace, vary, shard: parseShard(req.shard), base: req.command === "sweep" ? scenarios[0] : undefined };
  checkSameWeeks(arms, req.command);
  const mixed = teamsWarning(arms, req.command);
  if (mixed !== undefined && !warnings.includes(mixed)) warnings.push(mixed);
  checkBudget(plan, req.jobs, warnings);
  return plan;
}

/**
 * Scenarios with different numbers of teams can be compared, but only their organizations' rows
 * (team "all": sums of the teams' counts and value) pair up: say so, since a coach may expect per-team figures.
 */
function teamsWarning(arms: Arm[], command: Command): string | undefined {
  const n = (a: Arm) => a.scenario.organization.teams;
  const other = arms.find((a) => n(a) !== n(arms[0]));
  if (other === undefined) return undefined;
  const teams = (a: Arm) => `${JSON.stringify(a.name)} has ${n(a)} ${n(a) === 1 ? "team" : "teams"}`;
  return `${command}: ${teams(arms[0])} and ${teams(other)}: the rows of team "all" are each organization's (sums over its teams); a single team's rows are also compared with every team of the other scenario (rows 1, 2, …)`;
}

/**
 * Every scenario of a compare or sweep must cover the same calendar weeks: comparing 48 weeks
 * of one with 24 of another would report the longer span as "better". Refuse what cannot be
 * aligned, saying how to align it.
 */
function checkSameWeeks(arms: Arm[], command: Command): void {
  if (arms.length < 2) return;
  const span = (a: Arm) => `${JSON.stringify(a.name)} covers ${weeksOf(a.scenario)} weeks (${sprintsOf(a.scenario)} sprints of ${a.scenario.calendar.sprintDays} days)`;
  const first = arms[0];
  const other = arms.find((a) => weeksOf(a.scenario) !== weeksOf(first.scenario));
  if (other === undefined) return;
  const fixed = arms.some((a) => a.scenario.horizon.sprints > 0);
  const how = fixed
    ? "remove horizon.sprints (it fixes the number of sprints, not the weeks) and set horizon.weeks"
    : `set horizon.weeks to a span every sprint length divides (a multiple of ${lcmWeeks(arms)} weeks here), e.g. --set horizon.weeks=${lcmWeeks(arms) * Math.max(1, Math.round(weeksOf(first.scenario) / lcmWeeks(arms)))}`;
  throw new InputError(`${command}: the scenarios must cover the same calendar weeks, but ${span(first)} and ${span(other)}; ${how}`);
}

/** The shortest span in weeks that is a whole number of sprints for every arm's sprint length. */
function lcmWeeks(arms: Arm[]): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let days = 5;
  for (const a of arms) days = (days * a.scenario.calendar.sprintDays) / gcd(days, a.scenario.calendar.sprintDays);
  return days / 5;
}


/** Refuses what cannot finish (a replication too costly, summaries too large, replication numbers past 2^53) and warns of a long run. */
function checkBudget(plan: Plan, jobs: number, warnings: string[]): void {
  const last = plan.first + plan.runs - 1;
  if (!Number.isSafeInteger(last)) throw new UsageError(`--first ${plan.first} with --runs ${plan.runs}: the last replication number would pass ${Number.MAX_SAFE_INTEGER.toLocaleString("en-US")} (2^53 − 1), beyond which numbers are not exact and replications would repeat; use a smaller --first`);
  const costs = plan.arms.map((a) => {
    const why = tooCostly(a.scenario);
    if (why !== undefined) throw new InputError(`scenario ${JSON.stringify(a.name)}${a.values ? ` (sweep point ${a.index + 1}: ${plan.vary.map((v, i) => setText(v.path, a.values?.[i])).join(", ")})` : ""}: ${why}`);
    return replicationCost(a.scenario).ms;
  });
  const large = tooLarge(plan.runs, Math.max(...plan.arms.map((a) => sprintsOf(a.scenario))), plan.command === "compare");
  if (large !== undefined) throw new InputError(`--runs ${plan.runs}: ${large}`);
  const { from, to } = shardRange(plan);
  const long = longRunWarning(costs, to - from, jobs);
  if (long !== undefined) warnings.push(long);
}

/** A sweep point's scenario; a value the schema refuses is reported against its --vary option, not the --set made of it. */
function loadPoint(load: () => Scenario, vary: Vary[], point: unknown[], texts: string[]): Scenario {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    const sets = vary.map((v, i) => `--set ${setText(v.path, point[i])}`);
    throw new ScenarioError(error.problems.map((p) => (sets.includes(p.file) ? { ...p, file: `--vary ${texts[sets.indexOf(p.file)]}` } : p)));
  }
}

function writeHeaderFiles(folder: OutputFolder, plan: Plan): void {
  const meta = { version: toolVersion(), runs: plan.runs, seed: plan.seed };
  if (plan.command === "compare") {
    const files = resolvedFiles(plan.arms.map((a) => a.name));
    plan.arms.forEach((a, i) => folder.write(files[i], formatResolvedScenario(a.scenario, meta)));
  } else folder.write("scenario.resolved.yaml", formatResolvedScenario(plan.base ?? plan.arms[0].scenario, meta));
}

export function planMeta(plan: Plan): Meta {
  const resolved = plan.command === "compare" ? resolvedFiles(plan.arms.map((a) => a.name)) : plan.command === "run" ? ["scenario.resolved.yaml"] : undefined;
  return {
    command: plan.command,
    tool: "scrumlab",
    version: toolVersion(),
    seed: plan.seed,
    runs: plan.runs,
    first: plan.first,
    detail: plan.detail,
    trace: plan.trace,
    scenarios: plan.arms.map((a, i) => ({ name: a.name, description: a.description, file: a.file, ...(resolved ? { resolved: resolved[i] } : {}), sprints: sprintsOf(a.scenario), sprintDays: a.scenario.calendar.sprintDays, hoursPerDay: a.scenario.calendar.hoursPerDay, weeks: weeksOf(a.scenario) })),
    reference: plan.command === "compare" ? plan.arms[0].name : null,
    vary: plan.command === "sweep" ? plan.vary : null,
    shard: plan.shard,
    sets: plan.sets,
  };
}

function reproducible(error: BlockFailure, plan: Plan, req: ExperimentRequest): RunError {
  const arm = plan.arms[error.task.arm];
  const sets = [...req.sets, ...(arm.values ?? []).map((v, i) => setText(plan.vary[i].path, v))].map((s) => ` --set ${JSON.stringify(s)}`).join("");
  return new RunError(
    `scenario ${JSON.stringify(arm.name)}, replication ${error.replication} (seed ${plan.seed}) failed: ${error.reason}\n` +
      `reproduce it with: scrumlab run ${arm.file} --seed ${plan.seed} --first ${error.replication} --runs 1 --jobs 1${sets}`,
  );
}

/** A failed write (full disk, no permission) as a clear error, exit 1. */
export function diskError(error: unknown, out: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reasons: Record<string, string> = { ENOSPC: "no space left on the device", EACCES: "permission denied", EPERM: "permission denied", EROFS: "the file system is read-only", EIO: "an input/output error", EDQUOT: "the disk quota is exceeded" };
  if (code !== undefined && code in reasons) return new RunError(`cannot write the output folder ${out}: ${reasons[code]}; nothing was left half-written`);
  return error;
}

/** The --out value; "-" (stdout) is refused: an experiment writes a folder of files. */
export function outArg(out: string | undefined): string | undefined {
  if (out === "-") throw new UsageError("--out -: an experiment writes a folder (CSV files, meta.json, report.html), not one stream; give a folder, and use --json for the headline figures on stdout");
  return out;
}
