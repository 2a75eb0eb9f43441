// 7. Cumulative flow diagram of one representative replication (the detail replication with
// the median total value): items selected, in progress, done and accepted at each day's end.
import { area, max, scaleLinear } from "d3";
import type { ReportData } from "../data.js";
import { axes, frame, tip, type ChartContext, type Frame } from "../frame.js";

export const id = "cumulative-flow";
export const title = "Cumulative flow of a representative replication";

const STATES = [
  { key: "accepted", label: "accepted", color: "#009E73" },
  { key: "done", label: "done, awaiting review", color: "#56B4E9" },
  { key: "inProgress", label: "in progress or blocked", color: "#E69F00" },
  { key: "selected", label: "selected, not started", color: "#CC79A7" },
] as const;

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const f = frame(ctx, id, title, undefined, STATES.map((s) => ({ label: s.label, color: s.color })));
  const flows = data.drawn.slice(0, 3).map((a) => data.cfd.find((c) => c.arm === a)).filter((c) => c !== undefined && c.days.length > 0) as ReportData["cfd"];
  const gap = 50;
  const w = (f.width - gap * (flows.length - 1)) / Math.max(1, flows.length);
  flows.forEach((c, i) => {
    const panel: Frame = { svg: f.svg, plot: f.plot.append("g").attr("transform", `translate(${i * (w + gap)},0)`), width: w, height: f.height };
    const stacked = c.days.map((d, j) => {
      let y0 = 0;
      const layers = STATES.map((s) => {
        const v = c[s.key][j];
        const layer = { state: s.key, y0, y1: y0 + v, v };
        y0 += v;
        return layer;
      });
      return { day: d, layers };
    });
    const x = scaleLinear().domain([0, max(c.days) ?? 1]).range([0, w]);
    const y = scaleLinear().domain([0, max(stacked, (s) => s.layers[s.layers.length - 1].y1) ?? 1]).nice().range([f.height, 0]);
    axes(panel, x, y, `day — ${data.arms[c.arm].label}${c.replication !== null ? `, replication ${c.replication}` : ""}`, "items", 6);
    STATES.forEach((s, k) => {
      tip(
        panel.plot.append("path").datum(stacked).attr("class", `layer ${s.key}`).attr("fill", s.color).attr("fill-opacity", 0.85)
          .attr("d", area<(typeof stacked)[number]>().x((p) => x(p.day)).y0((p) => y(p.layers[k].y0)).y1((p) => y(p.layers[k].y1))) as never,
        () => `${data.arms[c.arm].label}: ${s.label} — ${c[s.key][c.days.length - 1]} at the end`,
      );
    });
  });
  return f.svg;
}
