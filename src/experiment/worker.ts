// The worker thread entry (tinypool): runs one block of replications and returns its CSV text.
import { replicateBlock, type BlockJob, type BlockResult } from "./replicate.js";

export default function run(job: BlockJob): BlockResult {
  return replicateBlock(job);
}
