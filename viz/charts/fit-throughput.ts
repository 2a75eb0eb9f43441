// The calibration's throughput, simulated against actual: the share of weeks in which the team
// finished 0, 1, 2 … items (bars side by side: the team's weeks, the fitted scenario's runs),
// each mean marked. Takes its document as a parameter, like every chart here.
import { max, scaleBand, scaleLinear } from "d3";
import { xAxis, yAxis } from "../axes.js";
import { frame, halo, type ChartContext } from "../frame.js";
import { OKABE_ITO } from "../palette.js";
import { tip } from "../tooltip.js";

export const id = "fit-throughput";

export interface ThroughputFitData {
  title: string;
  /** One bin of items per week: its label, and the share of the team's weeks and of the simulated weeks in it. */
  bins: Array<{ label: string; actual: number; simulated: number }>;
  /** The means, as text for the note. */
  actualMean: number;
  simulatedMean: number;
}

export const ACTUAL = OKABE_ITO[7];
export const SIMULATED = OKABE_ITO[0];

export function draw(ctx: ChartContext, d: ThroughputFitData): SVGSVGElement {
  const f = frame(ctx, { id, title: d.title, legend: [{ label: `the team (mean ${d.actualMean.toFixed(2)} a week)`, color: ACTUAL }, { label: `the fitted scenario's runs (mean ${d.simulatedMean.toFixed(2)})`, color: SIMULATED }] });
  const x = scaleBand<string>().domain(d.bins.map((b) => b.label)).range([0, f.width]).paddingInner(0.2);
  const y = scaleLinear().domain([0, Math.max(0.01, max(d.bins, (b) => Math.max(b.actual, b.simulated)) ?? 0.01) * 1.1]).range([f.height, 0]);
  const every = Math.max(1, Math.ceil(d.bins.length / 24));
  xAxis(f, x, "items done in a week", { values: d.bins.filter((_, i) => i % every === 0).map((b) => b.label) as never });
  yAxis(f, y, "share of weeks", { ticks: 5, format: (v: number) => `${Math.round(v * 100)} %` });
  const w = x.bandwidth() / 2;
  for (const [key, color, dx] of [["actual", ACTUAL, 0], ["simulated", SIMULATED, w]] as const) {
    tip(
      f.plot.append("g").attr("class", `bars ${key}`).selectAll("rect").data(d.bins).join("rect")
        .attr("x", (b) => (x(b.label) ?? 0) + dx).attr("width", Math.max(1, w - 1))
        .attr("y", (b) => y(b[key])).attr("height", (b) => f.height - y(b[key])).attr("fill", color).attr("fill-opacity", key === "actual" ? 0.55 : 0.85),
      (b) => `${b.label} items in a week: ${Math.round(b[key] * 100)} % of ${key === "actual" ? "the team's weeks" : "the simulated weeks"}`,
    );
  }
  halo(f.plot.append("text").attr("x", f.width - 4).attr("y", 12).attr("text-anchor", "end").attr("font-size", 11).attr("fill", "#222").text("bars: the team's weeks (dark) beside the simulated weeks (blue)"));
  return f.svg;
}
