// What the playground computes for one setting: replications 0 … n−1 at a fixed seed (as
// `scrumlab run --runs n --seed s` does) summarized into the chart data and the shown totals.
import { runScenario } from "../../src/model/run.js";
import { DUTIES, RUN_METRICS, type RunResult } from "../../src/model/result.js";
import type { Scenario } from "../../src/scenario/types.js";
import { higherIsBetter, pairedDifference, summarize } from "../../src/experiment/stats.js";
import { sharedHistograms } from "../aggregate.js";
import type { ReportData } from "../data.js";

export interface Arm {
  name: string;
  scenario: Scenario;
  results: RunResult[];
}

export function simulate(name: string, scenario: Scenario, runs: number, seed: number): Arm {
  return { name, scenario, results: Array.from({ length: runs }, (_, k) => runScenario(scenario, { seed, replication: k })) };
}

const shape = (s: Scenario) => ({ sprints: s.horizon.sprints, sprintDays: s.calendar.sprintDays, weeks: (s.horizon.sprints * s.calendar.sprintDays) / 5 });

export const SHOWN = ["value_delivered", "items_done", "say_do_ratio", "impediment_age_mean_hours", "clarification_wait_mean_hours", "interruption_hours"] as const;

export function chartData(arms: Arm[], seed: number, runs: number): ReportData {
  const data: ReportData = {
    meta: { command: "compare", version: "playground", seed, runs, detail: runs, reference: arms[0].name, vary: null, sets: [], scenarios: arms.map((a) => ({ name: a.name, description: a.scenario.description, hoursPerDay: a.scenario.calendar.hoursPerDay, ...shape(a.scenario) })) },
    arms: arms.map((a) => ({ name: a.name, label: a.name, values: [], ...shape(a.scenario) })),
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
  arms.forEach((arm, i) => {
    for (const metric of SHOWN) {
      const s = summarize(arm.results.map((r) => r.totals[metric]));
      data.totals.push({ arm: i, metric, mean: s.mean, ci95_low: s.ci95_low, ci95_high: s.ci95_high, p10: s.p10, p50: s.p50, p90: s.p90 });
      if (i > 0) {
        const d = pairedDifference(arms[0].results.map((r) => r.totals[metric]), arm.results.map((r) => r.totals[metric]), higherIsBetter(RUN_METRICS.find((m) => m.key === metric) as (typeof RUN_METRICS)[number]));
        data.comparison.push({ arm: i, metric, ...d });
      }
    }
    const sprints = arm.results[0].sprints.length;
    for (let k = 0; k < sprints; k++) {
      for (const metric of ["cumulative_value", "value_delivered", "impediments_open"] as const) {
        const s = summarize(arm.results.map((r) => r.sprints[k][metric]));
        data.sprints.push({ arm: i, sprint: k + 1, metric, mean: s.mean, p10: s.p10, p50: s.p50, p90: s.p90 });
      }
    }
    data.hours.push(...hoursPerRole(arm.results, i));
  });
  const bins = sharedHistograms(arms.map((a) => a.results.map((r) => r.totals.value_delivered)), 16);
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
