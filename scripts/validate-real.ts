// `npm run validate:real`: the walk-forward backtest (5 periods ahead) on every team of the real
// data (../shared/data from the repository root, or $SCRUMLAB_DATA) with at least 20 periods —
// its sprints, and its items in periods of 14 days — and one table: coverage of P10–P90 and
// P5–P95 (pooled over forecasts), and the mean interval score and CRPS relative to the naive
// forecaster's (per team, then averaged over teams), for all teams and for each half of the
// documented split (design: chosen on; held-out: reported only). Markdown, for the docs.
// HALF=design (or held-out) runs one half only: the other half's files are not even read, so a
// variant can be measured on the design half alone. PRIOR=… (scripts/prior-env.ts) swaps the prior.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { hash53 } from "../src/engine/hash.js";
import { RandomStream } from "../src/engine/random.js";
import { cumulativeWeights, resamplePaths } from "../src/forecast/resample.js";
import { intervalScore } from "../src/forecast/score.js";
import { surfaceFromPaths } from "../src/forecast/surface.js";
import { backtestHistory, type BacktestResult } from "../src/forecast/backtest-history.js";
import { periodsOf } from "../src/forecast/periods.js";
import { importFiles } from "../src/import/index.js";
import { fromRoot } from "../src/paths.js";
import { priorFromEnv } from "./prior-env.js";

const DATA = process.env.SCRUMLAB_DATA ?? fromRoot("..", "shared", "data");
const TRIALS = Number(process.env.TRIALS ?? 10_000);
const AHEAD = 5;
const MIN = 20;
const HALF = process.env.HALF;
if (HALF !== undefined && HALF !== "design" && HALF !== "held-out") {
  process.stderr.write(`validate:real: HALF must be design or held-out; found ${JSON.stringify(HALF)}\n`);
  process.exit(2);
}
priorFromEnv();

/** The documented split, fixed before any result was seen: a team's half is the parity of a hash of its name. */
export const halfOf = (team: string): "design" | "held-out" => (hash53(team) % 2 === 0 ? "design" : "held-out");

interface Row {
  team: string;
  kind: "sprints" | "14 days";
  half: "design" | "held-out";
  periods: number;
  r: BacktestResult;
  /** The yardstick: the last 12 periods resampled, the range widened ×2 around its median. */
  yard: { c80: number; c90: number; isRatio: number };
}

/** The yardstick at the backtest's own cut-offs. */
function yardstick(amounts: readonly number[], r: BacktestResult): Row["yard"] {
  let c80 = 0;
  let c90 = 0;
  let is = 0;
  for (const row of r.rows) {
    const past = amounts.slice(Math.max(0, row.k - 12), row.k);
    const q = surfaceFromPaths(resamplePaths(past, AHEAD, TRIALS, cumulativeWeights(past.length, { halfLife: Infinity }), new RandomStream(1, `yardstick:${row.k}`)), TRIALS, AHEAD).q[AHEAD - 1];
    const m = q[49];
    const at = (i: number) => Math.max(0, m + 2 * (q[i] - m));
    if (row.actual >= at(9) && row.actual <= at(89)) c80++;
    if (row.actual >= at(4) && row.actual <= at(94)) c90++;
    is += intervalScore(at(9), at(89), row.actual, 0.2);
  }
  const n = r.rows.length;
  return { c80: c80 / n, c90: c90 / n, isRatio: is / n / r.summary.naive.meanIS80 };
}

function rows(): Row[] {
  const dir = existsSync(path.join(DATA, "teams")) ? path.join(DATA, "teams") : DATA;
  if (!existsSync(dir)) {
    process.stderr.write(`validate:real: no data at ${DATA}; set SCRUMLAB_DATA to the folder of the real team data\n`);
    process.exit(2);
  }
  const files = readdirSync(dir).filter((f) => /\.(items|sprints)\.csv$/.test(f)).sort();
  const out: Row[] = [];
  for (const f of files) {
    const team = f.replace(/\.(items|sprints)\.csv$/, "");
    if (HALF !== undefined && halfOf(team) !== HALF) continue; // the other half is never read
    const { history } = importFiles([{ name: f, text: readFileSync(path.join(dir, f), "utf8") }]);
    const periods = periodsOf(history).amount.length;
    if (periods < MIN) continue;
    process.stderr.write(`  ${f} (${periods} periods)\n`);
    const r = backtestHistory(history, { horizon: { periods: AHEAD }, seed: 1, trials: TRIALS });
    out.push({ team, kind: history.form === "sprints" ? "sprints" : "14 days", half: halfOf(team), periods, r, yard: yardstick(periodsOf(history).amount, r) });
  }
  return out;
}

const f2 = (x: number) => x.toFixed(2);

function pooled(rs: Row[]) {
  const n = rs.reduce((s, x) => s + x.r.summary.ours.forecasts, 0);
  const cov = (side: "ours" | "naive", key: "coverage80" | "coverage90") => rs.reduce((s, x) => s + x.r.summary[side][key] * x.r.summary.ours.forecasts, 0) / n;
  const mean = (f: (x: Row) => number) => rs.reduce((s, x) => s + f(x), 0) / rs.length;
  const yard = (key: "c80" | "c90") => rs.reduce((s, x) => s + x.yard[key] * x.r.summary.ours.forecasts, 0) / n;
  return { histories: rs.length, n, c80: cov("ours", "coverage80"), c90: cov("ours", "coverage90"), n80: cov("naive", "coverage80"), n90: cov("naive", "coverage90"), is: mean((x) => x.r.summary.isRatio), crps: mean((x) => x.r.summary.crpsRatio), y80: yard("c80"), y90: yard("c90"), yis: mean((x) => x.yard.isRatio) };
}

const all = rows();
/** The rows of the summary tables: all histories and each half, those that were run. */
const groups = ([["all", all], ["design half", all.filter((x) => x.half === "design")], ["held-out half", all.filter((x) => x.half === "held-out")]] as const).filter(([name, rs]) => rs.length > 0 && !(HALF !== undefined && name === "all"));
const lines = [
  `Walk-forward, ${AHEAD} periods ahead, every cut-off from the 10th period; ${TRIALS.toLocaleString("en-US")} trials, seed 1. Data: ${DATA}.`,
  "",
  "| team | periods | half | forecasts | P10–P90 holds | P5–P95 holds | interval score / naive | CRPS / naive | naive: P10–P90 / P5–P95 | last 12 ×2: P10–P90 / P5–P95, score / naive |",
  "|---|---|---|---:|---:|---:|---:|---:|---|---|",
  ...all.map((x) => {
    const s = x.r.summary;
    return `| ${x.team} | ${x.kind} (${x.periods}) | ${x.half} | ${s.ours.forecasts} | ${f2(s.ours.coverage80)} | ${f2(s.ours.coverage90)} | ${f2(s.isRatio)} | ${f2(s.crpsRatio)} | ${f2(s.naive.coverage80)} / ${f2(s.naive.coverage90)} | ${f2(x.yard.c80)} / ${f2(x.yard.c90)}, ${f2(x.yard.isRatio)} |`;
  }),
  "",
  "| histories | count | forecasts | P10–P90 holds (target 0.75–0.85) | P5–P95 holds (target 0.86–0.95) | interval score / naive (target ≤ 0.70) | CRPS / naive | naive: P10–P90 / P5–P95 | last 12 ×2: P10–P90 / P5–P95, score / naive |",
  "|---|---:|---:|---:|---:|---:|---:|---|---|",
  ...groups.map(([name, rs]) => {
    const p = pooled([...rs]);
    return `| ${name} | ${p.histories} | ${p.n} | ${f2(p.c80)} | ${f2(p.c90)} | ${f2(p.is)} | ${f2(p.crps)} | ${f2(p.n80)} / ${f2(p.n90)} | ${f2(p.y80)} / ${f2(p.y90)}, ${f2(p.yis)} |`;
  }),
];
/** Interval score / naive averaged per team: a team's histories (sprints, 14 days) averaged first. */
function perTeam(rs: Row[], key: (x: Row) => number): { teams: number; mean: number } {
  const teams = new Map<string, number[]>();
  for (const x of rs) teams.set(x.team, [...(teams.get(x.team) ?? []), key(x)]);
  const means = [...teams.values()].map((v) => v.reduce((a, b) => a + b, 0) / v.length);
  return { teams: teams.size, mean: means.reduce((a, b) => a + b, 0) / means.length };
}
lines.push("", "Interval score / naive averaged per team (a team's histories averaged first):");
for (const [name, rs] of groups) {
  const ours = perTeam([...rs], (x) => x.r.summary.isRatio);
  const yard = perTeam([...rs], (x) => x.yard.isRatio);
  lines.push(`- ${name}: ${f2(ours.mean)} over ${ours.teams} teams (last 12 ×2: ${f2(yard.mean)})`);
}
process.stdout.write(lines.join("\n") + "\n");
