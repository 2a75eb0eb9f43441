// 2. Value delivered per sprint: the mean per arm, one bar per sprint spanning its calendar
// weeks (the arms side by side within them), with the story's annotations.
import { max, scaleLinear } from "d3";
import { drawAnnotations } from "../annotate.js";
import { weekAxis, yAxis } from "../axes.js";
import { annotationsOf, mixedSprints, sprintSeries, weekOf, type ReportData } from "../data.js";
import { fmtInt } from "../format.js";
import { frame, type ChartContext } from "../frame.js";
import { armLegend, colorOf } from "../palette.js";
import { tip } from "../tooltip.js";

export const id = "value-per-sprint";
export const title = "Value delivered per sprint";

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const notes = annotationsOf(data, id);
  const mixed = mixedSprints(data);
  const f = frame(ctx, { id, title, legend: armLegend(data), note: `bars: mean over replications${mixed ? " · each bar spans its sprint's weeks" : ""}`, annotations: notes.length });
  const n = data.drawn.length;
  const rows = data.drawn.flatMap((a, slot) => sprintSeries(data, a, "value_delivered").map((p) => ({ ...p, arm: a, slot, from: weekOf(data, a, p.sprint - 1), to: weekOf(data, a, p.sprint) })));
  const weeks = max(rows, (r) => r.to) ?? 1;
  const x = scaleLinear().domain([0, weeks]).range([0, f.width]);
  const y = scaleLinear().domain([0, max(rows, (r) => r.mean) ?? 1]).nice().range([f.height, 0]);
  weekAxis(f, x, weeks, "calendar week (each bar spans its sprint)");
  yAxis(f, y, "value accepted at the review (value units)", { ticks: 6 });
  const left = (r: (typeof rows)[number]) => {
    const span = x(r.to) - x(r.from);
    return x(r.from) + span * 0.1 + (span * 0.8 * r.slot) / n;
  };
  tip(
    f.plot.append("g").attr("class", "bars").selectAll("rect").data(rows).join("rect")
      .attr("x", left)
      .attr("width", (r) => Math.max(1, ((x(r.to) - x(r.from)) * 0.8) / n - 1))
      .attr("y", (r) => y(r.mean))
      .attr("height", (r) => f.height - y(r.mean))
      .attr("fill", (r) => colorOf(data, r.arm)),
    (r) => `${data.arms[r.arm].label}, sprint ${r.sprint} (weeks ${r.from}–${r.to}): mean ${fmtInt(r.mean)} (P10 ${fmtInt(r.p10)} – P90 ${fmtInt(r.p90)})`,
  );
  drawAnnotations(f, data, notes, (arm, sprint) => x((weekOf(data, arm, sprint - 1) + weekOf(data, arm, sprint)) / 2));
  return f.svg;
}
