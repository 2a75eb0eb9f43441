// The story tells real events of the trace on their correct days, is the same for the same
// inputs, and its attribution adds up exactly to the measured difference.
import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/model/run.js";
import { attribute, attributionFigures, render, tell } from "../../src/story/index.js";
import { scenario } from "../model/helpers.js";

const base = scenario({ name: "baseline" });
const merged = scenario({ name: "merged-po-sm", "roles.mergedPoSm": true });

describe("story", () => {
  const told = tell(merged, base, { replication: 2 });

  it("is identical for identical inputs", () => {
    const again = tell(merged, base, { replication: 2 });
    expect(render(again, { format: "text" })).toBe(render(told, { format: "text" }));
    expect(render(again, { format: "markdown" })).toBe(render(told, { format: "markdown" }));
  });

  it("names real impediments and questions of the trace, on their correct days", () => {
    const run = runScenario(merged, { replication: 2, trace: true });
    const H = merged.calendar.hoursPerDay;
    const day = (t: number) => Math.floor(t / H + 1e-9) + 1;
    let checked = 0;
    for (const sp of told.story.sprints) {
      for (const m of sp.moments) {
        if (m.kind === "impediment") {
          const raised = run.trace?.find((r) => r.kind === "impediment-raised" && r.impediment === m.id);
          expect(raised).toBeDefined();
          if (raised?.kind !== "impediment-raised") continue;
          expect(m.day).toBe(day(raised.t));
          expect(m.text).toContain(`Day ${day(raised.t)}: ${raised.agent} hit`);
          if (raised.item !== null) expect(m.text).toContain(`item #${raised.item}`);
          const removed = run.trace?.find((r) => r.kind === "impediment-removed" && r.impediment === m.id);
          if (removed) expect(m.text).toContain(`on day ${day(removed.t)}`);
          checked++;
        }
        if (m.kind === "question") {
          const asked = run.trace?.find((r) => r.kind === "question-asked" && r.item === m.id && day(r.t) === m.day);
          expect(asked).toBeDefined();
          checked++;
        }
      }
      expect(sp.firstDay).toBe((sp.sprint - 1) * merged.calendar.sprintDays + 1);
    }
    expect(checked).toBeGreaterThan(3);
  });

  it("tells the sprint's figures as the run measured them", () => {
    const run = runScenario(merged, { replication: 2 });
    for (const sp of told.story.sprints) {
      const m = run.sprints[sp.sprint - 1];
      expect(sp.outcome).toContain(`${m.done_items} items done`);
      expect(sp.planning).toContain(`committed to ${m.committed_items} items`);
      expect(sp.outcome).toContain(m.sprint_goal_met ? "was met" : "was missed");
    }
  });
});

describe("attribution of a merged PO/SM", () => {
  const a = attribute(base, merged, { replication: 2 });

  it("adds up: the parts plus the interaction are the measured difference, and the shown tenths add up exactly", () => {
    expect(a.total).toBeCloseTo(a.other - a.reference, 9);
    expect(a.parts.reduce((s, p) => s + p.delta, 0) + a.interaction).toBeCloseTo(a.total, 9);
    const f = attributionFigures(a);
    expect(f.parts.reduce((s, p) => s + p.tenths, 0) + f.interaction).toBe(f.total);
    expect(Number.isInteger(f.total)).toBe(true);
  });

  it("measures each mechanism switched on alone, over the merged role with none", () => {
    const none = scenario({ "roles.mergedPoSm": true, "roles.merged.sharedTimeBudget": false, "roles.merged.conflictOfInterest": false, "roles.merged.noCommitmentCheck": false, "roles.merged.lessCandidRetros": false, "roles.merged.noOrderingTeaching": false });
    const value = (s: typeof none) => runScenario(s, { replication: 2 }).totals.value_delivered;
    const plain = value(none);
    expect(a.parts[0].delta).toBe(plain - value(base));
    expect(a.parts[0].delta).toBe(0);
    const budget = structuredClone(none);
    budget.roles.merged.sharedTimeBudget = true;
    expect(a.parts.find((p) => p.keys[0] === "roles.merged.sharedTimeBudget")?.delta).toBe(value(budget) - plain);
    const check = structuredClone(none);
    check.roles.merged.noCommitmentCheck = true;
    expect(a.parts.find((p) => p.keys[0] === "roles.merged.noCommitmentCheck")?.delta).toBe(value(check) - plain);
    expect(a.parts).toHaveLength(6);
  });

  it("attributes other differences key by key", () => {
    const b = scenario({ "practices.retrospective": false, "team.developers": 5 });
    const r = attribute(base, b, { replication: 0, replications: 3 });
    expect(r.parts.map((p) => p.keys[0]).sort()).toEqual(["practices.retrospective", "team.developers"]);
    expect(r.parts.reduce((s, p) => s + p.delta, 0) + r.interaction).toBeCloseTo(r.total, 9);
  });
});

describe("rendering", () => {
  it("shows a hostile scenario name as text in Markdown, and wraps terminal text", () => {
    const hostile = scenario({ name: "<img src=x onerror=alert(1)>", description: "a | pipe" });
    const md = render(tell(hostile, undefined, {}), { format: "markdown" });
    expect(md).not.toContain("<img");
    expect(md).toContain("&lt;img src=x onerror=alert(1)&gt;");
    const text = render(tell(base, undefined, {}), { format: "text", width: 60 });
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(60);
    expect(text).not.toContain("\u001b[");
  });
});

describe("scrumlab story", () => {
  it("tells a scenario against another, attribution included, the same every time", async () => {
    const { inProcess } = await import("../cli/helpers.js");
    const a = await inProcess(["story", "scenarios/impediments-unremoved.yaml", "--vs", "scenarios/baseline.yaml", "--replication", "1", "--full", "--attribution-runs", "1"]);
    const b = await inProcess(["story", "scenarios/impediments-unremoved.yaml", "--vs", "scenarios/baseline.yaml", "--replication", "1", "--full", "--attribution-runs", "1"]);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    expect(a.out).toContain("Why the difference");
    expect(a.out).toMatch(/practices\.impedimentRemoval: scrum-master → none +−/);
    expect(a.out).toMatch(/impediments-unremoved delivered [\d,.]+ and baseline [\d,.]+ in value delivered/);
    expect(a.out).not.toContain("\u001b[");
    const md = await inProcess(["story", "scenarios/merged-po-sm.yaml", "--format", "markdown", "--full"]);
    expect(md.out).toMatch(/^# merged-po-sm: the story of one replication\n/);
    expect((await inProcess(["story", "scenarios/baseline.yaml", "--format", "html"])).code).toBe(2);
  });
});
