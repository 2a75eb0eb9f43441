// meta.json, the description of an output folder: its type, its text, and reading it back
// validated — a folder received from someone else, a shard on a shared disk or a file cut short
// is refused with what is wrong (exit 2), never read as if it were right. Also the names of the
// resolved scenario files, unique per folder. Both the experiment and the report use this
// module; neither imports the other for it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { InputError } from "../errors.js";
import type { SensitivityMeta } from "./sensitivity-folder.js";

export type Command = "run" | "compare" | "sweep";

/** A shard's table: for each arm's rows, [arm, start byte, end byte, SHA-256 of those bytes]. */
export type Segment = [number, number, number, string];

export interface MetaScenario {
  name: string;
  description: string;
  file: string;
  /** Its resolved scenario file in the folder (run and compare). */
  resolved?: string;
  sprints: number;
  sprintDays: number;
  hoursPerDay: number;
  /** The calendar weeks a replication covers (absent in folders of scrumlab 0.1.0: sprints × sprintDays / 5). */
  weeks?: number;
}

export interface Meta {
  command: Command;
  tool: "scrumlab";
  version: string;
  seed: number;
  runs: number;
  first: number;
  detail: number;
  trace: boolean;
  scenarios: MetaScenario[];
  reference: string | null;
  vary: Array<{ path: string; values: unknown[] }> | null;
  shard: { index: number; count: number } | null;
  /** Shards only: where each arm's rows are in each table. */
  segments?: Record<string, Segment[]>;
  /** The --set options every scenario was run with (absent in folders of scrumlab 0.1.0). */
  sets?: string[];
}

export function metaText(meta: Meta): string {
  return `${JSON.stringify(meta, null, 2)}\n`;
}

const count = (max: number) => z.int().min(0).max(max);
const text = (max: number) => z.string().max(max);
const shardSpec = z.looseObject({ index: count(1_000_000), count: count(1_000_000).min(1) }).nullable();

const META = z.looseObject({
  command: z.enum(["run", "compare", "sweep"]),
  tool: z.literal("scrumlab"),
  version: text(100),
  seed: count(Number.MAX_SAFE_INTEGER),
  runs: count(Number.MAX_SAFE_INTEGER).min(1),
  first: count(Number.MAX_SAFE_INTEGER),
  detail: count(Number.MAX_SAFE_INTEGER),
  trace: z.boolean(),
  scenarios: z
    .array(
      z.looseObject({
        name: text(1000),
        description: text(20_000),
        file: text(10_000),
        resolved: z.string().regex(/^[A-Za-z0-9._-]+\.resolved\.yaml$/).optional(),
        sprints: count(100_000).min(1),
        sprintDays: count(10_000).min(1),
        hoursPerDay: z.number().positive().max(24),
        weeks: z.number().positive().max(1e7).optional(),
      }),
    )
    .min(1)
    .max(1_000_000),
  reference: text(1000).nullable(),
  vary: z.array(z.looseObject({ path: text(1000), values: z.array(z.union([z.string().max(1000), z.number(), z.boolean(), z.null()])) })).nullable(),
  shard: shardSpec,
  sets: z.array(text(10_000)).optional(),
  segments: z.record(z.string(), z.array(z.tuple([count(Number.MAX_SAFE_INTEGER), count(Number.MAX_SAFE_INTEGER), count(Number.MAX_SAFE_INTEGER), z.string().regex(/^[0-9a-f]{64}$/)]))).optional(),
});

const SENSITIVITY_META = z.looseObject({
  command: z.literal("sensitivity"),
  tool: z.literal("scrumlab"),
  version: text(100),
  seed: count(Number.MAX_SAFE_INTEGER),
  runs: count(Number.MAX_SAFE_INTEGER).min(1),
  method: z.enum(["morris", "sobol"]),
  samples: count(Number.MAX_SAFE_INTEGER).min(1),
  levels: count(1_000),
  points: count(100_000_000).min(1),
  scenarios: z.array(z.looseObject({ name: text(1000), description: text(20_000), file: text(10_000) })).min(1).max(2),
  reference: text(1000).nullable(),
  vary: z.array(z.looseObject({ path: text(1000), lo: z.number(), hi: z.number(), log: z.boolean(), int: z.boolean() })).min(1).max(10_000),
  metrics: z.array(text(200)).min(1).max(1000),
  threshold: z.number(),
  shard: shardSpec,
  segments: z.record(z.string(), z.array(z.tuple([count(Number.MAX_SAFE_INTEGER), count(Number.MAX_SAFE_INTEGER), count(Number.MAX_SAFE_INTEGER), z.string().regex(/^[0-9a-f]{64}$/)]))).optional(),
});

const shown = (v: unknown) => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
};

/** A value checked against a meta.json schema; the message names the file, the first bad key, what was expected and what was found. */
function checked(schema: z.ZodType, value: unknown, file: string): unknown {
  const parsed = schema.safeParse(value);
  // The value as read, not zod's copy: merge writes it back, and its keys must keep their order.
  if (parsed.success) return value;
  const issue = parsed.error.issues[0];
  const key = issue.path.map(String).join(".");
  let found: unknown = value;
  for (const k of issue.path) found = found !== null && typeof found === "object" ? (found as Record<PropertyKey, unknown>)[k] : undefined;
  const expected = issue.code === "invalid_type" ? `expected ${({ number: "a number", string: "text", boolean: "true or false", array: "a list", object: "an object" } as Record<string, string>)[String(issue.expected)] ?? String(issue.expected)}` : issue.message.replace(/^Invalid input: /, "");
  throw new InputError(`${file}: not a scrumlab meta.json (key ${key}: ${expected}${found === undefined ? "" : `, found ${shown(found)}`})`);
}

/** meta.json's value of a run, compare or sweep folder, checked key by key. */
export function checkMeta(value: unknown, file: string): Meta {
  const meta = checked(META, value, file) as Meta;
  if (meta.command === "sweep" && meta.vary === null) throw new InputError(`${file}: not a scrumlab meta.json (key vary: a sweep's varied keys, found null)`);
  return meta;
}

/** A folder's meta.json as JSON, an object not yet checked key by key (missing, empty, unreadable or malformed: refused). */
export function readMetaJson(dir: string): object {
  const file = path.join(dir, "meta.json");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${dir}: not a scrumlab output folder (${code === "ENOENT" ? "no meta.json" : `meta.json: ${code === "EISDIR" ? "a folder" : code}`})`);
  }
  if (text.trim() === "") throw new InputError(`${file}: is empty; the folder was cut short or is not a scrumlab output folder`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${(error as Error).message.slice(0, 80)})`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new InputError(`${file}: not a scrumlab meta.json (meta.json must be an object of scrumlab's keys, found ${value === null ? "null" : Array.isArray(value) ? "a list" : typeof value})`);
  return value;
}

/** The meta.json of a run, compare or sweep folder, validated; an InputError naming the file and what is wrong. */
export function readMeta(dir: string): Meta {
  return checkMeta(readMetaJson(dir), path.join(dir, "meta.json"));
}

/** Whether a folder's meta.json says it is a sensitivity folder. */
export function isSensitivity(value: object): boolean {
  return (value as { command?: unknown }).command === "sensitivity";
}

/** The meta.json of a sensitivity folder, checked the same way. */
export function checkSensitivityMeta(value: unknown, file: string): SensitivityMeta {
  return checked(SENSITIVITY_META, value, file) as SensitivityMeta;
}

/** A run, compare, sweep or sensitivity folder's meta.json, checked by its command. */
export function readAnyMeta(dir: string): Meta | SensitivityMeta {
  const value = readMetaJson(dir);
  const file = path.join(dir, "meta.json");
  return isSensitivity(value) ? checkSensitivityMeta(value, file) : checkMeta(value, file);
}

/** Folder-safe form of a name: other characters than letters, digits, ".", "_" and "-" become "_". */
export function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 80) || "scenario";
}

/** The resolved file of each scenario of a compare, unique even where names differ only in characters made safe or in case ("a b", "a_b", "A_B"). */
export function resolvedFiles(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = safeName(name);
    let file = `${base}.resolved.yaml`;
    for (let n = 2; taken.has(file.toLowerCase()); n++) file = `${base}-${n}.resolved.yaml`;
    taken.add(file.toLowerCase());
    return file;
  });
}

/** The resolved file of an arm: as meta.json records it, or as folders before that record named it. */
export function resolvedFile(meta: Pick<Meta, "command" | "scenarios">, arm: number): string {
  return meta.scenarios[arm]?.resolved ?? (meta.command === "compare" ? `${safeName(meta.scenarios[arm]?.name ?? "")}.resolved.yaml` : "scenario.resolved.yaml");
}
