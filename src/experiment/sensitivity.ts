// A sensitivity analysis from start to end, on the experiment machinery (worker pool, blocks,
// shards, atomic output folder): plan the points, run every point's replications (both
// scenarios with --vs, the same replication seeds everywhere), write one row of samples.csv
// per point in point order, then — unless this is a shard — analyse samples.csv as written
// (the one code path for single runs and merged shards) and move the folder into place.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { RunError } from "../errors.js";
import { RUN_METRICS } from "../model/result.js";
import { formatResolvedScenario } from "../scenario/format.js";
import { csvRows, type Cell } from "../output/csv.js";
import { OutputFolder } from "../output/folder.js";
import { toolVersion } from "../version.js";
import { BlockFailure, execute } from "./execute.js";
import { diskError, safeName } from "./experiment.js";
import { BLOCK, setText, type Task } from "./plan.js";
import { makeSensitivityPlan, pointScenario, pointValues, type SensitivityOptions, type SensitivityPlan } from "./sensitivity-plan.js";
import { finishSensitivity, sensitivityMeta, type SensitivityMeta, type SensitivitySummary } from "./sensitivity-finish.js";
import { checkAbort } from "./abort.js";
import { pairedDifference } from "./stats.js";
import type { TotalsJob } from "./totals.js";

export interface SensitivityRequest extends SensitivityOptions {
  jobs: number;
  out?: string;
  force: boolean;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  onWarning?: (text: string) => void;
  report?: boolean;
}

export interface SensitivityResult {
  folder: string;
  plan: SensitivityPlan;
  /** Undefined for a shard (analysed only when merged). */
  summary?: SensitivitySummary;
}

/** The points a shard runs: a contiguous slice (all of them without sharding). */
export function pointRange(plan: Pick<SensitivityPlan, "points" | "shard">): { from: number; to: number } {
  const { points, shard } = plan;
  if (shard === null) return { from: 0, to: points };
  return { from: Math.floor((shard.index * points) / shard.count), to: Math.floor(((shard.index + 1) * points) / shard.count) };
}

/** samples.csv's header: the point, the varied keys, then per metric its mean (or with --vs: reference, scenario, difference, percent change). */
export function samplesHeader(meta: Pick<SensitivityMeta, "vary" | "metrics" | "reference">): string[] {
  const cols = meta.metrics.flatMap((m) => (meta.reference === null ? [m] : [`${m}_reference`, `${m}_scenario`, `${m}_diff`, `${m}_pct`]));
  return ["point", ...meta.vary.map((v) => v.path), ...cols];
}

export async function runSensitivity(req: SensitivityRequest): Promise<SensitivityResult> {
  const warnings: string[] = [];
  const plan = makeSensitivityPlan(req, warnings);
  for (const w of warnings) req.onWarning?.(w);
  const out = path.resolve(req.cwd, req.out ?? path.join("out", `sensitivity-${safeName(plan.scenarios[0].scenario.name)}`));
  const folder = OutputFolder.create(out, req.force);
  const meta = sensitivityMeta(plan);
  try {
    const fmt = { version: toolVersion(), runs: plan.runs, seed: plan.seed };
    folder.write("scenario.resolved.yaml", formatResolvedScenario(plan.scenarios[0].scenario, fmt));
    if (plan.scenarios.length > 1) folder.write("vs.resolved.yaml", formatResolvedScenario(plan.scenarios[1].scenario, fmt));
    const samples = folder.table("samples.csv", csvRows([samplesHeader(meta)]));
    const start = samples.bytes;
    const { from, to } = pointRange(plan);
    const arms = plan.scenarios.length;
    const work: Task[] = [];
    for (let p = from; p < to; p++) for (let a = 0; a < arms; a++) for (let k = 0; k < plan.runs; k += BLOCK) work.push({ id: work.length, arm: p * arms + a, from: k, to: Math.min(plan.runs, k + BLOCK) });
    const total = (to - from) * arms * plan.runs;
    const m = RUN_METRICS.length;
    const columns = plan.metrics.map((key) => RUN_METRICS.findIndex((r) => r.key === key));
    // the scenarios of the point whose blocks are being handed out (ahead of those consumed)
    let jobPoint = -1;
    let scenarios: TotalsJob["scenario"][] = [];
    // the totals of the point whose blocks are being consumed, in order: [arm][replication × metric]
    let point = -1;
    let totals: Float64Array[] = [];
    await execute(
      work,
      (t): TotalsJob => {
        const p = Math.floor(t.arm / arms);
        if (p !== jobPoint) {
          const values = pointValues(plan, p);
          scenarios = plan.scenarios.map((_, a) => pointScenario(plan, p, a, values));
          jobPoint = p;
        }
        return { kind: "totals", scenario: scenarios[t.arm % arms], seed: plan.seed, from: t.from, to: t.to };
      },
      async (t, result) => {
        const p = Math.floor(t.arm / arms);
        if (p !== point) {
          point = p;
          totals = plan.scenarios.map(() => new Float64Array(plan.runs * m));
        }
        totals[t.arm % arms].set(result.totals, t.from * m);
        if (t.to < plan.runs || t.arm % arms !== arms - 1) return;
        samples.append(csvRows([sampleRow(p, pointValues(plan, p), totals, columns, m, plan.runs)]));
      },
      { jobs: req.jobs, signal: req.signal, onProgress: (done) => req.onProgress?.(done, total) },
    );
    samples.close();
    if (plan.shard !== null) {
      const sha = createHash("sha256").update(readFileSync(folder.file("samples.csv")).subarray(start, samples.bytes)).digest("hex");
      folder.write("meta.json", `${JSON.stringify({ ...meta, segments: { "samples.csv": [[0, start, samples.bytes, sha]] } }, null, 2)}\n`);
      checkAbort(req.signal);
      folder.commit();
      return { folder: out, plan };
    }
    const summary = await finishSensitivity(folder, meta, req.report !== false, req.signal);
    folder.commit();
    return { folder: out, plan, summary };
  } catch (error) {
    folder.discard();
    if (error instanceof BlockFailure) throw reproducible(error, plan, req);
    throw diskError(error, out);
  }
}

/** One row of samples.csv: the point's number (from 1), its values, and per metric the mean (or the paired comparison). */
function sampleRow(p: number, values: number[], totals: Float64Array[], columns: number[], m: number, runs: number): Cell[] {
  const column = (arm: number, j: number) => Float64Array.from({ length: runs }, (_, k) => totals[arm][k * m + j]);
  const cells: Cell[] = [p + 1, ...values];
  for (const j of columns) {
    if (totals.length === 1) {
      cells.push(column(0, j).reduce((s, v) => s + v, 0) / runs);
      continue;
    }
    const d = pairedDifference(column(0, j), column(1, j), true);
    cells.push(d.mean_reference, d.mean_scenario, d.mean_diff, d.pct_change);
  }
  return cells;
}

function reproducible(error: BlockFailure, plan: SensitivityPlan, req: SensitivityRequest): RunError {
  const arms = plan.scenarios.length;
  const p = Math.floor(error.task.arm / arms);
  const file = plan.scenarios[error.task.arm % arms].file;
  const values = pointValues(plan, p);
  const sets = [...req.sets, ...plan.parameters.map((r, j) => setText(r.path, values[j]))].map((s) => ` --set ${JSON.stringify(s)}`).join("");
  return new RunError(
    `${file} at sample point ${p + 1}, replication ${error.replication} (seed ${plan.seed}) failed: ${error.reason}\n` +
      `reproduce it with: scrumlab run ${file} --seed ${plan.seed} --first ${error.replication} --runs 1 --jobs 1${sets}`,
  );
}
