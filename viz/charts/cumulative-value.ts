// 1. Cumulative value delivered over sprints: the median line and the P10–P90 band per arm
// (compare and sweep overlay them), with the story's annotations.
import { area, line, max, scaleLinear } from "d3";
import { drawAnnotations } from "../annotate.js";
import { axes } from "../axes.js";
import { annotationsOf, sprintSeries, type ReportData } from "../data.js";
import { fmtInt } from "../format.js";
import { frame, type ChartContext } from "../frame.js";
import { armLegend, colorOf } from "../palette.js";
import { tip } from "../tooltip.js";

export const id = "cumulative-value";
export const title = "Cumulative value delivered";

type Point = { sprint: number; p10: number; p50: number; p90: number };

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const notes = annotationsOf(data, id);
  const f = frame(ctx, { id, title, legend: armLegend(data), note: "line: median · band: P10–P90", annotations: notes.length });
  const series = data.drawn.map((a) => ({ arm: a, points: sprintSeries(data, a, "cumulative_value") }));
  const sprints = max(series.flatMap((s) => s.points.map((p) => p.sprint))) ?? 1;
  const x = scaleLinear().domain([0, sprints]).range([0, f.width]);
  const y = scaleLinear().domain([0, max(series.flatMap((s) => s.points.map((p) => p.p90))) ?? 1]).nice().range([f.height, 0]);
  axes(f, x, y, "sprint", "value delivered, cumulative (value units)", Math.min(sprints, 12));
  // Many overlapping bands turn to mud: lighter bands when more arms are drawn.
  const opacity = series.length <= 2 ? 0.18 : series.length <= 4 ? 0.1 : 0.06;
  for (const s of series) {
    const color = colorOf(data, s.arm);
    const pts: Point[] = [{ sprint: 0, p10: 0, p50: 0, p90: 0 }, ...s.points];
    f.plot.append("path").attr("class", "band").attr("fill", color).attr("fill-opacity", opacity).attr("d", area<Point>().x((p) => x(p.sprint)).y0((p) => y(p.p10)).y1((p) => y(p.p90))(pts));
    f.plot.append("path").attr("class", "median").attr("fill", "none").attr("stroke", color).attr("stroke-width", 2).attr("d", line<Point>().x((p) => x(p.sprint)).y((p) => y(p.p50))(pts));
    tip(
      f.plot.append("g").attr("class", "points").selectAll("circle").data(s.points).join("circle").attr("cx", (p) => x(p.sprint)).attr("cy", (p) => y(p.p50)).attr("r", 3.5).attr("fill", color),
      (p) => `${data.arms[s.arm].label}, sprint ${p.sprint}: median ${fmtInt(p.p50)} (P10 ${fmtInt(p.p10)} – P90 ${fmtInt(p.p90)})`,
    );
  }
  drawAnnotations(f, data, notes, x);
  return f.svg;
}
