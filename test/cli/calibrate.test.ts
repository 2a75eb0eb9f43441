// calibrate and forecast --what-if as the user runs them: the scenario and its report written
// (and never over a file scrumlab did not write), what is printed, the JSON, the scenario file
// loading back as the fit, names of shipped scenarios, and refusals with exit 2.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PARAMETERS } from "../../src/calibration/parameters.js";
import { CALIBRATE_MARK } from "../../src/output/calibrate/scenario.js";
import { loadScenario } from "../../src/scenario/load.js";
import { getPath } from "../../src/scenario/paths.js";
import { inProcess, tempDir } from "./helpers.js";

const FIX = path.resolve(import.meta.dirname, "../fixtures/history");
const fix = (name: string) => path.join(FIX, name);

describe("scrumlab calibrate", () => {
  const dir = tempDir();
  let json: { ok: boolean; parameters: Record<string, { baseline: number; fitted: number }>; figures: Record<string, { within: boolean }>; window: { weeks: number }; scenario: string; report: string };

  beforeAll(async () => {
    const r = await inProcess(["calibrate", fix("simulated-team.csv"), "--out", "my-team.yaml", "--weeks", "20", "--json"], dir);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    json = JSON.parse(r.out);
  }, 120_000);

  it("writes the scenario and its report, and the scenario loads back as the fit", () => {
    expect(json.window.weeks).toBe(20);
    expect(Object.keys(json.figures)).toEqual(["throughputMean", "throughputCv", "leadP50", "leadP85"]);
    expect(json.scenario).toBe("my-team.yaml");
    expect(json.report).toBe("my-team.html");
    const text = readFileSync(path.join(dir, "my-team.yaml"), "utf8");
    expect(text.startsWith(CALIBRATE_MARK)).toBe(true);
    const { scenario } = loadScenario("my-team.yaml", { cwd: dir });
    expect(scenario.name).toBe("my-team");
    expect(scenario.horizon.weeks).toBe(26 + 20);
    for (const p of PARAMETERS) expect(getPath(scenario, p.key), p.key).toBe(json.parameters[p.key].fitted);
    const html = readFileSync(path.join(dir, "my-team.html"), "utf8");
    expect(html).toContain("Items done per week: the team and the fitted scenario");
    expect(html.match(/<svg /g)).toHaveLength(2);
  });

  it("prints the table the coach reads, the same on a second run (which may replace its own files)", async () => {
    const r = await inProcess(["calibrate", fix("simulated-team.csv"), "--out", "my-team.yaml", "--weeks", "20"], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Calibrated to simulated-team\.csv: 20 weeks from \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}, \d+ items done/);
    expect(r.out).toContain("throughput per week (mean)");
    expect(r.out).toContain("backlog.effort.mean — item size (mean ideal hours)");
    expect(r.out).toContain("wrote my-team.yaml and my-team.html\n");
    const again = await inProcess(["calibrate", fix("simulated-team.csv"), "--out", "my-team.yaml", "--weeks", "20"], dir);
    expect(again.out).toBe(r.out);
  }, 120_000);

  it("never overwrites a file it did not write, and refuses before the work", async () => {
    const d = tempDir();
    writeFileSync(path.join(d, "mine.yaml"), "name: mine\n");
    const r = await inProcess(["calibrate", fix("simulated-team.csv"), "--out", "mine.yaml"], d);
    expect(r.code).toBe(2);
    expect(r.err).toBe("scrumlab: mine.yaml already exists and was not written by scrumlab; use --force to overwrite it\n");
    expect(readFileSync(path.join(d, "mine.yaml"), "utf8")).toBe("name: mine\n");
    expect(existsSync(path.join(d, "mine.html"))).toBe(false);
    writeFileSync(path.join(d, "notes.html"), "<p>notes</p>");
    const rep = await inProcess(["calibrate", fix("simulated-team.csv"), "--out", "t.yaml", "--report", "notes.html"], d);
    expect(rep.code).toBe(2);
    expect(rep.err).toContain("notes.html already exists and was not written by scrumlab");
    expect(existsSync(path.join(d, "t.yaml"))).toBe(false);
  });

  it("refuses what it cannot calibrate, naming why (exit 2)", async () => {
    const d = tempDir();
    const sprints = await inProcess(["calibrate", fix("team-sprints.csv"), "--out", "t.yaml"], d);
    expect(sprints.code).toBe(2);
    expect(sprints.err).toContain("calibrate needs an item history");
    const ext = await inProcess(["calibrate", fix("simulated-team.csv"), "--out", "t.txt"], d);
    expect(ext.code).toBe(2);
    expect(ext.err).toContain("--out t.txt: a scenario file is written as YAML; give a name ending in .yaml");
    const bad = await inProcess(["calibrate", fix("simulated-team.csv"), "--out", "t.yaml", "--set", "team.developers=0"], d);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("team.developers");
    const missing = await inProcess(["calibrate", fix("simulated-team.csv")], d);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("--out <file>");
  });

  describe("forecast --what-if", () => {
    it("simulates the team and each change on the same seeds, as text, JSON and a chart", async () => {
      const args = ["forecast", fix("simulated-team.csv"), "--items", "30", "--scenario", "my-team.yaml", "--what-if", "merged-po-sm", "--what-if", path.join(path.resolve(import.meta.dirname, "../.."), "scenarios/no-retrospectives.yaml"), "--runs", "20", "--trials", "2000"];
      const r = await inProcess(args, dir);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      expect(r.out).toContain("What if? The team simulated (from my-team.yaml), 20 runs per arm on the same seeds");
      expect(r.out).toMatch(/\n {2}merged-po-sm {3,}\d{4}-\d{2}-\d{2} {3,}\d{4}-\d{2}-\d{2} {3,}[+−±]\d+ days( \([+−±]\d+ … [+−±]\d+\))?/);
      expect(r.out).toContain("merged-po-sm: roles.mergedPoSm false → true.");
      expect(r.out).toContain("no-retrospectives: practices.retrospective true → false.");
      const html = readFileSync(path.join(dir, "forecast.html"), "utf8");
      expect(html).toContain("chart-what-if");
      const j = JSON.parse((await inProcess([...args, "--json"], dir)).out);
      expect(j.mode).toBe("when");
      expect(j.team).toEqual({ scenario: "my-team.yaml", calibrated: false });
      expect(j.whatIf.map((a: { name: string }) => a.name)).toEqual(["my-team", "merged-po-sm", "no-retrospectives"]);
      expect(Object.keys(j.whatIf[0].percentiles)).toHaveLength(19);
      expect(j.whatIf[0].shift).toBeUndefined();
      expect(Object.keys(j.whatIf[1].shift)).toEqual(["50", "85"]);
      expect(j.whatIf[1].shift["50"]).toHaveProperty("workingDays");
      expect(j.whatIf[1].changes).toEqual([{ key: "roles.mergedPoSm", from: false, to: true, how: "set" }]);
    }, 120_000);

    it("refuses what it cannot answer (exit 2)", async () => {
      const name = await inProcess(["forecast", fix("simulated-team.csv"), "--items", "30", "--what-if", "merged-po", "--no-html"]);
      expect(name.code).toBe(2);
      expect(name.err).toContain('merged-po: no such file; did you mean the shipped scenario "merged-po-sm"?');
      const lone = await inProcess(["forecast", fix("simulated-team.csv"), "--items", "30", "--scenario", "x.yaml", "--no-html"]);
      expect(lone.code).toBe(2);
      expect(lone.err).toContain("--scenario is the team's scenario for --what-if");
      const sprints = await inProcess(["forecast", fix("team-sprints.csv"), "--sprints", "3", "--what-if", "merged-po-sm", "--no-html"]);
      expect(sprints.code).toBe(2);
      expect(sprints.err).toContain("--what-if asks when items will be done");
      const points = await inProcess(["forecast", fix("team-items.csv"), "--items", "30", "--points", "--what-if", "merged-po-sm", "--no-html"]);
      expect(points.code).toBe(2);
      expect(points.err).toContain("--what-if counts items");
    });
  });
});
