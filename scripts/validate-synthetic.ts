// `npx tsx scripts/validate-synthetic.ts`: the walk-forward backtest (5 periods ahead) on steady
// Poisson series — where the naive forecaster is the best there is — at 0.1 … 10 items a period,
// 80 periods, three series each: the price scrumlab pays for being ready for shifts that do not come.
// PRIOR=local-level (or level-error) runs it with a per-history prior instead of METHOD's.
import { RandomStream } from "../src/engine/random.js";
import { backtest, periodCases, summarize } from "../src/forecast/backtest.js";
import { priorFromEnv } from "./prior-env.js";

priorFromEnv();

const TRIALS = Number(process.env.TRIALS ?? 10_000);
const f2 = (x: number) => x.toFixed(2);
const lines = ["| items a period | forecasts | P10–P90 holds | P5–P95 holds | interval score / naive | CRPS / naive | naive: P10–P90 / P5–P95 |", "|---:|---:|---:|---:|---:|---:|---|"];
for (const rate of [0.1, 0.3, 1, 3, 10]) {
  const s = [1, 2, 3].map((seed) => {
    const r = new RandomStream(seed, `exp-poisson:${rate}`);
    const amounts = Array.from({ length: 80 }, () => r.poisson(rate));
    return summarize(backtest(amounts, periodCases({ end: amounts.map((_, i) => i), amount: amounts }, 5), { seed: 1, trials: TRIALS }));
  });
  const n = s.reduce((a, x) => a + x.ours.forecasts, 0);
  const pool = (f: (x: (typeof s)[number]) => number) => s.reduce((a, x) => a + f(x) * x.ours.forecasts, 0) / n;
  const mean = (f: (x: (typeof s)[number]) => number) => s.reduce((a, x) => a + f(x), 0) / s.length;
  lines.push(`| ${rate} | ${n} | ${f2(pool((x) => x.ours.coverage80))} | ${f2(pool((x) => x.ours.coverage90))} | ${f2(mean((x) => x.isRatio))} | ${f2(mean((x) => x.crpsRatio))} | ${f2(pool((x) => x.naive.coverage80))} / ${f2(pool((x) => x.naive.coverage90))} |`);
}
process.stdout.write(lines.join("\n") + "\n");
