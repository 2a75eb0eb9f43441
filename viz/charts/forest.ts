// 9. Compare: a forest plot of the paired differences against the reference — per headline
// metric and scenario, the mean change and its 95 % CI, in percent of the reference's mean, on
// a symmetric log scale; arrows say which direction is better.
import { scaleBand, scaleSymlog } from "d3";
import { xAxis } from "../axes.js";
import type { ReportData } from "../data.js";
import { fmt2, fmtPct } from "../format.js";
import { frame, type ChartContext } from "../frame.js";
import { colorOf } from "../palette.js";
import { tip } from "../tooltip.js";

export const id = "forest";
export const title = "Paired differences against the reference (95 % CI)";

/** Headline metrics: key, label, and whether higher is better. */
export const FOREST_METRICS: Array<[string, string, boolean]> = [
  ["value_delivered", "value delivered", true],
  ["items_done", "items done", true],
  ["say_do_ratio", "say/do ratio", true],
  ["sprint_goal_rate", "Sprint Goals met", true],
  ["productivity_end", "productivity at the end", true],
  ["cycle_time_mean_hours", "cycle time", false],
  ["blocked_hours", "blocked item-hours", false],
  ["impediment_age_mean_hours", "impediment age", false],
  ["clarification_wait_mean_hours", "wait for answers", false],
  ["interruption_hours", "interruption hours", false],
];

const TICKS = [5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 0];

function rowsOf(data: ReportData) {
  const others = data.arms.map((_, i) => i).slice(1);
  return FOREST_METRICS.flatMap(([metric, label, higher]) =>
    others.map((arm) => {
      const c = data.comparison.find((r) => r.metric === metric && r.arm === arm);
      const scale = c && c.mean_reference !== 0 ? 100 / Math.abs(c.mean_reference) : NaN;
      return { metric, label, higher, arm, mean: c ? c.mean_diff * scale : NaN, low: c ? c.ci95_low * scale : NaN, high: c ? c.ci95_high * scale : NaN, raw: c };
    }),
  ).filter((r) => Number.isFinite(r.mean) && Number.isFinite(r.low) && Number.isFinite(r.high));
}

export const height = (data: ReportData) => Math.max(440, 150 + FOREST_METRICS.length * Math.max(34, 12 * (data.arms.length - 1)));

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const others = data.arms.map((a, i) => ({ ...a, i })).slice(1);
  const f = frame(ctx, { id, title, margin: { left: 190 }, legend: others.map((o) => ({ label: o.label, color: colorOf(data, o.i) })), note: "↑ higher is better · ↓ lower is better" });
  const rows = rowsOf(data);
  const metrics = FOREST_METRICS.filter(([m]) => rows.some((r) => r.metric === m));
  const y = scaleBand().domain(metrics.map(([m]) => m)).range([0, f.height]).padding(0.15);
  const inner = scaleBand().domain(others.map((o) => String(o.i))).range([0, y.bandwidth()]).padding(0.2);
  // Symmetric log: a 5 % change stays readable next to a tenfold one. The domain only spans what is there.
  const lo = Math.min(-10, ...rows.map((r) => r.low));
  const hi = Math.max(10, ...rows.map((r) => r.high));
  const x = scaleSymlog().constant(5).domain([lo * 1.05, hi * 1.05]).range([0, f.width]);
  const ticks = [...TICKS.slice(0, -1).map((t) => -t), ...[...TICKS].reverse()].filter((t) => t >= lo * 1.05 && t <= hi * 1.05);
  xAxis(f, x, `change against ${data.meta.reference ?? "the reference"}, % of its mean (symmetric log scale)`, { values: ticks, format: (v: number) => `${v > 0 ? "+" : ""}${v} %` });
  // Stripes and labels per metric.
  metrics.forEach(([m, label, higher], k) => {
    const top = y(m) ?? 0;
    if (k % 2 === 0) f.plot.append("rect").attr("x", 0).attr("y", top - (y.step() * y.paddingInner()) / 2).attr("width", f.width).attr("height", y.step()).attr("fill", "#f3f3f1");
    f.plot.append("text").attr("class", "metric").attr("x", -10).attr("y", top + y.bandwidth() / 2).attr("text-anchor", "end").attr("dominant-baseline", "middle").text(`${label} ${higher ? "↑" : "↓"}`);
  });
  f.plot.append("line").attr("x1", x(0)).attr("x2", x(0)).attr("y1", 0).attr("y2", f.height).attr("stroke", "#333");
  const g = f.plot.append("g").attr("class", "estimates").selectAll("g").data(rows).join("g").attr("transform", (r) => `translate(0,${(y(r.metric) ?? 0) + (inner(String(r.arm)) ?? 0) + inner.bandwidth() / 2})`);
  g.append("line").attr("x1", (r) => x(r.low)).attr("x2", (r) => x(r.high)).attr("stroke", (r) => colorOf(data, r.arm)).attr("stroke-width", 2.5);
  tip(
    g.append("circle").attr("cx", (r) => x(r.mean)).attr("r", 4.5).attr("fill", (r) => colorOf(data, r.arm)).attr("stroke", "#fff"),
    (r) => `${data.arms[r.arm].label}, ${r.label}: ${fmtPct(r.mean)} (95 % CI ${fmtPct(r.low)} … ${fmtPct(r.high)}); mean difference ${fmt2(r.raw?.mean_diff ?? NaN)}, better in ${Math.round(100 * (r.raw?.share_better ?? 0))} % of replications`,
  );
  return f.svg;
}
