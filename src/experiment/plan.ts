// The plan of an experiment: its arms (scenarios, or sweep points), the replications each runs
// (the same seeds for every arm: common random numbers), the blocks of work handed to workers,
// and the deterministic slice of them a shard runs.
import { UsageError } from "../errors.js";
import { readYaml } from "../scenario/yaml.js";
import type { Scenario } from "../scenario/types.js";
import type { Cell } from "../output/csv.js";

export type Command = "run" | "compare" | "sweep";

export interface Arm {
  index: number;
  name: string;
  description: string;
  file: string;
  scenario: Scenario;
  /** Leading cells of every row: scenario (and for a sweep: point, varied values). */
  prefix: Cell[];
  /** Sweep point: the value of each varied key. */
  values?: unknown[];
}

export interface Vary {
  path: string;
  values: unknown[];
}

export interface Plan {
  command: Command;
  arms: Arm[];
  seed: number;
  runs: number;
  /** Replication numbers are first … first + runs − 1. */
  first: number;
  /** Detail tables (time, items, impediments, events) cover replications below first + detail. */
  detail: number;
  trace: boolean;
  vary: Vary[];
  /** --set overrides applied to every scenario (and sweep point), as typed. */
  sets: string[];
  shard: { index: number; count: number } | null;
  /** Sweep only: the scenario the points vary (with --set applied, before the --vary values). */
  base?: Scenario;
}

export interface Task {
  id: number;
  arm: number;
  from: number;
  to: number;
}

export const BLOCK = 25;

/** The replications a shard runs (all of them without sharding): a contiguous range. */
export function shardRange(plan: Plan): { from: number; to: number } {
  const { first, runs, shard } = plan;
  if (shard === null) return { from: first, to: first + runs };
  return { from: first + Math.floor((shard.index * runs) / shard.count), to: first + Math.floor(((shard.index + 1) * runs) / shard.count) };
}

/** Blocks of replications, arm by arm, in the order their rows appear in the files. */
export function tasks(plan: Plan): Task[] {
  const { from, to } = shardRange(plan);
  const out: Task[] = [];
  for (const arm of plan.arms) for (let k = from; k < to; k += BLOCK) out.push({ id: out.length, arm: arm.index, from: k, to: Math.min(to, k + BLOCK) });
  return out;
}

export function parseShard(text: string | undefined): Plan["shard"] {
  if (text === undefined) return null;
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) throw new UsageError(`--shard: expected i/n with 0 <= i < n (e.g. --shard 0/4), found ${JSON.stringify(text)}`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (!(count >= 1 && index < count)) throw new UsageError(`--shard: expected i/n with 0 <= i < n, found ${text}`);
  return { index, count };
}

/** --vary path=from:to:step or path=a,b,c (values read as YAML, typed later by the schema). */
export function parseVary(text: string): Vary {
  const eq = text.indexOf("=");
  if (eq <= 0) throw new UsageError(`--vary: expected path=from:to:step or path=a,b,c, found ${JSON.stringify(text)}`);
  const path = text.slice(0, eq).trim();
  const spec = text.slice(eq + 1).trim();
  const range = /^(-?[\d.]+(?:e-?\d+)?):(-?[\d.]+(?:e-?\d+)?):([\d.]+(?:e-?\d+)?)$/.exec(spec);
  if (range) {
    const [from, to, step] = range.slice(1).map(Number);
    if (!(step > 0) || !Number.isFinite(from) || !Number.isFinite(to) || to < from) throw new UsageError(`--vary ${path}: expected from:to:step with from <= to and step > 0, found ${spec}`);
    const count = Math.floor((to - from) / step + 1e-9) + 1;
    if (count > 10_000) throw new UsageError(`--vary ${path}: ${count} values is too many for one key (at most 10,000)`);
    return { path, values: Array.from({ length: count }, (_, i) => Number((from + i * step).toPrecision(12))) };
  }
  rangeMistake(path, spec);
  if (spec.split(",").some((v) => v.trim() === "")) throw new UsageError(`--vary ${path}: expected a comma-separated list of values, found ${JSON.stringify(spec)}`);
  // The list is read as one YAML flow sequence, so a quoted value may hold a comma ("a, b") and a bad value is a message, not a stack trace.
  const read = readYaml(`[${spec}]`, `--vary ${text}`);
  if (Array.isArray(read)) throw new UsageError(`--vary ${text}: ${read[0].message.replace(/^not valid YAML or JSON: /, "not a list of values: ")}; write values separated by commas, quoting text that holds a comma or starts with * & ! [ {`);
  const values = read.value as unknown[];
  const seen = new Set<string>();
  for (const v of values) {
    const key = JSON.stringify(v);
    if (seen.has(key)) throw new UsageError(`--vary ${path}: the value ${key} is given twice`);
    seen.add(key);
  }
  return { path, values };
}

/** A range written another way (3:9, 3..9, 3-9, 1:9:2:1) is refused with the form that works, not read as a single odd value. */
function rangeMistake(path: string, spec: string): void {
  const n = "(-?\\d+(?:\\.\\d+)?)";
  const two = new RegExp(`^${n}\\s*(?::|\\.\\.|-|–|to)\\s*${n}$`).exec(spec);
  if (two && !spec.includes(",")) {
    const [from, to] = [Number(two[1]), Number(two[2])];
    const step = Number.isInteger(from) && Number.isInteger(to) ? 1 : Number(((to - from) / 4).toPrecision(2));
    throw new UsageError(`--vary ${path}=${spec}: a range needs a step too: from:to:step, e.g. --vary ${path}=${from}:${to}:${step} (or list the values: ${path}=a,b,c)`);
  }
  if (/^[-\d.:\s]+$/.test(spec) && spec.split(":").length > 3) throw new UsageError(`--vary ${path}=${spec}: expected from:to:step (three numbers) or a,b,c`);
}

/** Every combination of the varied values, the first key varying slowest. */
export function sweepPoints(vary: Vary[]): unknown[][] {
  let points: unknown[][] = [[]];
  for (const v of vary) points = points.flatMap((p) => v.values.map((x) => [...p, x]));
  return points;
}

/** The --set text that puts a value at a path. */
export function setText(path: string, value: unknown): string {
  return `${path}=${typeof value === "string" ? value : JSON.stringify(value)}`;
}
