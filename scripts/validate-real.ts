// `npm run validate:real`: the walk-forward backtest (5 periods ahead) on every team of the real
// data (../shared/data from the repository root, or $SCRUMLAB_DATA) with at least 20 periods —
// its sprints, and its items in periods of 14 days — and one table: coverage of P10–P90 and
// P5–P95 (pooled over forecasts), and the mean interval score and CRPS relative to the naive
// forecaster's (per team, then averaged over teams), for all teams and for each half of the
// documented split (design: chosen on; held-out: reported only). Markdown, for the docs.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { hash53 } from "../src/engine/hash.js";
import { backtestHistory, type BacktestResult } from "../src/forecast/backtest-history.js";
import { periodsOf } from "../src/forecast/periods.js";
import { importFiles } from "../src/import/index.js";
import { fromRoot } from "../src/paths.js";

const DATA = process.env.SCRUMLAB_DATA ?? fromRoot("..", "shared", "data");
const TRIALS = Number(process.env.TRIALS ?? 10_000);
const AHEAD = 5;
const MIN = 20;

/** The documented split, fixed before any result was seen: a team's half is the parity of a hash of its name. */
export const halfOf = (team: string): "design" | "held-out" => (hash53(team) % 2 === 0 ? "design" : "held-out");

interface Row {
  team: string;
  kind: "sprints" | "14 days";
  half: "design" | "held-out";
  periods: number;
  r: BacktestResult;
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
    const { history } = importFiles([{ name: f, text: readFileSync(path.join(dir, f), "utf8") }]);
    const periods = periodsOf(history).amount.length;
    if (periods < MIN) continue;
    process.stderr.write(`  ${f} (${periods} periods)\n`);
    const r = backtestHistory(history, { horizon: { periods: AHEAD }, seed: 1, trials: TRIALS });
    out.push({ team, kind: history.form === "sprints" ? "sprints" : "14 days", half: halfOf(team), periods, r });
  }
  return out;
}

const f2 = (x: number) => x.toFixed(2);

function pooled(rs: Row[]) {
  const n = rs.reduce((s, x) => s + x.r.summary.ours.forecasts, 0);
  const cov = (side: "ours" | "naive", key: "coverage80" | "coverage90") => rs.reduce((s, x) => s + x.r.summary[side][key] * x.r.summary.ours.forecasts, 0) / n;
  const mean = (f: (x: Row) => number) => rs.reduce((s, x) => s + f(x), 0) / rs.length;
  return { histories: rs.length, n, c80: cov("ours", "coverage80"), c90: cov("ours", "coverage90"), n80: cov("naive", "coverage80"), n90: cov("naive", "coverage90"), is: mean((x) => x.r.summary.isRatio), crps: mean((x) => x.r.summary.crpsRatio) };
}

const all = rows();
const lines = [
  `Walk-forward, ${AHEAD} periods ahead, every cut-off from the 10th period; ${TRIALS.toLocaleString("en-US")} trials, seed 1. Data: ${DATA}.`,
  "",
  "| team | periods | half | forecasts | P10–P90 holds | P5–P95 holds | naive P10–P90 / P5–P95 | interval score / naive | CRPS / naive |",
  "|---|---|---|---:|---:|---:|---|---:|---:|",
  ...all.map((x) => {
    const s = x.r.summary;
    return `| ${x.team} | ${x.kind} (${x.periods}) | ${x.half} | ${s.ours.forecasts} | ${f2(s.ours.coverage80)} | ${f2(s.ours.coverage90)} | ${f2(s.naive.coverage80)} / ${f2(s.naive.coverage90)} | ${f2(s.isRatio)} | ${f2(s.crpsRatio)} |`;
  }),
  "",
  "| histories | count | forecasts | P10–P90 holds (target 0.75–0.85) | P5–P95 holds (target 0.86–0.95) | naive P10–P90 / P5–P95 | interval score / naive (target ≤ 0.70) | CRPS / naive |",
  "|---|---:|---:|---:|---:|---|---:|---:|",
  ...([["all", all], ["design half", all.filter((x) => x.half === "design")], ["held-out half", all.filter((x) => x.half === "held-out")]] as const).map(([name, rs]) => {
    const p = pooled([...rs]);
    return `| ${name} | ${p.histories} | ${p.n} | ${f2(p.c80)} | ${f2(p.c90)} | ${f2(p.n80)} / ${f2(p.n90)} | ${f2(p.is)} | ${f2(p.crps)} |`;
  }),
];
process.stdout.write(lines.join("\n") + "\n");
