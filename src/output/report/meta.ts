// meta.json read back (report, merge): a folder may come from anyone — a shard on a shared disk, a
// colleague's e-mail — so every key's type is checked before any of it reaches a page or a
// table, and a bad file is refused with its key, what was expected and what was found (exit 2).
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { InputError } from "../../errors.js";
import type { Meta } from "../../experiment/experiment.js";

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

const shown = (v: unknown) => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
};

/** meta.json's value, checked key by key; the message names the file and the first bad key. */
export function checkMeta(value: unknown, file: string): Meta {
  const parsed = META.safeParse(value);
  // The value as read, not zod's copy: merge writes it back, and its keys must keep their order.
  if (parsed.success) return value as Meta;
  const issue = parsed.error.issues[0];
  const key = issue.path.map(String).join(".");
  let found: unknown = value;
  for (const k of issue.path) found = found !== null && typeof found === "object" ? (found as Record<PropertyKey, unknown>)[k] : undefined;
  const expected = issue.code === "invalid_type" ? `expected ${({ number: "a number", string: "text", boolean: "true or false", array: "a list", object: "an object" } as Record<string, string>)[String(issue.expected)] ?? String(issue.expected)}` : issue.message.replace(/^Invalid input: /, "");
  const what = key === "" ? "meta.json must be an object of scrumlab's keys" : `key ${key}: ${expected}${found === undefined ? "" : `, found ${shown(found)}`}`;
  throw new InputError(`${file}: not a scrumlab meta.json (${what})`);
}

/** A folder's meta.json, parsed and checked. */
export function readMeta(dir: string): Meta {
  const file = path.join(dir, "meta.json");
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code === "ENOENT" ? "no meta.json: not a scrumlab output folder" : code !== undefined ? `cannot be read (${code})` : `not valid JSON (${(error as Error).message})`}`);
  }
  return checkMeta(value, file);
}
