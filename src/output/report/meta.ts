// meta.json read back (report, merge): a folder may come from anyone — a shard on a shared disk, a
// colleague's e-mail — so every key's type is checked before any of it reaches a page or a
// table, and a bad file is refused with its key, what was expected and what was found (exit 2).
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { InputError } from "../../errors.js";
import type { Meta } from "../../experiment/experiment.js";
import type { SensitivityMeta } from "../../experiment/sensitivity-finish.js";

const count = (max: number) => z.int().min(0).max(max);
const text = (max: number) => z.string().max(max);

const scenario = z.looseObject({
  name: text(1000),
  description: text(20_000),
  file: text(10_000),
  sprints: count(100_000).min(1),
  sprintDays: count(10_000).min(1),
  hoursPerDay: z.number().positive().max(24),
  weeks: z.number().positive().max(1e7).optional(),
});

const META = z.looseObject({
  command: z.enum(["run", "compare", "sweep"]),
  tool: z.literal("scrumlab"),
  version: text(100),
  seed: z.int().min(0),
  runs: count(Number.MAX_SAFE_INTEGER).min(1),
  first: count(Number.MAX_SAFE_INTEGER),
  detail: count(Number.MAX_SAFE_INTEGER),
  trace: z.boolean(),
  scenarios: z.array(scenario).min(1).max(1_000_000),
  reference: text(1000).nullable(),
  vary: z.array(z.looseObject({ path: text(1000), values: z.array(z.union([z.string().max(1000), z.number(), z.boolean(), z.null()])) })).nullable(),
  shard: z.looseObject({ index: count(1_000_000), count: count(1_000_000).min(1) }).nullable(),
  sets: z.array(text(10_000)).optional(),
  segments: z.record(z.string(), z.array(z.tuple([z.int(), z.int(), z.int()]))).optional(),
});

const SENSITIVITY_META = z.looseObject({
  command: z.literal("sensitivity"),
  tool: z.literal("scrumlab"),
  version: text(100),
  seed: z.int().min(0),
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
  shard: z.looseObject({ index: count(1_000_000), count: count(1_000_000).min(1) }).nullable(),
  segments: z.record(z.string(), z.array(z.tuple([z.int(), z.int(), z.int()]))).optional(),
});

const shown = (v: unknown) => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
};

/** meta.json's value, checked key by key; the message names the file and the first bad key. */
export function checkMeta(value: unknown, file: string): Meta {
  return checked(META, value, file) as Meta;
}

/** A sensitivity folder's meta.json value, checked the same way. */
export function checkSensitivityMeta(value: unknown, file: string): SensitivityMeta {
  return checked(SENSITIVITY_META, value, file) as SensitivityMeta;
}

function checked(schema: z.ZodType, value: unknown, file: string): unknown {
  const parsed = schema.safeParse(value);
  // The value as read, not zod's copy: merge writes it back, and its keys must keep their order.
  if (parsed.success) return value;
  const issue = parsed.error.issues[0];
  const key = issue.path.map(String).join(".");
  let found: unknown = value;
  for (const k of issue.path) found = found !== null && typeof found === "object" ? (found as Record<PropertyKey, unknown>)[k] : undefined;
  const expected = issue.code === "invalid_type" ? `expected ${({ number: "a number", string: "text", boolean: "true or false", array: "a list", object: "an object" } as Record<string, string>)[String(issue.expected)] ?? String(issue.expected)}` : issue.message.replace(/^Invalid input: /, "");
  const what = key === "" ? "meta.json must be an object of scrumlab's keys" : `key ${key}: ${expected}${found === undefined ? "" : `, found ${shown(found)}`}`;
  throw new InputError(`${file}: not a scrumlab meta.json (${what})`);
}

/** A folder's meta.json as JSON, not yet checked (a missing, unreadable or malformed file is refused). */
export function readMetaJson(dir: string): unknown {
  const file = path.join(dir, "meta.json");
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code === "ENOENT" ? "no meta.json: not a scrumlab output folder" : code !== undefined ? `cannot be read (${code})` : `not valid JSON (${(error as Error).message})`}`);
  }
}

/** A folder's meta.json, parsed and checked. */
export function readMeta(dir: string): Meta {
  return checkMeta(readMetaJson(dir), path.join(dir, "meta.json"));
}

/** A run, compare, sweep or sensitivity folder's meta.json, parsed and checked by its command. */
export function readAnyMeta(dir: string): Meta | SensitivityMeta {
  const value = readMetaJson(dir);
  const file = path.join(dir, "meta.json");
  const sensitivity = value !== null && typeof value === "object" && (value as { command?: unknown }).command === "sensitivity";
  return sensitivity ? checkSensitivityMeta(value, file) : checkMeta(value, file);
}
