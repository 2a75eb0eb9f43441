// The playground's Web Worker: runs the model in the browser so the page stays responsive. For a
// request (the baseline and the current scenario, the seed, the runs) it answers in stages —
// the first few replications at once, then more, then all — and drops a request as soon as a
// newer one arrives (it yields between small batches to hear of it). Replications already run
// for the same scenario and seed are kept, so the baseline is run once.
import type { Scenario } from "../../src/scenario/types.js";
import { chartData, replicate, type Arm } from "./compute.js";
import { stages } from "./settings.js";

interface Request {
  id: number;
  baseline: Scenario;
  current: Scenario;
  seed: number;
  runs: number;
  colors: string[];
}

const BATCH = 5;
let latest = 0;
const cache = new Map<string, Arm>();

function armOf(name: string, scenario: Scenario, seed: number): Arm {
  const key = `${seed}|${JSON.stringify({ ...scenario, name: "", description: "" })}`;
  let arm = cache.get(key);
  if (arm === undefined) {
    if (cache.size > 8) cache.delete(cache.keys().next().value as string);
    arm = { name, scenario, results: [] };
    cache.set(key, arm);
  }
  return { ...arm, name, results: arm.results };
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

async function answer(req: Request): Promise<void> {
  const started = performance.now();
  const arms = [armOf(req.baseline.name, req.baseline, req.seed), armOf(req.current.name, req.current, req.seed)];
  for (const n of stages(req.runs)) {
    for (const arm of arms) {
      while (arm.results.length < n) {
        arm.results.push(...replicate(arm.scenario, req.seed, arm.results.length, Math.min(n, arm.results.length + BATCH)));
        if (n > BATCH * 2) {
          await pause();
          if (req.id !== latest) return;
        }
      }
    }
    postMessage({ id: req.id, runs: n, final: n === req.runs, data: chartData(arms, req.seed, n, req.colors), ms: performance.now() - started });
    await pause();
    if (req.id !== latest) return;
  }
}

self.onmessage = (event: MessageEvent<Request>) => {
  latest = event.data.id;
  void answer(event.data);
};
