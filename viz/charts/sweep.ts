// 10. Sweep: each headline metric against the first varied key, the mean with its 95 % CI band;
// the other varied keys, if any, as separate lines. Every point of the sweep is drawn.
import { area, line, scaleLinear, scalePoint } from "d3";
import { xAxis, yAxis } from "../axes.js";
import type { ReportData } from "../data.js";
import { fmt2 } from "../format.js";
import { frame, panel, type ChartContext, type Frame } from "../frame.js";
import { headlineMetrics, label as labelOf } from "../metrics.js";
import { armColor } from "../palette.js";
import { tip } from "../tooltip.js";

export const id = "sweep";
export const title = "Headline metrics across the sweep (mean, 95 % CI)";

/** Four panels: value, Sprint Goals, and the last two headline metrics the model has (cycle time, impediment age). */
export function sweepMetrics(): string[] {
  const h = headlineMetrics();
  return [...new Set([h[0], h[1], ...h.slice(-2)])].filter((m) => m !== undefined).slice(0, 4);
}

type Total = ReportData["totals"][number];

/** Arms grouped by the values of the varied keys after the first (one line per group). */
function groups(data: ReportData): Map<string, number[]> {
  const out = new Map<string, number[]>();
  data.arms.forEach((a, i) => {
    const g = a.values.slice(1).join(", ");
    out.set(g, [...(out.get(g) ?? []), i]);
  });
  return out;
}

function metricPanel(p: Frame, data: ReportData, metric: string, label: string, lines: number[][]): void {
  const key = data.meta.vary?.[0]?.path ?? "point";
  const xs = [...new Set(data.arms.map((a) => a.values[0] ?? a.label))];
  const numeric = xs.every((v) => v !== "" && Number.isFinite(Number(v)));
  const xNum = scaleLinear().domain([Math.min(...xs.map(Number)), Math.max(...xs.map(Number))]).range([0, p.width]);
  const xCat = scalePoint().domain(xs).range([0, p.width]).padding(0.3);
  const xv = (arm: number) => (numeric ? xNum(Number(data.arms[arm].values[0])) : (xCat(data.arms[arm].values[0] ?? data.arms[arm].label) ?? 0));
  const rows = data.totals.filter((t) => t.metric === metric);
  const lo = Math.min(...rows.map((r) => r.ci95_low));
  const hi = Math.max(...rows.map((r) => r.ci95_high));
  const y = scaleLinear().domain([Math.min(0, lo), hi > lo ? hi : lo + 1]).nice().range([p.height, 0]);
  if (numeric) xAxis(p, xNum, key, { ticks: 6 });
  else xAxis(p, xCat, key);
  yAxis(p, y, "", { ticks: 4 });
  p.plot.append("text").attr("class", "panel-title").attr("x", 0).attr("y", -8).attr("font-weight", 600).text(label);
  lines.forEach((arms, c) => {
    const pts = arms.flatMap((a) => {
      const r = rows.find((t) => t.arm === a);
      return r ? [{ a, x: xv(a), r }] : [];
    });
    const color = armColor(c);
    p.plot.append("path").attr("class", "band").attr("fill", color).attr("fill-opacity", 0.18).attr("d", area<{ x: number; r: Total }>().x((q) => q.x).y0((q) => y(q.r.ci95_low)).y1((q) => y(q.r.ci95_high))(pts));
    p.plot.append("path").attr("class", "median").attr("fill", "none").attr("stroke", color).attr("stroke-width", 2).attr("d", line<{ x: number; r: Total }>().x((q) => q.x).y((q) => y(q.r.mean))(pts));
    tip(p.plot.append("g").selectAll("circle").data(pts).join("circle").attr("cx", (q) => q.x).attr("cy", (q) => y(q.r.mean)).attr("r", 3.5).attr("fill", color), (q) => `${data.arms[q.a].label}: ${label} ${fmt2(q.r.mean)} (95 % CI ${fmt2(q.r.ci95_low)} … ${fmt2(q.r.ci95_high)})`);
  });
}

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const byGroup = groups(data);
  const labels = [...byGroup.keys()];
  const others = data.meta.vary?.slice(1).map((v) => v.path.split(".").pop()).join(", ");
  const legend = labels.length > 1 || labels[0] !== "" ? labels.map((l, i) => ({ label: `${others} = ${l}`, color: armColor(i) })) : [];
  const f = frame(ctx, { id, title, margin: { top: 24, left: 64 }, legend, note: "line: mean · band: 95 % CI of the mean" });
  const gapX = 70;
  const gapY = 64;
  const w = (f.width - gapX) / 2;
  const h = (f.height - gapY) / 2;
  sweepMetrics().forEach((metric, k) => metricPanel(panel(f, (k % 2) * (w + gapX), Math.floor(k / 2) * (h + gapY), w, h), data, metric, labelOf(metric), [...byGroup.values()]));
  return f.svg;
}
