// 4. Distribution of total value across replications: one histogram per scenario, stacked on a
// shared axis, each with its mean (line) and the 95 % confidence interval of the mean (strip).
import { max, scaleLinear, axisBottom } from "d3";
import type { ReportData } from "../data.js";
import { total } from "../data.js";
import { fmtInt } from "../format.js";
import { frame, tip, type ChartContext } from "../frame.js";
import { armColor } from "../palette.js";

export const id = "value-distribution";
export const title = "Total value delivered across replications";

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const f = frame(ctx, id, title, { top: 16, right: 24, bottom: 56, left: 160 }, data.drawn.map((a) => ({ label: `${data.arms[a].label} (mean, 95 % CI)`, color: armColor(a) })));
  const hists = data.drawn.map((a) => ({ arm: a, bins: data.valueHistogram.find((h) => h.arm === a)?.bins ?? [] }));
  const lo = Math.min(...hists.flatMap((h) => h.bins.map((b) => b.x0)));
  const hi = Math.max(...hists.flatMap((h) => h.bins.map((b) => b.x1)));
  const x = scaleLinear().domain([lo, hi]).nice().range([0, f.width]);
  const rowHeight = f.height / Math.max(1, hists.length);
  const top = max(hists.flatMap((h) => h.bins.map((b) => b.count))) ?? 1;
  f.plot.append("g").attr("class", "axis x").attr("transform", `translate(0,${f.height})`).call(axisBottom(x).ticks(8));
  f.plot.append("text").attr("class", "axis-label").attr("x", f.width / 2).attr("y", f.height + 42).attr("text-anchor", "middle").text("total value delivered per replication (bar height: replications)");
  hists.forEach((h, i) => {
    const color = armColor(h.arm);
    const g = f.plot.append("g").attr("class", "row").attr("transform", `translate(0,${i * rowHeight})`);
    const y = scaleLinear().domain([0, top]).range([rowHeight - 6, 4]);
    g.append("line").attr("x1", 0).attr("x2", f.width).attr("y1", rowHeight - 6).attr("y2", rowHeight - 6).attr("stroke", "#ccc");
    g.append("text").attr("x", -10).attr("y", rowHeight / 2).attr("text-anchor", "end").attr("dominant-baseline", "middle").text(data.arms[h.arm].label);
    const t = total(data, h.arm, "value_delivered");
    if (t !== undefined) g.append("rect").attr("x", x(t.ci95_low)).attr("width", Math.max(2, x(t.ci95_high) - x(t.ci95_low))).attr("y", 0).attr("height", rowHeight - 6).attr("fill", color).attr("fill-opacity", 0.2);
    tip(
      g.append("g").attr("class", "bars").selectAll("rect").data(h.bins).join("rect")
        .attr("x", (b) => x(b.x0)).attr("width", (b) => Math.max(1, x(b.x1) - x(b.x0) - 1))
        .attr("y", (b) => y(b.count)).attr("height", (b) => rowHeight - 6 - y(b.count))
        .attr("fill", color).attr("fill-opacity", 0.7),
      (b) => `${data.arms[h.arm].label}: ${b.count} replications delivered ${fmtInt(b.x0)}–${fmtInt(b.x1)}`,
    );
    if (t !== undefined) tip(g.append("line").attr("x1", x(t.mean)).attr("x2", x(t.mean)).attr("y1", 0).attr("y2", rowHeight - 6).attr("stroke", "#111").attr("stroke-width", 2) as never, () => `${data.arms[h.arm].label}: mean ${fmtInt(t.mean)}, 95 % CI ${fmtInt(t.ci95_low)}–${fmtInt(t.ci95_high)}`);
  });
  return f.svg;
}
