// What the playground computes for one setting: replications 0 … n−1 at the scenario's seed (as
// `scrumlab run --runs n` does), summarized into the chart data — every run total with its CI,
// the paired differences against the baseline, cumulative value per sprint, hours per role and
// duty, the histogram of total value. Pure: the same results give the same data.
import { DUTIES, RUN_METRICS, type RunResult } from "../../src/model/result.js";
import { runScenario } from "../../src/model/run.js";
import type { Scenario } from "../../src/scenario/types.js";
import { higherIsBetter, pairedDifference, summarize } from "../../src/experiment/stats.js";
import { sharedHistograms } from "../aggregate.js";
import type { ReportData } from "../data.js";

export interface Arm {
  name: string;
  scenario: Scenario;
  results: RunResult[];
}

/** Replications from `from` to `to` (excluded) of a scenario at a master seed. */
export function replicate(scenario: Scenario, seed: number, from: number, to: number): RunResult[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => runScenario(scenario, { seed, replication: from + k }));
}

export function simulate(name: string, scenario: Scenario, runs: number, seed: number): Arm {
  return { name, scenario, results: replicate(scenario, seed, 0, runs) };
}

const shape = (s: Scenario) => ({ sprints: s.horizon.sprints, sprintDays: s.calendar.sprintDays, weeks: (s.horizon.sprints * s.calendar.sprintDays) / 5 });

/** The report data of arms (the first is the reference) over their first `runs` results; colours given per arm. */
export function chartData(arms: Arm[], seed: number, runs: number, colors: string[] = []): ReportData {
  const data: ReportData = {
    meta: { command: "compare", version: "playground", seed, runs, detail: runs, reference: arms[0].name, vary: null, sets: [], scenarios: arms.map((a) => ({ name: a.name, description: a.scenario.description, hoursPerDay: a.scenario.calendar.hoursPerDay, ...shape(a.scenario) })) },
    arms: arms.map((a, i) => ({ name: a.name, label: a.name, values: [], ...(colors[i] ? { color: colors[i] } : {}), ...shape(a.scenario) })),
    drawn: arms.map((_, i) => i),
    totals: [],
    sprints: [],
    valueHistogram: [],
    hours: [],
    impedimentAges: [],
    cfd: [],
    cycles: [],
    comparison: [],
    annotations: [],
  };
  const used = arms.map((a) => a.results.slice(0, runs));
  used.forEach((results, i) => {
    for (const m of RUN_METRICS) {
      const s = summarize(results.map((r) => r.totals[m.key]));
      data.totals.push({ arm: i, metric: m.key, mean: s.mean, ci95_low: s.ci95_low, ci95_high: s.ci95_high, p10: s.p10, p50: s.p50, p90: s.p90 });
      if (i > 0) data.comparison.push({ arm: i, metric: m.key, ...pairedDifference(used[0].map((r) => r.totals[m.key]), results.map((r) => r.totals[m.key]), higherIsBetter(m)) });
    }
    const sprints = results[0]?.sprints.length ?? 0;
    for (let k = 0; k < sprints; k++) {
      for (const metric of ["cumulative_value", "value_delivered", "impediments_open", "velocity_hours", "say_do_ratio"] as const) {
        const s = summarize(results.map((r) => r.sprints[k][metric]));
        data.sprints.push({ arm: i, sprint: k + 1, metric, mean: s.mean, p10: s.p10, p50: s.p50, p90: s.p90 });
      }
    }
    data.hours.push(...hoursPerRole(results, i));
  });
  const bins = sharedHistograms(used.map((r) => r.map((x) => x.totals.value_delivered)), 16);
  data.valueHistogram = arms.map((_, i) => ({ arm: i, bins: bins[i] }));
  return data;
}

/** Hours per person and sprint (developers: the mean developer) per role and duty, averaged over replications. */
function hoursPerRole(results: RunResult[], arm: number): ReportData["hours"] {
  const sums = new Map<string, number>();
  for (const r of results) {
    const nA = r.agents.length;
    const devs = r.agents.filter((a) => a.role === "developer").length;
    for (let s = 0; s < r.sprints.length; s++) {
      for (let a = 0; a < nA; a++) {
        const role = r.agents[a].role;
        for (let d = 0; d < DUTIES.length; d++) {
          const h = r.hours[(s * nA + a) * DUTIES.length + d];
          if (h <= 0) continue;
          const key = `${role}|${DUTIES[d]}`;
          sums.set(key, (sums.get(key) ?? 0) + h / (role === "developer" ? devs : 1) / results.length / r.sprints.length);
        }
      }
    }
  }
  return [...sums.entries()].map(([k, hours]) => ({ arm, role: k.split("|")[0], duty: k.split("|")[1], hours }));
}
