// The what-if: one row per forecast — from the history, the team simulated as it is, and each
// practice change — with its P5–P95 range as a thin line, P50–P85 as a bar, and the P50 and
// P85 labelled; a change's row says how far its P85 moved. Dates (or amounts) on one x axis,
// so the shift is read as the distance between the rows' bars.
import { scaleBand, scaleLinear } from "d3";
import { formatDay } from "../../src/forecast/days.js";
import { xAxis } from "../axes.js";
import { fmtInt } from "../format.js";
import { frame, halo, type ChartContext } from "../frame.js";
import { armColor } from "../palette.js";
import { tip } from "../tooltip.js";

export const id = "what-if";

export interface WhatIfChartData {
  mode: "when" | "how-many";
  title: string;
  xLabel: string;
  asOf: number;
  /** A row's percentiles (undefined: beyond what was simulated) and a note (the P85's move). */
  rows: Array<{ label: string; p5?: number; p50?: number; p85?: number; p95?: number; note: string }>;
}

export function draw(ctx: ChartContext, d: WhatIfChartData): SVGSVGElement {
  const f = frame(ctx, { id, title: d.title, margin: { left: 260, right: 40 }, note: "thin line: P5–P95 · bar: P50–P85 · | P50 · ◆ P85" });
  const when = d.mode === "when";
  const xs = d.rows.flatMap((r) => [r.p5, r.p50, r.p85, r.p95]).filter((v): v is number => v !== undefined);
  const lo = when ? d.asOf : Math.min(0, ...xs);
  const hi = Math.max(lo + 1, ...xs);
  const x = scaleLinear().domain([lo, hi]).range([0, f.width]);
  if (!when) x.nice();
  const y = scaleBand<string>().domain(d.rows.map((r) => r.label)).range([0, f.height]).paddingInner(0.35);
  const fmt = (v: number) => (when ? formatDay(Math.round(v)) : fmtInt(v));
  xAxis(f, x, d.xLabel, { ticks: 8, format: (v: number) => fmt(v) });
  const top = x.domain()[1];
  d.rows.forEach((r, i) => {
    const color = i === 0 ? "#555555" : armColor(i - 1);
    const g = f.plot.append("g").attr("class", `row row-${i}`);
    const cy = (y(r.label) ?? 0) + y.bandwidth() / 2;
    g.append("text").attr("x", -12).attr("y", cy).attr("text-anchor", "end").attr("dominant-baseline", "middle").attr("font-size", 12).attr("fill", "#222").text(r.label);
    const at = (v: number | undefined) => x(v === undefined ? top : v);
    if (r.p5 !== undefined) g.append("line").attr("class", "range").attr("x1", at(r.p5)).attr("x2", at(r.p95)).attr("y1", cy).attr("y2", cy).attr("stroke", color).attr("stroke-width", 1.5).attr("stroke-dasharray", r.p95 === undefined ? "4 3" : null);
    if (r.p50 !== undefined) {
      const bar = g.append("rect").attr("class", "bar").attr("x", at(r.p50)).attr("width", Math.max(2, at(r.p85) - at(r.p50))).attr("y", cy - y.bandwidth() / 4).attr("height", y.bandwidth() / 2).attr("fill", color).attr("fill-opacity", 0.35).attr("stroke", color);
      tip(bar as never, () => `${r.label}: 50 % ${when ? "by" : ""} ${fmt(r.p50 as number)}, 85 % ${when ? "by" : ""} ${r.p85 === undefined ? "beyond" : fmt(r.p85)}`);
      g.append("line").attr("class", "p50").attr("x1", at(r.p50)).attr("x2", at(r.p50)).attr("y1", cy - y.bandwidth() / 3).attr("y2", cy + y.bandwidth() / 3).attr("stroke", color).attr("stroke-width", 2.5);
      halo(g.append("text").attr("x", at(r.p50)).attr("y", cy - y.bandwidth() / 3 - 4).attr("text-anchor", "middle").attr("font-size", 11).attr("fill", "#222").text(`P50 ${fmt(r.p50)}`));
    }
    if (r.p85 !== undefined) {
      g.append("path").attr("class", "p85").attr("d", `M${at(r.p85)},${cy - 6}l6,6l-6,6l-6,-6z`).attr("fill", color);
      const label = `P85 ${fmt(r.p85)}${r.note ? ` (${r.note})` : ""}`;
      const right = at(r.p85) + 8 + label.length * 6.6 <= f.width; // 11 px text: about 6.6 px a character
      halo(g.append("text").attr("x", at(r.p85) + (right ? 8 : -8)).attr("y", cy + y.bandwidth() / 3 + 10).attr("text-anchor", right ? "start" : "end").attr("font-size", 11).attr("fill", "#222").text(label));
    }
  });
  return f.svg;
}
