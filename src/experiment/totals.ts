// One block of replications of one scenario reduced to its run totals (RUN_METRICS order, one
// row per replication): what a sensitivity analysis needs of each sample point, without the
// CSV text of every table. Runs in a worker thread or in the main thread alike.
import { runScenario } from "../model/run.js";
import { RUN_METRICS } from "../model/result.js";
import type { Scenario } from "../scenario/types.js";
import { failAt } from "./replicate.js";

export interface TotalsJob {
  kind: "totals";
  scenario: Scenario;
  seed: number;
  from: number;
  to: number;
}

export type TotalsResult = { totals: Float64Array; failure?: undefined } | { failure: { replication: number; message: string } };

export function totalsBlock(job: TotalsJob): TotalsResult {
  const m = RUN_METRICS.length;
  const totals = new Float64Array((job.to - job.from) * m);
  for (let k = job.from; k < job.to; k++) {
    try {
      if (k === failAt) throw new Error(`injected failure (SCRUMLAB_FAIL_REPLICATION=${k})`);
      const r = runScenario(job.scenario, { seed: job.seed, replication: k, detail: false, trace: false });
      for (let j = 0; j < m; j++) totals[(k - job.from) * m + j] = r.totals[RUN_METRICS[j].key];
    } catch (error) {
      return { failure: { replication: k, message: error instanceof Error ? error.message : String(error) } };
    }
  }
  return { totals };
}
