// 1. Cumulative value delivered over sprints: the median line and the P10–P90 band per scenario.
import { area, line, max, scaleLinear } from "d3";
import type { ReportData } from "../data.js";
import { sprintSeries } from "../data.js";
import { fmtInt } from "../format.js";
import { axes, frame, marker, tip, type ChartContext } from "../frame.js";
import { armColor } from "../palette.js";

export const id = "cumulative-value";
export const title = "Cumulative value delivered";

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const f = frame(ctx, id, title, undefined, data.drawn.map((a) => ({ label: `${data.arms[a].label} (median, P10–P90)`, color: armColor(a) })));
  const series = data.drawn.map((a) => ({ arm: a, points: sprintSeries(data, a, "cumulative_value") }));
  const sprints = max(series.flatMap((s) => s.points.map((p) => p.sprint))) ?? 1;
  const x = scaleLinear().domain([0, sprints]).range([0, f.width]);
  const y = scaleLinear().domain([0, max(series.flatMap((s) => s.points.map((p) => p.p90))) ?? 1]).nice().range([f.height, 0]);
  axes(f, x, y, "sprint", "value delivered (cumulative)", Math.min(sprints, 12));
  for (const s of series) {
    const color = armColor(s.arm);
    const pts = [{ sprint: 0, p10: 0, p50: 0, p90: 0, mean: 0 }, ...s.points];
    f.plot.append("path").attr("class", "band").attr("fill", color).attr("fill-opacity", 0.15).attr("d", area<(typeof pts)[number]>().x((p) => x(p.sprint)).y0((p) => y(p.p10)).y1((p) => y(p.p90))(pts));
    f.plot.append("path").attr("class", "median").attr("fill", "none").attr("stroke", color).attr("stroke-width", 2).attr("d", line<(typeof pts)[number]>().x((p) => x(p.sprint)).y((p) => y(p.p50))(pts));
    tip(
      f.plot.append("g").attr("class", "points").selectAll("circle").data(s.points).join("circle").attr("cx", (p) => x(p.sprint)).attr("cy", (p) => y(p.p50)).attr("r", 4).attr("fill", color),
      (p) => `${data.arms[s.arm].label}, sprint ${p.sprint}: median ${fmtInt(p.p50)} (P10 ${fmtInt(p.p10)} – P90 ${fmtInt(p.p90)})`,
    );
  }
  data.annotations.filter((n) => n.chart === id || n.chart === "*").forEach((a, i) => marker(f, x(a.sprint), a.label, i, armColor(a.arm)));
  return f.svg;
}
