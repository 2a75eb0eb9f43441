// extends: child over parent, deeply; lists and values replaced; chains; paths relative to the
// file that names them (or absolute); cycles refused naming every file; nothing polluted.
import { symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { folder } from "./helpers.js";
import { DEFAULT_SCENARIO, loadScenario } from "../../src/scenario/index.js";
import { deepMerge } from "../../src/scenario/paths.js";

describe("deepMerge", () => {
  it("merges mappings key by key, child over parent; lists and values replace", () => {
    const parent = { a: { x: 1, y: [1, 2, 3] }, b: "p", c: { deep: { keep: true, change: 1 } } };
    const child = { a: { y: [9] }, b: { now: "a mapping" }, c: { deep: { change: 2 } } };
    expect(deepMerge(parent, child)).toEqual({ a: { x: 1, y: [9] }, b: { now: "a mapping" }, c: { deep: { keep: true, change: 2 } } });
    expect(parent.a.y).toEqual([1, 2, 3]);
  });
  it("keeps __proto__ as a plain key and pollutes nothing", () => {
    const merged = deepMerge({}, JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.hasOwn(merged, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });
});

describe("extends chains", () => {
  it("resolves a chain with paths relative to each file, and reports the files read", () => {
    const { scenario, files } = loadScenario("test/fixtures/good/grandchild.json");
    expect(files).toEqual(["test/fixtures/good/grandchild.json", "test/fixtures/good/nested/child.yaml", "test/fixtures/good/parent.yaml"]);
    expect(scenario.team).toEqual({ ...DEFAULT_SCENARIO.team, developers: 9, skill: { mean: 1.2, cv: 0.3 } });
  });

  it("takes an absolute path, and a path relative to the file rather than the working directory (inside --extends-root)", () => {
    const dir = folder({ "base/root.yaml": "team:\n  developers: 4\n", "a/b/leaf.yaml": "extends: ../../base/root.yaml\nname: leaf\n" });
    expect(loadScenario("a/b/leaf.yaml", { cwd: dir, extendsRoot: "." }).scenario.team.developers).toBe(4);
    const abs = folder({ "x.yaml": `extends: ${JSON.stringify(path.join(dir, "base/root.yaml"))}\n` });
    expect(loadScenario(path.join(abs, "x.yaml"), { extendsRoot: path.dirname(abs) }).scenario.team.developers).toBe(4);
  });

  it("refuses a cycle of three files, naming them in order", () => {
    const dir = folder({ "a.yaml": "extends: ./b.yaml\n", "b.yaml": "extends: ./c.yaml\n", "c.yaml": "extends: ./a.yaml\n" });
    expect(() => loadScenario("a.yaml", { cwd: dir })).toThrow("c.yaml:1:10: extends: extends makes a cycle: a.yaml → b.yaml → c.yaml → a.yaml");
  });

  it("knows a file under two names (a symbolic link, an absolute path) for the same file in a cycle", () => {
    const dir = folder({ "a.yaml": "extends: ./loop/a.yaml\n" });
    symlinkSync(".", path.join(dir, "loop"));
    expect(() => loadScenario("a.yaml", { cwd: dir })).toThrow("a.yaml:1:10: extends: extends makes a cycle: a.yaml → loop/a.yaml");
    const abs = folder({});
    writeFileSync(path.join(abs, "b.yaml"), `extends: ${JSON.stringify(path.join(abs, "b.yaml"))}\n`);
    expect(() => loadScenario("b.yaml", { cwd: abs })).toThrow(`b.yaml:1:10: extends: extends makes a cycle: b.yaml → ${path.join(abs, "b.yaml")}`);
  });

  it("refuses a file that extends itself", () => {
    const dir = folder({ "self.yaml": "extends: ./self.yaml\n" });
    expect(() => loadScenario("self.yaml", { cwd: dir })).toThrow("self.yaml:1:10: extends: extends makes a cycle: self.yaml → self.yaml");
  });

  it("an error in a parent's value is located in the parent, where it was written", () => {
    const dir = folder({ "p.yaml": "name: p\nroles:\n  productOwner:\n    availability: 3\n", "c.yaml": "extends: ./p.yaml\nteam:\n  developers: 5\n" });
    expect(() => loadScenario("c.yaml", { cwd: dir })).toThrow("p.yaml:4:19: roles.productOwner.availability: expected a number from 0 to 1, found 3");
  });

  it("a child fixes its parent's bad value", () => {
    const dir = folder({ "p.yaml": "roles:\n  productOwner:\n    availability: 3\n", "c.yaml": "extends: ./p.yaml\nroles:\n  productOwner:\n    availability: 0.4\n" });
    expect(loadScenario("c.yaml", { cwd: dir }).scenario.roles.productOwner.availability).toBe(0.4);
  });

  it("a missing parent names the child's extends line", () => {
    const dir = folder({ "c.yaml": "name: c\nextends: ./gone/p.yaml\n" });
    expect(() => loadScenario("c.yaml", { cwd: dir })).toThrow('c.yaml:2:10: extends: cannot extend "./gone/p.yaml": no such file');
  });
});
