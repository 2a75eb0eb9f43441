// Runs the blocks of an experiment — on worker threads (tinypool) or, with one job, in this
// thread — and hands each result to the consumer in block order, whatever order they finish
// in. At most a few blocks per worker are in flight, so memory stays bounded for any number
// of replications. An abort signal stops it between blocks (in this thread: between replications).
import { existsSync } from "node:fs";
import { fromRoot } from "../paths.js";
import Tinypool from "tinypool";
import { RunError } from "../errors.js";
import { checkAbort, pause } from "./abort.js";
import runJob, { type WorkerJob, type WorkerResult } from "./worker.js";
import type { Task } from "./plan.js";
import { TABLES, type TableName } from "../output/csv.js";

export interface ExecuteOptions {
  jobs: number;
  signal?: AbortSignal;
  /** Called after each block with the number of replications done so far. */
  onProgress?: (done: number) => void;
}

type Consume<J extends WorkerJob> = (task: Task, result: Exclude<WorkerResult<J>, { failure: object }>) => Promise<void>;

/** The compiled worker (dist/), also when this module runs from the TypeScript sources. */
function workerFile(): string {
  const built = fromRoot("dist", "src", "experiment", "worker.js");
  if (existsSync(built)) return built;
  throw new RunError("the compiled worker (dist/src/experiment/worker.js) is missing: run `npm run build`, or use --jobs 1");
}

/**
 * Each worker's young generation, in MB (V8 makes it three semi-spaces: 6 MB = 2 MB semi-spaces).
 * The trade is memory against time in the garbage collector — run --runs 2000 --jobs 2, both
 * workers' collection time (--trace-gc) and the process's peak RSS: 2 MB semi-spaces 2.6 s and
 * 167 MB; 4 MB 2.0 s, 179 MB; 8 MB 1.5 s, 189 MB; V8's default (16 MB) 0.8 s, 229 MB. The
 * smallest keeps 100,000 runs and a compare of 5 × 10,000 under 200 MB (docs/performance.md).
 */
const WORKER_YOUNG_MB = 6;

export async function execute<J extends WorkerJob>(tasks: Task[], job: (task: Task) => J, consume: Consume<J>, options: ExecuteOptions): Promise<void> {
  let done = 0;
  const deliver = async (task: Task, result: WorkerResult<J>) => {
    if (result.failure !== undefined) throw new BlockFailure(task, result.failure.replication, result.failure.message);
    await consume(task, result as Exclude<WorkerResult<J>, { failure: object }>);
    done += task.to - task.from;
    options.onProgress?.(done);
  };
  if (options.jobs <= 1 || tasks.length <= 1) {
    for (const task of tasks) {
      checkAbort(options.signal);
      await deliver(task, await inThread(job(task), options.signal));
    }
    checkAbort(options.signal);
    return;
  }
  const pool = new Tinypool({ filename: workerFile(), minThreads: options.jobs, maxThreads: options.jobs, idleTimeout: 1000, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
  const window = options.jobs * 3;
  const pending = new Map<number, Promise<WorkerResult<J>>>();
  let next = 0;
  const abort = new AbortController();
  const onAbort = () => abort.abort();
  options.signal?.addEventListener("abort", onAbort);
  try {
    for (let i = 0; i < tasks.length; i++) {
      while (next < tasks.length && next < i + window) {
        const t = tasks[next++];
        const p = pool.run(job(t), { signal: abort.signal }) as Promise<WorkerResult<J>>;
        p.catch(() => {}); // handled when awaited in order
        pending.set(t.id, p);
      }
      checkAbort(options.signal);
      let result: WorkerResult<J>;
      try {
        result = await (pending.get(tasks[i].id) as Promise<WorkerResult<J>>);
      } catch (error) {
        checkAbort(options.signal);
        throw new RunError(`a worker failed on ${describe(tasks[i])}: ${error instanceof Error ? error.message : String(error)}`);
      }
      pending.delete(tasks[i].id);
      await deliver(tasks[i], result);
    }
    checkAbort(options.signal);
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    abort.abort();
    await pool.destroy();
  }
}

/** A block in this thread, one replication at a time with the event loop let through in between, so a signal stops it within one replication. The bytes are the block's: rows are concatenated in order. */
/** A job in this thread, one replication at a time, pausing between them so signals and progress get through. */
async function inThread<J extends WorkerJob>(job: J, signal?: AbortSignal): Promise<WorkerResult<J>> {
  const parts: Array<WorkerResult<J>> = [];
  for (let k = job.from; k < job.to; k++) {
    await pause(signal);
    const one = runJob({ ...job, from: k, to: k + 1 });
    if (one.failure !== undefined) return one;
    parts.push(one);
  }
  return join(job, parts);
}

/** The results of consecutive single replications as the result of their whole block. */
function join<J extends WorkerJob>(job: J, parts: Array<WorkerResult<J>>): WorkerResult<J> {
  if ("kind" in job && job.kind === "totals") {
    const totals = parts.map((p) => (p as { totals: Float64Array }).totals);
    const all = new Float64Array(totals.reduce((n, t) => n + t.length, 0));
    let at = 0;
    for (const t of totals) {
      all.set(t, at);
      at += t.length;
    }
    return { totals: all } as WorkerResult<J>;
  }
  const chunks = {} as Record<TableName, Uint8Array>;
  for (const t of TABLES) chunks[t] = Buffer.concat(parts.map((p) => (p as { chunks: Record<TableName, Uint8Array> }).chunks[t]));
  return { chunks } as WorkerResult<J>;
}

function describe(task: Task): string {
  return `replications ${task.from}–${task.to - 1} of arm ${task.arm + 1}`;
}

/** A replication threw: the arm and replication, for a message that says how to reproduce it. */
export class BlockFailure extends RunError {
  constructor(
    readonly task: Task,
    readonly replication: number,
    readonly reason: string,
  ) {
    super(`replication ${replication} failed: ${reason}`);
  }
}
