// The in-memory path (text → resolved Scenario) runs without a file system, so the browser
// playground can validate YAML: it bundles for the browser with no Node built-in, and refuses
// `extends` with a clear message instead of reading files.
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../../src/scenario/index.js";

describe("parseScenarioText", () => {
  it("bundles for the browser without any Node built-in", async () => {
    const result = await build({ entryPoints: ["src/scenario/resolve.ts"], bundle: true, write: false, platform: "browser", format: "esm", logLevel: "silent", metafile: true });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((f) => f.startsWith("node:") || f.includes("src/scenario/load.ts"))).toBe(false);
    expect(inputs).toContain("src/scenario/yaml.ts");
  });

  it("resolves text, names the scenario after the file, and reports errors against that name", () => {
    expect(parseScenarioText("team:\n  developers: 4\n", "playground/my-team.yaml").scenario).toMatchObject({ name: "my-team", team: { developers: 4 } });
    expect(() => parseScenarioText("team:\n  developers: 0\n", "playground.yaml")).toThrow("playground.yaml:2:15: team.developers: expected a whole number from 1 to 50, found 0");
  });

  it("takes --set style overrides", () => {
    expect(parseScenarioText("name: x\n", "x.yaml", { sets: ["roles.mergedPoSm=true"] }).scenario.roles.mergedPoSm).toBe(true);
  });

  it("refuses extends: there is no file to read", () => {
    expect(() => parseScenarioText("extends: ./baseline.yaml\n", "pasted.yaml")).toThrow("pasted.yaml:1:10: extends: extends cannot be followed here: paste the parent's keys into this scenario instead");
  });
});
