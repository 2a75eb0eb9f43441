// 3. Velocity and say/do ratio per sprint: two panels, the mean per scenario.
import { line, max, scaleLinear } from "d3";
import type { ReportData } from "../data.js";
import { sprintSeries } from "../data.js";
import { fmt2, fmtInt } from "../format.js";
import { axes, frame, tip, type ChartContext, type Frame } from "../frame.js";
import { armColor } from "../palette.js";

export const id = "velocity";
export const title = "Velocity and say/do ratio per sprint";

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const f = frame(ctx, id, title, { top: 16, right: 24, bottom: 56, left: 72 }, data.drawn.map((a) => ({ label: data.arms[a].label, color: armColor(a) })));
  const gap = 90;
  const half = (f.width - gap) / 2;
  const panel = (offset: number, metric: string, label: string, fmt: (x: number) => string, top?: number) => {
    const g = f.plot.append("g").attr("transform", `translate(${offset},0)`);
    const sub: Frame = { svg: f.svg, plot: g, width: half, height: f.height };
    const series = data.drawn.map((a) => ({ arm: a, points: sprintSeries(data, a, metric) }));
    const sprints = max(series.flatMap((s) => s.points.map((p) => p.sprint))) ?? 1;
    const x = scaleLinear().domain([1, Math.max(2, sprints)]).range([0, half]);
    const y = scaleLinear().domain([0, top ?? (max(series.flatMap((s) => s.points.map((p) => p.mean))) ?? 1)]).nice().range([f.height, 0]);
    axes(sub, x, y, "sprint", label, Math.min(sprints, 8));
    for (const s of series) {
      g.append("path").attr("fill", "none").attr("stroke", armColor(s.arm)).attr("stroke-width", 2).attr("d", line<(typeof s.points)[number]>().x((p) => x(p.sprint)).y((p) => y(p.mean))(s.points));
      tip(g.append("g").selectAll("circle").data(s.points).join("circle").attr("cx", (p) => x(p.sprint)).attr("cy", (p) => y(p.mean)).attr("r", 3.5).attr("fill", armColor(s.arm)), (p) => `${data.arms[s.arm].label}, sprint ${p.sprint}: ${label} ${fmt(p.mean)}`);
    }
  };
  panel(0, "velocity_hours", "velocity (estimated hours done, mean)", fmtInt);
  panel(half + gap, "say_do_ratio", "say/do ratio (mean)", fmt2, 1);
  return f.svg;
}
