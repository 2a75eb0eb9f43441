// 1. Cumulative value delivered over calendar weeks: the median line and the P10–P90 band per
// arm (compare and sweep overlay them; sprints of different lengths sit at their own weeks),
// each line labelled at its end with its median total (and in a compare its change against the
// reference), with the story's annotations.
import { area, line, max, scaleLinear } from "d3";
import { drawAnnotations, drawEndLabels } from "../annotate.js";
import { weekAxis, yAxis } from "../axes.js";
import { annotationsOf, sprintSeries, weekOf, type ReportData } from "../data.js";
import { fmtInt } from "../format.js";
import { frame, type ChartContext } from "../frame.js";
import { formatPct } from "../metrics.js";
import { armLegend, colorOf } from "../palette.js";
import { tip } from "../tooltip.js";

export const id = "cumulative-value";
export const title = "Cumulative value delivered, week by week";

type Point = { sprint: number; week: number; p10: number; p50: number; p90: number };

/** The end label of an arm: its name (shortened), median total, and its change against the reference. */
function endLabel(data: ReportData, arm: number, last: Point | undefined): string {
  const name = data.arms[arm].label;
  const short = name.length > 22 ? `${name.slice(0, 21)}…` : name;
  const change = data.comparison.find((c) => c.arm === arm && c.metric === "value_delivered");
  return `${short} ${fmtInt(last?.p50 ?? NaN)}${change ? ` (${formatPct(change.pct_change)})` : ""}`;
}

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const notes = annotationsOf(data, id);
  const longest = Math.max(0, ...data.drawn.map((a) => endLabel(data, a, { sprint: 0, week: 0, p10: 0, p50: 99_999, p90: 0 }).length));
  // Direct labels need room; a small chart (the playground's) keeps to its legend.
  const labelled = ctx.width >= 800;
  const f = frame(ctx, { id, title, margin: { right: labelled ? Math.min(340, 20 + longest * 7.8) : 24 }, legend: armLegend(data), note: "line: median · band: P10–P90 of the replications", annotations: notes.length });
  const series = data.drawn.map((a) => ({ arm: a, points: sprintSeries(data, a, "cumulative_value").map((p) => ({ ...p, week: weekOf(data, a, p.sprint) })) }));
  const weeks = max(series.flatMap((s) => s.points.map((p) => p.week))) ?? 1;
  const x = scaleLinear().domain([0, weeks]).range([0, f.width]);
  const y = scaleLinear().domain([0, max(series.flatMap((s) => s.points.map((p) => p.p90))) ?? 1]).nice().range([f.height, 0]);
  weekAxis(f, x, weeks);
  yAxis(f, y, "value delivered, cumulative (value units)", { ticks: 6 });
  // Many overlapping bands turn to mud: lighter bands when more arms are drawn.
  const opacity = series.length <= 2 ? 0.18 : series.length <= 4 ? 0.1 : 0.06;
  for (const s of series) {
    const color = colorOf(data, s.arm);
    const pts: Point[] = [{ sprint: 0, week: 0, p10: 0, p50: 0, p90: 0 }, ...s.points];
    f.plot.append("path").attr("class", "band").attr("fill", color).attr("fill-opacity", opacity).attr("d", area<Point>().x((p) => x(p.week)).y0((p) => y(p.p10)).y1((p) => y(p.p90))(pts));
    f.plot.append("path").attr("class", "median").attr("fill", "none").attr("stroke", color).attr("stroke-width", 2.5).attr("d", line<Point>().x((p) => x(p.week)).y((p) => y(p.p50))(pts));
    tip(
      f.plot.append("g").attr("class", "points").selectAll("circle").data(s.points).join("circle").attr("cx", (p) => x(p.week)).attr("cy", (p) => y(p.p50)).attr("r", 3.5).attr("fill", color),
      (p) => `${data.arms[s.arm].label}, sprint ${p.sprint} (week ${p.week}): median ${fmtInt(p.p50)} (P10 ${fmtInt(p.p10)} – P90 ${fmtInt(p.p90)})`,
    );
  }
  if (labelled) drawEndLabels(
    f,
    f.width + 8,
    series.map((s) => {
      const last = s.points[s.points.length - 1];
      return { y: y(last?.p50 ?? 0), text: endLabel(data, s.arm, last), color: colorOf(data, s.arm), tip: `${data.arms[s.arm].label}: median total ${fmtInt(last?.p50 ?? NaN)} after ${last?.week ?? "?"} weeks` };
    }),
  );
  drawAnnotations(f, data, notes, (arm, sprint) => x(weekOf(data, arm, sprint)));
  return f.svg;
}
