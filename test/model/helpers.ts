// Test helpers for the model: a default scenario with dotted-path overrides, paired runs and
// the paired-difference confidence interval the effect tests assert on.
import { runScenario } from "../../src/model/run.js";
import type { RunResult, RunTotals } from "../../src/model/result.js";
import { defaultScenario } from "../../src/scenario/defaults.js";
import type { Scenario } from "../../src/scenario/types.js";

export type Overrides = Record<string, unknown>;

export function scenario(overrides: Overrides = {}): Scenario {
  const s = defaultScenario() as unknown as Record<string, unknown>;
  for (const [path, value] of Object.entries(overrides)) {
    const keys = path.split(".");
    let o = s;
    for (const k of keys.slice(0, -1)) {
      if (!(k in o)) throw new Error(`no such key: ${path}`);
      o = o[k] as Record<string, unknown>;
    }
    if (!(keys[keys.length - 1] in o)) throw new Error(`no such key: ${path}`);
    o[keys[keys.length - 1]] = value;
  }
  return s as unknown as Scenario;
}

export function runs(s: Scenario, n: number, options: { detail?: boolean; trace?: boolean; dailyHours?: boolean } = {}): RunResult[] {
  return Array.from({ length: n }, (_, k) => runScenario(s, { replication: k, ...options }));
}

/** Mean and 95 % CI (normal approximation, n >= 30) of the paired differences b - a of a run total. */
export function pairedDiff(a: RunResult[], b: RunResult[], metric: keyof RunTotals): { mean: number; low: number; high: number } {
  const d = a.map((r, i) => b[i].totals[metric] - r.totals[metric]);
  const n = d.length;
  const mean = d.reduce((x, y) => x + y, 0) / n;
  const sd = Math.sqrt(d.reduce((x, y) => x + (y - mean) ** 2, 0) / (n - 1));
  const half = (1.96 * sd) / Math.sqrt(n);
  return { mean, low: mean - half, high: mean + half };
}

/** Make a random organization valid: teams served and staff changes within the organization, a team keeps a developer. */
export function validOrganization(s: Scenario): void {
  const o = s.organization;
  s.roles.scrumMaster.teamsServed = Math.min(s.roles.scrumMaster.teamsServed, o.teams);
  s.roles.productOwner.teamsServed = Math.min(s.roles.productOwner.teamsServed, o.teams);
  if (s.roles.mergedPoSm) s.roles.scrumMaster.teamsServed = s.roles.productOwner.teamsServed = 1;
  o.integration.nexusMembers = Math.min(o.integration.nexusMembers, o.teams);
  if (s.team.developers < 2) o.integration.nexus = false;
  const headcount = new Map<number, number>();
  s.staffing = s.staffing
    .map((c) => ({ ...c, team: Math.min(c.team, o.teams), add: c.leave > 0 && c.add > 0 ? 0 : c.add, leave: c.add === 0 && c.leave === 0 ? 1 : c.leave }))
    .sort((a, b) => a.week - b.week)
    .filter((c) => {
      const n = (headcount.get(c.team) ?? s.team.developers - (o.integration.nexus && o.teams > 1 && c.team <= o.integration.nexusMembers ? 1 : 0)) + c.add - c.leave;
      if (n < 1) return false;
      headcount.set(c.team, n);
      return true;
    });
}
