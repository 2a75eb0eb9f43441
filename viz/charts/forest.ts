// 9. Compare: a forest plot of the paired differences against the reference — per headline
// metric and scenario, the mean change and its 95 % CI, in percent of the reference's mean.
import { scaleBand, scaleSymlog, axisBottom, axisLeft } from "d3";
import type { ReportData } from "../data.js";
import { fmt2, fmtPct } from "../format.js";
import { frame, tip, type ChartContext } from "../frame.js";
import { armColor } from "../palette.js";

export const id = "forest";
export const title = "Paired differences against the reference (95 % CI)";

export const FOREST_METRICS: Array<[string, string]> = [
  ["value_delivered", "value delivered"],
  ["items_done", "items done"],
  ["say_do_ratio", "say/do ratio"],
  ["sprint_goal_rate", "Sprint Goals met"],
  ["productivity_end", "productivity at the end"],
  ["cycle_time_mean_hours", "cycle time"],
  ["blocked_hours", "blocked item-hours"],
  ["impediment_age_mean_hours", "impediment age"],
  ["clarification_wait_mean_hours", "wait for answers"],
  ["interruption_hours", "interruption hours"],
];

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const others = data.arms.map((a, i) => ({ ...a, i })).slice(1);
  const f = frame(ctx, id, title, { top: 16, right: 24, bottom: 56, left: 170 }, others.map((o) => ({ label: o.label, color: armColor(o.i) })));
  const rows = FOREST_METRICS.flatMap(([metric, label]) =>
    others.map((o) => {
      const c = data.comparison.find((r) => r.metric === metric && r.scenario === o.name);
      const scale = c && c.mean_reference !== 0 ? 100 / Math.abs(c.mean_reference) : NaN;
      return { metric, label, arm: o.i, mean: c ? c.mean_diff * scale : NaN, low: c ? c.ci95_low * scale : NaN, high: c ? c.ci95_high * scale : NaN, raw: c };
    }),
  ).filter((r) => Number.isFinite(r.mean));
  const y = scaleBand().domain(FOREST_METRICS.map(([m]) => m)).range([0, f.height]).padding(0.2);
  const inner = scaleBand().domain(others.map((o) => String(o.i))).range([0, y.bandwidth()]).padding(0.2);
  // A symmetric log scale: small changes stay readable next to a tenfold one.
  const extent = Math.max(10, ...rows.map((r) => Math.max(Math.abs(r.low), Math.abs(r.high))));
  const x = scaleSymlog().constant(5).domain([-extent, extent]).range([0, f.width]);
  const ticks = [1000, 500, 200, 100, 50, 20, 10, 5, 0].filter((t) => t <= extent);
  f.plot.append("g").attr("class", "axis x").attr("transform", `translate(0,${f.height})`).call(axisBottom(x).tickValues([...ticks.map((t) => -t), ...ticks.slice(0, -1).reverse()]).tickFormat((v) => `${v} %`));
  f.plot.append("g").attr("class", "axis y").call(axisLeft(y).tickFormat((m) => FOREST_METRICS.find(([k]) => k === m)?.[1] ?? m));
  f.plot.append("text").attr("class", "axis-label").attr("x", f.width / 2).attr("y", f.height + 42).attr("text-anchor", "middle").text(`change against ${data.meta.reference ?? "the reference"}, % of its mean (symmetric log scale)`);
  f.plot.append("line").attr("x1", x(0)).attr("x2", x(0)).attr("y1", 0).attr("y2", f.height).attr("stroke", "#333");
  const g = f.plot.append("g").attr("class", "estimates").selectAll("g").data(rows).join("g").attr("transform", (r) => `translate(0,${(y(r.metric) ?? 0) + (inner(String(r.arm)) ?? 0) + inner.bandwidth() / 2})`);
  g.append("line").attr("x1", (r) => x(r.low)).attr("x2", (r) => x(r.high)).attr("stroke", (r) => armColor(r.arm)).attr("stroke-width", 2);
  tip(
    g.append("circle").attr("cx", (r) => x(r.mean)).attr("r", 5).attr("fill", (r) => armColor(r.arm)),
    (r) => `${data.arms[r.arm].label}, ${r.label}: ${fmtPct(r.mean)} (95 % CI ${fmtPct(r.low)} … ${fmtPct(r.high)}); mean difference ${fmt2(r.raw?.mean_diff ?? NaN)}, better in ${Math.round(100 * (r.raw?.share_better ?? 0))} % of replications`,
  );
  return f.svg;
}
