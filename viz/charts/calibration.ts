// How honest the percentiles were in a walk-forward backtest, ours beside the naive
// forecaster's: the PIT histogram (flat when the percentiles are honest: each tenth of the
// forecast distribution catches a tenth of what happened), and the reliability of central
// ranges (the share of outcomes inside each nominal range; on the diagonal when honest).
import { line, scaleBand, scaleLinear } from "d3";
import { xAxis, yAxis } from "../axes.js";
import { frame, panel, type ChartContext } from "../frame.js";
import { OKABE_ITO } from "../palette.js";
import { tip } from "../tooltip.js";

export const id = "calibration";

export interface CalibrationChartData {
  title: string;
  forecasts: number;
  pit: { ours: number[]; naive: number[] };
  reliability: Array<{ nominal: number; ours: number; naive: number }>;
}

const SERIES = [
  { key: "ours", label: "scrumlab", color: OKABE_ITO[0] },
  { key: "naive", label: "naive (every past period alike)", color: OKABE_ITO[1] },
] as const;

export function draw(ctx: ChartContext, d: CalibrationChartData): SVGSVGElement {
  const f = frame(ctx, { id, title: d.title, margin: { top: 26 }, legend: SERIES.map((s) => ({ label: s.label, color: s.color })), note: `${d.forecasts} forecasts · grey: what honest percentiles give` });
  const gap = 90;
  const half = (f.width - gap) / 2;
  const left = panel(f, 0, 0, half, f.height);
  const bins = d.pit.ours.map((_, i) => i);
  const x = scaleBand<number>().domain(bins).range([0, half]).padding(0.15);
  const top = Math.max(0.2, ...d.pit.ours, ...d.pit.naive) * 1.1;
  const y = scaleLinear().domain([0, top]).range([left.height, 0]);
  xAxis(left, x, "PIT: where the outcome fell in the forecast distribution", { format: (i: number) => `${i / 10}` });
  yAxis(left, y, "share of forecasts", { ticks: 5, format: (v: number) => `${Math.round(v * 100)} %` });
  left.plot.append("text").attr("x", 0).attr("y", -8).attr("font-weight", 600).text("PIT histogram");
  const w = x.bandwidth() / 2;
  SERIES.forEach((s, k) => {
    tip(
      left.plot.append("g").attr("class", `pit ${s.key}`).selectAll("rect").data(d.pit[s.key].map((v, i) => ({ v, i }))).join("rect")
        .attr("x", (b) => (x(b.i) ?? 0) + k * w).attr("width", w - 1).attr("y", (b) => y(b.v)).attr("height", (b) => left.height - y(b.v)).attr("fill", s.color).attr("fill-opacity", 0.8),
      (b) => `${s.label}: ${Math.round(b.v * 100)} % of outcomes fell between the forecast's P${b.i * 10} and P${(b.i + 1) * 10}`,
    );
  });
  left.plot.append("line").attr("class", "uniform").attr("x1", 0).attr("x2", half).attr("y1", y(0.1)).attr("y2", y(0.1)).attr("stroke", "#888").attr("stroke-dasharray", "4 3");
  const right = panel(f, half + gap, 0, half, f.height);
  const rx = scaleLinear().domain([0, 1]).range([0, half]);
  const ry = scaleLinear().domain([0, 1]).range([right.height, 0]);
  xAxis(right, rx, "nominal range (P10–P90 = 80 %)", { ticks: 5, format: (v: number) => `${Math.round(v * 100)} %` });
  yAxis(right, ry, "outcomes inside the range", { ticks: 5, format: (v: number) => `${Math.round(v * 100)} %` });
  right.plot.append("text").attr("x", 0).attr("y", -8).attr("font-weight", 600).text("Reliability of central ranges");
  right.plot.append("line").attr("class", "diagonal").attr("x1", rx(0)).attr("y1", ry(0)).attr("x2", rx(1)).attr("y2", ry(1)).attr("stroke", "#888").attr("stroke-dasharray", "4 3");
  for (const s of SERIES) {
    const pts = d.reliability.map((r) => ({ x: r.nominal, y: r[s.key] }));
    right.plot.append("path").attr("class", `reliability ${s.key}`).attr("fill", "none").attr("stroke", s.color).attr("stroke-width", 2).attr("d", line<{ x: number; y: number }>().x((p) => rx(p.x)).y((p) => ry(p.y))(pts));
    tip(
      right.plot.append("g").selectAll("circle").data(pts).join("circle").attr("cx", (p) => rx(p.x)).attr("cy", (p) => ry(p.y)).attr("r", 3.5).attr("fill", s.color),
      (p) => `${s.label}: the central ${Math.round(p.x * 100)} % range held ${Math.round(p.y * 100)} % of outcomes`,
    );
  }
  return f.svg;
}
