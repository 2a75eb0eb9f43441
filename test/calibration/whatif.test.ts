// What-if arms on the same seeds: the same scenario twice moves nothing; a slower practice moves
// the median date later with an interval that excludes 0; the answer is read through the forecast's
// surfaces, and the same inputs give the same numbers.
import { describe, expect, it } from "vitest";
import { applyPractice } from "../../src/calibration/practice.js";
import { whatIf, type WhatIfOptions } from "../../src/calibration/whatif.js";
import { WorkCalendar } from "../../src/forecast/calendar.js";
import { parseDay } from "../../src/forecast/days.js";
import { defaultScenario } from "../../src/scenario/defaults.js";

const team = defaultScenario();
const merged = structuredClone(team);
merged.roles.mergedPoSm = true;
const timeline = { asOf: parseDay("2024-06-28") as number, calendar: new WorkCalendar(), perPeriod: 10 };
const options = (o: Partial<WhatIfOptions> = {}): WhatIfOptions => ({ question: { kind: "items", n: 30 }, timeline, runs: 20, horizons: 20, bootstrap: 200, seed: 1, shiftsAt: [50, 85], ...o });

describe("whatIf", () => {
  it("the same scenario in two arms: no shift, an interval of exactly 0", () => {
    const [a, b] = whatIf([{ name: "team", scenario: team, changes: [] }, { name: "again", scenario: team, changes: [] }], options());
    expect(b.values).toEqual(a.values);
    expect(b.shifts).toEqual([{ q: 50, shift: 0, low: 0, high: 0 }, { q: 85, shift: 0, low: 0, high: 0 }]);
    expect(a.shifts).toEqual([]);
  });

  it("a merged PO/SM finishes 60 items later (the P50's paired interval above 0); the same numbers twice", () => {
    const arms = [{ name: "team", scenario: team, changes: [] }, { name: "merged", ...applyPractice(team, merged) }];
    const o = options({ question: { kind: "items", n: 60 }, runs: 40, horizons: 30 });
    const r = whatIf(arms, o);
    expect(r[1].throughput).toBeLessThan(r[0].throughput);
    const [p50, p85] = r[1].shifts;
    expect(p50.shift).toBeGreaterThan(0);
    expect(p50.low).toBeGreaterThan(0);
    expect(p50.high).toBeGreaterThanOrEqual(p50.shift as number);
    expect(p85.shift).toBeGreaterThan(0);
    expect(whatIf(arms, o)).toEqual(r);
  });

  it("how many by a date: fewer items with the slower practice", () => {
    const arms = [{ name: "team", scenario: team, changes: [] }, { name: "merged", ...applyPractice(team, merged) }];
    const r = whatIf(arms, options({ question: { kind: "by", day: timeline.asOf + 56 }, horizons: 6, shiftsAt: [50, 15] }));
    expect(r[0].values[49]).toBeGreaterThan(0);
    expect(r[1].shifts[0].shift).toBeLessThan(0);
  });
});

describe("the forecast moved by the what-if's shifts", () => {
  it("keeps its percentiles in order: a noisy 85 % shift does not move its date before the 50 %'s", async () => {
    const { inOrder } = await import("../../src/output/forecast/what-if.js");
    // dates (when): the 50 % moved by +29 days to 120, the 85 % by +2 to 105 → 105, 120
    expect(inOrder([120, 105], true)).toEqual([105, 120]);
    expect(inOrder([100, 130], true)).toEqual([100, 130]);
    // amounts (how many by a date): surer answers are smaller
    expect(inOrder([30, 34], false)).toEqual([34, 30]);
    expect(inOrder([undefined, 34], true)).toEqual([undefined, 34]);
  });
});
