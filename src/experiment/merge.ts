// scrumlab merge: shard folders (from --shard i/n) into one folder byte-identical to a single
// run: each table is the shards' rows, arm by arm in shard order, then summarized as usual.
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import path from "node:path";
import { InputError } from "../errors.js";
import { OutputFolder } from "../output/folder.js";
import type { ArmSummary } from "./aggregate.js";
import { diskError, finish, safeName, type Meta } from "./experiment.js";

export async function mergeShards(dirs: string[], out: string, force: boolean, report = true): Promise<{ folder: string; meta: Meta; arms: ArmSummary[] }> {
  const shards = dirs.map((dir) => ({ dir, meta: readMeta(dir) }));
  const first = shards[0].meta;
  const count = first.shard?.count ?? 0;
  const same = (m: Meta) => JSON.stringify({ ...m, shard: null, segments: null }) === JSON.stringify({ ...first, shard: null, segments: null });
  for (const s of shards) {
    if (s.meta.shard === null) throw new InputError(`${s.dir}: not a shard (it was not run with --shard)`);
    if (s.meta.shard.count !== count || !same(s.meta)) throw new InputError(`${s.dir}: a shard of a different experiment than ${shards[0].dir} (command, scenarios, seed, runs and options must match)`);
  }
  shards.sort((a, b) => (a.meta.shard?.index ?? 0) - (b.meta.shard?.index ?? 0));
  const have = shards.map((s) => s.meta.shard?.index);
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !have.includes(i));
  if (missing.length > 0) throw new InputError(`missing shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${count}`).join(", ")}`);
  if (have.length !== count) throw new InputError(`shard ${have.find((x, i) => have.indexOf(x) !== i)}/${count} is given twice`);
  const folder = OutputFolder.create(out, force);
  try {
    for (const name of Object.keys(first.segments ?? {})) {
      const header = readFileSync(path.join(shards[0].dir, name), "utf8").split("\n")[0];
      const w = folder.table(name, `${header}\n`);
      for (let arm = 0; arm < first.scenarios.length; arm++) {
        for (const s of shards) for (const [a, start, end] of s.meta.segments?.[name] ?? []) if (a === arm) w.append(readRange(path.join(s.dir, name), start, end));
      }
      w.close();
    }
    for (const f of first.command === "compare" ? first.scenarios.map((sc) => `${safeName(sc.name)}.resolved.yaml`) : ["scenario.resolved.yaml"]) {
      folder.write(f, readFileSync(path.join(shards[0].dir, f), "utf8"));
    }
    const arms = await finish(folder, first, report);
    folder.commit();
    return { folder: out, meta: first, arms };
  } catch (error) {
    folder.discard();
    throw diskError(error, out);
  }
}

function readMeta(dir: string): Meta {
  try {
    return JSON.parse(readFileSync(path.join(dir, "meta.json"), "utf8")) as Meta;
  } catch (error) {
    throw new InputError(`${dir}: not a scrumlab output folder (meta.json: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function readRange(file: string, start: number, end: number): string {
  const buf = Buffer.alloc(end - start);
  const fd = openSync(file, "r");
  try {
    let off = 0;
    while (off < buf.length) off += readSync(fd, buf, off, buf.length - off, start + off);
  } finally {
    closeSync(fd);
  }
  return buf.toString("utf8");
}
