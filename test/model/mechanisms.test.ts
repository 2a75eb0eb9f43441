// Each of the merged role's five mechanisms carries a cost of its own, measured with morale
// pinned (so no mechanism borrows its effect from the morale multiplier): each alone, the other
// four off, costs at least 0.5 % of value — the conflict of interest at least 1.5 % — with a
// 95 % CI that excludes zero; and the whole merged role costs with morale pinned at least 60 %
// of what it costs with morale. In the baseline and at 4 developers with 3-week sprints. Some
// of these effects are about 1 % against a replication-to-replication spread of about 6 %, so
// the test needs a few hundred paired replications to see them.
import { describe, expect, it } from "vitest";
import { pairedDiff, runs, scenario, type Overrides } from "./helpers.js";

const MECHANISMS = ["sharedTimeBudget", "conflictOfInterest", "noCommitmentCheck", "lessCandidRetros", "noOrderingTeaching"] as const;
const PINNED: Overrides = { "morale.initial": 1, "morale.min": 1, "morale.max": 1 };
const ALL_OFF: Overrides = Object.fromEntries([["roles.mergedPoSm", true], ...MECHANISMS.map((m) => [`roles.merged.${m}`, false])]);

const contexts: Array<[string, Overrides, number]> = [
  ["the baseline", {}, 300],
  ["4 developers with 3-week sprints", { "team.developers": 4, "calendar.sprintDays": 15 }, 400],
];

describe.each(contexts)("the merged role's mechanisms in %s", (_name, context, n) => {
  const base = runs(scenario({ ...context, ...PINNED }), n);

  it.each(MECHANISMS.map((m) => [m]))("%s alone costs value, with a CI that excludes zero", (mechanism) => {
    const alone = runs(scenario({ ...context, ...PINNED, ...ALL_OFF, [`roles.merged.${mechanism}`]: true }), n);
    const d = pairedDiff(base, alone, "value_delivered");
    const mean = base.reduce((s, r) => s + r.totals.value_delivered, 0) / n;
    const least = mechanism === "conflictOfInterest" ? 0.015 : 0.005;
    expect(d.high).toBeLessThan(0);
    expect(-d.mean / mean).toBeGreaterThanOrEqual(least);
  });

  it("the whole merged role costs with morale pinned at least 60 % of its cost with morale", () => {
    const pinned = pairedDiff(base, runs(scenario({ ...context, ...PINNED, "roles.mergedPoSm": true }), n), "value_delivered");
    const withMorale = pairedDiff(runs(scenario(context), n), runs(scenario({ ...context, "roles.mergedPoSm": true }), n), "value_delivered");
    expect(withMorale.mean).toBeLessThan(0);
    expect(pinned.mean / withMorale.mean).toBeGreaterThanOrEqual(0.6);
  });
});
