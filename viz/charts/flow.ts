// 7. Cumulative flow diagram of one representative replication per arm (the detail replication
// with the median total value): items selected, in progress, done and accepted at each day's
// end, stacked; one panel per drawn arm.
import { area, max, scaleLinear } from "d3";
import { axes } from "../axes.js";
import type { ReportData } from "../data.js";
import { frame, type ChartContext } from "../frame.js";
import { COLUMNS, gridHeight, gridPanels } from "../small-multiples.js";
import { tip } from "../tooltip.js";

export const id = "cumulative-flow";
export const title = "Cumulative flow of a representative replication";

const STATES = [
  { key: "accepted", label: "accepted", color: "#009E73" },
  { key: "done", label: "done, awaiting review", color: "#56B4E9" },
  { key: "inProgress", label: "in progress or blocked", color: "#E69F00" },
  { key: "selected", label: "selected, not started", color: "#CC79A7" },
] as const;

const flowsOf = (data: ReportData) => data.drawn.map((a) => data.cfd.find((c) => c.arm === a)).filter((c) => c !== undefined && c.days.length > 0) as ReportData["cfd"];

export const height = (data: ReportData) => gridHeight(flowsOf(data).length, 240);

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const f = frame(ctx, { id, title, margin: { top: 26 }, legend: STATES.map((s) => ({ label: s.label, color: s.color })), note: "items at the end of each working day" });
  const flows = flowsOf(data);
  const panels = gridPanels(f, flows.length, 80, 70);
  // Shared axes, so the panels compare at a glance.
  const days = max(flows.flatMap((c) => c.days)) ?? 1;
  const most = max(flows.flatMap((c) => c.days.map((_, j) => STATES.reduce((s, st) => s + c[st.key][j], 0)))) ?? 1;
  flows.forEach((c, i) => {
    const p = panels[i];
    const stacked = c.days.map((day, j) => {
      let y0 = 0;
      return {
        day,
        layers: STATES.map((s) => {
          const layer = { y0, y1: y0 + c[s.key][j] };
          y0 = layer.y1;
          return layer;
        }),
      };
    });
    const x = scaleLinear().domain([0, days]).range([0, p.width]);
    const y = scaleLinear().domain([0, most]).nice().range([p.height, 0]);
    axes(p, x, y, `working day (${c.replication !== null ? `replication ${c.replication}` : "representative replication"})`, i % COLUMNS === 0 ? "items" : "", 6);
    p.plot.append("text").attr("class", "panel-title").attr("x", 0).attr("y", -6).attr("font-weight", 600).text(data.arms[c.arm].label);
    STATES.forEach((s, k) => {
      tip(
        p.plot.append("path").datum(stacked).attr("class", `layer ${s.key}`).attr("fill", s.color).attr("fill-opacity", 0.85)
          .attr("d", area<(typeof stacked)[number]>().x((q) => x(q.day)).y0((q) => y(q.layers[k].y0)).y1((q) => y(q.layers[k].y1))) as never,
        () => `${data.arms[c.arm].label}: ${s.label} — ${c[s.key][c.days.length - 1]} at the end`,
      );
    });
  });
  return f.svg;
}
