// 10. Sweep: each headline metric against the first varied key, with its 95 % CI band; the
// other varied keys, if any, as separate lines.
import { area, line, scaleLinear, scalePoint, axisBottom, axisLeft } from "d3";
import type { ReportData } from "../data.js";
import { fmt2 } from "../format.js";
import { frame, tip, type ChartContext } from "../frame.js";
import { armColor } from "../palette.js";

export const id = "sweep";
export const title = "Headline metrics across the sweep (mean, 95 % CI)";

const METRICS: Array<[string, string]> = [
  ["value_delivered", "value delivered"],
  ["say_do_ratio", "say/do ratio"],
  ["impediment_age_mean_hours", "impediment age (h)"],
  ["clarification_wait_mean_hours", "wait for answers (h)"],
];

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const key = data.meta.vary?.[0]?.path ?? "point";
  const groups = new Map<string, number[]>();
  data.arms.forEach((a, i) => {
    const g = a.values.slice(1).join(", ");
    groups.set(g, [...(groups.get(g) ?? []), i]);
  });
  const labels = [...groups.keys()];
  const others = data.meta.vary?.slice(1).map((v) => v.path.split(".").pop()).join(", ");
  const items = labels.length > 1 || labels[0] !== "" ? labels.map((l, i) => ({ label: `${others} = ${l}`, color: armColor(i) })) : [];
  const f = frame(ctx, id, title, { top: 24, right: 24, bottom: 56, left: 64 }, items);
  const xs = [...new Set(data.arms.map((a) => a.values[0] ?? a.label))];
  const numeric = xs.every((v) => v !== "" && Number.isFinite(Number(v)));
  const cols = 2;
  const gapX = 70;
  const gapY = 60;
  const w = (f.width - gapX) / cols;
  const h = (f.height - gapY) / 2;
  METRICS.forEach(([metric, label], k) => {
    const g = f.plot.append("g").attr("transform", `translate(${(k % cols) * (w + gapX)},${Math.floor(k / cols) * (h + gapY)})`);
    const rows = data.totals.filter((t) => t.metric === metric);
    const x = numeric ? scaleLinear().domain([Math.min(...xs.map(Number)), Math.max(...xs.map(Number))]).range([0, w]) : scalePoint().domain(xs).range([0, w]).padding(0.3);
    const xv = (arm: number) => (numeric ? (x as (v: number) => number)(Number(data.arms[arm].values[0])) : ((x as (v: string) => number)(data.arms[arm].values[0]) ?? 0));
    const lo = Math.min(...rows.map((r) => r.ci95_low));
    const hi = Math.max(...rows.map((r) => r.ci95_high));
    const y = scaleLinear().domain([Math.min(0, lo), hi > lo ? hi : lo + 1]).nice().range([h, 0]);
    g.append("g").attr("class", "axis x").attr("transform", `translate(0,${h})`).call(numeric ? axisBottom(x as never).ticks(6) : axisBottom(x as never));
    g.append("g").attr("class", "axis y").call(axisLeft(y).ticks(4));
    g.append("text").attr("x", 0).attr("y", -8).attr("font-weight", 600).text(label);
    g.append("text").attr("class", "axis-label").attr("x", w / 2).attr("y", h + 34).attr("text-anchor", "middle").text(key);
    let c = 0;
    for (const arms of groups.values()) {
      const pts = arms.map((a) => ({ a, x: xv(a), r: rows.find((r) => r.arm === a) })).filter((p) => p.r !== undefined) as Array<{ a: number; x: number; r: ReportData["totals"][number] }>;
      const color = armColor(c++);
      g.append("path").attr("class", "band").attr("fill", color).attr("fill-opacity", 0.18).attr("d", area<(typeof pts)[number]>().x((p) => p.x).y0((p) => y(p.r.ci95_low)).y1((p) => y(p.r.ci95_high))(pts));
      g.append("path").attr("fill", "none").attr("stroke", color).attr("stroke-width", 2).attr("d", line<(typeof pts)[number]>().x((p) => p.x).y((p) => y(p.r.mean))(pts));
      tip(g.append("g").selectAll("circle").data(pts).join("circle").attr("cx", (p) => p.x).attr("cy", (p) => y(p.r.mean)).attr("r", 3.5).attr("fill", color), (p) => `${data.arms[p.a].label}: ${label} ${fmt2(p.r.mean)} (95 % CI ${fmt2(p.r.ci95_low)} … ${fmt2(p.r.ci95_high)})`);
    }
  });
  return f.svg;
}
