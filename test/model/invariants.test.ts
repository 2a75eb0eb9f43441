// Checks every correct output passes, over many seeds, team sizes and sprint lengths.
import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/model/run.js";
import { violations } from "./check.js";
import { scenario, type Overrides } from "./helpers.js";

const configs: Array<[string, Overrides]> = [
  ["baseline", {}],
  ["4 developers, 1-week sprints", { "team.developers": 4, "calendar.sprintDays": 5 }],
  ["9 developers, 3-week sprints", { "team.developers": 9, "calendar.sprintDays": 15 }],
  ["1 developer, 1-day sprints", { "team.developers": 1, "calendar.sprintDays": 1, "horizon.sprints": 30 }],
  ["merged PO/SM, 4-week sprints", { "roles.mergedPoSm": true, "calendar.sprintDays": 20, "horizon.sprints": 6 }],
  ["merged, two budgets, part-time", { "roles.mergedPoSm": true, "roles.merged.sharedTimeBudget": false, "roles.productOwner.availability": 0.4 }],
  ["no SM, no events", { "roles.scrumMaster.present": false, "practices.dailyScrum": false, "practices.refinement": false, "practices.sprintReview": false, "practices.retrospective": false }],
  ["part-time proxy PO, half-time SM, WIP limit", { "roles.productOwner.availability": 0.3, "roles.productOwner.proxy": true, "roles.scrumMaster.availability": 0.5, "practices.wipLimit": 5 }],
  ["impediments unremoved, pushed scope, 6-hour days", { "practices.impedimentRemoval": "none", "practices.planning": "pushed-scope", "calendar.hoursPerDay": 6 }],
  ["PO absent, small backlog", { "roles.productOwner.availability": 0, "backlog.initialItems": 30 }],
  ["team-only removal, 12 developers", { "practices.impedimentRemoval": "team-only", "team.developers": 12 }],
  ["WIP limit 2, swarms of 4, heavy arrivals", { "practices.wipLimit": 2, "team.swarming.maxPerItem": 4, "arrivals.load": 1.5, "arrivals.urgentShare": 0.3 }],
  ["no SM under pushed scope: shortcuts and debt", { "roles.scrumMaster.present": false, "practices.planning": "pushed-scope", "debt.interest": 1 }],
  ["15 developers, busy weeks", { "team.developers": 15, "environment.unplannedWork.share": 0.5, "environment.unplannedWork.cv": 2 }],
];

describe.each(configs)("invariants: %s", (_name, overrides) => {
  it("hold for 6 seeds: hours, value, items, impediments, Little's law, timeboxes, totals", () => {
    const s = scenario(overrides);
    for (let k = 0; k < 6; k++) {
      const r = runScenario(s, { replication: k, detail: true, trace: true, dailyHours: true });
      expect(violations(s, r)).toEqual([]);
    }
  });
});

describe("degenerate runs say what happened", () => {
  it("a PO with no time accepts nothing, and the run says so", () => {
    const r = runScenario(scenario(configs[9][1]), { replication: 0 });
    expect(r.totals.value_delivered).toBe(0);
    expect(r.totals.items_accepted).toBe(0);
    expect(r.warnings.join(" ")).toMatch(/no value was delivered/);
  });

  it("a backlog that runs out (no work arriving) leaves the team starved, and the run says so", () => {
    const r = runScenario(scenario({ "backlog.initialItems": 20, "arrivals.load": 0, "backlog.discoveryPerStakeholderHour": 0 }), { replication: 0, detail: true });
    expect(r.warnings.join(" ")).toMatch(/Product Backlog ran out in sprint \d+/);
    expect(r.totals.starved_hours).toBeGreaterThan(1000);
    expect(r.totals.idle_hours).toBe(0);
    const features = (r.items ?? []).filter((i) => i.kind === "feature");
    expect(features).toHaveLength(20);
    expect(features.every((i) => i.done_at !== null)).toBe(true);
  });

  it("a PO whose hours run out during the Sprint Review still accepts at its start (attends in part)", () => {
    for (const merged of [false, true]) {
      const r = runScenario(scenario({ "roles.productOwner.availability": 0.2, "roles.mergedPoSm": merged }), { replication: 0, trace: true });
      expect(r.totals.items_accepted).toBeGreaterThan(0);
      expect(r.trace?.filter((t) => t.kind === "review").every((t) => t.kind === "review" && t.poPresent)).toBe(true);
    }
  });

  it("the checker itself catches a broken result", () => {
    const s = scenario();
    const r = runScenario(s, { replication: 0, detail: true, trace: true, dailyHours: true });
    (r.dailyHours as Float64Array)[0] += 0.5;
    r.sprints[0].wip_mean += 1;
    const found = violations(s, r);
    expect(found.some((v) => v.includes("booked"))).toBe(true);
    expect(found.some((v) => v.includes("Little's law"))).toBe(true);
  });
});
