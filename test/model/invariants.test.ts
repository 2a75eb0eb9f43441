// Checks every correct output passes, over many seeds, team sizes and sprint lengths.
import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/model/run.js";
import { DUTIES, type RunResult } from "../../src/model/result.js";
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
];

const SEEDS = 6;
const cache = new Map<string, RunResult[]>();
function results(name: string, overrides: Overrides): RunResult[] {
  if (!cache.has(name)) {
    const s = scenario(overrides);
    cache.set(name, Array.from({ length: SEEDS }, (_, k) => runScenario(s, { replication: k, detail: true, trace: true, dailyHours: true })));
  }
  return cache.get(name) as RunResult[];
}

describe.each(configs)("invariants: %s", (name, overrides) => {
  const s = scenario(overrides);
  const H = s.calendar.hoursPerDay;
  const sprintHours = H * s.calendar.sprintDays;
  const end = sprintHours * s.horizon.sprints;

  it("books every agent's every available hour to exactly one duty, every day", () => {
    for (const r of results(name, overrides)) {
      const nA = r.agents.length;
      const nD = DUTIES.length;
      const days = s.calendar.sprintDays * s.horizon.sprints;
      const daily = r.dailyHours as Float64Array;
      for (let day = 0; day < days; day++) {
        for (let a = 0; a < nA; a++) {
          let booked = 0;
          for (let d = 0; d < nD; d++) {
            const h = daily[(day * nA + a) * nD + d];
            expect(h).toBeGreaterThanOrEqual(0);
            booked += h;
          }
          expect(booked).toBeCloseTo(r.agents[a].hoursPerDay, 6);
        }
      }
    }
  });

  it("accepts no more value than the done items hold, and accepts only done items", () => {
    for (const r of results(name, overrides)) {
      const items = r.items ?? [];
      let accepted = 0;
      for (const item of items) {
        if (item.accepted_at !== null) {
          expect(item.done_at).not.toBeNull();
          expect(item.accepted_at).toBeGreaterThanOrEqual(item.done_at as number);
          expect(item.value_delivered).toBeLessThanOrEqual(item.true_value + 1e-9);
          accepted += item.value_delivered;
        } else expect(item.value_delivered).toBe(0);
      }
      expect(r.totals.value_delivered).toBeCloseTo(accepted, 6);
      const bySprint = r.sprints.reduce((sum, sp) => sum + sp.value_delivered, 0);
      expect(bySprint).toBeCloseTo(accepted, 6);
    }
  });

  it("does no item twice, and items move forward in time", () => {
    for (const r of results(name, overrides)) {
      const done = new Map<number, number>();
      for (const rec of r.trace ?? []) if (rec.kind === "item-done") done.set(rec.item, (done.get(rec.item) ?? 0) + 1);
      for (const count of done.values()) expect(count).toBe(1);
      for (const item of r.items ?? []) {
        if (item.started_at !== null) {
          expect(item.selected_at).not.toBeNull();
          expect(item.started_at).toBeGreaterThanOrEqual(item.selected_at as number);
        }
        if (item.done_at !== null) expect(item.done_at).toBeGreaterThanOrEqual(item.started_at as number);
      }
      expect(r.totals.items_done).toBe(done.size);
    }
  });

  it("removes every impediment after it was raised (and after it was seen, unless time removed it)", () => {
    for (const r of results(name, overrides)) {
      for (const imp of r.impediments ?? []) {
        if (imp.visible_at !== null) expect(imp.visible_at).toBeGreaterThanOrEqual(imp.raised_at);
        if (imp.removed_at === null) continue;
        expect(imp.removed_at).toBeGreaterThanOrEqual(imp.raised_at);
        if (imp.removed_by !== "time") {
          expect(imp.visible_at).not.toBeNull();
          expect(imp.removal_started_at).toBeGreaterThanOrEqual(imp.visible_at as number);
          expect(imp.removed_at).toBeGreaterThanOrEqual(imp.removal_started_at as number);
        }
      }
      const removed = (r.impediments ?? []).filter((i) => i.removed_at !== null).length;
      expect(r.totals.impediments_removed).toBe(removed);
      expect(r.totals.impediments_open_end).toBe((r.impediments ?? []).length - removed);
    }
  });

  it("satisfies Little's law per sprint: time-averaged WIP = in-progress item-hours / elapsed time", () => {
    for (const r of results(name, overrides)) {
      for (const sp of r.sprints) {
        const from = (sp.sprint - 1) * sprintHours;
        const to = sp.sprint * sprintHours;
        let itemHours = 0;
        for (const item of r.items ?? []) {
          if (item.started_at === null) continue;
          const a = Math.max(from, item.started_at);
          const b = Math.min(to, item.done_at ?? end);
          if (b > a) itemHours += b - a;
        }
        expect(sp.wip_mean).toBeCloseTo(itemHours / sprintHours, 6);
      }
    }
  });

  it("keeps facilitated events within their timeboxes", () => {
    let facilitated = 0;
    for (const r of results(name, overrides)) {
      for (const rec of r.trace ?? []) {
        if (rec.kind !== "event") continue;
        expect(rec.end).toBeGreaterThanOrEqual(rec.t);
        if (rec.facilitated) {
          facilitated++;
          expect(rec.end - rec.t).toBeLessThanOrEqual(rec.timebox + 1e-9);
        }
      }
    }
    if (s.roles.scrumMaster.present || s.roles.mergedPoSm) expect(facilitated).toBeGreaterThan(0);
  });

  it("counts per sprint add up to the run totals", () => {
    for (const r of results(name, overrides)) {
      const sum = (k: keyof RunResult["sprints"][number]) => r.sprints.reduce((x, sp) => x + sp[k], 0);
      expect(sum("done_items")).toBe(r.totals.items_done);
      expect(sum("impediments_raised")).toBe(r.totals.impediments_raised);
      expect(sum("impediments_removed")).toBe(r.totals.impediments_removed);
      expect(sum("clarifications")).toBe(r.totals.clarifications);
      const cumulative = r.sprints[r.sprints.length - 1].cumulative_value;
      expect(cumulative).toBeCloseTo(r.totals.value_delivered, 6);
      for (const sp of r.sprints) {
        expect(sp.say_do_ratio).toBeGreaterThanOrEqual(0);
        expect(sp.say_do_ratio).toBeLessThanOrEqual(1);
        expect(sp.morale).toBeGreaterThanOrEqual(s.morale.min);
        expect(sp.morale).toBeLessThanOrEqual(s.morale.max);
      }
    }
  });
});

describe("degenerate runs say what happened", () => {
  it("a PO with no time accepts nothing, and the run says so", () => {
    const r = results("PO absent, small backlog", configs[9][1])[0];
    expect(r.totals.value_delivered).toBe(0);
    expect(r.totals.items_accepted).toBe(0);
    expect(r.warnings.join(" ")).toMatch(/no value was delivered/);
  });

  it("a backlog that runs out leaves the team idle, and the run says so", () => {
    const r = runScenario(scenario({ "backlog.initialItems": 20, "backlog.discoveryPerStakeholderHour": 0 }), { replication: 0, detail: true });
    expect(r.warnings.join(" ")).toMatch(/Product Backlog ran out in sprint \d+/);
    expect(r.totals.idle_hours).toBeGreaterThan(1000);
    const features = (r.items ?? []).filter((i) => i.kind === "feature");
    expect(features).toHaveLength(20);
    expect(features.every((i) => i.done_at !== null)).toBe(true);
  });
});
