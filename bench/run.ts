// `npm run bench`: a table of throughput figures with their targets, measured side by side in
// one process so that the machine's noise cancels out. Not a test: figures are printed, not asserted.
import os from "node:os";
import { mm1 } from "./mm1.js";
import { mm1Handwritten } from "./handwritten.js";
import { runScenario } from "../src/model/run.js";
import { defaultScenario } from "../src/scenario/defaults.js";

interface Row {
  figure: string;
  value: string;
  target: string;
  pass: boolean | null;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeIt<T>(fn: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}

function engineRows(repeats: number): Row[] {
  const customers = 1_000_000;
  mm1(1, 50_000);
  mm1Handwritten(1, 50_000);
  const engine: number[] = [];
  const hand: number[] = [];
  let events = 0;
  for (let i = 0; i < repeats; i++) {
    const a = timeIt(() => mm1(i + 1, customers));
    const b = timeIt(() => mm1Handwritten(i + 1, customers));
    events = a.result.events;
    engine.push((a.result.events / a.ms) * 1000);
    hand.push((b.result.events / b.ms) * 1000);
  }
  const e = median(engine);
  const h = median(hand);
  return [
    { figure: `engine: M/M/1, ${customers.toLocaleString("en")} customers (${events.toLocaleString("en")} events)`, value: `${(e / 1e6).toFixed(2)} M events/s`, target: ">= 5 M events/s", pass: e >= 5e6 },
    { figure: "hand-written heap loop, same model", value: `${(h / 1e6).toFixed(2)} M events/s`, target: "(ceiling)", pass: null },
    { figure: "engine / hand-written", value: `${((e / h) * 100).toFixed(0)} %`, target: ">= 70 %", pass: e / h >= 0.7 },
    { figure: "peak RSS so far", value: `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`, target: "", pass: null },
  ];
}

function modelRows(repeats: number): Row[] {
  const s = defaultScenario();
  for (let k = 0; k < 100; k++) runScenario(s, { replication: k });
  const rates: number[] = [];
  let events = 0;
  const n = 500;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    let ev = 0;
    for (let k = 0; k < n; k++) ev += runScenario(s, { replication: i * n + k }).events;
    rates.push((n / (performance.now() - t0)) * 1000);
    events = ev / n;
  }
  const r = median(rates);
  return [
    { figure: `model: baseline (${s.team.developers} developers, ${s.horizon.sprints} sprints of ${s.calendar.sprintDays} days), one thread`, value: `${r.toFixed(0)} replications/s`, target: ">= 500 replications/s", pass: r >= 500 },
    { figure: "model: time per replication", value: `${(1000 / r).toFixed(2)} ms`, target: "", pass: null },
    { figure: "model: engine events per replication", value: `${Math.round(events).toLocaleString("en")}`, target: "", pass: null },
  ];
}

function printTable(rows: Row[]): void {
  const w0 = Math.max(...rows.map((r) => r.figure.length));
  const w1 = Math.max(...rows.map((r) => r.value.length));
  const w2 = Math.max(...rows.map((r) => r.target.length));
  for (const r of rows) {
    const verdict = r.pass === null ? "" : r.pass ? "PASS" : "FAIL";
    console.log(`${r.figure.padEnd(w0)}  ${r.value.padStart(w1)}  ${r.target.padEnd(w2)}  ${verdict}`);
  }
}

const repeats = Number(process.env.BENCH_REPEATS ?? 5);
console.log(`scrumlab bench — ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), Node ${process.version}, median of ${repeats}\n`);
printTable([...engineRows(repeats), ...modelRows(repeats)]);
