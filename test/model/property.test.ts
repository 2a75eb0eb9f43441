// Property: for randomly generated valid scenarios (team 1–20, sprints 1–40, sprints of 1–20
// days, any switch combination, availabilities 0–1, arrivals, swarming, debt, unplanned work), the model terminates and every invariant
// holds. The long version of this runs in `npm run fuzz` with more cases.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/model/run.js";
import { violations } from "./check.js";
import { scenario } from "./helpers.js";

export const scenarioOverrides = fc.record({
  "team.developers": fc.integer({ min: 1, max: 20 }),
  "horizon.sprints": fc.integer({ min: 1, max: 40 }),
  "calendar.sprintDays": fc.integer({ min: 1, max: 20 }),
  "calendar.hoursPerDay": fc.constantFrom(4, 6, 8, 10),
  "roles.mergedPoSm": fc.boolean(),
  "roles.merged.sharedTimeBudget": fc.boolean(),
  "roles.merged.conflictOfInterest": fc.boolean(),
  "roles.merged.noCommitmentCheck": fc.boolean(),
  "roles.merged.lessCandidRetros": fc.boolean(),
  "roles.merged.noOrderingTeaching": fc.boolean(),
  "roles.productOwner.availability": fc.double({ min: 0, max: 1, noNaN: true }),
  "roles.productOwner.proxy": fc.boolean(),
  "roles.scrumMaster.present": fc.boolean(),
  "roles.scrumMaster.availability": fc.double({ min: 0, max: 1, noNaN: true }),
  "practices.impedimentRemoval": fc.constantFrom("scrum-master", "team-only", "none"),
  "practices.dailyScrum": fc.boolean(),
  "practices.refinement": fc.boolean(),
  "practices.sprintReview": fc.boolean(),
  "practices.retrospective": fc.boolean(),
  "practices.shielding": fc.boolean(),
  "practices.wipLimit": fc.integer({ min: 0, max: 12 }),
  "practices.planning": fc.constantFrom("yesterdays-weather", "pushed-scope"),
  "environment.managementSupport": fc.double({ min: 0, max: 1, noNaN: true }),
  "environment.interruptionsPerDay": fc.double({ min: 0, max: 10, noNaN: true }),
  "backlog.initialItems": fc.integer({ min: 0, max: 400 }),
  "arrivals.load": fc.double({ min: 0, max: 2, noNaN: true }),
  "arrivals.dispersion": fc.double({ min: 0, max: 3, noNaN: true }),
  "arrivals.urgentShare": fc.double({ min: 0, max: 1, noNaN: true }),
  "team.swarming.maxPerItem": fc.integer({ min: 1, max: 6 }),
  "team.swarming.hoursPerPerson": fc.double({ min: 0.5, max: 40, noNaN: true }),
  "debt.shortcutShare": fc.double({ min: 0, max: 1, noNaN: true }),
  "debt.interest": fc.double({ min: 0, max: 2, noNaN: true }),
  "environment.unplannedWork.share": fc.double({ min: 0, max: 0.9, noNaN: true }),
  "backlog.pruneAfterWeeks": fc.double({ min: 0, max: 52, noNaN: true }),
});

describe("random valid scenarios (property)", () => {
  it("terminate, and every invariant holds", () => {
    fc.assert(
      fc.property(scenarioOverrides, fc.nat({ max: 1000 }), (overrides, replication) => {
        const s = scenario(overrides);
        s.backlog.readyAtStart = Math.min(s.backlog.readyAtStart, s.backlog.initialItems);
        const r = runScenario(s, { replication, detail: true, trace: true, dailyHours: true });
        expect(violations(s, r)).toEqual([]);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 60) },
    );
  });
});
