// Scenario files that are right: defaults, extends chains, --set, the resolved-scenario round
// trip, the shipped library (each validates and runs), the generated reference, the commands.
import { readdirSync, readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { memoryIO } from "../../src/cli/io.js";
import { runScenario } from "../../src/model/run.js";
import { DEFAULT_SCENARIO, formatResolvedScenario, jsonSchema, loadScenario, resolveScenario, scenarioSchema } from "../../src/scenario/index.js";
import { scenarioReference } from "../../src/scenario/reference.js";
import { leaves } from "../../src/scenario/spec.js";
import { sprintsOf } from "../../src/scenario/horizon.js";

describe("schema", () => {
  it("fills every key from the defaults", () => {
    expect(scenarioSchema.parse({})).toEqual(DEFAULT_SCENARIO);
    expect(resolveScenario({ file: "x.yaml", text: "name: x\n" }).scenario).toEqual({ ...DEFAULT_SCENARIO, name: "x" });
  });

  it("describes every key, and the JSON Schema has them all with their defaults", () => {
    const schema = jsonSchema() as { properties: Record<string, { properties?: Record<string, unknown>; description?: string }> };
    expect(Object.keys(schema.properties)).toContain("extends");
    expect(schema.properties.team.properties?.developers).toMatchObject({ type: "integer", minimum: 1, maximum: 50, default: 7 });
    for (const [key, leaf] of leaves()) expect(leaf.description.length, key).toBeGreaterThan(3);
  });
});

describe("extends", () => {
  const { scenario, files } = loadScenario("test/fixtures/good/grandchild.json");
  it("deep-merges child over parent, along a chain, with paths relative to each file", () => {
    expect(files).toEqual(["test/fixtures/good/grandchild.json", "test/fixtures/good/nested/child.yaml", "test/fixtures/good/parent.yaml"]);
    expect(scenario.name).toBe("grandchild");
    expect(scenario.description).toBe("The child overrides one nested key and adds another.");
    expect(scenario.team.developers).toBe(9);
    expect(scenario.team.skill).toEqual({ mean: 1.2, cv: 0.3 });
    expect(scenario.practices.dailyScrum).toBe(false);
    expect(scenario.roles.productOwner.availability).toBe(0.5);
    expect(scenario.roles.productOwner.proxy).toBe(DEFAULT_SCENARIO.roles.productOwner.proxy);
  });
  it("names a scenario after its file when it sets no name (names are not inherited)", () => {
    expect(loadScenario("test/fixtures/good/nested/child.yaml", { extendsRoot: "test/fixtures/good" }).scenario.name).toBe("child");
  });
});

describe("--set", () => {
  it("overrides keys after extends, typed by the schema", () => {
    const { scenario } = loadScenario("test/fixtures/good/parent.yaml", { sets: ["team.developers=12", "roles.mergedPoSm=true", "practices.impedimentRemoval=none", "team.skill={mean: 2, cv: 0}"] });
    expect(scenario.team.developers).toBe(12);
    expect(scenario.roles.mergedPoSm).toBe(true);
    expect(scenario.practices.impedimentRemoval).toBe("none");
    expect(scenario.team.skill).toEqual({ mean: 2, cv: 0 });
  });
  it.each([
    ["team.developrs=3", "--set team.developrs=3: team.developrs: no such key under team: \"developrs\"; did you mean \"developers\"?"],
    ["tema.developers=3", "--set tema.developers=3: tema.developers: no such key: \"tema\"; did you mean \"team\"?"],
    ["team.developers=lots", "--set team.developers=lots: team.developers: expected a whole number from 1 to 50, found \"lots\""],
    ["roles.mergedPoSm=1", "--set roles.mergedPoSm=1: roles.mergedPoSm: expected true or false, found 1"],
    ["calendar.sprintDays", "--set calendar.sprintDays: expected path=value, e.g. --set team.developers=9"],
    ["events.overrun.mode=5", "test/fixtures/good/parent.yaml: events.overrun: expected min <= mode <= max, found 1, 5, 1.75"],
  ])("rejects %s clearly", (set, message) => {
    expect(() => loadScenario("test/fixtures/good/parent.yaml", { sets: [set] })).toThrow(message);
  });
});

describe("the resolved scenario file", () => {
  it("loads back to exactly the same scenario, with the run's seed and runs", () => {
    const { scenario } = loadScenario("scenarios/merged-po-sm.yaml", { sets: ["team.skill.cv=0.30000000000000004"] });
    const text = formatResolvedScenario(scenario, { version: "9.9.9", runs: 321, seed: 7 });
    expect(text).toMatch(/^# Resolved by scrumlab 9\.9\.9/);
    expect(resolveScenario({ file: "r.yaml", text }).scenario).toEqual({ ...scenario, seed: 7, runs: 321 });
  });
});

describe("the scenario library", () => {
  const files = readdirSync("scenarios").filter((f) => f.endsWith(".yaml"));
  it("has the baseline and the practice scenarios", () => {
    for (const name of ["baseline", "merged-po-sm", "impediments-unremoved", "impediments-team-only", "no-scrum-master", "part-time-po", "proxy-po", "no-retrospectives", "no-refinement", "no-daily-scrum", "no-shielding", "poor-management-support", "four-week-sprints", "large-team", "merged-po-sm-poor-support"]) {
      expect(files).toContain(`${name}.yaml`);
    }
  });
  it.each(files)("%s validates, is named after its file, describes itself, and runs", (file) => {
    const { scenario } = loadScenario(`scenarios/${file}`);
    expect(scenario.name).toBe(file.replace(/\.yaml$/, ""));
    expect(scenario.description.split(" ").length).toBeGreaterThan(12);
    const r = runScenario(scenario, { replication: 0 });
    expect(r.sprints).toHaveLength(sprintsOf(scenario));
    expect(r.totals.items_done).toBeGreaterThan(0);
  });
});

describe("docs/scenarios.md", () => {
  it("is what the generator writes (npm run docs)", () => {
    expect(readFileSync("docs/scenarios.md", "utf8")).toBe(scenarioReference());
  });
  it("documents every key", () => {
    const doc = scenarioReference();
    for (const [key] of leaves()) expect(doc).toContain(`| \`${key}\` |`);
  });
});

describe("commands", () => {
  it("init writes a starter that validates, and will not overwrite without --force", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "scrumlab-init-"));
    const io = memoryIO({ cwd: dir });
    expect(await main(["init", "team.yaml"], io)).toBe(0);
    expect(loadScenario(path.join(dir, "team.yaml")).scenario.name).toBe("team");
    expect(await main(["init", "team.yaml"], io)).toBe(2);
    expect(io.err.join("")).toContain("team.yaml already exists; use --force");
    expect(await main(["init", "team.yaml", "--force"], io)).toBe(0);
    const out = memoryIO();
    expect(await main(["init"], out)).toBe(0);
    expect(resolveScenario({ file: "stdout", text: out.out.join("") }).scenario.name).toBe("my-team");
  });
  it("schema prints JSON Schema; list shows every shipped scenario with its summary", async () => {
    const io = memoryIO();
    expect(await main(["schema"], io)).toBe(0);
    expect(JSON.parse(io.out.join("")).title).toBe("scrumlab scenario");
    const list = memoryIO();
    expect(await main(["list"], list)).toBe(0);
    const text = list.out.join("");
    expect(text).toMatch(/^merged-po-sm +One person is both Product Owner and Scrum Master\.$/m);
    expect(text).toContain(`${readdirSync("scenarios").filter((f) => f.endsWith(".yaml")).length} scenarios`);
  });
  it("validate says ok per file, with warnings", async () => {
    const io = memoryIO();
    expect(await main(["validate", "scenarios/baseline.yaml", "scenarios/large-team.yaml"], io)).toBe(0);
    expect(io.out.join("")).toBe("scenarios/baseline.yaml: ok\nscenarios/large-team.yaml: ok\n  warning: scenarios/large-team.yaml:8:15: team.developers: 12 developers: the Scrum Guide says a Scrum Team is typically 10 people or fewer\n");
  });
  it("every command's help has an example", async () => {
    for (const command of ["validate", "schema", "init", "list"]) {
      const io = memoryIO();
      expect(await main([command, "--help"], io)).toBe(0);
      expect(io.out.join("")).toMatch(/Example:\n  scrumlab /);
    }
  });
});
