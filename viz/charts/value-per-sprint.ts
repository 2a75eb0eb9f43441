// 2. Value delivered per sprint: the mean per arm, one bar per sprint spanning its calendar
// weeks (the arms side by side within them), with the story's annotations. When the arms'
// sprints differ in length, a sprint's value is not comparable (a four-week sprint delivers
// about twice a two-week one's): each arm is then drawn as steps of value per week, each step
// spanning its sprint.
import { line, max, scaleLinear } from "d3";
import { drawAnnotations } from "../annotate.js";
import { weekAxis, yAxis } from "../axes.js";
import { annotationsOf, mixedSprints, sprintSeries, weekOf, type ReportData } from "../data.js";
import { fmtInt } from "../format.js";
import { frame, type ChartContext, type Frame } from "../frame.js";
import { armLegend, colorOf } from "../palette.js";
import { tip } from "../tooltip.js";

export const id = "value-per-sprint";
export const title = "Value delivered per sprint";

type Row = ReportData["sprints"][number] & { slot: number; from: number; to: number };

function bars(f: Frame, data: ReportData, rows: Row[], x: (w: number) => number): void {
  const n = data.drawn.length;
  const y = scaleLinear().domain([0, max(rows, (r) => r.mean) ?? 1]).nice().range([f.height, 0]);
  yAxis(f, y, "value accepted at the review (value units)", { ticks: 6 });
  const left = (r: Row) => {
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
}

/** Sprints of different lengths: value per week, a step per sprint over its weeks. */
function steps(f: Frame, data: ReportData, rows: Row[], x: (w: number) => number): void {
  const perWeek = (r: Row) => r.mean / (r.to - r.from);
  const y = scaleLinear().domain([0, max(rows, perWeek) ?? 1]).nice().range([f.height, 0]);
  yAxis(f, y, "value accepted per week of the sprint (value units)", { ticks: 6 });
  for (const arm of data.drawn) {
    const own = rows.filter((r) => r.arm === arm);
    const pts = own.flatMap((r) => [[x(r.from), y(perWeek(r))], [x(r.to), y(perWeek(r))]] as Array<[number, number]>);
    f.plot.append("path").attr("class", "median").attr("fill", "none").attr("stroke", colorOf(data, arm)).attr("stroke-width", 2.5).attr("d", line()(pts));
    tip(
      f.plot.append("g").attr("class", "bars").selectAll("circle").data(own).join("circle")
        .attr("cx", (r) => x((r.from + r.to) / 2)).attr("cy", (r) => y(perWeek(r))).attr("r", 3.5).attr("fill", colorOf(data, arm)),
      (r) => `${data.arms[r.arm].label}, sprint ${r.sprint} (weeks ${r.from}–${r.to}): mean ${fmtInt(r.mean)}, ${fmtInt(perWeek(r))} a week`,
    );
  }
}

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const notes = annotationsOf(data, id);
  const mixed = mixedSprints(data);
  const f = frame(ctx, { id, title, legend: armLegend(data), note: mixed ? `sprints differ in length: value per week of each sprint · lines: mean over replications` : "bars: mean over replications", annotations: notes.length });
  const rows: Row[] = data.drawn.flatMap((a, slot) => sprintSeries(data, a, "value_delivered").map((p) => ({ ...p, arm: a, slot, from: weekOf(data, a, p.sprint - 1), to: weekOf(data, a, p.sprint) })));
  const weeks = max(rows, (r) => r.to) ?? 1;
  const x = scaleLinear().domain([0, weeks]).range([0, f.width]);
  weekAxis(f, x, weeks, mixed ? "calendar week (each step spans its sprint)" : "calendar week (each bar spans its sprint)");
  (mixed ? steps : bars)(f, data, rows, x);
  drawAnnotations(f, data, notes, (arm, sprint) => x((weekOf(data, arm, sprint - 1) + weekOf(data, arm, sprint)) / 2));
  return f.svg;
}
