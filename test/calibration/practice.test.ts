// A what-if's practice change on a calibrated team: what is taken from the what-if file, what
// stays the team's, and the work arriving a week held when the team's capacity changes.
import { describe, expect, it } from "vitest";
import { applyPractice } from "../../src/calibration/practice.js";
import { nominalWeek } from "../../src/calibration/simulate.js";
import { withValues } from "../../src/calibration/parameters.js";
import { defaultScenario } from "../../src/scenario/defaults.js";
import { loadScenario } from "../../src/scenario/load.js";
import { ROOT } from "../cli/helpers.js";

const team = () => {
  const s = withValues(defaultScenario(), [50, 1.2, 1.4, 0.8, 8]);
  s.name = "my-team";
  s.horizon.weeks = 78;
  s.seed = 9;
  return s;
};
const shipped = (name: string) => loadScenario(`scenarios/${name}.yaml`, { cwd: ROOT }).scenario;

describe("applyPractice", () => {
  it("takes the keys the what-if changes from the baseline, and only those", () => {
    const { scenario, changes } = applyPractice(team(), shipped("merged-po-sm"));
    expect(changes).toEqual([{ key: "roles.mergedPoSm", from: false, to: true, how: "set" }]);
    expect(scenario.roles.mergedPoSm).toBe(true);
    expect(scenario.name).toBe("my-team");
    expect(scenario.seed).toBe(9);
    expect(scenario.horizon.weeks).toBe(78);
    expect(scenario.backlog.effort).toEqual({ mean: 50, cv: 1.2 });
  });

  it("a calibrated key changes by the what-if's ratio to the baseline; a value equal to the team's is no change", () => {
    const more = defaultScenario();
    more.arrivals.load = 1.2;
    more.backlog.effort.cv = 1.2; // the team's own value: a what-if written on the team's file
    const { scenario, changes } = applyPractice(team(), more);
    expect(scenario.arrivals.load).toBeCloseTo(1.4 * 1.2, 12);
    expect(scenario.backlog.effort.cv).toBe(1.2);
    expect(changes.map((c) => [c.key, c.how])).toEqual([["arrivals.load", "ratio"]]);
  });

  it("holds the work arriving a week when the team grows (the same stakeholders, more people)", () => {
    const t = team();
    const { scenario, changes } = applyPractice(t, shipped("large-team"));
    expect(scenario.team.developers).toBe(12);
    const perWeek = (s: typeof t) => (s.arrivals.load * nominalWeek(s)) / s.backlog.effort.mean;
    expect(perWeek(scenario)).toBeCloseTo(perWeek(t), 10);
    expect(changes.map((c) => [c.key, c.how])).toEqual([["team.developers", "set"], ["arrivals.load", "demand"]]);
  });

  it("leaves a what-if with no practice change (the baseline itself) without changes", () => {
    expect(applyPractice(team(), shipped("baseline")).changes).toEqual([]);
  });
});
