// The analysis of a complete sensitivity folder (single run, or merged shards), from samples.csv
// as written: per analysed metric the Sobol or Morris indices (sensitivity.csv), and with --vs
// the robustness of the effect and the PRIM box where it fails (robustness.csv, box.csv); then
// meta.json and the report. The design is rebuilt from meta.json, so the bytes depend only on
// the rows. Bootstrap streams are named by metric: adding a metric shifts no other interval.
import { RandomStream } from "../engine/random.js";
import { csvRows, type Cell } from "../output/csv.js";
import { openTable } from "../output/csvread.js";
import { InputError } from "../errors.js";
import type { OutputFolder } from "../output/folder.js";
import { holdsAt, morrisIndices, prim, robustness, sobolIndices, type Range } from "../sensitivity/index.js";
import { toolVersion } from "../version.js";
import { checkAbort } from "./abort.js";
import { designOf, type SensitivityPlan } from "./sensitivity-plan.js";
import { analysedColumns, BOX_COLUMNS, boxText, MIN_BOX_CASES, MORRIS_COLUMNS, ROBUSTNESS_COLUMNS, SOBOL_COLUMNS, type BoxSummary, type IndexRow, type SensitivityMeta, type SensitivitySummary } from "../output/sensitivity-folder.js";

export type { SensitivityMeta, SensitivitySummary } from "../output/sensitivity-folder.js";

export function sensitivityMeta(plan: SensitivityPlan): SensitivityMeta {
  return {
    command: "sensitivity",
    tool: "scrumlab",
    version: toolVersion(),
    seed: plan.seed,
    runs: plan.runs,
    method: plan.method,
    samples: plan.samples,
    levels: plan.levels,
    points: plan.points,
    scenarios: plan.scenarios.map((s) => ({ name: s.scenario.name, description: s.scenario.description, file: s.file })),
    reference: plan.scenarios.length > 1 ? plan.scenarios[0].scenario.name : null,
    vary: plan.parameters.map((p) => ({ path: p.path, lo: p.lo, hi: p.hi, log: p.log, int: p.int })),
    metrics: plan.metrics,
    threshold: plan.threshold,
    shard: plan.shard,
  };
}

export async function finishSensitivity(folder: OutputFolder, meta: SensitivityMeta, report: boolean, signal?: AbortSignal): Promise<SensitivitySummary> {
  const { values, columns } = await readSamples(folder.file("samples.csv"), meta);
  checkAbort(signal);
  const d = meta.vary.length;
  const design = designOf(meta.method, meta.samples, d, meta.seed);
  const summary: SensitivitySummary = { meta: { ...meta, shard: null, segments: undefined }, metrics: [], robustness: [] };
  const sens = folder.table("sensitivity.csv", csvRows([[...(meta.method === "sobol" ? SOBOL_COLUMNS : MORRIS_COLUMNS)]]));
  for (const column of analysedColumns(meta)) {
    const y = columns.get(column) as Float64Array;
    const undefinedPoints = y.filter((v) => !Number.isFinite(v)).length;
    const random = new RandomStream(meta.seed, `sensitivity-bootstrap:${column}`);
    let indices: IndexRow[];
    if (undefinedPoints > 0) indices = meta.vary.map((v) => ({ parameter: v.path, importance: NaN, low: NaN, high: NaN }));
    else if (meta.method === "sobol") indices = sobolIndices(y, d, random).map((s, j) => ({ parameter: meta.vary[j].path, importance: s.st, low: s.stLow, high: s.stHigh, s1: s.s1, s1Low: s.s1Low, s1High: s.s1High }));
    else indices = morrisIndices(design, y, d, random).map((s, j) => ({ parameter: meta.vary[j].path, importance: s.muStar, low: s.muStarLow, high: s.muStarHigh, sigma: s.sigma, mu: s.mu }));
    const order = indices.map((_, j) => j).sort((a, b) => byImportance(indices[a], indices[b]) || a - b);
    indices = order.map((j) => indices[j]);
    sens.append(csvRows(indices.map((r) => (meta.method === "sobol" ? [r.parameter, column, r.s1, r.s1Low, r.s1High, r.importance, r.low, r.high] : [r.parameter, column, r.importance, r.low, r.high, r.sigma, r.mu]))));
    summary.metrics.push({ metric: column, indices, undefinedPoints });
    checkAbort(signal);
  }
  if (meta.reference !== null) writeRobustness(folder, meta, summary, columns, values, design);
  folder.write("meta.json", `${JSON.stringify(summary.meta, null, 2)}\n`);
  if (report) {
    const { writeSensitivityReport } = await import("../output/report/sensitivity.js");
    await writeSensitivityReport(folder.temp);
  }
  checkAbort(signal);
  return summary;
}

function byImportance(a: IndexRow, b: IndexRow): number {
  const x = Number.isNaN(a.importance) ? -Infinity : a.importance;
  const y = Number.isNaN(b.importance) ? -Infinity : b.importance;
  return y - x;
}

function writeRobustness(folder: OutputFolder, meta: SensitivityMeta, summary: SensitivitySummary, columns: Map<string, Float64Array>, values: Float64Array[], design: Float64Array): void {
  const rob = folder.table("robustness.csv", csvRows([[...ROBUSTNESS_COLUMNS]]));
  const boxes = folder.table("box.csv", csvRows([[...BOX_COLUMNS]]));
  const d = meta.vary.length;
  for (const column of analysedColumns(meta)) {
    const y = columns.get(column) as Float64Array;
    if (y.some((v) => !Number.isFinite(v))) {
      rob.append(csvRows([[column, meta.threshold, y.length, NaN, "", NaN, NaN, NaN, NaN, NaN, NaN, ""]]));
      continue;
    }
    const r = robustness(y, meta.threshold);
    const holds = holdsAt(y, r.direction, meta.threshold);
    const failing = holds.length - holds.reduce((n, h) => n + h, 0);
    const found = failing >= MIN_BOX_CASES ? prim(design, holds.map((h) => 1 - h), d) : null;
    let box: BoxSummary | null = null;
    if (found !== null && found.restrictions.length > 0) {
      box = {
        mass: found.mass,
        coverage: found.coverage,
        density: found.density,
        restrictions: found.restrictions.map((res) => {
          const inside = values[res.dim].filter((_, i) => found.inside[i] === 1);
          const all = values[res.dim];
          const lowIn = Math.min(...inside);
          const highIn = Math.max(...inside);
          return { parameter: meta.vary[res.dim].path, low: lowIn > Math.min(...all) ? lowIn : null, high: highIn < Math.max(...all) ? highIn : null };
        }),
      };
    }
    const row: Cell[] = [column, meta.threshold, r.points, r.mean, r.direction > 0 ? "positive" : r.direction < 0 ? "negative" : "zero", r.holds, r.small, r.reversed, box?.mass, box?.coverage, box?.density, box ? boxText(box) : ""];
    rob.append(csvRows([row]));
    if (box) boxes.append(csvRows(box.restrictions.map((res) => [column, res.parameter, res.low, res.high])));
    summary.robustness.push({ metric: column, threshold: meta.threshold, points: r.points, mean: r.mean, direction: r.direction, holds: r.holds, small: r.small, reversed: r.reversed, box });
  }
  rob.close();
  boxes.close();
}

/** samples.csv back as numbers: each varied key's values and each column's, point by point. */
async function readSamples(file: string, meta: SensitivityMeta): Promise<{ values: Float64Array[]; columns: Map<string, Float64Array> }> {
  const values = meta.vary.map(() => new Float64Array(meta.points));
  const names = analysedColumns(meta);
  const columns = new Map(names.map((c) => [c, new Float64Array(meta.points).fill(NaN)]));
  const table = await openTable(file, [...meta.vary.map((v) => v.path), ...names]);
  const varied = meta.vary.map((v) => table.column(v.path));
  const analysed = names.map((c) => table.column(c));
  let n = 0;
  for await (const record of table.records) {
    if (n >= meta.points) throw new InputError(`${file}:${record.line}: more points than the ${meta.points} meta.json lists`);
    for (let j = 0; j < values.length; j++) values[j][n] = table.number(record, varied[j]);
    names.forEach((c, j) => ((columns.get(c) as Float64Array)[n] = table.number(record, analysed[j])));
    n++;
  }
  if (n !== meta.points) throw new Error(`samples.csv has ${n} points where meta.json expects ${meta.points}`);
  return { values, columns };
}
