// 9. Compare: a forest plot of the paired differences against the reference — per metric and
// scenario, the mean change and its 95 % CI in percent of the reference's mean, on a linear
// axis. Every estimate carries its figure and a word (better / worse / no clear difference);
// a change beyond the axis is drawn as an arrow at its edge with its figure. Metrics, labels
// and directions come from the model's metric registry.
import { scaleBand, scaleLinear } from "d3";
import { xAxis } from "../axes.js";
import type { ReportData } from "../data.js";
import { fmt2 } from "../format.js";
import { frame, halo, type ChartContext } from "../frame.js";
import { forestMetrics, formatPct, headlineMetrics, higherBetter, label, verdict } from "../metrics.js";
import { colorOf } from "../palette.js";
import { tip } from "../tooltip.js";

export const id = "forest";
export const title = "Change against the reference, in % of its mean (paired, 95 % CI)";

/** The axis never spans more than this many percent either side: larger changes are drawn as arrows. */
export const CLIP = 100;
const MARGIN_RIGHT = 170;

interface Row {
  metric: string;
  arm: number;
  mean: number;
  low: number;
  high: number;
  raw: ReportData["comparison"][number];
}

/** The metrics drawn: the headline, and more while there is room (about 28 estimates fit a printed page). */
export function forestShown(data: ReportData): string[] {
  const others = Math.max(1, data.arms.length - 1);
  return forestMetrics().slice(0, Math.max(headlineMetrics().length, Math.floor(28 / others)));
}

export function forestRows(data: ReportData): Row[] {
  const others = data.arms.map((_, i) => i).slice(1);
  return forestShown(data).flatMap((metric) =>
    others.flatMap((arm) => {
      const c = data.comparison.find((r) => r.metric === metric && r.arm === arm);
      if (c === undefined || c.mean_reference === 0) return [];
      const scale = 100 / Math.abs(c.mean_reference);
      const row = { metric, arm, mean: c.mean_diff * scale, low: c.ci95_low * scale, high: c.ci95_high * scale, raw: c };
      return [row].filter((r) => Number.isFinite(r.mean) && Number.isFinite(r.low) && Number.isFinite(r.high));
    }),
  );
}

export const height = (data: ReportData) => Math.max(440, 160 + forestShown(data).length * Math.max(36, 18 * (data.arms.length - 1)));

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const others = data.arms.map((a, i) => ({ ...a, i })).slice(1);
  const f = frame(ctx, { id, title, margin: { left: 230, right: MARGIN_RIGHT }, legend: others.map((o) => ({ label: o.label, color: colorOf(data, o.i) })), note: "dot: mean change · line: 95 % CI · ↑ higher is better · ↓ lower is better" });
  const rows = forestRows(data);
  const metrics = forestShown(data).filter((m) => rows.some((r) => r.metric === m));
  const y = scaleBand().domain(metrics).range([0, f.height]).padding(0.12);
  const inner = scaleBand().domain(others.map((o) => String(o.i))).range([0, y.bandwidth()]).padding(0.15);
  const lo = Math.max(-CLIP, Math.min(-5, ...rows.map((r) => r.low)));
  const hi = Math.min(CLIP, Math.max(5, ...rows.map((r) => r.high)));
  const x = scaleLinear().domain([lo, hi]).nice().range([0, f.width]);
  const [x0, x1] = x.domain();
  const clip = (v: number) => Math.max(x0, Math.min(x1, v));
  xAxis(f, x, `change against ${data.meta.reference ?? "the reference"}, % of its mean`, { ticks: 8, format: (v: number) => formatPct(v, 0) });
  metrics.forEach((m, k) => {
    const top = y(m) ?? 0;
    if (k % 2 === 0) f.plot.append("rect").attr("x", -f.width * 0).attr("y", top - (y.step() * y.paddingInner()) / 2).attr("width", f.width).attr("height", y.step()).attr("fill", "#f3f3f1");
    const up = higherBetter(m);
    f.plot.append("text").attr("class", "metric").attr("x", -12).attr("y", top + y.bandwidth() / 2).attr("text-anchor", "end").attr("dominant-baseline", "middle").attr("font-size", 13).text(`${label(m)} ${up === undefined ? "" : up ? "↑" : "↓"}`);
  });
  f.plot.append("line").attr("class", "zero").attr("x1", x(0)).attr("x2", x(0)).attr("y1", 0).attr("y2", f.height).attr("stroke", "#333");
  const g = f.plot.append("g").attr("class", "estimates").selectAll("g").data(rows).join("g").attr("transform", (r) => `translate(0,${(y(r.metric) ?? 0) + (inner(String(r.arm)) ?? 0) + inner.bandwidth() / 2})`);
  g.append("line").attr("x1", (r) => x(clip(r.low))).attr("x2", (r) => x(clip(r.high))).attr("stroke", (r) => colorOf(data, r.arm)).attr("stroke-width", 2.5);
  // Beyond the axis: an arrow head at the edge.
  g.filter((r) => r.high > x1 || r.low < x0).append("path").attr("class", "clipped").attr("fill", (r) => colorOf(data, r.arm))
    .attr("d", (r) => (r.high > x1 ? `M${x(x1)},-5L${x(x1) + 8},0L${x(x1)},5Z` : `M${x(x0)},-5L${x(x0) - 8},0L${x(x0)},5Z`));
  const text = (r: Row) => `${formatPct(r.mean)} ${verdict(r.metric, r.raw.ci95_low, r.raw.ci95_high) === "no clear difference" ? "(no clear difference)" : verdict(r.metric, r.raw.ci95_low, r.raw.ci95_high)}`;
  tip(
    g.append("circle").attr("cx", (r) => x(clip(r.mean))).attr("r", 5).attr("fill", (r) => colorOf(data, r.arm)).attr("stroke", "#fff"),
    (r) => `${data.arms[r.arm].label}, ${label(r.metric)}: ${formatPct(r.mean)} (95 % CI ${formatPct(r.low)} … ${formatPct(r.high)}); mean difference ${fmt2(r.raw.mean_diff)}, better in ${Math.round(100 * r.raw.share_better)} % of replications — ${verdict(r.metric, r.raw.ci95_low, r.raw.ci95_high)}`,
  );
  // The figure beside each estimate: right of the CI (or of the arrow) when it fits before the right margin ends, else left of the CI.
  const right = (r: Row) => x(clip(r.high)) + (r.high > x1 ? 14 : 6);
  const fits = (r: Row) => right(r) + text(r).length * 7 <= f.width + MARGIN_RIGHT;
  const labels = g.append("text").attr("class", "estimate-label").attr("dominant-baseline", "middle").attr("font-size", 12).attr("fill", "#222")
    .attr("x", (r) => (fits(r) ? right(r) : x(clip(r.low)) - (r.low < x0 ? 14 : 6)))
    .attr("text-anchor", (r) => (fits(r) ? "start" : "end"))
    .text(text);
  halo(labels);
  return f.svg;
}
