// 8. Cycle time of every item done in the detail replications, by the day it was done, with
// the P50, P85 and P95 lines per scenario.
import { max, scaleLinear } from "d3";
import type { ReportData } from "../data.js";
import { fmt1 } from "../format.js";
import { axes, frame, tip, type ChartContext } from "../frame.js";
import { armColor } from "../palette.js";

export const id = "cycle-time";
export const title = "Cycle time of done items, with percentiles";

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const sets = data.drawn.map((a) => data.cycles.find((c) => c.arm === a)).filter((c) => c !== undefined) as ReportData["cycles"];
  const f = frame(ctx, id, title, undefined, sets.map((s) => ({ label: `${data.arms[s.arm].label} (P50 solid, P85 dashed, P95 dotted)`, color: armColor(s.arm) })));
  const x = scaleLinear().domain([0, max(sets.flatMap((s) => s.points.map((p) => p[0]))) ?? 1]).nice().range([0, f.width]);
  const top = Math.max(...sets.map((s) => s.p95 * 1.6));
  const y = scaleLinear().domain([0, Number.isFinite(top) && top > 0 ? top : 1]).nice().range([f.height, 0]);
  axes(f, x, y, "day the item was done", "cycle time (working hours, start to done)");
  sets.forEach((s, k) => {
    const color = armColor(s.arm);
    tip(
      f.plot.append("g").attr("class", "dots").selectAll("circle").data(s.points.filter((p) => p[1] <= y.domain()[1])).join("circle")
        .attr("cx", (p) => x(p[0])).attr("cy", (p) => y(p[1])).attr("r", 2.2).attr("fill", color).attr("fill-opacity", 0.35),
      (p) => `${data.arms[s.arm].label}: done on day ${Math.ceil(p[0])}, cycle time ${fmt1(p[1])} h`,
    );
    for (const [q, v, dash] of [["P50", s.p50, "none"], ["P85", s.p85, "6 3"], ["P95", s.p95, "2 3"]] as const) {
      const g = f.plot.append("g").attr("class", "percentile");
      g.append("line").attr("x1", 0).attr("x2", f.width).attr("y1", y(v)).attr("y2", y(v)).attr("stroke", color).attr("stroke-width", 1.5).attr("stroke-dasharray", dash);
      tip(g.append("text").attr("x", f.width - 4 - k * 110).attr("y", y(v) - 3).attr("text-anchor", "end").attr("fill", color).text(`${q} ${fmt1(v)} h`) as never, () => `${data.arms[s.arm].label}: ${q} of cycle time ${fmt1(v)} h`);
    }
  });
  return f.svg;
}
