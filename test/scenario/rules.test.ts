// Cross-field rules: each error and each warning fires exactly when its condition holds, and
// points at the file, line and column where the key was written.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../../src/scenario/index.js";
import { errorOf as errorOfCall } from "./helpers.js";

const warningsOf = (text: string) => parseScenarioText(text, "w.yaml").warnings;
const errorOf = (text: string) => errorOfCall(() => parseScenarioText(text, "e.yaml"));

describe("warnings", () => {
  it("the defaults warn about nothing", () => {
    expect(warningsOf("name: x\n")).toEqual([]);
  });
  it("more than 9 developers, at the line that says so", () => {
    expect(warningsOf("team:\n  developers: 10\n")).toEqual(["w.yaml:2:15: team.developers: 10 developers: the Scrum Guide says a Scrum Team is typically 10 people or fewer"]);
    expect(warningsOf("team:\n  developers: 9\n")).toEqual([]);
  });
  it("no Scrum Master (absent, or without time) while one should remove impediments and shield", () => {
    for (const sm of ["present: false", "availability: 0"]) {
      const w = warningsOf(`roles:\n  scrumMaster:\n    ${sm}\n`);
      expect(w).toHaveLength(2);
      expect(w[0]).toMatch(/^w\.yaml: practices\.impedimentRemoval: there is no Scrum Master: the developers remove what they can \(as with team-only\)$/);
      expect(w[1]).toMatch(/^w\.yaml: practices\.shielding: there is no Scrum Master to shield the team/);
    }
    expect(warningsOf("roles:\n  scrumMaster:\n    present: false\npractices:\n  impedimentRemoval: team-only\n  shielding: false\n")).toEqual([]);
  });
  it("a merged PO/SM is a Scrum Master: no warning about a missing one", () => {
    expect(warningsOf("roles:\n  mergedPoSm: true\n")).toEqual([]);
  });
  it("Scrum Master settings a merged PO/SM ignores", () => {
    expect(warningsOf("roles:\n  mergedPoSm: true\n  scrumMaster:\n    availability: 0.5\n")).toEqual([
      "w.yaml:4:5: roles.scrumMaster: mergedPoSm: true makes roles.scrumMaster.present and availability irrelevant: the merged person works roles.productOwner.availability of the day",
    ]);
  });
  it("merged-role switches without the merged role", () => {
    expect(warningsOf("roles:\n  merged:\n    candour: 0.9\n")).toEqual(["w.yaml:3:5: roles.merged: the merged role's switches apply only with roles.mergedPoSm: true"]);
    expect(warningsOf("roles:\n  mergedPoSm: true\n  merged:\n    candour: 0.9\n")).toEqual([]);
  });
  it("a Product Owner with no time", () => {
    expect(warningsOf("roles:\n  productOwner:\n    availability: 0\n")).toEqual(["w.yaml:3:19: roles.productOwner.availability: a Product Owner with no time accepts nothing: no value will be delivered"]);
  });
});

describe("errors", () => {
  it("facilitatedUse min <= max (equal is fine)", () => {
    expect(errorOf("events:\n  facilitatedUse: {min: 0.8, max: 0.8}\n")).toBe("no error");
    expect(errorOf("events:\n  facilitatedUse: {min: 0.8, max: 0.7}\n")).toBe("e.yaml:2:19: events.facilitatedUse: min (0.8) must not exceed max (0.7)");
  });
  it("overrun min <= mode <= max", () => {
    expect(errorOf("events:\n  overrun: {min: 1, mode: 1, max: 1}\n")).toBe("no error");
    expect(errorOf("events:\n  overrun: {mode: 2}\n")).toBe("e.yaml:2:12: events.overrun: expected min <= mode <= max, found 1, 2, 1.75");
  });
  it("readyAtStart <= initialItems", () => {
    expect(errorOf("backlog:\n  initialItems: 5\n  readyAtStart: 5\n")).toBe("no error");
    expect(errorOf("backlog:\n  initialItems: 5\n  readyAtStart: 6\n")).toBe("e.yaml:3:17: backlog.readyAtStart: 6 ready items cannot come out of a backlog of 5 (backlog.initialItems)");
  });
  it("morale min <= initial <= max", () => {
    expect(errorOf("morale:\n  initial: 1.2\n")).toBe("e.yaml:2:3: morale: expected min <= initial <= max, found 0.95, 1.2, 1.05");
  });
  it("the impediment rate cannot fall below zero", () => {
    expect(errorOf("improvement:\n  ceiling: 0.5\n  impedimentReduction: 3\n")).toBe("e.yaml:3:24: improvement.impedimentReduction: impedimentReduction × ceiling must be at most 1 (the impediment rate cannot fall below zero), found 3 × 0.5");
  });
});
