// Why two scenarios differ, measured, not asserted: every setting that differs is switched
// alone on top of the reference, on the same seeds; a merged PO/SM is split into its five
// mechanisms, each switched on alone on top of the merged role with all mechanisms off. What
// the parts do not explain is the interaction. By construction the parts plus the interaction
// add up exactly to the measured difference.
import { runScenario } from "../model/run.js";
import type { RunTotals } from "../model/result.js";
import { differingLeaves, getPath, setPath } from "../scenario/paths.js";
import type { Scenario } from "../scenario/types.js";

export const MECHANISMS = [
  { key: "sharedTimeBudget", label: "one time budget for two jobs" },
  { key: "conflictOfInterest", label: "conflict of interest under delivery pressure" },
  { key: "noCommitmentCheck", label: "no independent check of the commitment" },
  { key: "lessCandidRetros", label: "less candid retrospectives" },
  { key: "noOrderingTeaching", label: "nobody teaches the PO ordering techniques" },
] as const;

export interface Contribution {
  label: string;
  /** The settings switched to measure it. */
  keys: string[];
  delta: number;
}

export interface Attribution {
  referenceName: string;
  otherName: string;
  metric: keyof RunTotals;
  reference: number;
  other: number;
  /** other - reference */
  total: number;
  parts: Contribution[];
  interaction: number;
  replications: number;
}

export interface AttributionOptions {
  seed?: number;
  replication?: number;
  replications?: number;
  metric?: keyof RunTotals;
}

const IGNORED = new Set(["name", "description", "seed", "runs"]);

export function attribute(reference: Scenario, other: Scenario, options: AttributionOptions = {}): Attribution {
  const steps = attributionSteps(reference, other, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The attribution, one replication per step (a caller may pause between steps: a long attribution stays interruptible). */
export function* attributionSteps(reference: Scenario, other: Scenario, options: AttributionOptions = {}): Generator<void, Attribution> {
  const metric = options.metric ?? "value_delivered";
  const first = options.replication ?? 0;
  const n = options.replications ?? 1;
  const seed = options.seed ?? reference.seed;
  function* measure(s: Scenario): Generator<void, number> {
    let sum = 0;
    for (let k = first; k < first + n; k++) {
      sum += runScenario(s, { seed, replication: k }).totals[metric];
      yield;
    }
    return sum / n;
  }
  const base = yield* measure(reference);
  const end = yield* measure(other);
  const diff = differingLeaves(reference, other, IGNORED);
  const parts: Contribution[] = [];
  const merging = diff.includes("roles.mergedPoSm") && other.roles.mergedPoSm && !reference.roles.mergedPoSm;
  if (merging) {
    const mergedKeys = diff.filter((k) => k.startsWith("roles.merged."));
    const noMechanisms = structuredClone(reference);
    noMechanisms.roles.mergedPoSm = true;
    for (const k of mergedKeys) setPath(noMechanisms as unknown as Record<string, unknown>, k, structuredClone(getPath(other, k)));
    for (const m of MECHANISMS) noMechanisms.roles.merged[m.key] = false;
    const plain = yield* measure(noMechanisms);
    parts.push({ label: "one person holds both roles (mechanisms off)", keys: ["roles.mergedPoSm"], delta: plain - base });
    for (const m of MECHANISMS) {
      if (!other.roles.merged[m.key]) continue;
      const alone = structuredClone(noMechanisms);
      alone.roles.merged[m.key] = true;
      parts.push({ label: m.label, keys: [`roles.merged.${m.key}`], delta: (yield* measure(alone)) - plain });
    }
  }
  for (const key of diff) {
    if (merging && (key === "roles.mergedPoSm" || key.startsWith("roles.merged."))) continue;
    const alone = structuredClone(reference);
    setPath(alone as unknown as Record<string, unknown>, key, structuredClone(getPath(other, key)));
    parts.push({ label: `${key}: ${String(getPath(reference, key))} → ${String(getPath(other, key))}`, keys: [key], delta: (yield* measure(alone)) - base });
  }
  const explained = parts.reduce((s, p) => s + p.delta, 0);
  return { referenceName: reference.name, otherName: other.name, metric, reference: base, other: end, total: end - base, parts, interaction: end - base - explained, replications: n };
}
