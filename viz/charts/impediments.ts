// 6. Impediments: open impediments at each sprint's end (mean per arm, against calendar weeks,
// with the story's annotations), and how long the removed ones stood — the share per age
// bucket, per arm.
import { line, max, scaleBand, scaleLinear } from "d3";
import { drawAnnotations } from "../annotate.js";
import { axes, weekAxis, yAxis } from "../axes.js";
import { AGE_EDGES, annotationsOf, sprintSeries, weekOf, type ReportData } from "../data.js";
import { fmt1 } from "../format.js";
import { frame, panel, type ChartContext, type Frame } from "../frame.js";
import { armLegend, colorOf } from "../palette.js";
import { tip } from "../tooltip.js";

export const id = "impediments";
export const title = "Impediments: open at each sprint's end, and age of the removed ones";

type Point = ReportData["sprints"][number] & { week: number };

const num = (d: number) => (d === 0.5 ? "½" : String(d));

/** "< ½", "½–1", …, "≥ 40": the age buckets in working days. */
export const AGE_LABELS = [`< ${num(AGE_EDGES[0])}`, ...AGE_EDGES.slice(1).map((e, i) => `${num(AGE_EDGES[i])}–${num(e)}`), `≥ ${num(AGE_EDGES[AGE_EDGES.length - 1])}`];

function openPanel(p: Frame, data: ReportData): void {
  const series = data.drawn.map((a) => ({ arm: a, points: sprintSeries(data, a, "impediments_open").map((q) => ({ ...q, week: weekOf(data, a, q.sprint) })) }));
  const weeks = max(series.flatMap((s) => s.points.map((q) => q.week))) ?? 1;
  const x = scaleLinear().domain([0, weeks]).range([0, p.width]);
  const y = scaleLinear().domain([0, Math.max(1, max(series.flatMap((s) => s.points.map((q) => q.mean))) ?? 1)]).nice().range([p.height, 0]);
  weekAxis(p, x, weeks);
  yAxis(p, y, "open impediments at the sprint's end (mean)", { ticks: 6 });
  for (const s of series) {
    const color = colorOf(data, s.arm);
    p.plot.append("path").attr("class", "median").attr("fill", "none").attr("stroke", color).attr("stroke-width", 2).attr("d", line<Point>().x((q) => x(q.week)).y((q) => y(q.mean))(s.points));
    tip(p.plot.append("g").selectAll("circle").data(s.points).join("circle").attr("cx", (q) => x(q.week)).attr("cy", (q) => y(q.mean)).attr("r", 3.5).attr("fill", color), (q) => `${data.arms[s.arm].label}, sprint ${q.sprint} (week ${q.week}): ${fmt1(q.mean)} open on average (P90 ${fmt1(q.p90)})`);
  }
  drawAnnotations(p, data, annotationsOf(data, id), (arm, sprint) => x(weekOf(data, arm, sprint)));
}

function agePanel(p: Frame, data: ReportData): void {
  const rows = data.drawn.flatMap((a) => {
    const counts = data.impedimentAges.find((h) => h.arm === a)?.counts ?? [];
    const n = counts.reduce((s, c) => s + c, 0);
    return n === 0 ? [] : counts.map((count, k) => ({ arm: a, k, count, n, share: (100 * count) / n }));
  });
  const x = scaleBand().domain(AGE_LABELS).range([0, p.width]).padding(0.18);
  const inner = scaleBand().domain(data.drawn.map(String)).range([0, x.bandwidth()]).padding(0.06);
  const y = scaleLinear().domain([0, Math.max(10, max(rows, (r) => r.share) ?? 10)]).nice().range([p.height, 0]);
  axes(p, x, y, "age when removed (working days)", "share of removed impediments (%)");
  tip(
    p.plot.append("g").attr("class", "bars").selectAll("rect").data(rows).join("rect")
      .attr("x", (r) => (x(AGE_LABELS[r.k]) ?? 0) + (inner(String(r.arm)) ?? 0)).attr("width", inner.bandwidth())
      .attr("y", (r) => y(r.share)).attr("height", (r) => p.height - y(r.share))
      .attr("fill", (r) => colorOf(data, r.arm)),
    (r) => `${data.arms[r.arm].label}: ${r.count} of ${r.n} removed impediments (${Math.round(r.share)} %) stood ${AGE_LABELS[r.k]} working days`,
  );
}

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const notes = annotationsOf(data, id);
  const f = frame(ctx, { id, title, legend: armLegend(data), annotations: notes.length });
  const gap = 80;
  const half = (f.width - gap) / 2;
  openPanel(panel(f, 0, 0, half, f.height), data);
  agePanel(panel(f, half + gap, 0, half, f.height), data);
  return f.svg;
}
