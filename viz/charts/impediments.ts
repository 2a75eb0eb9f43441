// 6. Impediments: open impediments at each sprint's end (mean), and how long the removed ones stood.
import { line, max, scaleLinear } from "d3";
import type { ReportData } from "../data.js";
import { sprintSeries } from "../data.js";
import { fmt1 } from "../format.js";
import { axes, frame, marker, tip, type ChartContext, type Frame } from "../frame.js";
import { armColor } from "../palette.js";

export const id = "impediments";
export const title = "Impediments: open at each sprint's end, and age of the removed ones";

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const f = frame(ctx, id, title, undefined, data.drawn.map((a) => ({ label: data.arms[a].label, color: armColor(a) })));
  const half = (f.width - 70) / 2;
  const left: Frame = { svg: f.svg, plot: f.plot.append("g"), width: half, height: f.height };
  const series = data.drawn.map((a) => ({ arm: a, points: sprintSeries(data, a, "impediments_open") }));
  const sprints = max(series.flatMap((s) => s.points.map((p) => p.sprint))) ?? 1;
  const x = scaleLinear().domain([1, Math.max(2, sprints)]).range([0, half]);
  const y = scaleLinear().domain([0, Math.max(1, max(series.flatMap((s) => s.points.map((p) => p.p90))) ?? 1)]).nice().range([f.height, 0]);
  axes(left, x, y, "sprint", "open impediments (mean)", Math.min(8, sprints));
  for (const s of series) {
    left.plot.append("path").attr("fill", "none").attr("stroke", armColor(s.arm)).attr("stroke-width", 2).attr("d", line<(typeof s.points)[number]>().x((p) => x(p.sprint)).y((p) => y(p.mean))(s.points));
    tip(left.plot.append("g").selectAll("circle").data(s.points).join("circle").attr("cx", (p) => x(p.sprint)).attr("cy", (p) => y(p.mean)).attr("r", 3.5).attr("fill", armColor(s.arm)), (p) => `${data.arms[s.arm].label}, sprint ${p.sprint}: ${fmt1(p.mean)} open on average (P90 ${fmt1(p.p90)})`);
  }
  data.annotations.filter((n) => n.chart === id || n.chart === "*").forEach((a, i) => marker(left, x(a.sprint), a.label.replace(/ \(sprint.*$/, ""), i, armColor(a.arm)));
  const right: Frame = { svg: f.svg, plot: f.plot.append("g").attr("transform", `translate(${half + 70},0)`), width: half, height: f.height };
  const hists = data.drawn.map((a) => ({ arm: a, bins: data.impedimentAges.find((h) => h.arm === a)?.bins ?? [] }));
  const hx = scaleLinear().domain([0, max(hists.flatMap((h) => h.bins.map((b) => b.x1))) ?? 1]).nice().range([0, half]);
  const hy = scaleLinear().domain([0, max(hists.flatMap((h) => h.bins.map((b) => b.count))) ?? 1]).nice().range([f.height, 0]);
  axes(right, hx, hy, "age when removed (working days)", "impediments (detail runs)");
  for (const h of hists) {
    tip(
      right.plot.append("g").selectAll("rect").data(h.bins).join("rect")
        .attr("x", (b) => hx(b.x0)).attr("width", (b) => Math.max(1, hx(b.x1) - hx(b.x0) - 1))
        .attr("y", (b) => hy(b.count)).attr("height", (b) => f.height - hy(b.count))
        .attr("fill", armColor(h.arm)).attr("fill-opacity", 0.45),
      (b) => `${data.arms[h.arm].label}: ${b.count} removed after ${fmt1(b.x0)}–${fmt1(b.x1)} days`,
    );
  }
  return f.svg;
}
