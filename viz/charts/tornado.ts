// Sensitivity: a tornado chart per analysed metric — parameters ordered by importance (Sobol:
// total index ST, with the first-order S1 inside it; Morris: μ*), each with its 95 % bootstrap
// interval as a line. The most important parameters only; sensitivity.csv has them all. The
// bar carries the tooltip (every figure of the row); the marks over it let the pointer through.
import { scaleBand, scaleLinear } from "d3";
import { xAxis } from "../axes.js";
import { fmt2 } from "../format.js";
import { frame, panel, type ChartContext } from "../frame.js";
import { OKABE_ITO } from "../palette.js";
import { importanceName, metricLabel, type SensitivityData } from "../sensitivity-data.js";
import { tip } from "../tooltip.js";

export const id = "tornado";
export const title = "What drives the result: parameters by importance (95 % CI)";

/** Parameters drawn per metric. */
export const SHOWN = 15;
const ROW = 24;

const shortPath = (p: string) => (p.length > 44 ? `…${p.slice(p.length - 43)}` : p);
const fmt = (x: number | null) => (x === null ? "–" : Math.abs(x) >= 100 ? x.toFixed(0) : fmt2(x));

export const height = (data: SensitivityData) => 150 + data.metrics.reduce((h, m) => h + 70 + Math.min(SHOWN, m.indices.length) * ROW, 0) - 70;

export function draw(ctx: ChartContext, data: SensitivityData): SVGSVGElement {
  const [main, second] = importanceName(data.meta.method);
  const sobol = data.meta.method === "sobol";
  const f = frame(ctx, { id, title, margin: { left: 320, top: 20 }, legend: [{ label: main, color: OKABE_ITO[0] }, { label: sobol ? second : `${second} (interactions, non-linearity)`, color: OKABE_ITO[1] }], note: "line: 95 % bootstrap interval" });
  const GAP = 70; // per metric: its title above, its axis below
  const counts = data.metrics.map((m) => Math.min(SHOWN, m.indices.length));
  const row = (f.height - GAP * (data.metrics.length - 1)) / Math.max(1, counts.reduce((a, b) => a + b, 0));
  let top = 0;
  data.metrics.forEach((m, k) => {
    const p = panel(f, 0, top, f.width, counts[k] * row);
    top += counts[k] * row + GAP;
    const rows = m.indices.slice(0, SHOWN);
    const values = rows.flatMap((r) => [r.importance, r.high, r.second, r.secondHigh]).filter((v): v is number => v !== null);
    const lows = rows.flatMap((r) => [r.low, r.secondLow]).filter((v): v is number => v !== null);
    const x = scaleLinear().domain([Math.min(0, ...lows), Math.max(sobol ? 0.05 : 1e-9, ...values)]).nice().range([0, p.width]);
    const y = scaleBand().domain(rows.map((r) => r.parameter)).range([0, p.height]).padding(0.25);
    p.plot.append("text").attr("class", "panel-title").attr("x", -310).attr("y", -6).attr("font-weight", 600).text(metricLabel(m.metric));
    xAxis(p, x, sobol ? "share of the variance" : `change of ${metricLabel(m.metric)} across the parameter's range`, { ticks: 6 });
    p.plot.append("line").attr("x1", x(0)).attr("x2", x(0)).attr("y1", 0).attr("y2", p.height).attr("stroke", "#333");
    const g = p.plot.append("g").attr("class", "bars").selectAll("g").data(rows).join("g").attr("transform", (r) => `translate(0,${y(r.parameter) ?? 0})`);
    g.append("text").attr("class", "parameter").attr("x", -8).attr("y", y.bandwidth() / 2).attr("text-anchor", "end").attr("dominant-baseline", "middle").text((r) => shortPath(r.parameter));
    const bw = y.bandwidth();
    tip(
      g.append("rect").attr("class", "importance").attr("x", x(0)).attr("y", 0).attr("height", bw).attr("width", (r) => Math.max(0, x(r.importance ?? 0) - x(0))).attr("fill", OKABE_ITO[0]).attr("fill-opacity", 0.75),
      (r) => `${r.parameter}: ${main} ${fmt(r.importance)} (95 % CI ${fmt(r.low)} … ${fmt(r.high)}); ${second} ${fmt(r.second)}${sobol ? ` (95 % CI ${fmt(r.secondLow)} … ${fmt(r.secondHigh)})` : ""}`,
    );
    g.append("line").attr("class", "ci").attr("x1", (r) => x(r.low ?? 0)).attr("x2", (r) => x(r.high ?? 0)).attr("y1", bw / 2).attr("y2", bw / 2).attr("stroke", "#222").attr("stroke-width", 1.5).attr("pointer-events", "none");
    if (sobol) g.append("rect").attr("class", "second").attr("x", x(0)).attr("y", bw * 0.3).attr("height", bw * 0.4).attr("width", (r) => Math.max(0, x(Math.max(0, r.second ?? 0)) - x(0))).attr("fill", OKABE_ITO[1]).attr("pointer-events", "none");
    else g.append("circle").attr("class", "second").attr("cx", (r) => x(r.second ?? 0)).attr("cy", bw / 2).attr("r", 4).attr("fill", OKABE_ITO[1]).attr("stroke", "#fff").attr("pointer-events", "none");
  });
  return f.svg;
}
