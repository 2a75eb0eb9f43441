// Property: for randomly generated valid scenarios (team 1–20, sprints 1–40, sprints of 1–20
// days, any switch combination, availabilities 0–1, arrivals, swarming, debt, unplanned work), the model terminates and every invariant
// holds. The long version of this runs in `npm run fuzz` with more cases.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/model/run.js";
import { violations } from "./check.js";
import { scenario, validOrganization } from "./helpers.js";

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

/** Several teams, shared people, dependencies, integration, staff changes and turnover. */
export const organizationOverrides = fc.record({
  "organization.teams": fc.integer({ min: 1, max: 4 }),
  "organization.policy": fc.constantFrom("first-come", "most-urgent", "round-robin"),
  "organization.switchHours": fc.constantFrom(0, 0.25, 1),
  "organization.dependencies.share": fc.double({ min: 0, max: 1, noNaN: true }),
  "organization.integration.hoursPerTeam": fc.constantFrom(0, 4, 40),
  "organization.integration.nexus": fc.boolean(),
  "roles.scrumMaster.teamsServed": fc.integer({ min: 1, max: 4 }),
  "roles.productOwner.teamsServed": fc.integer({ min: 1, max: 4 }),
  "team.turnover.perYear": fc.constantFrom(0, 0, 0.5, 3),
  "team.turnover.replaceAfterWeeks": fc.constantFrom(0, 2, 8),
  "team.onboarding.rampUpWeeks": fc.constantFrom(0, 4, 16),
  staffing: fc.array(fc.record({ week: fc.integer({ min: 0, max: 30 }), add: fc.integer({ min: 0, max: 3 }), leave: fc.integer({ min: 0, max: 2 }), team: fc.integer({ min: 1, max: 4 }), who: fc.constantFrom("random", "senior", "newest") }), { maxLength: 3 }),
});

describe("random valid scenarios (property)", () => {
  it("several teams, shared people, dependencies and staff changes: terminate, and every invariant holds", () => {
    fc.assert(
      fc.property(scenarioOverrides, organizationOverrides, fc.nat({ max: 1000 }), (overrides, org, replication) => {
        const s = scenario({ ...overrides, ...org, "horizon.sprints": Math.min(overrides["horizon.sprints"], 16), "team.developers": Math.min(overrides["team.developers"], 10) });
        s.backlog.readyAtStart = Math.min(s.backlog.readyAtStart, s.backlog.initialItems);
        validOrganization(s);
        const r = runScenario(s, { replication, detail: true, trace: true, dailyHours: true });
        expect(violations(s, r)).toEqual([]);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 40) },
    );
  });

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
