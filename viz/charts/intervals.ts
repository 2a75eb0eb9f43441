// The backtest as it happened: at each cut-off, the forecast's P10–P90 range (and P5–P95,
// lighter) for the amount finished in the horizon, the naive forecaster's P10–P90 as two thin
// lines, and what really happened — a dot, hollow when it fell outside our P10–P90.
import { area, line, scaleLinear } from "d3";
import { formatDay } from "../../src/forecast/days.js";
import { xAxis, yAxis } from "../axes.js";
import { fmtInt } from "../format.js";
import { frame, type ChartContext } from "../frame.js";
import { OKABE_ITO } from "../palette.js";
import { tip } from "../tooltip.js";

export const id = "intervals";

export interface IntervalsChartData {
  title: string;
  yLabel: string;
  rows: Array<{ asOf: number; actual: number; p5: number; p10: number; p50: number; p90: number; p95: number; naive10: number; naive90: number }>;
}

type Row = IntervalsChartData["rows"][number];

export function draw(ctx: ChartContext, d: IntervalsChartData): SVGSVGElement {
  const ours = OKABE_ITO[0];
  const naive = OKABE_ITO[1];
  const f = frame(ctx, { id, title: d.title, legend: [{ label: "scrumlab P10–P90 (P5–P95 lighter)", color: ours }, { label: "naive P10–P90", color: naive }], note: "dots: what happened (hollow: outside scrumlab's P10–P90)" });
  const days = d.rows.map((r) => r.asOf);
  const x = scaleLinear().domain([Math.min(...days), Math.max(...days, Math.min(...days) + 1)]).range([0, f.width]);
  const top = Math.max(1, ...d.rows.flatMap((r) => [r.p95, r.actual, r.naive90]));
  const y = scaleLinear().domain([0, top]).nice().range([f.height, 0]);
  xAxis(f, x, "forecast made on (as of)", { ticks: 8, format: (v: number) => formatDay(Math.round(v)) });
  yAxis(f, y, d.yLabel, { ticks: 6 });
  const band = (lo: (r: Row) => number, hi: (r: Row) => number) => area<Row>().x((r) => x(r.asOf)).y0((r) => y(lo(r))).y1((r) => y(hi(r)))(d.rows);
  f.plot.append("path").attr("class", "band90").attr("fill", ours).attr("fill-opacity", 0.12).attr("d", band((r) => r.p5, (r) => r.p95));
  f.plot.append("path").attr("class", "band80").attr("fill", ours).attr("fill-opacity", 0.25).attr("d", band((r) => r.p10, (r) => r.p90));
  f.plot.append("path").attr("class", "median").attr("fill", "none").attr("stroke", ours).attr("stroke-width", 1.5).attr("d", line<Row>().x((r) => x(r.asOf)).y((r) => y(r.p50))(d.rows));
  for (const key of ["naive10", "naive90"] as const) f.plot.append("path").attr("class", `naive ${key}`).attr("fill", "none").attr("stroke", naive).attr("stroke-width", 1.2).attr("d", line<Row>().x((r) => x(r.asOf)).y((r) => y(r[key]))(d.rows));
  const inside = (r: Row) => r.actual >= r.p10 && r.actual <= r.p90;
  tip(
    f.plot.append("g").attr("class", "actual").selectAll("circle").data(d.rows).join("circle")
      .attr("cx", (r) => x(r.asOf)).attr("cy", (r) => y(r.actual)).attr("r", 3)
      .attr("fill", (r) => (inside(r) ? "#222" : "#fff")).attr("stroke", "#222").attr("stroke-width", 1.2),
    (r) => `as of ${formatDay(r.asOf)}: ${fmtInt(r.actual)} finished; scrumlab P10–P90 ${fmtInt(r.p10)}–${fmtInt(r.p90)}, naive ${fmtInt(r.naive10)}–${fmtInt(r.naive90)}`,
  );
  return f.svg;
}
