// The plan of a sensitivity analysis: the scenario (and with --vs the other one), the varied
// keys and their ranges (--vary key=lo:hi[:log][:int], or `auto`: every key of ranges.ts), the
// design in unit coordinates (Saltelli or Morris), the analysed metrics, and for each sample
// point its values and scenarios. Every point runs the same replications 0 … runs − 1 (common
// random numbers), so a key that changes nothing changes no output byte.
import { InputError, UsageError } from "../errors.js";
import { RandomStream } from "../engine/random.js";
import { RUN_METRICS } from "../model/result.js";
import { loadScenario } from "../scenario/load.js";
import { setPath } from "../scenario/paths.js";
import { isFixed, RANGES } from "../scenario/ranges.js";
import { checkRules } from "../scenario/rules.js";
import { leaves, nodeAt, type NumberLeaf } from "../scenario/spec.js";
import type { Scenario } from "../scenario/types.js";
import { canonical } from "../output/csv.js";
import { checkRange, formatRange, fromUnit, morrisSample, MORRIS_LEVELS, parseRange, saltelliSample, type Range } from "../sensitivity/index.js";
import { parseShard } from "./plan.js";

export type { Method } from "../sensitivity/index.js";
import type { Method } from "../sensitivity/index.js";

export const DEFAULT_RUNS = 20;
export const DEFAULT_SAMPLES: Record<Method, number> = { morris: 20, sobol: 256 };
export const MAX_POINTS = 1_000_000;

export interface Parameter extends Range {
  path: string;
}

export interface SensitivityPlan {
  method: Method;
  /** Morris: trajectories; Sobol: base samples N. */
  samples: number;
  levels: number;
  runs: number;
  seed: number;
  /** The scenario, and with --vs the other one: arm 0 and arm 1 of every point. */
  scenarios: Array<{ scenario: Scenario; file: string }>;
  parameters: Parameter[];
  /** Run totals analysed: value_delivered first, then those of --metric. */
  metrics: string[];
  threshold: number;
  /** Unit coordinates, point after point (parameters.length per point). */
  design: Float64Array;
  points: number;
  shard: { index: number; count: number } | null;
}

export interface SensitivityOptions {
  file: string;
  vs?: string;
  sets: string[];
  vary: string[];
  method?: string;
  samples?: number;
  runs?: number;
  metrics?: string[];
  threshold?: number;
  seed?: number;
  shard?: string;
  cwd: string;
}

export function makeSensitivityPlan(o: SensitivityOptions, warnings: string[]): SensitivityPlan {
  const method = o.method ?? "morris";
  if (method !== "morris" && method !== "sobol") throw new UsageError(`--method: expected morris or sobol, found ${JSON.stringify(method)}`);
  const load = (file: string) => {
    const loaded = loadScenario(file, { sets: o.sets, cwd: o.cwd });
    for (const w of loaded.warnings) if (!warnings.includes(w)) warnings.push(w);
    return { scenario: loaded.scenario, file };
  };
  const scenarios = [load(o.file), ...(o.vs === undefined ? [] : [load(o.vs)])];
  const parameters = varied(o.vary);
  const samples = o.samples ?? DEFAULT_SAMPLES[method];
  if (method === "sobol" && (samples & (samples - 1)) !== 0) warnings.push(`--samples ${samples}: the Sobol' sequence is best balanced at a power of 2 (e.g. ${2 ** Math.round(Math.log2(samples))})`);
  const points = method === "sobol" ? samples * (parameters.length + 2) : samples * (parameters.length + 1);
  if (points > MAX_POINTS) throw new InputError(`${method} with ${samples} samples of ${parameters.length} parameters makes ${points.toLocaleString("en-US")} points; at most ${MAX_POINTS.toLocaleString("en-US")}`);
  const seed = o.seed ?? scenarios[0].scenario.seed;
  const design = designOf(method, samples, parameters.length, seed);
  const plan: SensitivityPlan = { method, samples, levels: MORRIS_LEVELS, runs: o.runs ?? DEFAULT_RUNS, seed, scenarios, parameters, metrics: metricsOf(o.metrics ?? []), threshold: o.threshold ?? 0, design, points, shard: parseShard(o.shard) };
  if (!(plan.threshold >= 0) || !Number.isFinite(plan.threshold)) throw new UsageError(`--threshold: expected a number >= 0, found ${o.threshold}`);
  if (plan.threshold > 0 && o.vs === undefined) throw new UsageError("--threshold applies to the effect of --vs OTHER; give --vs");
  checkPoints(plan);
  return plan;
}

/** The unit-coordinate design (a function of method, samples, parameters and seed only, so a merge can rebuild it). */
export function designOf(method: Method, samples: number, d: number, seed: number): Float64Array {
  const random = new RandomStream(seed, "sensitivity-design");
  try {
    return method === "sobol" ? saltelliSample(samples, d, random) : morrisSample(samples, d, random, MORRIS_LEVELS);
  } catch (error) {
    throw new UsageError(`--samples: ${(error as Error).message}`);
  }
}

/** --vary texts to parameters: `auto` is every key with a range; key=lo:hi[:log][:int] adds or overrides one. */
export function varied(texts: string[]): Parameter[] {
  if (texts.length === 0) throw new UsageError("sensitivity needs --vary key=lo:hi (repeatable) or --vary auto");
  const out = new Map<string, Parameter>();
  const explicit = new Set<string>();
  for (const text of texts) {
    if (text.trim() === "auto") {
      for (const [path, leaf] of leaves()) {
        const r = RANGES[path];
        if (leaf.kind === "number" && r !== undefined && !isFixed(r) && !explicit.has(path)) out.set(path, { path, lo: r.lo, hi: r.hi, log: r.log === true, int: leaf.integer === true });
      }
      continue;
    }
    const eq = text.indexOf("=");
    if (eq <= 0) throw new UsageError(`--vary: expected key=lo:hi[:log][:int] or auto, found ${JSON.stringify(text)}`);
    const path = text.slice(0, eq).trim();
    if (path === "seed" || path === "runs") throw new UsageError(`--vary ${path}: the ${path} is the experiment's, the same for every point; use --${path}`);
    const leaf = nodeAt(path);
    if (leaf === undefined || leaf.kind !== "number") throw new UsageError(`--vary ${path}: ${leaf === undefined ? "no such scenario key" : `not a numeric key (it is ${leaf.kind === "object" ? "a section" : `a ${leaf.kind}`})`}; sensitivity varies numeric keys (see docs/scenarios.md)`);
    if (explicit.has(path)) throw new UsageError(`--vary ${path}: given twice`);
    let range: Range;
    try {
      range = parseRange(text.slice(eq + 1));
      if (leaf.integer && !range.int) range = checkRange({ ...range, int: true });
    } catch (error) {
      throw new UsageError(`--vary ${path}: ${(error as Error).message}`);
    }
    checkInLeaf(path, leaf, range);
    explicit.add(path);
    out.set(path, { path, ...range });
  }
  return [...out.values()];
}

function checkInLeaf(path: string, leaf: NumberLeaf, r: Range): void {
  const low = leaf.minExclusive ? r.lo <= leaf.min : r.lo < leaf.min;
  if (low || r.hi > leaf.max) throw new UsageError(`--vary ${path}=${formatRange(r)}: outside what the key accepts (${leaf.minExclusive ? `more than ${leaf.min}` : `from ${leaf.min}`} to ${leaf.max})`);
}

function metricsOf(extra: string[]): string[] {
  const out = ["value_delivered"];
  for (const m of extra) {
    if (!RUN_METRICS.some((r) => r.key === m)) throw new UsageError(`--metric ${JSON.stringify(m)}: not a run total; expected one of ${RUN_METRICS.map((r) => r.key).join(", ")}`);
    if (!out.includes(m)) out.push(m);
  }
  return out;
}

/** The value of each parameter at point p, as written to samples.csv (canonical numbers). */
export function pointValues(plan: Pick<SensitivityPlan, "design" | "parameters">, p: number): number[] {
  const d = plan.parameters.length;
  return plan.parameters.map((r, j) => canonical(fromUnit(r, plan.design[p * d + j])));
}

/** Arm a (0: the scenario, 1: the --vs one) at point p. */
export function pointScenario(plan: SensitivityPlan, p: number, arm: number, values = pointValues(plan, p)): Scenario {
  const s = structuredClone(plan.scenarios[arm].scenario);
  plan.parameters.forEach((r, j) => setPath(s as unknown as Record<string, unknown>, r.path, values[j]));
  return s;
}

/** Every point must make valid scenarios: the ranges may break a rule between keys (morale.min ≤ initial …). */
function checkPoints(plan: SensitivityPlan): void {
  for (let p = 0; p < plan.points; p++) {
    const values = pointValues(plan, p);
    for (let a = 0; a < plan.scenarios.length; a++) {
      const errors = checkRules(pointScenario(plan, p, a, values)).errors;
      if (errors.length === 0) continue;
      const e = errors[0];
      const near = plan.parameters.map((r, j) => [r, values[j]] as const).filter(([r]) => r.path.startsWith(e.path) || e.path.startsWith(r.path) || e.message.includes(r.path));
      throw new InputError(`the --vary ranges make invalid scenarios: at point ${p + 1}${near.length > 0 ? ` (${near.map(([r, v]) => `${r.path}=${v}`).join(", ")})` : ""} ${plan.scenarios[a].file}: ${e.path}: ${e.message}; narrow the ranges so that they cannot cross`);
    }
  }
}
