// scrumlab merge: shard folders (from --shard i/n) into one folder byte-identical to a single
// run: each table is the shards' rows, arm by arm in shard order, then summarized as usual.
// Rows are copied in bounded chunks, so shards of any size merge in little memory.
import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import path from "node:path";
import { InputError } from "../errors.js";
import { OutputFolder, type TableWriter } from "../output/folder.js";
import type { ArmSummary } from "./aggregate.js";
import { checkAbort } from "./abort.js";
import { tooLarge } from "./budget.js";
import { diskError, finish, tableHeaders } from "./experiment.js";
import { readAnyMeta, resolvedFile, type Meta, type Segment } from "../output/meta.js";
import { csvRows } from "../output/csv.js";
import { samplesHeader } from "./sensitivity.js";
import { finishSensitivity, type SensitivityMeta, type SensitivitySummary } from "./sensitivity-finish.js";

interface Shard {
  dir: string;
  meta: Meta;
}

export interface Merged {
  folder: string;
  meta: Meta | SensitivityMeta;
  /** run, compare, sweep: the summaries per arm. */
  arms?: ArmSummary[];
  /** sensitivity: the analysis. */
  sensitivity?: SensitivitySummary;
}

export async function mergeShards(dirs: string[], out: string, force: boolean, report = true, signal?: AbortSignal, cwd = process.cwd()): Promise<Merged> {
  const shards = checkShards(dirs.map((dir) => ({ dir, meta: readAnyMeta(dir) as Meta })));
  if ((shards[0].meta as Meta | SensitivityMeta).command === "sensitivity") return mergeSensitivity(shards, out, force, report, signal, cwd, dirs);
  const meta = shards[0].meta;
  const large = tooLarge(meta.runs, Math.max(1, ...meta.scenarios.map((s) => s.sprints)), meta.command === "compare");
  if (large !== undefined) throw new InputError(`${shards[0].dir}/meta.json: ${large}`);
  const tables = tableHeaders({ command: meta.command, vary: meta.vary ?? [], trace: meta.trace });
  for (const s of shards) for (const [t] of tables) checkTable(s, `${t}.csv`);
  const folder = OutputFolder.create(out, force, { cwd, inputs: dirs });
  try {
    for (const [t, header] of tables) {
      const name = `${t}.csv`;
      const w = folder.table(name, header);
      for (let arm = 0; arm < meta.scenarios.length; arm++) {
        checkAbort(signal);
        for (const s of shards) for (const seg of s.meta.segments?.[name] ?? []) if (seg[0] === arm) copySegment(path.join(s.dir, name), seg, w);
      }
      w.close();
    }
    for (const f of new Set(meta.scenarios.map((_, arm) => resolvedFile(meta, arm)))) {
      const from = path.join(shards[0].dir, f);
      if (!existsSync(from)) throw new InputError(`${from}: missing from the shard folder`);
      folder.write(f, readFileSync(from, "utf8"));
    }
    const arms = await finish(folder, meta, report, signal);
    folder.commit();
    return { folder: out, meta, arms };
  } catch (error) {
    folder.discard();
    throw diskError(error, out);
  }
}

/** Sensitivity shards: samples.csv is the shards' rows in shard order (each holds a slice of the points), then analysed as usual. */
async function mergeSensitivity(shards: Shard[], out: string, force: boolean, report: boolean, signal: AbortSignal | undefined, cwd: string, inputs: string[]): Promise<Merged> {
  const meta = shards[0].meta as unknown as SensitivityMeta;
  for (const s of shards) checkTable(s, "samples.csv");
  const folder = OutputFolder.create(out, force, { cwd, inputs });
  try {
    const w = folder.table("samples.csv", csvRows([samplesHeader(meta)]));
    for (const s of shards) for (const seg of s.meta.segments?.["samples.csv"] ?? []) copySegment(path.join(s.dir, "samples.csv"), seg, w);
    w.close();
    checkAbort(signal);
    for (const f of meta.reference === null ? ["scenario.resolved.yaml"] : ["scenario.resolved.yaml", "vs.resolved.yaml"]) folder.write(f, readFileSync(path.join(shards[0].dir, f), "utf8"));
    const sensitivity = await finishSensitivity(folder, meta, report, signal);
    folder.commit();
    return { folder: out, meta: sensitivity.meta, sensitivity };
  } catch (error) {
    folder.discard();
    throw diskError(error, out);
  }
}

/** All shards of one experiment, each once, none missing; sorted by index. */
function checkShards(shards: Shard[]): Shard[] {
  const first = shards[0].meta;
  const count = first.shard?.count ?? 0;
  const same = (m: Meta) => JSON.stringify({ ...m, shard: null, segments: null }) === JSON.stringify({ ...first, shard: null, segments: null });
  for (const s of shards) {
    if (s.meta.shard === null || s.meta.shard === undefined || s.meta.segments === undefined) throw new InputError(`${s.dir}: not a shard (it was not run with --shard)`);
    if (s.meta.shard.count !== count || !same(s.meta)) throw new InputError(`${s.dir}: a shard of a different experiment than ${shards[0].dir} (command, scenarios, seed, runs and options must match)`);
  }
  const sorted = [...shards].sort((a, b) => (a.meta.shard?.index ?? 0) - (b.meta.shard?.index ?? 0));
  const have = sorted.map((s) => s.meta.shard?.index);
  const twice = have.find((x, i) => have.indexOf(x) !== i);
  if (twice !== undefined) throw new InputError(`shard ${twice}/${count} is given twice`);
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !have.includes(i));
  if (missing.length > 0) throw new InputError(`missing shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${count}`).join(", ")}`);
  return sorted;
}

/** A shard's table must be there and end where its meta.json says (not cut short, not appended to). */
function checkTable(shard: Shard, name: string): void {
  const file = path.join(shard.dir, name);
  if (!existsSync(file)) throw new InputError(`${file}: missing from the shard folder`);
  const end = Math.max(0, ...(shard.meta.segments?.[name] ?? []).map(([, , e]) => e));
  const size = statSync(file).size;
  if (end > 0 ? size !== end : size === 0) throw new InputError(`${file}: ${size} bytes where meta.json expects ${end}; the shard folder was changed or cut short`);
}

/** A segment's bytes [start, end) appended to a table, 1 MiB at a time, checked against the SHA-256 the shard recorded. */
function copySegment(file: string, [arm, start, end, sha]: Segment, to: TableWriter): void {
  const buf = Buffer.alloc(Math.min(1 << 20, Math.max(0, end - start)));
  const hash = createHash("sha256");
  const fd = openSync(file, "r");
  try {
    for (let at = start; at < end; ) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, end - at), at);
      if (n === 0) throw new InputError(`${file}: ends before byte ${end}; the shard folder was cut short`);
      hash.update(buf.subarray(0, n));
      to.appendBytes(buf.subarray(0, n));
      at += n;
    }
  } finally {
    closeSync(fd);
  }
  if (hash.digest("hex") !== sha) throw new InputError(`${file}: bytes ${start}–${end} (the rows of arm ${arm + 1}) are not what the shard wrote (their SHA-256 differs from meta.json's); the shard folder was changed`);
}
