// Property: `--set` of any key to any valid value never crashes — it gives a scenario (or a
// cross-field rule's ScenarioError), and the scenario runs. Also the degenerate but valid
// scenarios, and untrusted text in CSV cells.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/model/run.js";
import { loadScenario, ScenarioError } from "../../src/scenario/index.js";
import { leaves, type Leaf } from "../../src/scenario/spec.js";
import { inProcess, tempDir } from "../cli/helpers.js";

const EXPENSIVE = new Set(["backlog.initialItems", "backlog.readyAtStart", "horizon.sprints", "runs", "seed"]);

function valueOf(leaf: Leaf): fc.Arbitrary<string> {
  switch (leaf.kind) {
    case "boolean":
      return fc.boolean().map(String);
    case "enum":
      return fc.constantFrom(...leaf.values);
    case "string":
      return fc.string({ maxLength: 40 }).map((s) => JSON.stringify(s));
    case "number": {
      const max = Math.min(leaf.max, 1e6);
      const arb = leaf.integer ? fc.integer({ min: leaf.min, max }) : fc.double({ min: leaf.min, max, noNaN: true, noDefaultInfinity: true });
      return arb.filter((x) => !(leaf.minExclusive && x <= leaf.min)).map((x) => String(x));
    }
    case "list": {
      const entry = fc.record(Object.fromEntries(Object.entries(leaf.item.fields).map(([k, f]) => [k, valueOf(f).map((v): unknown => (f.kind === "enum" ? v : JSON.parse(v)))])), { requiredKeys: [] });
      return fc.array(entry, { maxLength: 3 }).map((a) => JSON.stringify(a));
    }
  }
}

const setting = fc.constantFrom(...leaves().filter(([k]) => !EXPENSIVE.has(k))).chain(([key, leaf]) => valueOf(leaf).map((v) => `${key}=${v}`));

describe("--set of a random valid value (property)", () => {
  it("gives a valid scenario or a rule's clear error, and the scenario runs", () => {
    fc.assert(
      fc.property(fc.array(setting, { minLength: 1, maxLength: 4 }), (sets) => {
        let scenario;
        try {
          scenario = loadScenario("scenarios/baseline.yaml", { sets: [...sets, "horizon.sprints=2"] }).scenario;
        } catch (error) {
          if (!(error instanceof ScenarioError)) throw error;
          expect(error.message).toMatch(/^(scenarios\/baseline\.yaml|--set )/);
          return;
        }
        const r = runScenario(scenario, { replication: 0 });
        expect(r.sprints).toHaveLength(2);
        for (const v of Object.values(r.totals)) expect(Number.isFinite(v)).toBe(true);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 120), seed: 7 },
    );
  });
});

describe("degenerate but valid scenarios", () => {
  const load = (sets: string[]) => loadScenario("scenarios/baseline.yaml", { sets }).scenario;
  it("no developers is refused with a clear message", () => {
    expect(() => load(["team.developers=0"])).toThrow("--set team.developers=0: team.developers: expected a whole number from 1 to 50, found 0");
  });
  it("items of less than an hour are refused (arriving work counted in items of 1e-43 hours crashed the worker)", () => {
    expect(() => load(["backlog.effort.mean=5e-43"])).toThrow("--set backlog.effort.mean=5e-43: backlog.effort.mean: expected a number from 1 to 10,000, found 5e-43");
  });
  it("one-day sprints and 200 sprints run", () => {
    const one = runScenario(load(["calendar.sprintDays=1", "horizon.sprints=40"]), { replication: 0 });
    expect(one.sprints).toHaveLength(40);
    expect(one.totals.items_done).toBeGreaterThan(0);
    const long = runScenario(load(["horizon.sprints=200"]), { replication: 0 });
    expect(long.sprints).toHaveLength(200);
    expect(long.warnings.join(" ")).toMatch(/Product Backlog ran out/);
  });
  it("every impediment blocking runs, with more blocked hours", () => {
    const kinds = ["technical", "organizational", "teamConflict", "externalDependency"];
    const all = runScenario(load(kinds.map((k) => `environment.impediments.${k}.blockShare=1`)), { replication: 0, detail: true });
    const base = runScenario(load([]), { replication: 0 });
    expect(all.impediments?.every((i) => i.effect === "blocks" || i.item_id === null)).toBe(true);
    expect(all.totals.blocked_hours).toBeGreaterThan(base.totals.blocked_hours);
  });
});

describe("untrusted text in CSV", () => {
  it("neutralizes formula-like text cells, never numbers", async () => {
    const out = path.join(tempDir(), "csv");
    const r = await inProcess(["run", "scenarios/baseline.yaml", "--set", "name==HYPERLINK(\"http://x\")", "--runs", "2", "--detail", "1", "--jobs", "1", "--out", out, "--quiet", "--no-report"]);
    expect(r.code).toBe(0);
    const runs = readFileSync(path.join(out, "runs.csv"), "utf8").split("\n")[1];
    expect(runs.startsWith(`"'=HYPERLINK(""http://x"")",0,`)).toBe(true);
    const sprints = readFileSync(path.join(out, "sprints.csv"), "utf8");
    expect(sprints).toMatch(/,-0\.03,|,0\.97,|,1\.02,|,0\.99,/); // morale and other numbers stay numbers
    expect(sprints).not.toMatch(/,'-\d/);
  });
});
