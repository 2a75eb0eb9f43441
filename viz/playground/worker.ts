// The playground's Web Worker: runs the model in the browser so the page stays responsive. For a
// request (the baseline and the current scenario, the seed, the runs) it answers in stages —
// the first few replications at once, then more, then all — and drops a request as soon as a
// newer one arrives (it hears of it between small batches). Replications already run for the
// same scenario and seed are kept, so the baseline is run once.
//
// The batches are shared out among helper workers (this same script, one per processor up to
// four, started by the page — a page opened from a file cannot let a worker start workers — and
// handed to this one as message ports), each running replications from … to of a scenario at a
// seed: replication k gives the same result whichever worker runs it, so the figures are those
// of one worker — and of `scrumlab run` — only sooner. With no helpers, this one runs them all.
import type { RunResult } from "../../src/model/result.js";
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

/** A helper's job: replications from … to of a scenario at a seed. */
interface Batch {
  batch: number;
  scenario: Scenario;
  seed: number;
  from: number;
  to: number;
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

/** The helpers' ports, as the page handed them over (none on one processor). */
let helpers: MessagePort[] = [];
const answers = new Map<number, (results: RunResult[]) => void>();
let batches = 0;

/** This worker coordinates: the helpers' ports. */
function coordinate(ports: MessagePort[]): void {
  helpers = ports;
  for (const port of ports) {
    port.onmessage = (event: MessageEvent<{ batch: number; results: RunResult[] }>) => {
      answers.get(event.data.batch)?.(event.data.results);
      answers.delete(event.data.batch);
    };
  }
}

/** This worker helps: it runs the batches that come through its port. */
function help(port: MessagePort): void {
  port.onmessage = (event: MessageEvent<Batch>) => {
    const b = event.data;
    port.postMessage({ batch: b.batch, results: replicate(b.scenario, b.seed, b.from, b.to) });
  };
}

function onHelper(w: MessagePort, scenario: Scenario, seed: number, from: number, to: number): Promise<RunResult[]> {
  const batch = ++batches;
  return new Promise((resolve) => {
    answers.set(batch, resolve);
    w.postMessage({ batch, scenario, seed, from, to } satisfies Batch);
  });
}

/** Runs the arm's replications up to n, in order; false when a newer request came first. */
async function fill(arm: Arm, seed: number, n: number, id: number): Promise<boolean> {
  const workers = helpers;
  if (workers.length === 0) {
    while (arm.results.length < n) {
      arm.results.push(...replicate(arm.scenario, seed, arm.results.length, Math.min(n, arm.results.length + BATCH)));
      if (n > BATCH * 2) {
        await pause();
        if (id !== latest) return false;
      }
    }
    return true;
  }
  // Two batches queued per helper keep each busy; the answers are taken in order, so the results stay in replication order.
  const queued: Array<Promise<RunResult[]>> = [];
  let next = arm.results.length;
  let turn = 0;
  const send = () => {
    const from = next;
    next = Math.min(n, from + BATCH);
    queued.push(onHelper(workers[turn++ % workers.length], arm.scenario, seed, from, next));
  };
  while (next < n && queued.length < 2 * workers.length) send();
  while (queued.length > 0) {
    const results = await (queued.shift() as Promise<RunResult[]>);
    if (id !== latest) return false; // a newer request may be filling this arm already
    arm.results.push(...results);
    if (next < n) send();
  }
  return true;
}

async function answer(req: Request): Promise<void> {
  const started = performance.now();
  const arms = [armOf(req.baseline.name, req.baseline, req.seed), armOf(req.current.name, req.current, req.seed)];
  for (const n of stages(req.runs)) {
    for (const arm of arms) if (!(await fill(arm, req.seed, n, req.id))) return;
    postMessage({ id: req.id, runs: n, final: n === req.runs, data: chartData(arms, req.seed, n, req.colors), ms: performance.now() - started });
    await pause();
    if (req.id !== latest) return;
  }
}

self.onmessage = (event: MessageEvent<Request | { helpers: MessagePort[] } | { port: MessagePort }>) => {
  const data = event.data;
  if ("helpers" in data) return coordinate(data.helpers);
  if ("port" in data) return help(data.port);
  latest = data.id;
  void answer(data);
};
