// Scenario files that once took minutes or answered in the YAML engine's words (issue 19, item 7
// and the smaller findings): a 1 MB file of 100,000 keys, 100,000 nested brackets, thousands of
// problems, a dotted key under extends, a trailing comma in JSON, an alias with no anchor.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario, ScenarioError } from "../../src/scenario/index.js";
import { readYaml, MAX_NODES } from "../../src/scenario/yaml.js";
import { inProcess, ROOT, subprocess, tempDir } from "../cli/helpers.js";

const errorOf = (fn: () => unknown): ScenarioError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
  throw new Error("no error");
};

describe("item 7: huge mappings", () => {
  it("validate of a 1 MB file of 100,000 keys answers in seconds (it took minutes: the duplicate check was quadratic)", () => {
    const dir = tempDir();
    const file = path.join(dir, "keys.yaml");
    writeFileSync(file, Array.from({ length: 100_000 }, (_, i) => `k${String(i).padStart(5, "0")}: 1\n`).join(""));
    const started = performance.now();
    const r = subprocess(["validate", file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`keys.yaml: holds more than ${MAX_NODES.toLocaleString("en-US")} keys and values`);
    expect(performance.now() - started).toBeLessThan(30_000); // a hang guard on a busy machine, not a speed target
  });

  it("duplicates are still found, in YAML and in JSON, with both lines", () => {
    expect(readYaml("name: a\nteam:\n  developers: 3\n  developers: 4\n", "d.yaml")).toEqual([{ file: "d.yaml", line: 4, col: 3, path: "team.developers", message: 'the key "developers" appears twice in this mapping (first at line 3); write it once' }]);
    const wide = Array.from({ length: 5000 }, (_, i) => `k${i}: 1\n`).join("");
    const started = performance.now();
    expect(Array.isArray(readYaml(`${wide}k17: 2\n`, "w.yaml"))).toBe(true);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("thousands of problems: the first 20 are shown, and how many more there are", () => {
    const text = `name: x\n${Array.from({ length: 3000 }, (_, i) => `unknown${i}: 1\n`).join("")}`;
    const e = errorOf(() => loadScenario("-", { stdin: () => text }));
    expect(e.problems).toHaveLength(3000);
    const lines = e.message.split("\n");
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe("… and 2,980 more problems");
  });
});

describe("the smaller findings", () => {
  it("100,000 nested brackets: our message, not the engine's", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "deep.yaml"), `name: x\nteam: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`);
    writeFileSync(path.join(dir, "deep.json"), `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}\n`);
    for (const f of ["deep.yaml", "deep.json"]) {
      const r = await inProcess(["validate", f], dir);
      expect(r.code).toBe(2);
      expect(r.err).toContain("is nested too deeply to read");
      expect(r.err).not.toContain("call stack");
    }
  });

  it("a dotted top-level key is refused with extends as without", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "parent.yaml"), "name: p\n");
    writeFileSync(path.join(dir, "child.yaml"), "extends: ./parent.yaml\nteam.developers: 9\n");
    writeFileSync(path.join(dir, "alone.yaml"), "team.developers: 9\n");
    for (const f of ["child.yaml", "alone.yaml"]) {
      const e = errorOf(() => loadScenario(path.join(dir, f)));
      expect(e.message).toMatch(/team\.developers: unknown key "team\.developers"; keys are nested, not dotted/);
    }
  });

  it("--set name=*a: an alias without anchor, not 'too many alias expansions'", async () => {
    const r = await inProcess(["validate", "scenarios/baseline.yaml", "--set", "name=*a"], ROOT);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--set name=*a: name: uses an alias (*name) with no anchor (&name) before it");
  });
});
