// Sensitivity: the first analysed metric (or, with --vs, the effect in percent) against the
// value of each of the most important parameters, one dot per sample point; with --vs the
// points where the conclusion fails are orange, and a line marks no change.
import { scaleLinear, scaleLog } from "d3";
import { xAxis, yAxis } from "../axes.js";
import { fmt2 } from "../format.js";
import { frame, type ChartContext } from "../frame.js";
import { OKABE_ITO } from "../palette.js";
import { metricLabel, type SensitivityData } from "../sensitivity-data.js";
import { gridHeight, gridPanels } from "../small-multiples.js";
import { tip } from "../tooltip.js";

export const id = "sensitivity-scatter";
export const title = "The result against each important parameter, one dot per sample point";

export const height = (data: SensitivityData) => gridHeight(data.scatter.length, 240);

export function draw(ctx: ChartContext, data: SensitivityData): SVGSVGElement {
  const vs = data.meta.reference !== null;
  const legend = vs ? [{ label: "the conclusion holds", color: OKABE_ITO[0] }, { label: "it fails (within the threshold, or reversed)", color: OKABE_ITO[5] }] : [];
  const f = frame(ctx, { id, title, margin: { left: 64, top: 24 }, legend, note: data.scatter[0] ? `y: ${metricLabel(data.scatter[0].metric)}` : undefined });
  const all = data.scatter.flatMap((s) => s.points.map((p) => p[1]));
  const y0 = Math.min(vs ? 0 : Infinity, ...all);
  const y1 = Math.max(vs ? 0 : -Infinity, ...all);
  gridPanels(f, data.scatter.length, 56, 70).forEach((p, k) => {
    const s = data.scatter[k];
    const v = data.meta.vary.find((q) => q.path === s.parameter);
    const x = v?.log ? scaleLog().domain([v.lo, v.hi]).range([0, p.width]) : scaleLinear().domain(v ? [v.lo, v.hi] : [0, 1]).range([0, p.width]);
    const y = scaleLinear().domain([y0, y1 > y0 ? y1 : y0 + 1]).nice().range([p.height, 0]);
    xAxis(p, x, s.parameter.split(".").slice(-2).join("."), { ticks: 5 });
    yAxis(p, y, "", { ticks: 5 });
    if (vs) p.plot.append("line").attr("class", "zero").attr("x1", 0).attr("x2", p.width).attr("y1", y(0)).attr("y2", y(0)).attr("stroke", "#333").attr("stroke-dasharray", "4 3");
    tip(
      p.plot.append("g").attr("class", "dots").selectAll("circle").data(s.points).join("circle").attr("cx", (d) => x(d[0])).attr("cy", (d) => y(d[1])).attr("r", 2.2).attr("fill", (d) => OKABE_ITO[d[2] === 1 ? 5 : 0]).attr("fill-opacity", 0.55),
      (d) => `${s.parameter} = ${d[0]}: ${metricLabel(s.metric)} ${fmt2(d[1])}${vs ? (d[2] === 1 ? " (the conclusion fails here)" : " (it holds)") : ""}`,
    );
  });
  return f.svg;
}
