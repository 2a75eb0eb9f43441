// The forecast's probability chart, as ActionableAgile draws its "when" and "how many" charts:
// bars of probability (per week for a date, per bin of the amount), the cumulative chance as a
// line on a second axis (done by the date / at least the amount), and the P50, P85 and P95
// marked. Takes its document as a parameter, like every chart here.
import { line, max, scaleLinear } from "d3";
import { formatDay } from "../../src/forecast/days.js";
import { xAxis, yAxis } from "../axes.js";
import { fmtInt } from "../format.js";
import { frame, halo, type ChartContext } from "../frame.js";
import { OKABE_ITO } from "../palette.js";
import { tip } from "../tooltip.js";

export const id = "forecast";

export interface ForecastChartData {
  mode: "when" | "how-many";
  title: string;
  /** What x measures, for the axis. */
  xLabel: string;
  /** Probability per bin (shares of 1). */
  bars: Array<{ x0: number; x1: number; p: number; label: string }>;
  /** The cumulative chance at x (done by x, or at least x), from 0 to 1. */
  curve: Array<{ x: number; p: number }>;
  curveLabel: string;
  /** Marked percentiles: where, and what to say. */
  markers: Array<{ x: number; label: string }>;
  /** Values beyond what the forecast reached (share of 1), said in a note. */
  beyond: number;
}

const BAR = OKABE_ITO[0];
const CURVE = OKABE_ITO[5];
const DASH = ["none", "6 3", "2 3"];

export function draw(ctx: ChartContext, d: ForecastChartData): SVGSVGElement {
  const notes = [`bars: chance per ${d.mode === "when" ? "week" : "bin"} (left axis)`, `line: ${d.curveLabel} (right axis)`, "dashed: percentiles"];
  if (d.beyond > 0) notes.push(`${Math.round(d.beyond * 100)} % beyond the chart`);
  const f = frame(ctx, { id, title: d.title, margin: { right: 64, top: 22 }, note: notes.join(" · ") });
  const xs = [...d.bars.flatMap((b) => [b.x0, b.x1]), ...d.curve.map((c) => c.x), ...d.markers.map((m) => m.x)];
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const x = scaleLinear().domain([lo, hi > lo ? hi : lo + 1]).range([0, f.width]);
  if (d.mode === "how-many") x.nice();
  const y = scaleLinear().domain([0, Math.max(0.01, max(d.bars, (b) => b.p) ?? 0.01) * 1.15]).range([f.height, 0]);
  const y2 = scaleLinear().domain([0, 1]).range([f.height, 0]);
  const dates = d.mode === "when";
  xAxis(f, x, d.xLabel, { ticks: 8, format: (v: number) => (dates ? formatDay(Math.round(v)) : fmtInt(v)) });
  yAxis(f, y, "chance", { ticks: 5, format: (v: number) => `${Math.round(v * 100)} %` });
  const right = f.plot.append("g").attr("class", "axis y2").attr("transform", `translate(${f.width},0)`);
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    right.append("line").attr("x1", 0).attr("x2", 5).attr("y1", y2(t)).attr("y2", y2(t)).attr("stroke", CURVE);
    right.append("text").attr("x", 8).attr("y", y2(t)).attr("dominant-baseline", "middle").attr("font-size", 10).attr("fill", CURVE).text(`${t * 100} %`);
  }
  tip(
    f.plot.append("g").attr("class", "bars").selectAll("rect").data(d.bars.filter((b) => b.p > 0)).join("rect")
      .attr("x", (b) => x(b.x0)).attr("width", (b) => Math.max(1, x(b.x1) - x(b.x0) - 1))
      .attr("y", (b) => y(b.p)).attr("height", (b) => f.height - y(b.p)).attr("fill", BAR).attr("fill-opacity", 0.7),
    (b) => `${b.label}: ${Math.round(b.p * 100)} % chance`,
  );
  f.plot.append("path").attr("class", "curve").attr("fill", "none").attr("stroke", CURVE).attr("stroke-width", 2).attr("d", line<{ x: number; p: number }>().x((c) => x(c.x)).y((c) => y2(c.p))(d.curve));
  d.markers.forEach((m, i) => {
    const g = f.plot.append("g").attr("class", "marker");
    g.append("line").attr("x1", x(m.x)).attr("x2", x(m.x)).attr("y1", 0).attr("y2", f.height).attr("stroke", "#222").attr("stroke-width", 1.5).attr("stroke-dasharray", DASH[i % DASH.length]);
    const t = g.append("text").attr("x", x(m.x) + 4).attr("y", 12 + 14 * i).attr("font-size", 11).attr("fill", "#222").text(m.label);
    halo(t);
    tip(t as never, () => m.label);
  });
  return f.svg;
}
