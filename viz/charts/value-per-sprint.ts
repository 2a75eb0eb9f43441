// 2. Value delivered per sprint: the mean per arm, as grouped bars, with the story's annotations.
import { max, scaleBand, scaleLinear } from "d3";
import { drawAnnotations } from "../annotate.js";
import { axes } from "../axes.js";
import { annotationsOf, sprintSeries, type ReportData } from "../data.js";
import { fmtInt } from "../format.js";
import { frame, type ChartContext } from "../frame.js";
import { armLegend, colorOf } from "../palette.js";
import { tip } from "../tooltip.js";

export const id = "value-per-sprint";
export const title = "Value delivered per sprint";

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const notes = annotationsOf(data, id);
  const f = frame(ctx, { id, title, legend: armLegend(data), note: "bars: mean over replications", annotations: notes.length });
  const rows = data.drawn.flatMap((a) => sprintSeries(data, a, "value_delivered").map((p) => ({ ...p, arm: a })));
  const sprints = [...new Set(rows.map((r) => r.sprint))].sort((a, b) => a - b).map(String);
  const x = scaleBand().domain(sprints).range([0, f.width]).padding(0.2);
  const inner = scaleBand().domain(data.drawn.map(String)).range([0, x.bandwidth()]).padding(0.05);
  const y = scaleLinear().domain([0, max(rows, (r) => r.mean) ?? 1]).nice().range([f.height, 0]);
  axes(f, x, y, "sprint", "value accepted at the review (value units)");
  tip(
    f.plot.append("g").attr("class", "bars").selectAll("rect").data(rows).join("rect")
      .attr("x", (r) => (x(String(r.sprint)) ?? 0) + (inner(String(r.arm)) ?? 0))
      .attr("width", inner.bandwidth())
      .attr("y", (r) => y(r.mean))
      .attr("height", (r) => f.height - y(r.mean))
      .attr("fill", (r) => colorOf(data, r.arm)),
    (r) => `${data.arms[r.arm].label}, sprint ${r.sprint}: mean ${fmtInt(r.mean)} (P10 ${fmtInt(r.p10)} – P90 ${fmtInt(r.p90)})`,
  );
  drawAnnotations(f, data, notes, (s) => (x(String(s)) ?? 0) + x.bandwidth() / 2);
  return f.svg;
}
