// 3. Velocity and say/do ratio per sprint: two panels, the mean per arm, against calendar weeks.
import { line, max, scaleLinear } from "d3";
import { weekAxis, yAxis } from "../axes.js";
import { sprintSeries, weekOf, type ReportData } from "../data.js";
import { fmt2, fmtInt } from "../format.js";
import { frame, panel, type ChartContext, type Frame } from "../frame.js";
import { armLegend, colorOf } from "../palette.js";
import { tip } from "../tooltip.js";

export const id = "velocity";
export const title = "Velocity and say/do ratio per sprint";

type Point = ReportData["sprints"][number] & { week: number };

function linePanel(p: Frame, data: ReportData, metric: string, label: string, fmt: (x: number) => string, top?: number): void {
  const series = data.drawn.map((a) => ({ arm: a, points: sprintSeries(data, a, metric).map((q) => ({ ...q, week: weekOf(data, a, q.sprint) })) }));
  const weeks = max(series.flatMap((s) => s.points.map((q) => q.week))) ?? 1;
  const x = scaleLinear().domain([0, weeks]).range([0, p.width]);
  const y = scaleLinear().domain([0, top ?? (max(series.flatMap((s) => s.points.map((q) => q.mean))) ?? 1)]).nice().range([p.height, 0]);
  weekAxis(p, x, weeks);
  yAxis(p, y, label, { ticks: 6 });
  for (const s of series) {
    const color = colorOf(data, s.arm);
    p.plot.append("path").attr("class", "median").attr("fill", "none").attr("stroke", color).attr("stroke-width", 2).attr("d", line<Point>().x((q) => x(q.week)).y((q) => y(q.mean))(s.points));
    tip(p.plot.append("g").selectAll("circle").data(s.points).join("circle").attr("cx", (q) => x(q.week)).attr("cy", (q) => y(q.mean)).attr("r", 3.5).attr("fill", color), (q) => `${data.arms[s.arm].label}, sprint ${q.sprint} (week ${q.week}): ${label} ${fmt(q.mean)}`);
  }
}

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const f = frame(ctx, { id, title, legend: armLegend(data), note: "lines: mean over replications" });
  const gap = 90;
  const half = (f.width - gap) / 2;
  linePanel(panel(f, 0, 0, half, f.height), data, "velocity_hours", "velocity (estimated hours done)", fmtInt);
  linePanel(panel(f, half + gap, 0, half, f.height), data, "say_do_ratio", "say/do ratio (committed items done)", fmt2, 1);
  return f.svg;
}
