// 8. Cycle time of the items done in the detail replications, by the day they were done, with
// the P50, P85 and P95 lines: one panel per drawn arm on shared axes.
import { max, scaleLinear } from "d3";
import { axes } from "../axes.js";
import type { ReportData } from "../data.js";
import { fmt1 } from "../format.js";
import { frame, halo, type ChartContext, type Frame } from "../frame.js";
import { colorOf } from "../palette.js";
import { COLUMNS, gridHeight, gridPanels } from "../small-multiples.js";
import { tip } from "../tooltip.js";

export const id = "cycle-time";
export const title = "Cycle time of done items, with percentiles";

const setsOf = (data: ReportData) => data.drawn.map((a) => data.cycles.find((c) => c.arm === a)).filter((c) => c !== undefined) as ReportData["cycles"];

export const height = (data: ReportData) => gridHeight(setsOf(data).length, 240);

const LINES = [
  ["P50", "p50", "none"],
  ["P85", "p85", "6 3"],
  ["P95", "p95", "2 3"],
] as const;

function scatter(p: Frame, s: ReportData["cycles"][number], name: string, color: string, x: (v: number) => number, y: ReturnType<typeof scaleLinear<number, number>>): void {
  const top = y.domain()[1];
  const shown = s.points.filter((q) => q[1] <= top);
  tip(
    p.plot.append("g").attr("class", "dots").selectAll("circle").data(shown).join("circle")
      .attr("cx", (q) => x(q[0])).attr("cy", (q) => y(q[1])).attr("r", 2).attr("fill", color).attr("fill-opacity", 0.35),
    (q) => `${name}: done on day ${Math.ceil(q[0])}, cycle time ${fmt1(q[1])} h`,
  );
  for (const [label, key, dash] of LINES) {
    const v = s[key];
    const g = p.plot.append("g").attr("class", "percentile");
    g.append("line").attr("x1", 0).attr("x2", p.width).attr("y1", y(v)).attr("y2", y(v)).attr("stroke", "#222").attr("stroke-width", 1.5).attr("stroke-dasharray", dash);
    const t = g.append("text").attr("x", p.width - 2).attr("y", y(v) - 4).attr("text-anchor", "end").attr("font-size", 12).attr("fill", "#222").text(`${label} ${fmt1(v)} h`);
    halo(t);
    tip(t as never, () => `${name}: ${label} of cycle time ${fmt1(v)} h (all done items of the detail replications)`);
  }
  const hidden = s.points.length - shown.length;
  p.plot.append("text").attr("class", "panel-title").attr("x", 0).attr("y", -6).attr("font-weight", 600).attr("fill", color).text(name);
  if (hidden > 0) halo(p.plot.append("text").attr("class", "hidden-count").attr("x", p.width - 2).attr("y", 10).attr("text-anchor", "end").attr("font-size", 12).attr("fill", "#555").attr("data-tip", `${hidden} dot${hidden === 1 ? "" : "s"} above ${fmt1(top)} h not shown`).text(`+${hidden} above`));
}

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const sets = setsOf(data);
  const f = frame(ctx, { id, title, margin: { top: 26 }, note: "dots: done items (at most 1,500 per scenario, evenly sampled) · lines: P50 solid, P85 dashed, P95 dotted" });
  const panels = gridPanels(f, sets.length, 80, 70);
  const x = scaleLinear().domain([0, max(sets.flatMap((s) => s.points.map((q) => q[0]))) ?? 1]).nice();
  const top = Math.max(0, ...sets.map((s) => s.p95 * 1.5));
  const y = scaleLinear().domain([0, Number.isFinite(top) && top > 0 ? top : 1]).nice();
  sets.forEach((s, i) => {
    const p = panels[i];
    const px = x.copy().range([0, p.width]);
    const py = y.copy().range([p.height, 0]);
    axes(p, px, py, "working day the item was done", i % COLUMNS === 0 ? "cycle time (working hours)" : "", 6);
    scatter(p, s, data.arms[s.arm].label, colorOf(data, s.arm), px, py);
  });
  return f.svg;
}
