// The fit report beside a calibrated scenario: the table `calibrate` printed and two charts of
// the fitted scenario's runs against the team — throughput per week and lead times — as one
// static page (the forecast pages' layout and generator mark).
import type { Fit } from "../../calibration/fit.js";
import type { Target } from "../../calibration/target.js";
import { quantile } from "../../model/metrics.js";
import type { LeadTimeFitData } from "../../../viz/charts/fit-lead-times.js";
import type { ThroughputFitData } from "../../../viz/charts/fit-throughput.js";
import { renderChart } from "../forecast/charts.js";
import { page } from "../forecast/page.js";

export function throughputFit(fit: Fit, target: Target): ThroughputFitData {
  const sim = fit.check.flatMap((r) => r.throughput);
  const top = Math.max(...target.throughput, quantile(Float64Array.from(sim).sort(), 0.99));
  const width = top <= 30 ? 1 : Math.ceil(top / 30);
  const bins = Array.from({ length: Math.floor(top / width) + 1 }, (_, i) => ({ label: width === 1 ? String(i) : `${i * width}–${(i + 1) * width - 1}`, actual: 0, simulated: 0 }));
  const bin = (v: number) => bins[Math.min(bins.length - 1, Math.floor(v / width))];
  for (const v of target.throughput) bin(v).actual += 1 / target.throughput.length;
  for (const v of sim) bin(v).simulated += 1 / sim.length;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return { title: "Items done per week: the team and the fitted scenario", bins, actualMean: mean(target.throughput), simulatedMean: mean(sim) };
}

/** The distribution function of lead times at up to 200 points. */
function ecdf(values: readonly number[]): Array<{ days: number; p: number }> {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const step = Math.max(1, Math.floor(n / 200));
  const out = [{ days: 0, p: 0 }];
  for (let i = 0; i < n; i += step) out.push({ days: sorted[i], p: (i + 1) / n });
  out.push({ days: sorted[n - 1], p: 1 });
  return out;
}

export function leadTimeFit(fit: Fit, target: Target): LeadTimeFitData {
  const sim = fit.check.flatMap((r) => r.leadTimes);
  const p = (xs: readonly number[], q: number) => quantile(Float64Array.from(xs).sort(), q);
  const markers = (["actual", "simulated"] as const).flatMap((who) => [50, 85].map((q) => ({ who, q, days: p(who === "actual" ? target.leadTimes : sim, q / 100) })));
  return { title: "Lead times: the team's items and the fitted scenario's", actual: ecdf(target.leadTimes), simulated: ecdf(sim), markers, maxDays: Math.max(p(target.leadTimes, 0.95), p(sim, 0.95)) };
}

export async function fitPage(fit: Fit, target: Target, o: { title: string; text: string }): Promise<string> {
  const { draw: drawThroughput } = await import("../../../viz/charts/fit-throughput.js");
  const { draw: drawLeads } = await import("../../../viz/charts/fit-lead-times.js");
  const a = await renderChart(drawThroughput, throughputFit(fit, target));
  const b = await renderChart(drawLeads, leadTimeFit(fit, target));
  return page({
    title: o.title,
    text: o.text,
    charts: [
      { svg: a.inline, caption: "How many items were done in a week: the share of the team's weeks and of the simulated weeks (the check's runs, after the burn-in) at each count. The calibration matches the mean and the coefficient of variation." },
      { svg: b.inline, caption: "The share of items done within each number of working days from creation. The calibration matches the P50 and the P85 (note: the per-run percentiles are averaged, so the pooled curve's percentiles can differ a little)." },
    ],
    footer: "scrumlab calibrate: the method, its parameters and what it cannot fit are in docs/forecasting.md.",
  });
}
