// From text to a resolved Scenario: read YAML with positions → follow `extends` (deep merge,
// child over parent, cycles refused) → apply --set overrides → validate with the schema →
// cross-field rules. Every problem points at a file, line, column and key. No file system
// here: reading a parent file is a function handed in (the browser playground has none).
import { checkRules } from "./rules.js";
import { deepMerge, getPath, isMapping, leafPaths, setKey, setPath } from "./paths.js";
import { unknownKeyHint } from "./hints.js";
import { describeValue, formatProblem, ScenarioError, type Position, type Problem } from "./problems.js";
import { scenarioSchema } from "./schema.js";
import { expectation, nodeAt } from "./spec.js";
import type { Scenario } from "./types.js";
import { readYaml } from "./yaml.js";

export interface Source {
  /** The file's name as shown in messages. */
  file: string;
  text: string;
  /** What makes two names the same file, for cycles (the real path); defaults to `file`. */
  id?: string;
}

export interface ResolveOptions {
  /** `--set path=value` overrides, applied after `extends`. */
  sets?: readonly string[];
  /** Read the file an `extends` names (relative to the file that names it); undefined: extends is refused. */
  readExtends?: (from: string, target: string) => Source | Problem;
  /** The name when the file sets none (the file's stem). */
  defaultName?: string;
}

export interface Resolved {
  scenario: Scenario;
  /** Each as "file:line:col: key.path: message", like the errors. */
  warnings: string[];
  /** The files read, the scenario's own first, then its parents. */
  files: string[];
}

interface Layer {
  value: Record<string, unknown>;
  /** The file itself sets `name` (names are not inherited). */
  named: boolean;
  positions: Map<string, Position>;
  files: string[];
}

export function resolveScenario(source: Source, options: ResolveOptions = {}): Resolved {
  const layer = readLayer(source, options, []);
  const merged = layer.value;
  if (!layer.named && options.defaultName) merged.name = options.defaultName;
  for (const set of options.sets ?? []) applySet(merged, layer.positions, set);
  const parsed = scenarioSchema.safeParse(merged);
  if (!parsed.success) throw new ScenarioError(sortProblems(parsed.error.issues.flatMap((issue) => issueProblems(issue, merged, layer.positions, source.file))));
  const scenario = parsed.data;
  const { errors, warnings } = checkRules(scenario);
  const located = (f: { path: string; message: string }): Problem => ({ ...positionOf(layer.positions, f.path, source.file), ...f });
  if (errors.length > 0) throw new ScenarioError(errors.map(located));
  return { scenario, warnings: warnings.map((w) => formatProblem(located(w))), files: layer.files };
}

/** A scenario from text alone (the browser playground, tests): no file system, so no `extends`. */
export function parseScenarioText(text: string, file: string, options: Omit<ResolveOptions, "readExtends"> = {}): Resolved {
  return resolveScenario({ file, text }, { defaultName: nameFromFile(file), ...options });
}

/** The name a scenario file gives a scenario that sets none: its stem ("merged-po-sm"). */
export function nameFromFile(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.(ya?ml|json)$/i, "");
}

function readLayer(source: Source, options: ResolveOptions, chain: Source[]): Layer {
  const read = readYaml(source.text, source.file);
  if (Array.isArray(read)) throw new ScenarioError(read);
  if (!isMapping(read.value)) throw new ScenarioError([{ file: source.file, line: 1, col: 1, message: `a scenario is a mapping of keys (name: …, team: …), found ${describeValue(read.value)}` }]);
  const value = read.value;
  const named = Object.hasOwn(value, "name");
  if (!Object.hasOwn(value, "extends")) return { value, named, positions: read.positions, files: [source.file] };
  const target = value.extends;
  const at = { ...(read.positions.get("extends") ?? { file: source.file }), path: "extends" };
  if (typeof target !== "string" || target === "") throw new ScenarioError([{ ...at, message: `expected the path of a scenario file, found ${describeValue(target)}` }]);
  if (options.readExtends === undefined) throw new ScenarioError([{ ...at, message: "extends cannot be followed here: paste the parent's keys into this scenario instead" }]);
  const parentSource = options.readExtends(source.file, target);
  if (!("text" in parentSource)) throw new ScenarioError([{ ...at, message: `cannot extend ${JSON.stringify(target)}: ${parentSource.message}` }]);
  const cycle = [...chain, source];
  const same = (a: Source) => (a.id ?? a.file) === (parentSource.id ?? parentSource.file);
  if (cycle.some(same)) throw new ScenarioError([{ ...at, message: `extends makes a cycle: ${[...cycle, parentSource].map((s) => s.file).join(" → ")}` }]);
  const parent = readLayer(parentSource, options, cycle);
  const own: Record<string, unknown> = {};
  for (const k of Object.keys(value)) if (k !== "extends") setKey(own, k, value[k]);
  const positions = new Map(parent.positions);
  for (const [k, p] of read.positions) positions.set(k, p);
  return { value: deepMerge(parent.value, own) as Record<string, unknown>, named, positions, files: [source.file, ...parent.files] };
}

/** `--set roles.mergedPoSm=true`: the value is read as YAML, so numbers, booleans and lists are typed. */
function applySet(target: Record<string, unknown>, positions: Map<string, Position>, set: string): void {
  const eq = set.indexOf("=");
  const file = `--set ${set}`;
  if (eq <= 0) throw new ScenarioError([{ file, message: "expected path=value, e.g. --set team.developers=9" }]);
  const path = set.slice(0, eq).trim();
  const text = set.slice(eq + 1);
  if (path === "extends") throw new ScenarioError([{ file, message: "extends cannot be set from the command line" }]);
  if (nodeAt(path) === undefined) {
    const keys = path.split(".");
    let known = "";
    for (const k of keys) {
      const next = known ? `${known}.${k}` : k;
      if (nodeAt(next) === undefined) break;
      known = next;
    }
    const bad = keys[known === "" ? 0 : known.split(".").length] ?? "";
    throw new ScenarioError([{ file, path, message: `no such key${known ? ` under ${known}` : ""}: ${JSON.stringify(shortened(bad))}${unknownKeyHint(known, bad)}` }]);
  }
  if (text.trim() === "") throw new ScenarioError([{ file, path, message: `expected a value after "=" (an empty text is written --set '${path}=""')` }]);
  const read = readYaml(text, file);
  if (Array.isArray(read)) throw new ScenarioError(read.map((p) => ({ file, path, message: p.message })));
  const value = read.value;
  // A mapping merges into the key, as with extends: --set team.skill={cv: 0} keeps the mean.
  setPath(target, path, deepMerge(getPath(target, path), value));
  const replaced = isMapping(value) ? leafPaths(value, path) : [path];
  const under = (k: string) => replaced.some((r) => k === r || k.startsWith(`${r}.`) || k === `key:${r}`);
  for (const k of [...positions.keys()]) if (under(k)) positions.delete(k);
  for (const r of replaced) positions.set(r, { file });
  positions.set(path, { file }); // an error about the key itself (--set name='a: b' makes it a mapping) is the option's
}

/** Where a path was written: the path itself, else its nearest written ancestor, else the file. */
function positionOf(positions: Map<string, Position>, path: string, file: string): Position {
  let p = path;
  for (;;) {
    const found = positions.get(p);
    if (found) return found;
    const dot = p.lastIndexOf(".");
    if (dot < 0) return { file };
    p = p.slice(0, dot);
  }
}

interface Issue {
  code: string;
  path: PropertyKey[];
  keys?: string[];
  message: string;
}

function issueProblems(issue: Issue, value: unknown, positions: Map<string, Position>, file: string): Problem[] {
  const path = issue.path.map(String).join(".");
  if (issue.code === "unrecognized_keys") {
    return (issue.keys ?? []).map((key) => {
      const full = path ? `${path}.${key}` : key;
      return { ...(positions.get(`key:${full}`) ?? positionOf(positions, full, file)), path: full, message: `unknown key ${JSON.stringify(shortened(key))}${unknownKeyHint(path, key)}` };
    });
  }
  const node = nodeAt(path);
  const given = getPath(value, path);
  const expected = node === undefined ? issue.message : node.kind === "object" ? "a mapping of keys" : expectation(node);
  return [{ ...positionOf(positions, path, file), path, message: `expected ${expected}, found ${describeValue(given)}${node === undefined ? "" : percentHint(node, given)}` }];
}

/**
 * "; did you mean 0.5?" when a percentage is given to a key that takes a share from 0 to 1: a
 * string "50 %", or a number from 5 to 100 (1.5 or 2 is more likely a slip than a percentage).
 */
function percentHint(node: NonNullable<ReturnType<typeof nodeAt>>, given: unknown): string {
  if (node.kind !== "number" || node.min !== 0 || node.max !== 1) return "";
  const written = typeof given === "string" ? Number(/^\s*([\d.]+)\s*%\s*$/.exec(given)?.[1] ?? NaN) : NaN;
  const pct = typeof given === "number" && given >= 5 && given <= 100 ? given : written >= 0 && written <= 100 ? written : NaN;
  if (Number.isNaN(pct)) return "";
  return `; a share is written from 0 to 1 — did you mean ${Number((pct / 100).toPrecision(6))}?`;
}

/** A name echoed in a message: at most 60 characters (a key can be a line of any file). */
const shortened = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}
