// The calibration fits a flow the model can make: a history written from one run of a known
// scenario (scripts/calibrate-fixture.ts) is reproduced within every tolerance; the same inputs
// give the same scenario; a flow out of the model's reach is reported as such, not hidden.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { calibrate, TOLERANCES } from "../../src/calibration/fit.js";
import { targetOf, type Target } from "../../src/calibration/target.js";
import { flowStats } from "../../src/calibration/flow.js";
import { importFiles } from "../../src/import/index.js";
import { defaultScenario } from "../../src/scenario/defaults.js";

const FIX = path.resolve(import.meta.dirname, "../fixtures/history");
const history = (name: string) => importFiles([{ name, text: readFileSync(path.join(FIX, name), "utf8") }]).history;

describe("calibrate", () => {
  it("reproduces a simulated team's throughput and lead times within the tolerances (golden fit at seed 42)", () => {
    const target = targetOf(history("simulated-team.csv"));
    const fit = calibrate(defaultScenario(), target);
    for (const m of fit.moments) {
      expect(Math.abs(m.simulated - m.actual) / m.actual, m.key).toBeLessThanOrEqual(TOLERANCES[m.key]);
      expect(m.within).toBe(true);
      expect(m.low).toBeLessThan(m.simulated);
      expect(m.high).toBeGreaterThan(m.simulated);
    }
    expect(fit.ok).toBe(true);
    expect(fit.check).toHaveLength(60);
    expect(fit.values).toEqual([77.9, 1.49, 1.78, 2.33, 5.61]);
    expect(fit.scenario.backlog.effort).toEqual({ mean: 77.9, cv: 1.49 });
    expect(fit.baseValues).toEqual([80, 2, 1, 2, 26]);
  }, 120_000);

  it("gives the same fit for the same inputs, and a different one for another seed", () => {
    const target = targetOf(history("team-items.csv"), { weeks: 20 });
    const small = { steps: 1, replications: 2, checkReplications: 6, polish: 0 };
    const a = calibrate(defaultScenario(), target, small);
    expect(calibrate(defaultScenario(), target, small)).toEqual(a);
    const other = defaultScenario();
    other.seed = 7;
    expect(calibrate(other, target, small).values).not.toEqual(a.values);
  }, 60_000);

  it("says so when the team's flow is out of the model's reach", () => {
    // Weeks with 40 items, then nothing: a coefficient of variation of 2.4, far above what the model makes.
    const throughput = Array.from({ length: 24 }, (_, i) => (i % 6 === 0 ? 40 : 0));
    const leadTimes = Array.from({ length: 160 }, (_, i) => 5 + (i % 20));
    const target: Target = { from: 0, to: 24 * 7 - 1, throughput, leadTimes, stats: flowStats(throughput, leadTimes), noCreated: 0 };
    const fit = calibrate(defaultScenario(), target, { steps: 2, replications: 2, checkReplications: 8, polish: 1 });
    expect(fit.ok).toBe(false);
    expect(fit.moments.find((m) => m.key === "throughputCv")?.within).toBe(false);
  }, 60_000);
});
