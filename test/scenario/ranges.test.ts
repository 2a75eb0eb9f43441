// The plausible ranges of --vary auto: every numeric key of the spec has one (or is fixed, with
// a reason), each lies within what the schema accepts, and any combination passes the rules.
import { describe, expect, it } from "vitest";
import { RandomStream } from "../../src/engine/random.js";
import { defaultScenario } from "../../src/scenario/defaults.js";
import { setPath } from "../../src/scenario/paths.js";
import { isFixed, RANGES } from "../../src/scenario/ranges.js";
import { checkRules } from "../../src/scenario/rules.js";
import { scenarioSchema } from "../../src/scenario/schema.js";
import { leaves, type NumberLeaf } from "../../src/scenario/spec.js";

const numeric = leaves().filter((e): e is [string, NumberLeaf] => e[1].kind === "number");
const varied = numeric.flatMap(([path, leaf]) => {
  const r = RANGES[path];
  return r !== undefined && !isFixed(r) ? [{ path, leaf, ...r }] : [];
});

describe("plausible ranges (src/scenario/ranges.ts)", () => {
  it("has an entry for every numeric key of the spec, and none for anything else", () => {
    expect(numeric.filter(([p]) => RANGES[p] === undefined).map(([p]) => p)).toEqual([]);
    expect(Object.keys(RANGES).filter((k) => !numeric.some(([p]) => p === k))).toEqual([]);
  });

  it("gives every range a reason, lo < hi inside the schema's bounds, whole bounds for whole-number keys, lo > 0 on a log scale", () => {
    for (const r of Object.values(RANGES)) if (isFixed(r)) expect(r.fixed.length).toBeGreaterThan(10);
    for (const { path, leaf, lo, hi, log, why } of varied) {
      expect(why.length, path).toBeGreaterThan(4);
      expect(lo, path).toBeLessThan(hi);
      expect(lo, path).toBeGreaterThanOrEqual(leaf.min);
      if (leaf.minExclusive) expect(lo, path).toBeGreaterThan(leaf.min);
      expect(hi, path).toBeLessThanOrEqual(leaf.max);
      if (leaf.integer) expect(Number.isInteger(lo) && Number.isInteger(hi), path).toBe(true);
      if (log) expect(lo, path).toBeGreaterThan(0);
    }
  });

  it("makes a valid scenario at both ends of every range together and at 300 random corners of the box", () => {
    const random = new RandomStream(15, "ranges");
    const corners = [varied.map(() => false), varied.map(() => true), ...Array.from({ length: 300 }, () => varied.map(() => random.bernoulli(0.5)))];
    for (const corner of corners) {
      const s = defaultScenario() as unknown as Record<string, unknown>;
      varied.forEach((v, i) => setPath(s, v.path, corner[i] ? v.hi : v.lo));
      const parsed = scenarioSchema.safeParse(s);
      expect(parsed.success, parsed.success ? "" : parsed.error.message).toBe(true);
      if (parsed.success) expect(checkRules(parsed.data).errors).toEqual([]);
    }
  });
});
