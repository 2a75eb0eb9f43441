// `npm run bench`: the performance table, figures measured side by side in one run so the
// machine's noise cancels out, each with its target and PASS/FAIL. Not a test: printed, not
// asserted. BENCH_REPEATS (default 5) sets the repetitions of the fast figures; BENCH_QUICK=1
// skips the 100,000-replication memory run; BENCH_ONLY=forecast runs only the forecast figures,
// BENCH_ONLY=calibrate only the calibrate and what-if figures, BENCH_ONLY=model the engine and
// the model (rows 1-2), BENCH_ONLY=cli the command-line rows (3-5).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { mm1 } from "./mm1.js";
import { mm1Handwritten } from "./handwritten.js";
import { measurePlayground } from "./playground.js";
import { runScenario } from "../src/model/run.js";
import { defaultScenario } from "../src/scenario/defaults.js";
import { forecastHistory } from "../src/forecast/forecast.js";
import type { ItemRecord } from "../src/forecast/history.js";
import { RandomStream } from "../src/engine/random.js";
import { sensitivityRows } from "./sensitivity.js";
import { Calendar } from "../src/model/calendar.js";

interface Row {
  figure: string;
  value: string;
  target: string;
  pass: boolean | null;
}

const ROOT = path.resolve(import.meta.dirname, "..");
const repeats = Number(process.env.BENCH_REPEATS ?? 5);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The engine's own events per second on the M/M/1 bench (row 1), for the model's cost per event (row 2). */
let engineRate = NaN;

function engineRows(): Row[] {
  const customers = 1_000_000;
  mm1(1, 50_000);
  mm1Handwritten(1, 50_000);
  const engine: number[] = [];
  const hand: number[] = [];
  let events = 0;
  for (let i = 0; i < repeats; i++) {
    let t0 = performance.now();
    const a = mm1(i + 1, customers);
    engine.push((a.events / (performance.now() - t0)) * 1000);
    t0 = performance.now();
    const b = mm1Handwritten(i + 1, customers);
    hand.push((b.events / (performance.now() - t0)) * 1000);
    events = a.events;
  }
  const e = median(engine);
  const h = median(hand);
  engineRate = e;
  return [
    { figure: `1. engine: M/M/1 on the public API, ${customers.toLocaleString("en")} customers (${events.toLocaleString("en")} events)`, value: `${(e / 1e6).toFixed(2)} M events/s`, target: ">= 5 M events/s", pass: e >= 5e6 },
    { figure: "   hand-written binary-heap loop, same model (the ceiling)", value: `${(h / 1e6).toFixed(2)} M events/s`, target: "", pass: null },
    { figure: "   engine / hand-written", value: `${((e / h) * 100).toFixed(0)} %`, target: ">= 70 %", pass: e / h >= 0.7 },
  ];
}

function modelRows(): Row[] {
  const s = defaultScenario();
  for (let k = 0; k < 200; k++) runScenario(s, { replication: k });
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
  const cal = new Calendar(s);
  const weeks = cal.weeks;
  // The model's cost per engine event (its time per replication over the events it fires) against the engine's own per event on the M/M/1 bench.
  const ratio = (1 / r / events) * engineRate;
  const rows: Row[] = [
    { figure: `2. model: baseline (${s.team.developers} developers, ${cal.sprints} sprints of ${s.calendar.sprintDays} days), one thread`, value: `${r.toFixed(0)} replications/s`, target: ">= 1,000 replications/s", pass: r >= 1000 },
    { figure: "   time per replication", value: `${(1000 / r).toFixed(2)} ms`, target: "", pass: null },
    { figure: `   time per simulated week (${weeks} weeks a replication)`, value: `${((1e6 / r) / weeks).toFixed(0)} µs`, target: "", pass: null },
    { figure: "   engine events per replication", value: Math.round(events).toLocaleString("en"), target: "", pass: null },
  ];
  if (Number.isFinite(ratio)) rows.push({ figure: "   model's cost per engine event / the engine's own (M/M/1, row 1)", value: `${ratio.toFixed(1)} ×`, target: "<= 3 ×", pass: ratio <= 3 });
  return rows;
}

/**
 * Several teams: time per simulated team-week of organizations against one team's, measured side
 * by side (interleaved, the median of the repeats), so the machine's load cancels out.
 */
function teamsRows(): Row[] {
  const one = defaultScenario();
  const variant = (teams: number, change: (s: ReturnType<typeof defaultScenario>) => void = () => {}) => {
    const s = defaultScenario();
    s.organization.teams = teams;
    change(s);
    return s;
  };
  const arms: Array<[string, ReturnType<typeof defaultScenario>]> = [
    ["one team (the baseline)", one],
    ["three independent teams", variant(3)],
    ["three teams, one Scrum Master", variant(3, (s) => (s.roles.scrumMaster.teamsServed = 3))],
    ["three teams, one Product Owner", variant(3, (s) => (s.roles.productOwner.teamsServed = 3))],
    ["three teams, 20 % dependencies", variant(3, (s) => (s.organization.dependencies.share = 0.2))],
    ["one team, two developers join at week 12", variant(1, (s) => (s.staffing = [{ week: 12, add: 2, leave: 0, team: 1, who: "random" }]))],
  ];
  const n = 100;
  const perTeamWeek = arms.map(() => [] as number[]);
  for (const [, s] of arms) for (let k = 0; k < 20; k++) runScenario(s, { replication: 100_000 + k });
  for (let i = 0; i < repeats; i++) {
    arms.forEach(([, s], j) => {
      const t0 = performance.now();
      for (let k = 0; k < n; k++) runScenario(s, { replication: i * n + k });
      perTeamWeek[j].push((performance.now() - t0) / n / (s.organization.teams * s.horizon.weeks));
    });
  }
  const base = median(perTeamWeek[0]);
  return arms.map(([label, s], j) => {
    const m = median(perTeamWeek[j]);
    const figure = j === 0 ? `2b. teams: time per simulated team-week, ${label}` : `   ${label}`;
    return { figure, value: `${(m * 1000).toFixed(0)} µs (${(m / base).toFixed(2)} ×)`, target: j === 0 ? "" : "<= 1.5 × one team's", pass: j === 0 ? null : m / base <= 1.5 };
  });
}

/** Wall time and peak RSS of a CLI command, through bench/rss.mjs (the process's own maxRSS, worker threads included). */
function cli(args: string[]): { seconds: number; rssMb: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, "bench/rss.mjs"), ...args], { cwd: ROOT, encoding: "utf8" });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`bench: scrumlab ${args.join(" ")} failed:\n${r.stderr}`);
  const rss = /maxRSS=(\d+)/.exec(r.stderr);
  return { seconds, rssMb: rss ? Number(rss[1]) / 1024 : NaN };
}

/** The five scenarios of `npm start`'s compare. */
const FIVE = ["baseline", "merged-po-sm", "impediments-unremoved", "part-time-po", "no-retrospectives"];

function runArgs(runs: number, jobs: number): string[] {
  return ["run", "scenarios/baseline.yaml", "--runs", String(runs), "--detail", "0", "--no-report", "--quiet", "--force", "--jobs", String(jobs), "--out", path.join(os.tmpdir(), `scrumlab-bench-${runs}-${jobs}`)];
}

function cliRows(): Row[] {
  const one = cli(runArgs(10_000, 1));
  const two = cli(runArgs(10_000, 2));
  const speedup = one.seconds / two.seconds;
  return [
    { figure: "3. CLI: run baseline --runs 10000 (summary outputs), --jobs 1", value: `${one.seconds.toFixed(1)} s`, target: "", pass: null },
    { figure: "   the same, --jobs 2", value: `${two.seconds.toFixed(1)} s`, target: "<= 8 s", pass: two.seconds <= 8 },
    { figure: "   speed-up", value: `${speedup.toFixed(2)} ×`, target: ">= 1.8 ×", pass: speedup >= 1.8 },
    { figure: "4. memory: peak RSS, run --runs 10000 --jobs 2", value: `${two.rssMb.toFixed(0)} MB`, target: "<= 200 MB", pass: two.rssMb <= 200 },
  ];
}

function memoryRows(): Row[] {
  if (process.env.BENCH_QUICK === "1") return [{ figure: "   peak RSS, run --runs 100000 --jobs 2, and a compare of 5 × 10,000", value: "skipped", target: "(BENCH_QUICK=1)", pass: null }];
  const big = cli(runArgs(100_000, 2));
  const five = cli(["compare", ...FIVE.map((f) => `scenarios/${f}.yaml`), ...runArgs(10_000, 2).slice(2)]);
  return [
    { figure: `   peak RSS, run --runs 100000 --jobs 2 (${big.seconds.toFixed(0)} s)`, value: `${big.rssMb.toFixed(0)} MB`, target: "<= 200 MB, flat in N", pass: big.rssMb <= 200 },
    { figure: `   peak RSS, compare of 5 scenarios × 10,000 runs --jobs 2 (${five.seconds.toFixed(0)} s)`, value: `${five.rssMb.toFixed(0)} MB`, target: "<= 200 MB", pass: five.rssMb <= 200 },
  ];
}

/** Median wall time of a whole scrumlab command through bin/ (a new process each time). */
function wall(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < Math.max(5, repeats); i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin/scrumlab.js"), ...args], { cwd: ROOT, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`bench: scrumlab ${args.join(" ")} failed:\n${r.stderr}`);
    times.push((performance.now() - t0) / 1000);
  }
  return median(times);
}

function startupRows(): Row[] {
  const help = wall(["--help"]);
  const one = wall(["run", "scenarios/baseline.yaml", "--runs", "1", "--quiet", "--force", "--out", path.join(os.tmpdir(), "scrumlab-bench-one")]);
  return [
    { figure: "5. startup: scrumlab --help", value: `${help.toFixed(2)} s`, target: "<= 0.15 s", pass: help <= 0.15 },
    { figure: "   scrumlab run baseline --runs 1, end to end (every output and the report)", value: `${one.toFixed(2)} s`, target: "<= 0.5 s", pass: one <= 0.5 },
  ];
}

/** Two years of an item history: 52 periods of 14 days, about 6 items done a period, a level shift halfway. */
function twoYears(): { form: "items"; items: ItemRecord[] } {
  const r = new RandomStream(1, "bench-history");
  const items: ItemRecord[] = [];
  const start = 19_360; // 2023-01-02, a Monday
  for (let p = 0; p < 52; p++)
    for (let i = r.poisson(p < 26 ? 5 : 7); i > 0; i--) {
      const done = start + 14 * p + r.integer(0, 11);
      items.push({ id: `B-${items.length}`, created: done - r.integer(0, 30), done });
    }
  return { form: "items", items };
}

function forecastRows(): Row[] {
  const history = twoYears();
  const time = (ask: () => unknown) => {
    ask();
    const ms: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      ask();
      ms.push(performance.now() - t0);
    }
    return median(ms) / 1000;
  };
  const when = time(() => forecastHistory(history, { kind: "items", n: 80 }, { seed: 1, trials: 10_000 }));
  const many = time(() => forecastHistory(history, { kind: "by", day: 19_360 + 52 * 14 + 90 }, { seed: 1, trials: 10_000 }));
  return [
    { figure: "6. forecast: 10,000 trials on two years of history (52 periods), when will 80 more items be done", value: `${when.toFixed(2)} s`, target: "< 1 s", pass: when < 1 },
    { figure: "   the same, how many by a date 90 days ahead", value: `${many.toFixed(2)} s`, target: "< 1 s", pass: many < 1 },
  ];
}

/** scrumlab calibrate (and a forecast with a what-if, which calibrates first) on a year of history, through the CLI. */
function calibrateRows(): Row[] {
  const out = path.join(os.tmpdir(), "scrumlab-bench-calibrate.yaml");
  const one = cli(["calibrate", "test/fixtures/history/team-items.csv", "--out", out, "--force", "--quiet", "--no-report"]);
  const rows: Row[] = [{ figure: "8. calibrate: a year of history (test/fixtures/history/team-items.csv, 3 items a week)", value: `${one.seconds.toFixed(1)} s`, target: "<= 60 s", pass: one.seconds <= 60 }];
  const data = process.env.SCRUMLAB_DATA ?? path.join(ROOT, "..", "shared", "data");
  const busy = path.join(data, "teams", "gitlab-com-marketing-digital-experience-buyer-experience.items.csv");
  if (existsSync(busy)) {
    const b = cli(["calibrate", busy, "--out", out, "--force", "--quiet", "--no-report"]);
    rows.push({ figure: "   the same, the busiest real team (15 items a week: the most simulated items)", value: `${b.seconds.toFixed(1)} s`, target: "<= 60 s", pass: b.seconds <= 60 });
  } else rows.push({ figure: "   the busiest real team", value: "skipped", target: "(no ../shared/data)", pass: null });
  const w = cli(["forecast", "test/fixtures/history/team-items.csv", "--items", "40", "--what-if", "merged-po-sm", "--quiet", "--no-html"]);
  rows.push({ figure: "   forecast --items 40 --what-if merged-po-sm (calibrates, then 2 × 100 runs)", value: `${w.seconds.toFixed(1)} s`, target: "", pass: null });
  return rows;
}

async function playgroundRows(): Promise<Row[]> {
  const f = await measurePlayground();
  if (f === null) return [{ figure: "7. playground: slider move to first result (Chromium)", value: "skipped", target: "(no Chromium)", pass: null }];
  return [
    { figure: `7. playground: slider move to first result, median of ${f.moves} (Chromium, 1280×720)`, value: `${f.firstMedian.toFixed(0)} ms`, target: "<= 300 ms", pass: f.firstMedian <= 300 },
    { figure: "   P90 of the same", value: `${f.firstP90.toFixed(0)} ms`, target: "", pass: null },
    { figure: "   slider move to the refined result (200 replications)", value: `${(f.refinedMedian / 1000).toFixed(2)} s`, target: "<= 1.5 s", pass: f.refinedMedian <= 1500 },
  ];
}

function printTable(rows: Row[]): void {
  const w0 = Math.max(...rows.map((r) => r.figure.length));
  const w1 = Math.max(...rows.map((r) => r.value.length));
  const w2 = Math.max(...rows.map((r) => r.target.length));
  console.log(`| ${"figure".padEnd(w0)} | ${"value".padStart(w1)} | ${"target".padEnd(w2)} |      |`);
  console.log(`|${"-".repeat(w0 + 2)}|${"-".repeat(w1 + 2)}|${"-".repeat(w2 + 2)}|------|`);
  for (const r of rows) console.log(`| ${r.figure.padEnd(w0)} | ${r.value.padStart(w1)} | ${r.target.padEnd(w2)} | ${r.pass === null ? "    " : r.pass ? "PASS" : "FAIL"} |`);
}

console.log(`scrumlab bench — ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), Node ${process.version}, median of ${repeats} (CLI figures: one run each)\n`);
const only = process.env.BENCH_ONLY;
printTable(only === "forecast" ? forecastRows() : only === "calibrate" ? calibrateRows() : only === "teams" ? [...modelRows(), ...teamsRows()] : only === "model" ? [...engineRows(), ...modelRows()] : only === "cli" ? [...cliRows(), ...memoryRows(), ...startupRows()] : [...engineRows(), ...modelRows(), ...teamsRows(), ...cliRows(), ...memoryRows(), ...startupRows(), ...forecastRows(), ...sensitivityRows(), ...(await playgroundRows()), ...calibrateRows()]);
