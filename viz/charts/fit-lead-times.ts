// The calibration's lead times, simulated against actual: the share of items done within each
// number of working days (the empirical distribution function) for the team's items and for the
// fitted scenario's runs, with each P50 and P85 marked.
import { line, scaleLinear } from "d3";
import { xAxis, yAxis } from "../axes.js";
import { fmtInt } from "../format.js";
import { frame, halo, type ChartContext } from "../frame.js";
import { tip } from "../tooltip.js";
import { ACTUAL, SIMULATED } from "./fit-throughput.js";

export const id = "fit-lead-times";

export interface LeadTimeFitData {
  title: string;
  /** The distribution function: lead time (working days) → share of items done within it. */
  actual: Array<{ days: number; p: number }>;
  simulated: Array<{ days: number; p: number }>;
  /** P50 and P85 of each. */
  markers: Array<{ who: "actual" | "simulated"; q: number; days: number }>;
  /** Where the x axis stops (the larger P95). */
  maxDays: number;
}

export function draw(ctx: ChartContext, d: LeadTimeFitData): SVGSVGElement {
  const f = frame(ctx, { id, title: d.title, legend: [{ label: "the team's items", color: ACTUAL }, { label: "the fitted scenario's runs", color: SIMULATED }], note: "dashed: P50 and P85 · axis ends at the larger P95" });
  const x = scaleLinear().domain([0, Math.max(1, d.maxDays)]).nice().range([0, f.width]);
  const y = scaleLinear().domain([0, 1]).range([f.height, 0]);
  xAxis(f, x, "lead time, created → done (working days)", { ticks: 10, format: (v: number) => fmtInt(v) });
  yAxis(f, y, "share of items done within", { ticks: 5, format: (v: number) => `${Math.round(v * 100)} %` });
  const top = x.domain()[1];
  const clip = (pts: Array<{ days: number; p: number }>) => pts.filter((p) => p.days <= top);
  for (const [key, color] of [["actual", ACTUAL], ["simulated", SIMULATED]] as const) {
    f.plot.append("path").attr("class", `curve ${key}`).attr("fill", "none").attr("stroke", color).attr("stroke-width", 2).attr("d", line<{ days: number; p: number }>().x((p) => x(p.days)).y((p) => y(p.p))(clip(d[key])) ?? "");
  }
  d.markers.filter((m) => m.days <= top).forEach((m) => {
    const color = m.who === "actual" ? ACTUAL : SIMULATED;
    const g = f.plot.append("g").attr("class", `marker ${m.who}`);
    g.append("line").attr("x1", x(m.days)).attr("x2", x(m.days)).attr("y1", y(m.q / 100)).attr("y2", f.height).attr("stroke", color).attr("stroke-dasharray", "5 3");
    const label = `${m.who === "actual" ? "team" : "simulated"} P${m.q}: ${fmtInt(m.days)} days`;
    const t = g.append("text").attr("x", x(m.days) + 4).attr("y", y(m.q / 100) + (m.who === "actual" ? -6 : 14)).attr("font-size", 11).attr("fill", color).text(label);
    halo(t);
    tip(t as never, () => label);
  });
  return f.svg;
}
