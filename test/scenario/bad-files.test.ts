// The corpus of malformed scenario files: each must fail with exactly its message (file, line,
// column, key, expected and found), as an InputError (exit 2), and never with a stack trace.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { memoryIO } from "../../src/cli/io.js";
import { loadScenario, ScenarioError } from "../../src/scenario/index.js";

const cases = JSON.parse(readFileSync("test/fixtures/bad/cases.json", "utf8")) as Record<string, string>;

describe("malformed scenario files", () => {
  it("the corpus has at least 30 cases", () => {
    expect(Object.keys(cases).length).toBeGreaterThanOrEqual(30);
  });

  it.each(Object.entries(cases))("%s", (file, message) => {
    let thrown: unknown;
    try {
      loadScenario(`test/fixtures/bad/${file}`);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ScenarioError);
    expect((thrown as ScenarioError).message).toBe(message);
    expect((thrown as ScenarioError).exitCode).toBe(2);
  });

  it("a huge file is refused before it is parsed", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "scrumlab-"));
    const file = path.join(dir, "huge.yaml");
    writeFileSync(file, `name: x\ndescription: "${"a".repeat(2 * 1024 * 1024)}"\n`);
    expect(() => loadScenario(file)).toThrow(/huge\.yaml: is 2\.0 MB; a scenario file is at most 1 MB/);
  });

  it("a missing file says so", () => {
    expect(() => loadScenario("test/fixtures/bad/nope.yaml")).toThrow("test/fixtures/bad/nope.yaml: no such file");
  });

  it("__proto__, constructor and prototype keys pollute nothing", () => {
    for (const file of ["27-proto-key.yaml", "28-constructor-key.yaml", "44-prototype-key.yaml"]) expect(() => loadScenario(`test/fixtures/bad/${file}`)).toThrow(ScenarioError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(() => loadScenario("test/fixtures/good/parent.yaml", { sets: ["__proto__.polluted=1"] })).toThrow(/no such key: "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("validate prints every error and exits 2, without a stack trace", async () => {
    const io = memoryIO();
    const code = await main(["validate", "test/fixtures/bad/38-several-errors.yaml", "test/fixtures/good/parent.yaml"], io);
    expect(code).toBe(2);
    const err = io.err.join("");
    expect(err).toContain(cases["38-several-errors.yaml"]);
    expect(err).toContain("1 of 2 files are not valid");
    expect(err).not.toMatch(/\n\s+at /);
    expect(io.out.join("")).toBe("test/fixtures/good/parent.yaml: ok\n");
  });
});
