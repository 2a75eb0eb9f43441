// The organization's figures from its teams': per sprint, counts, hours and value add up; means
// over events (impediment age, answer wait, cycle and lead time) and the say/do ratio are
// recomputed from the summed counts (pooled, as if one big team); the state of each team
// (productivity, morale, estimate noise) and the Sprint Goal are averaged over teams. The run
// totals then follow from the organization's sprints as a team's do from its own, with the
// percentiles and flow efficiency pooled over every done item of every team.
import { Tally, totalsOf } from "./metrics.js";
import type { RunMetricKey, RunTotals, SprintMetrics } from "./result.js";
import type { World } from "./world.js";

/** Averaged over the teams (one value per team, not per event). */
const MEANS = new Set(["sprint_goal_met", "productivity", "morale", "estimate_noise"]);

/** How the organization's total of each run metric is made from the teams' (docs/outputs.md prints this). */
export const ORGANIZATION_RULES: Record<RunMetricKey, string> = {
  value_delivered: "sum",
  items_done: "sum",
  items_accepted: "sum",
  velocity_hours_mean: "sum (the organization's velocity per sprint, averaged over sprints)",
  say_do_ratio: "pooled: committed items done ÷ committed items of all teams, per sprint, averaged over sprints",
  sprint_goal_rate: "mean over teams",
  blocked_hours: "sum",
  impediments_raised: "sum",
  impediments_removed: "sum",
  impediments_open_end: "sum",
  impediment_age_mean_hours: "pooled over every removed impediment of every team",
  clarifications: "sum",
  clarification_wait_mean_hours: "pooled over every answer",
  interruption_hours: "sum",
  meeting_hours: "sum",
  cycle_time_mean_hours: "pooled over every done item",
  cycle_time_p85_hours: "pooled: the percentile of every done item of every team",
  wip_mean: "sum",
  rework_hours: "sum",
  idle_hours: "sum",
  productivity_end: "mean over teams",
  morale_end: "mean over teams",
  estimate_noise_end: "mean over teams",
  lead_time_p50_days: "pooled: the percentile of every done item of every team",
  lead_time_p85_days: "pooled",
  lead_time_p95_days: "pooled",
  cycle_time_p50_hours: "pooled",
  flow_efficiency: "pooled: all teams' active hours ÷ all their lead times",
  throughput_cv: "of the organization's items done per sprint",
  starved_hours: "sum",
  items_pruned: "sum",
  scope_added_items: "sum",
  shortcuts: "sum",
  tech_debt_end_hours: "sum",
  coordination_hours: "sum",
  dependency_wait_hours: "sum",
};

/** One tally per sprint for the organization from its teams' tallies. */
export function combineTallies(perTeam: Tally[][]): Tally[] {
  const n = perTeam.length;
  return perTeam[0].map((first, k) => {
    const org = new Tally(first.sprint);
    const fields = org as unknown as Record<string, number>;
    for (const key of Object.keys(org)) {
      if (key === "sprint") continue;
      let sum = 0;
      for (const team of perTeam) sum += (team[k] as unknown as Record<string, number>)[key];
      fields[key] = MEANS.has(key) ? sum / n : sum;
    }
    org.say_do_ratio = org.committed_items > 0 ? org.committedDone / org.committed_items : 0;
    org.impediment_age_mean_hours = org.impediments_removed > 0 ? org.ageSum / org.impediments_removed : 0;
    org.clarification_wait_mean_hours = org.answers > 0 ? org.waitSum / org.answers : 0;
    org.cycle_time_mean_hours = org.done_items > 0 ? org.cycleSum / org.done_items : 0;
    org.lead_time_mean_days = org.leadCount > 0 ? org.leadSum / org.leadCount : 0;
    return org;
  });
}

/** The organization's sprint metrics and run totals. */
export function organizationMetrics(teams: World[]): { sprints: SprintMetrics[]; totals: RunTotals } {
  const tallies = combineTallies(teams.map((w) => w.metrics.tallies));
  const cycles: number[] = [];
  const leads: number[] = [];
  let active = 0;
  let leadHours = 0;
  for (const w of teams) {
    const f = w.metrics.flow;
    for (const x of f.cycleTimes) cycles.push(x);
    for (const x of f.leadTimes) leads.push(x);
    active += f.activeSum;
    leadHours += f.leadHoursSum;
  }
  return { sprints: tallies.map((t) => t.metrics()), totals: totalsOf(tallies, cycles, leads, active, leadHours) };
}
