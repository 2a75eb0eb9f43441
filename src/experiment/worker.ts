// The worker thread entry (tinypool): runs one block of replications and returns its CSV text
// (run, compare, sweep) or its run totals (sensitivity).
import { replicateBlock, type BlockJob, type BlockResult } from "./replicate.js";
import { totalsBlock, type TotalsJob, type TotalsResult } from "./totals.js";

export type WorkerJob = BlockJob | TotalsJob;
export type WorkerResult<J extends WorkerJob> = J extends TotalsJob ? TotalsResult : BlockResult;

export default function run<J extends WorkerJob>(job: J): WorkerResult<J> {
  return ("kind" in job && job.kind === "totals" ? totalsBlock(job) : replicateBlock(job as BlockJob)) as WorkerResult<J>;
}
