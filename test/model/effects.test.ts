// The effects the sources claim, measured with paired replications (common random numbers)
// and a 95 % confidence interval that must exclude zero — for the default team and for teams of
// 4 and 10, sprints of 1 and 3 weeks, and more or less work arriving.
import { describe, expect, it } from "vitest";
import { pairedDiff, runs, scenario, type Overrides } from "./helpers.js";

const N = 60;

const teams: Array<[string, Overrides]> = [
  ["7 developers, 2-week sprints", {}],
  ["4 developers", { "team.developers": 4 }],
  ["10 developers", { "team.developers": 10 }],
  ["1-week sprints", { "calendar.sprintDays": 5 }],
  ["3-week sprints", { "calendar.sprintDays": 15 }],
  ["work arriving at 1.1 of capacity", { "arrivals.load": 1.1 }],
];

describe.each(teams)("effects for %s", (_name, team) => {
  const baseline = runs(scenario(team), N);
  const variant = (overrides: Overrides) => runs(scenario({ ...team, ...overrides }), N);

  it("a merged PO/SM delivers less value; its team is interrupted more and runs into debt", () => {
    const merged = variant({ "roles.mergedPoSm": true });
    expect(pairedDiff(baseline, merged, "value_delivered").high).toBeLessThan(0);
    expect(pairedDiff(baseline, merged, "interruption_hours").low).toBeGreaterThan(0);
    expect(pairedDiff(baseline, merged, "tech_debt_end_hours").low).toBeGreaterThan(0);
  });

  it("impediments left unremoved cost value and block items for longer", () => {
    const none = variant({ "practices.impedimentRemoval": "none" });
    expect(pairedDiff(baseline, none, "value_delivered").high).toBeLessThan(0);
    expect(pairedDiff(baseline, none, "blocked_hours").low).toBeGreaterThan(0);
  });

  it("without retrospectives productivity never improves, and less value is delivered", () => {
    const noRetro = variant({ "practices.retrospective": false });
    for (const r of noRetro) for (const sp of r.sprints) expect(sp.productivity).toBe(1);
    expect(pairedDiff(noRetro, baseline, "productivity_end").low).toBeGreaterThan(0);
    expect(pairedDiff(baseline, noRetro, "value_delivered").high).toBeLessThan(0);
  });

  it("a part-time PO makes developers wait longer for answers and delivers less value", () => {
    const partTime = variant({ "roles.productOwner.availability": 0.3 });
    expect(pairedDiff(baseline, partTime, "clarification_wait_mean_hours").low).toBeGreaterThan(0);
    expect(pairedDiff(baseline, partTime, "value_delivered").high).toBeLessThan(0);
  });

  it("without shielding developers lose more hours to interruptions, and value", () => {
    const noShield = variant({ "practices.shielding": false });
    expect(pairedDiff(baseline, noShield, "interruption_hours").low).toBeGreaterThan(0);
    expect(pairedDiff(baseline, noShield, "value_delivered").high).toBeLessThan(0);
  });

  it("without a Scrum Master impediments wait longer and less value is delivered", () => {
    const noSm = variant({ "roles.scrumMaster.present": false });
    expect(pairedDiff(baseline, noSm, "impediment_age_mean_hours").low).toBeGreaterThan(0);
    expect(pairedDiff(baseline, noSm, "value_delivered").high).toBeLessThan(0);
  });
});

describe("the merged role is its mechanisms", () => {
  it("with all five mechanisms off, a merged PO/SM gives exactly the baseline's results", () => {
    const off = {
      "roles.mergedPoSm": true,
      "roles.merged.sharedTimeBudget": false,
      "roles.merged.conflictOfInterest": false,
      "roles.merged.noCommitmentCheck": false,
      "roles.merged.lessCandidRetros": false,
      "roles.merged.noOrderingTeaching": false,
    };
    const a = runs(scenario(), 10);
    const b = runs(scenario(off), 10);
    for (let k = 0; k < 10; k++) {
      expect(b[k].totals).toEqual(a[k].totals);
      expect(b[k].sprints).toEqual(a[k].sprints);
    }
  });
});
