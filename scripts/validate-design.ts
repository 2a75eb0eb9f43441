// `npx tsx scripts/validate-design.ts`: scripts/validate-real.ts restricted to the DESIGN half of
// the real teams. A file's team is checked against the documented split BEFORE it is read, so no
// held-out history is ever loaded or forecast. Prints the per-history rows and the design-half row
// (pooled P10–P90 / P5–P95 coverage, interval score and CRPS / naive averaged over histories).
// Set JSON=path to also write the per-history figures as JSON (for before/after comparisons).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { hash53 } from "../src/engine/hash.js";
import { backtestHistory, type BacktestResult } from "../src/forecast/backtest-history.js";
import { periodsOf } from "../src/forecast/periods.js";
import { importFiles } from "../src/import/index.js";
import { fromRoot } from "../src/paths.js";
import { METHOD, type MethodSettings } from "../src/forecast/method.js";
/** PRIOR=sqrt|local-level|level-error: which prior the forecaster uses (default: METHOD's). */
if (process.env.PRIOR) METHOD.prior = process.env.PRIOR as MethodSettings["prior"];

const DATA = process.env.SCRUMLAB_DATA ?? fromRoot("..", "shared", "data");
const TRIALS = Number(process.env.TRIALS ?? 10_000);
const AHEAD = 5;
const MIN = 20;

/** Copied from scripts/validate-real.ts (importing it would run it on every team). */
const halfOf = (team: string): "design" | "held-out" => (hash53(team) % 2 === 0 ? "design" : "held-out");

interface Row { team: string; kind: string; periods: number; r: BacktestResult }

const dir = existsSync(path.join(DATA, "teams")) ? path.join(DATA, "teams") : DATA;
if (!existsSync(dir)) {
  process.stderr.write(`validate-design: no data at ${DATA}\n`);
  process.exit(2);
}
const t0 = Date.now();
const all: Row[] = [];
for (const f of readdirSync(dir).filter((f) => /\.(items|sprints)\.csv$/.test(f)).sort()) {
  const team = f.replace(/\.(items|sprints)\.csv$/, "");
  if (halfOf(team) !== "design") continue; // never read a held-out file
  const { history } = importFiles([{ name: f, text: readFileSync(path.join(dir, f), "utf8") }]);
  const periods = periodsOf(history).amount.length;
  if (periods < MIN) continue;
  process.stderr.write(`  ${f} (${periods} periods)\n`);
  const r = backtestHistory(history, { horizon: { periods: AHEAD }, seed: 1, trials: TRIALS });
  all.push({ team, kind: history.form === "sprints" ? "sprints" : "14 days", periods, r });
}
const f3 = (x: number) => x.toFixed(3);
const n = all.reduce((s, x) => s + x.r.summary.ours.forecasts, 0);
const cov = (side: "ours" | "naive", key: "coverage80" | "coverage90") => all.reduce((s, x) => s + x.r.summary[side][key] * x.r.summary.ours.forecasts, 0) / n;
const mean = (f: (x: Row) => number) => all.reduce((s, x) => s + f(x), 0) / all.length;
const lines = [
  `Design half only. Walk-forward, ${AHEAD} periods ahead; ${TRIALS} trials, seed 1.`,
  "",
  "| team | periods | forecasts | P10–P90 holds | P5–P95 holds | interval score / naive | CRPS / naive |",
  "|---|---|---:|---:|---:|---:|---:|",
  ...all.map((x) => { const s = x.r.summary; return `| ${x.team} | ${x.kind} (${x.periods}) | ${s.ours.forecasts} | ${f3(s.ours.coverage80)} | ${f3(s.ours.coverage90)} | ${f3(s.isRatio)} | ${f3(s.crpsRatio)} |`; }),
  "",
  "| histories | forecasts | P10–P90 holds | P5–P95 holds | interval score / naive | CRPS / naive | naive: P10–P90 / P5–P95 |",
  "|---:|---:|---:|---:|---:|---:|---|",
  `| ${all.length} | ${n} | ${f3(cov("ours", "coverage80"))} | ${f3(cov("ours", "coverage90"))} | ${f3(mean((x) => x.r.summary.isRatio))} | ${f3(mean((x) => x.r.summary.crpsRatio))} | ${f3(cov("naive", "coverage80"))} / ${f3(cov("naive", "coverage90"))} |`,
  "",
  `(${((Date.now() - t0) / 1000).toFixed(0)} s)`,
];
process.stdout.write(lines.join("\n") + "\n");
if (process.env.JSON) writeFileSync(process.env.JSON, JSON.stringify(all.map((x) => ({ team: x.team, kind: x.kind, c80: x.r.summary.ours.coverage80, c90: x.r.summary.ours.coverage90, is: x.r.summary.isRatio, crps: x.r.summary.crpsRatio }))));
