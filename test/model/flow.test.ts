// A team in a flowing world: stationary value over a long horizon, starved hours reported, a
// coordination cost that grows with team size, the Kanban effect of a small WIP limit with
// swarming, and no cliffs in Scrum Master or Product Owner availability. Paired replications
// (common random numbers) with 95 % confidence intervals.
import { describe, expect, it } from "vitest";
import { sprintsOf, weeksOf } from "../../src/scenario/horizon.js";
import { pairedDiff, runs, scenario } from "./helpers.js";

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("calendar time", () => {
  it("horizon.weeks sets the span; sprints follow from the sprint length", () => {
    for (const [days, sprints] of [[5, 24], [10, 12], [15, 8], [20, 6]]) {
      const s = scenario({ "calendar.sprintDays": days });
      expect(sprintsOf(s)).toBe(sprints);
      expect(weeksOf(s)).toBe(24);
      const r = runs(s, 1)[0];
      expect(r.weeks).toBe(24);
      expect(r.sprints).toHaveLength(sprints);
    }
    expect(weeksOf(scenario({ "calendar.sprintDays": 7 }))).toBe(25.2); // whole sprints: the last one ends after week 24
    expect(sprintsOf(scenario({ "horizon.sprints": 3 }))).toBe(3);
  });

  it("a 48-week baseline is stationary: mean value per sprint in weeks 25–48 within ±15 % of weeks 5–24", () => {
    const rs = runs(scenario({ "horizon.weeks": 48 }), 100);
    const early = mean(rs.map((r) => mean(r.sprints.slice(2, 12).map((s) => s.value_delivered))));
    const late = mean(rs.map((r) => mean(r.sprints.slice(12, 24).map((s) => s.value_delivered))));
    expect(late / early).toBeGreaterThan(0.85);
    expect(late / early).toBeLessThan(1.15);
  });
});

describe("team size", () => {
  it("a team of 15 reports its starved hours, per sprint and in total", () => {
    for (const r of runs(scenario({ "team.developers": 15 }), 10)) {
      expect(r.totals.starved_hours).toBe(r.sprints.reduce((s, p) => s + p.starved_hours, 0));
      expect(r.totals.starved_hours).toBeGreaterThanOrEqual(0);
    }
    const starved = runs(scenario({ "team.developers": 15, "arrivals.load": 0.5 }), 10);
    expect(mean(starved.map((r) => r.totals.starved_hours))).toBeGreaterThan(0);
  });

  it("throughput per developer at 12 developers is at least 10 % below that at 5 (coordination cost)", () => {
    const perDev = (n: number) => mean(runs(scenario({ "team.developers": n }), 60).map((r) => r.totals.items_done)) / n;
    expect(perDev(12)).toBeLessThan(0.9 * perDev(5));
  });

  it("more developers spend more of their time coordinating", () => {
    const share = (n: number) => mean(runs(scenario({ "team.developers": n }), 20).map((r) => r.totals.coordination_hours)) / n;
    expect(share(12)).toBeGreaterThan(share(5));
  });
});

describe("WIP limit and swarming", () => {
  it("with 7 developers a WIP limit of 2 cuts cycle-time P85 by at least 30 % at less than 20 % throughput cost", () => {
    const base = runs(scenario(), 100);
    const limited = runs(scenario({ "practices.wipLimit": 2 }), 100);
    const p85 = pairedDiff(base, limited, "cycle_time_p85_hours");
    const done = pairedDiff(base, limited, "items_done");
    const baseP85 = mean(base.map((r) => r.totals.cycle_time_p85_hours));
    const baseDone = mean(base.map((r) => r.totals.items_done));
    expect(p85.high / baseP85).toBeLessThan(-0.3);
    expect(done.low / baseDone).toBeGreaterThan(-0.2);
    expect(mean(limited.map((r) => r.totals.wip_mean))).toBeLessThanOrEqual(2);
  });

  it("several developers work one item when the WIP limit leaves them nothing to start", () => {
    const r = runs(scenario({ "practices.wipLimit": 2 }), 1, { detail: true })[0];
    expect(Math.max(...(r.items ?? []).map((i) => i.max_workers))).toBeGreaterThanOrEqual(2);
  });
});

describe("no cliffs", () => {
  /** Each step up the grid: the paired difference's CI must not lie wholly below zero. */
  function nonDecreasing(grid: Array<Record<string, unknown>>, n: number): void {
    let previous = runs(scenario(grid[0]), n);
    for (const overrides of grid.slice(1)) {
      const next = runs(scenario(overrides), n);
      expect(pairedDiff(previous, next, "value_delivered").high, JSON.stringify(overrides)).toBeGreaterThan(0);
      previous = next;
    }
  }

  it("value does not fall as Scrum Master availability rises from 0 to 1", () => {
    nonDecreasing([{ "roles.scrumMaster.present": false }, ...[0.05, 0.1, 0.2, 0.4, 0.7, 1].map((a) => ({ "roles.scrumMaster.availability": a }))], 80);
  });

  it("value does not fall as Product Owner availability rises from 0.1 to 1", () => {
    nonDecreasing([0.1, 0.2, 0.3, 0.5, 0.7, 1].map((a) => ({ "roles.productOwner.availability": a })), 80);
  });

  it("a retrospective's improvement grades with the share an SM facilitates: it rises smoothly, no step carries it", () => {
    const step = (a: number) => mean(runs(scenario({ "roles.scrumMaster.availability": a }), 20, { trace: true }).flatMap((r) => (r.trace ?? []).flatMap((t) => (t.kind === "retrospective" ? [t.step] : []))));
    const s = [0.2, 0.225, 0.25, 0.275, 0.3, 0.325, 0.35].map(step);
    const rises = s.slice(1).map((x, i) => x - s[i]);
    for (const r of rises) expect(r).toBeGreaterThanOrEqual(-1e-9);
    expect(Math.max(...rises)).toBeLessThan(2.5 * mean(rises));
  });

  it("refinement happens in sprints of any length", () => {
    for (const days of [1, 2, 3, 5]) {
      const r = runs(scenario({ "calendar.sprintDays": days }), 1, { trace: true })[0];
      expect((r.trace ?? []).some((t) => t.kind === "item-refined"), `${days}-day sprints`).toBe(true);
    }
  });

});
