// The playground's Web Worker: runs the model in the browser so the page stays responsive.
// Message in: the settings (dotted paths → values), runs and seed; out: the chart data.
import { defaultScenario } from "../../src/scenario/defaults.js";
import type { Scenario } from "../../src/scenario/types.js";
import { chartData, simulate, type Arm } from "./compute.js";
import { setPath } from "../../src/scenario/paths.js";

let baseline: { key: string; arm: Arm } | undefined;

function scenarioOf(name: string, settings: Record<string, unknown>): Scenario {
  const s = defaultScenario();
  s.name = name;
  for (const [path, value] of Object.entries(settings)) setPath(s as unknown as Record<string, unknown>, path, value);
  return s;
}

self.onmessage = (event: MessageEvent<{ id: number; settings: Record<string, unknown>; runs: number; seed: number }>) => {
  const { id, settings, runs, seed } = event.data;
  const started = performance.now();
  const key = `${runs}|${seed}`;
  if (baseline?.key !== key) baseline = { key, arm: simulate("baseline", scenarioOf("baseline", {}), runs, seed) };
  const current = simulate("your settings", scenarioOf("your settings", settings), runs, seed);
  postMessage({ id, data: chartData([baseline.arm, current], seed, runs), ms: performance.now() - started });
};
