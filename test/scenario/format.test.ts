// The resolved scenario file: loaded again, it gives back exactly the same Scenario — every
// shipped scenario, awkward floats, and names or descriptions YAML would otherwise misread.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatResolvedScenario, loadScenario, parseScenarioText, type Scenario } from "../../src/scenario/index.js";

const roundTrip = (s: Scenario) => parseScenarioText(formatResolvedScenario(s, { version: "1.2.3" }), "resolved.yaml").scenario;

describe("formatResolvedScenario", () => {
  it.each(readdirSync("scenarios").filter((f) => f.endsWith(".yaml")))("%s loads back to the same scenario", (file) => {
    const { scenario } = loadScenario(`scenarios/${file}`);
    expect(roundTrip(scenario)).toEqual(scenario);
  });

  it("keeps every float bit for bit", () => {
    const { scenario } = loadScenario("scenarios/baseline.yaml", {
      sets: ["team.skill.cv=0.30000000000000004", "environment.drag=0.1234567890123456", "backlog.value.mean=1e-7", "backlog.effort.mean=9999.999999999998", "morale.goalMissed=-0.0300000000000001"],
    });
    const back = roundTrip(scenario);
    expect(back).toEqual(scenario);
    expect(Object.is(back.team.skill.cv, 0.30000000000000004)).toBe(true);
    expect(back.backlog.value.mean).toBe(1e-7);
  });

  it.each(["true", "null", "123", "0x1F", "a: b", "# not a comment", " padded ", "it's \"quoted\"", "tab\there", "ünïcödé → ✓", "-", "~", "@at", "multi\nline\n"])("keeps the name %j as text", (name) => {
    const scenario = { ...loadScenario("scenarios/baseline.yaml").scenario, name, description: `${name}\n\nsecond paragraph` };
    expect(roundTrip(scenario)).toEqual(scenario);
  });

  it("writes the run's seed and runs, and a header with the tool version", () => {
    const { scenario } = loadScenario("scenarios/merged-po-sm.yaml");
    const text = formatResolvedScenario(scenario, { version: "9.9.9", runs: 321, seed: 7 });
    expect(text.split("\n")[0]).toBe("# Resolved by scrumlab 9.9.9: every key of the scenario as it ran (defaults filled in,");
    expect(text).not.toMatch(/^extends:/m);
    expect(parseScenarioText(text, "r.yaml").scenario).toEqual({ ...scenario, seed: 7, runs: 321 });
  });
});
