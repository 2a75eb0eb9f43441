// meta.json, the description of an output folder: its type, its text, and reading it back
// validated — a folder received from someone else, a shard on a shared disk or a file cut short
// is refused with what is wrong (exit 2), never read as if it were right. Also the names of the
// resolved scenario files, unique per folder. Both the experiment and the report use this
// module; neither imports the other for it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { InputError } from "../errors.js";

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
}

export function metaText(meta: Meta): string {
  return `${JSON.stringify(meta, null, 2)}\n`;
}

const count = (min: number) => z.int().min(min).max(Number.MAX_SAFE_INTEGER);
const schema = z.looseObject({
  command: z.enum(["run", "compare", "sweep"]),
  tool: z.literal("scrumlab"),
  version: z.string().max(100),
  seed: count(0),
  runs: count(1),
  first: count(0),
  detail: count(0),
  trace: z.boolean(),
  scenarios: z
    .array(z.looseObject({ name: z.string(), description: z.string(), file: z.string(), resolved: z.string().regex(/^[A-Za-z0-9._-]+\.resolved\.yaml$/).optional(), sprints: count(1), sprintDays: count(1), hoursPerDay: z.number().gt(0).max(24) }))
    .min(1),
  reference: z.string().nullable(),
  vary: z.array(z.looseObject({ path: z.string(), values: z.array(z.unknown()) })).nullable(),
  shard: z.looseObject({ index: count(0), count: count(1) }).nullable(),
  segments: z.record(z.string(), z.array(z.tuple([count(0), count(0), count(0), z.string().regex(/^[0-9a-f]{64}$/)]))).optional(),
});

/** The meta.json of a folder, validated; an InputError naming the file and what is wrong. */
export function readMeta(dir: string): Meta {
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
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new InputError(`${file}: expected an object with command, tool, seed, runs, scenarios …, found ${value === null ? "null" : Array.isArray(value) ? "a list" : typeof value}`);
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`);
    throw new InputError(`${file}: not a meta.json scrumlab wrote: ${issues.join("; ")}${parsed.error.issues.length > 3 ? "; …" : ""}`);
  }
  const meta = parsed.data as Meta;
  if (meta.command === "sweep" && meta.vary === null) throw new InputError(`${file}: a sweep without vary`);
  return meta;
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
