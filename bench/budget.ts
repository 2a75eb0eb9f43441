// The work estimate of src/experiment/budget.ts against measured time, scenario by scenario:
// `npx tsx bench/budget.ts` (add --heavy for the cases of several seconds). Re-fit the terms of
// replicationCost() when the ratios drift far from 1 after a model change.
import { replicationCost } from "../src/experiment/budget.js";
import { runScenario } from "../src/model/run.js";
import { loadScenario } from "../src/scenario/load.js";

const CASES: string[][] = [
  [],
  ["team.developers=50"],
  ["horizon.sprints=120"],
  ["environment.interruptionsPerDay=200"],
  ["environment.technicalRate=10"],
  ["environment.technicalRate=50"],
  ["team.developers=20", "environment.technicalRate=25"],
  ["backlog.initialItems=10000"],
  ["backlog.initialItems=20000"],
  ["team.developers=50", "horizon.sprints=500"],
  ["environment.interruptionsPerDay=20", "horizon.sprints=500"],
];
const HEAVY: string[][] = [
  ["team.developers=20", "environment.technicalRate=50"],
  ["backlog.initialItems=30000"],
  ["environment.interruptionsPerDay=60", "horizon.sprints=500"],
];

const base = loadScenario("scenarios/baseline.yaml").scenario;
for (let i = 0; i < 100; i++) runScenario(base, { replication: i }); // warm up the JIT
console.log("| --set | estimate ms | measured ms | ratio |\n|---|---:|---:|---:|");
for (const sets of [...CASES, ...(process.argv.includes("--heavy") ? HEAVY : [])]) {
  const { scenario } = loadScenario("scenarios/baseline.yaml", { sets });
  const started = performance.now();
  let n = 0;
  while (n < 3 || (performance.now() - started < 1000 && n < 20)) runScenario(scenario, { replication: n++ });
  const measured = (performance.now() - started) / n;
  const estimate = replicationCost(scenario).ms;
  console.log(`| ${sets.join(" ") || "(baseline)"} | ${estimate.toFixed(1)} | ${measured.toFixed(1)} | ${(estimate / measured).toFixed(2)} |`);
}
