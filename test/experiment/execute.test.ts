// The worker pool: results reach the consumer in block order whatever order they finish in,
// with the same bytes as in this thread; a stop signal ends the run with the signal's error.
// Uses the compiled worker (dist/, built by `npm test`).
import { describe, expect, it } from "vitest";
import { InterruptedError } from "../../src/errors.js";
import { execute } from "../../src/experiment/execute.js";
import { replicateBlock, type BlockJob } from "../../src/experiment/replicate.js";
import type { Task } from "../../src/experiment/plan.js";
import { loadScenario } from "../../src/scenario/load.js";

const scenario = loadScenario("scenarios/baseline.yaml", { sets: ["horizon.sprints=2"] }).scenario;
// blocks of uneven size, so that they finish out of order on two threads
const work: Task[] = [[0, 12], [12, 13], [13, 20], [20, 21], [21, 30], [30, 31]].map(([from, to], id) => ({ id, arm: 0, from, to }));
const job = (t: Task): BlockJob => ({ scenario, prefix: ["baseline"], seed: 7, from: t.from, to: t.to, detailUntil: 3, trace: true });

describe("execute", () => {
  it.each([1, 2])("delivers blocks in order with the bytes of this thread (jobs %i)", async (jobs) => {
    const seen: Array<[number, string]> = [];
    const progress: number[] = [];
    const utf8 = (chunk: Uint8Array) => Buffer.from(chunk).toString("utf8");
    await execute(work, job, async (t, r) => void seen.push([t.id, utf8(r.chunks.runs) + utf8(r.chunks.events)]), { jobs, onProgress: (d) => progress.push(d) });
    expect(seen.map(([id]) => id)).toEqual([0, 1, 2, 3, 4, 5]);
    seen.forEach(([id, text]) => {
      const r = replicateBlock(job(work[id]));
      expect(r.failure).toBeUndefined();
      if (r.failure === undefined) expect(text).toBe(utf8(r.chunks.runs) + utf8(r.chunks.events));
    });
    expect(progress).toEqual([12, 13, 20, 21, 30, 31]);
  });

  it.each([1, 2])("stops on an aborted signal with the signal's error (jobs %i)", async (jobs) => {
    const controller = new AbortController();
    let delivered = 0;
    const run = execute(work, job, async () => {
      if (++delivered === 2) controller.abort("SIGTERM");
    }, { jobs, signal: controller.signal });
    await expect(run).rejects.toThrow(InterruptedError);
    await expect(run).rejects.toMatchObject({ exitCode: 143 });
    expect(delivered).toBe(2);
  });
});
