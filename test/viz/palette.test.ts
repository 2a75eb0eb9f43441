// Scenario colours are stable across reports: by name (the baseline blue, a shipped scenario by its
// place in `scrumlab list`, any other name by a hash), distinct within a report, yellow last.
import { describe, expect, it } from "vitest";
import { shippedNames } from "../../src/scenario/library.js";
import { OKABE_ITO, dutyGroup, stableColors } from "../../viz/palette.js";

const shipped = shippedNames();

describe("stableColors", () => {
  it("gives a scenario the same colour whatever it is compared with, and in any order", () => {
    const a = stableColors(["baseline", "merged-po-sm", "part-time-po"], shipped);
    const b = stableColors(["baseline", "part-time-po", "no-retrospectives", "merged-po-sm"], shipped);
    const c = stableColors(["merged-po-sm", "baseline"], shipped);
    expect(a[0]).toBe(OKABE_ITO[0]);
    expect(b[3]).toBe(a[1]);
    expect(b[1]).toBe(a[2]);
    expect(c).toEqual([a[1], a[0]]);
  });

  it("keeps colours distinct within a report (a taken colour moves to the next free one), and a user's name stable", () => {
    const all = stableColors(shipped.slice(0, 8), shipped);
    expect(new Set(all).size).toBe(8);
    expect(stableColors(["my-team", "baseline"], shipped)[0]).toBe(stableColors(["my-team"], shipped)[0]);
    expect(stableColors(["baseline", "my-team"], shipped)[1]).toBe(stableColors(["my-team"], shipped)[0]);
  });

  it("uses yellow only when the seven other colours are taken", () => {
    const seven = stableColors(shipped.slice(0, 7), shipped);
    expect(seven).not.toContain("#F0E442");
  });

  it("groups duties into product, Scrum Master, development, events and time lost; an unknown duty is 'other'", () => {
    expect(dutyGroup("stakeholder-work").id).toBe("product");
    expect(dutyGroup("coaching").id).toBe("scrum-master");
    expect(dutyGroup("rework").id).toBe("development");
    expect(dutyGroup("swarming").id).toBe("other");
  });
});
