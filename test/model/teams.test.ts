// Several teams and changing staff, with paired replications and 95 % CIs: a Scrum Master shared
// by three teams leaves impediments standing longer; a Product Owner shared by four teams makes
// answers wait longer and every team deliver less; adding two developers to a late team of five
// lowers throughput for a sprint or two, then raises it (both halves of Brooks's law); the most
// skilled developer leaving lowers throughput by more than their share for a while. Also: one
// team is exactly the first team of an organization of independent teams, and the checks of
// check.ts catch what they claim to.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RandomStream } from "../../src/engine/random.js";
import { DUTIES, type RunResult, type RunTotals } from "../../src/model/result.js";
import { runScenario } from "../../src/model/run.js";
import { loadScenario } from "../../src/scenario/load.js";
import type { Scenario } from "../../src/scenario/types.js";
import { teamView } from "../../src/story/teams.js";
import { violations } from "./check.js";
import { scenario } from "./helpers.js";

const load = (name: string) => loadScenario(path.join("scenarios", `${name}.yaml`)).scenario;
const runs = (s: Scenario, n: number) => Array.from({ length: n }, (_, k) => runScenario(s, { replication: k }));

/** Mean and 95 % CI (normal approximation) of paired values. */
function ci(d: number[]): { mean: number; low: number; high: number } {
  const n = d.length;
  const mean = d.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(d.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  return { mean, low: mean - (1.96 * sd) / Math.sqrt(n), high: mean + (1.96 * sd) / Math.sqrt(n) };
}

const team = (r: RunResult, t: number, m: keyof RunTotals) => (r.teams as NonNullable<RunResult["teams"]>)[t].totals[m];
/** Items done in sprints s0 … s1 (1-based, inclusive). */
const done = (r: RunResult, s0: number, s1: number) => r.sprints.slice(s0 - 1, s1).reduce((x, s) => x + s.done_items, 0);

describe("people several teams share", () => {
  it("three teams sharing one Scrum Master have longer impediment ages than three teams with their own, in every team", () => {
    const own = load("three-teams");
    const shared = load("three-teams-one-sm");
    const a = runs(own, 40);
    const b = runs(shared, 40);
    const org = ci(a.map((r, i) => b[i].totals.impediment_age_mean_hours - r.totals.impediment_age_mean_hours));
    expect(org.low).toBeGreaterThan(0);
    for (let t = 0; t < 3; t++) expect(ci(a.map((r, i) => team(b[i], t, "impediment_age_mean_hours") - team(r, t, "impediment_age_mean_hours"))).low, `team ${t + 1}`).toBeGreaterThan(0);
  });

  it("a Product Owner shared by four teams gives longer clarification waits and lower value per team", () => {
    const own = scenario({ "organization.teams": 4 });
    const shared = scenario({ "organization.teams": 4, "roles.productOwner.teamsServed": 4 });
    const a = runs(own, 30);
    const b = runs(shared, 30);
    expect(ci(a.map((r, i) => b[i].totals.clarification_wait_mean_hours - r.totals.clarification_wait_mean_hours)).low).toBeGreaterThan(0);
    for (let t = 0; t < 4; t++) {
      expect(ci(a.map((r, i) => team(b[i], t, "clarification_wait_mean_hours") - team(r, t, "clarification_wait_mean_hours"))).low, `team ${t + 1} waits`).toBeGreaterThan(0);
      expect(ci(a.map((r, i) => team(b[i], t, "value_delivered") - team(r, t, "value_delivered"))).high, `team ${t + 1} value`).toBeLessThan(0);
    }
  });

  it("the shared person's hours go to every team they serve, and some to switching between them", () => {
    const r = runScenario(load("three-teams-one-sm"), { replication: 0 });
    for (const t of r.teams ?? []) {
      const i = t.agents.findIndex((a) => a.id === "shared-sm-1");
      expect(t.agents[i].teams).toEqual([1, 2, 3]);
      let h = 0;
      for (let x = i * DUTIES.length; x < t.hours.length; x += t.agents.length * DUTIES.length) for (let d = 0; d < DUTIES.length; d++) h += t.hours[x + d];
      expect(h, `team ${t.team}`).toBeGreaterThan(0);
    }
  });
});

describe("staff changes", () => {
  it("adding two developers at week 12 to a late team of five lowers throughput in the next two to four weeks and raises it after onboarding (Brooks's law)", () => {
    const a = runs(load("five-developers"), 100);
    const b = runs(load("add-two-developers"), 100);
    // Before the change both arms are the same runs (common random numbers).
    for (let i = 0; i < 10; i++) expect(done(b[i], 1, 6)).toBe(done(a[i], 1, 6));
    const dip = ci(a.map((r, i) => done(b[i], 7, 7) - done(r, 7, 7)));
    expect(dip.high).toBeLessThan(0);
    const weeks12to16 = ci(a.map((r, i) => done(b[i], 7, 8) - done(r, 7, 8)));
    expect(weeks12to16.high).toBeLessThan(0);
    const after = ci(a.map((r, i) => done(b[i], 15, 18) - done(r, 15, 18)));
    expect(after.low).toBeGreaterThan(0);
  });

  it("the most skilled developer leaving lowers throughput by more than their share of the team's skill in the two weeks after", () => {
    const base = load("baseline");
    const leaves = load("senior-leaves");
    const excess: number[] = [];
    for (let k = 0; k < 400; k++) {
      const a = runScenario(base, { replication: k });
      const b = runScenario(leaves, { replication: k });
      // The developers' skills as the model draws them (the team's "team" stream of the replication's seed); the senior is the most skilled.
      const stream = new RandomStream(a.seed, "team");
      const skills = Array.from({ length: base.team.developers }, () => stream.lognormal(base.team.skill));
      const share = Math.max(...skills) / skills.reduce((x, y) => x + y, 0);
      // What a team without them would do if throughput fell by their share, less what it did.
      excess.push(done(a, 7, 7) * (1 - share) - done(b, 7, 7));
    }
    expect(ci(excess).low).toBeGreaterThan(0);
  });

  it("a leaver's items in progress go back to the Product Backlog, and joiners book nothing before they join", () => {
    const s = load("senior-leaves");
    const r = runScenario(s, { replication: 2, detail: true, trace: true, dailyHours: true });
    const left = r.trace?.find((x) => x.kind === "developer-left");
    expect(left?.t).toBe(12 * 5 * s.calendar.hoursPerDay);
    expect(violations(s, r)).toEqual([]);
    const add = load("add-two-developers");
    const r2 = runScenario(add, { replication: 2, detail: true, trace: true, dailyHours: true });
    expect(r2.agents.filter((a) => a.from === 12 * 5 * add.calendar.hoursPerDay).map((a) => a.id)).toEqual(["dev-6", "dev-7"]);
    expect(violations(add, r2)).toEqual([]);
  });
});

describe("an organization of independent teams", () => {
  it("has the one team's figures as its first team's, and its totals are the teams' sums", () => {
    const one = runScenario(scenario(), { replication: 3, detail: true, trace: true });
    const three = runScenario(scenario({ "organization.teams": 3 }), { replication: 3, detail: true, trace: true });
    const first = teamView(three, 1);
    expect(JSON.stringify({ ...first, events: 0 })).toBe(JSON.stringify({ ...one, events: 0 }));
    const t = three.teams ?? [];
    expect(three.totals.value_delivered).toBeCloseTo(t[0].totals.value_delivered + t[1].totals.value_delivered + t[2].totals.value_delivered, 6);
    expect(t[1].totals.value_delivered).not.toBe(t[0].totals.value_delivered);
  });
});

describe("the checks of check.ts catch what they claim to", () => {
  const s = load("three-teams-one-sm");
  s.organization.dependencies.share = 0.3;
  const fresh = () => runScenario(s, { replication: 1, detail: true, trace: true, dailyHours: true });

  it("hold on a run with a shared Scrum Master and dependencies", () => {
    const r = fresh();
    expect(violations(s, r)).toEqual([]);
    expect(r.teams?.some((t) => t.trace?.some((x) => x.kind === "dependency-delivered"))).toBe(true);
  });

  it("a shared person in two events at once", () => {
    const r = fresh();
    const t2 = (r.teams ?? [])[1].trace ?? [];
    const ev = t2.find((x) => x.kind === "event" && !x.attendees.includes("shared-sm-1"));
    if (ev?.kind !== "event") throw new Error("no event without the shared Scrum Master");
    const t1 = (r.teams ?? [])[0].trace ?? [];
    const clash = t1.find((x) => x.kind === "event" && x.attendees.includes("shared-sm-1") && x.t === ev.t);
    expect(clash).toBeDefined();
    ev.attendees.push("shared-sm-1");
    expect(violations(s, r).join("\n")).toMatch(/shared-sm-1 in two events at once/);
  });

  it("a dependency wait that ends before the other team's work is done", () => {
    const r = fresh();
    for (const t of r.teams ?? []) {
      const rec = t.trace?.find((x) => x.kind === "dependency-delivered");
      if (rec?.kind === "dependency-delivered") {
        rec.t -= 1;
        break;
      }
    }
    expect(violations(s, r).join("\n")).toMatch(/wait ended at .* before team \d did piece/);
  });

  it("a shared person's hours across teams that do not add up to their day", () => {
    const r = fresh();
    const t = (r.teams ?? [])[2];
    const i = t.agents.findIndex((a) => a.id === "shared-sm-1");
    (t.dailyHours as Float64Array)[i * DUTIES.length + DUTIES.indexOf("coaching")] += 0.5;
    expect(violations(s, r).join("\n")).toMatch(/day 1: shared shared-sm-1 booked/);
  });
});
