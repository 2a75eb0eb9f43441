// 4. Distribution of total value across replications: one histogram row per arm on a shared
// axis (the same bins for every arm), each with its mean (line) and the mean's 95 % CI (strip).
import { extent, max, scaleLinear } from "d3";
import { xAxis } from "../axes.js";
import { total, type ReportData } from "../data.js";
import { fmtInt } from "../format.js";
import { frame, type ChartContext } from "../frame.js";
import { colorOf } from "../palette.js";
import { tip } from "../tooltip.js";

export const id = "value-distribution";
export const title = "Total value delivered across replications";

/** Room for each arm's row. */
export const height = (data: ReportData) => Math.max(440, 150 + 64 * data.drawn.length);

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const longest = Math.max(0, ...data.drawn.map((a) => data.arms[a].label.length));
  const left = Math.min(320, Math.max(90, 24 + Math.ceil(longest * 7.8)));
  const fits = Math.floor((left - 24) / 7.8);
  const f = frame(ctx, { id, title, margin: { left }, note: "bars: replications per bin of total value · black line: the mean · shaded strip: its 95 % CI" });
  const hists = data.drawn.map((a) => ({ arm: a, bins: data.valueHistogram.find((h) => h.arm === a)?.bins ?? [] }));
  const edges = hists.flatMap((h) => h.bins.flatMap((b) => [b.x0, b.x1]));
  const [lo, hi] = extent(edges);
  const x = scaleLinear().domain([lo ?? 0, hi ?? 1]).nice().range([0, f.width]);
  const rowHeight = f.height / Math.max(1, hists.length);
  const top = max(hists.flatMap((h) => h.bins.map((b) => b.count))) ?? 1;
  const y = scaleLinear().domain([0, top]).range([rowHeight - 6, 6]);
  xAxis(f, x, "total value delivered in a replication (value units)", { ticks: 8 });
  hists.forEach((h, i) => {
    const color = colorOf(data, h.arm);
    const name = data.arms[h.arm].label;
    const g = f.plot.append("g").attr("class", "row").attr("transform", `translate(0,${i * rowHeight})`);
    g.append("line").attr("x1", 0).attr("x2", f.width).attr("y1", rowHeight - 6).attr("y2", rowHeight - 6).attr("stroke", "#ccc");
    g.append("text").attr("class", "row-label").attr("x", -10).attr("y", rowHeight / 2).attr("text-anchor", "end").attr("dominant-baseline", "middle").attr("fill", color).attr("font-weight", 600).attr("data-tip", name).text(name.length > fits ? `${name.slice(0, fits - 1)}…` : name);
    const t = total(data, h.arm, "value_delivered");
    if (t !== undefined) g.append("rect").attr("class", "ci").attr("x", x(t.ci95_low)).attr("width", Math.max(2, x(t.ci95_high) - x(t.ci95_low))).attr("y", 0).attr("height", rowHeight - 6).attr("fill", color).attr("fill-opacity", 0.18);
    tip(
      g.append("g").attr("class", "bars").selectAll("rect").data(h.bins.filter((b) => b.count > 0)).join("rect")
        .attr("x", (b) => x(b.x0)).attr("width", (b) => Math.max(1, x(b.x1) - x(b.x0) - 1))
        .attr("y", (b) => y(b.count)).attr("height", (b) => rowHeight - 6 - y(b.count))
        .attr("fill", color).attr("fill-opacity", 0.75),
      (b) => `${name}: ${b.count} replication${b.count === 1 ? "" : "s"} delivered ${fmtInt(b.x0)}–${fmtInt(b.x1)}`,
    );
    if (t !== undefined) tip(g.append("line").attr("class", "mean").attr("x1", x(t.mean)).attr("x2", x(t.mean)).attr("y1", 0).attr("y2", rowHeight - 6).attr("stroke", "#111").attr("stroke-width", 2) as never, () => `${name}: mean ${fmtInt(t.mean)}, 95 % CI ${fmtInt(t.ci95_low)}–${fmtInt(t.ci95_high)}`);
  });
  return f.svg;
}
