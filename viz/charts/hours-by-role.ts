// 5. Where the hours went: for each role, stacked hours per duty over the run (per person;
// developers: the mean developer). The picture that shows a role conflict.
import { max, scaleBand, scaleLinear, axisBottom, axisLeft } from "d3";
import type { ReportData } from "../data.js";
import { fmt1 } from "../format.js";
import { frame, tip, type ChartContext } from "../frame.js";
import { DUTY_COLORS } from "../palette.js";

export const id = "hours-by-role";
export const title = "Where the hours went, per role";

const ROLES: Record<string, string> = { "product-owner": "Product Owner", "scrum-master": "Scrum Master", "merged-po-sm": "merged PO/SM", developer: "developer (mean)" };
const ORDER = Object.keys(DUTY_COLORS);

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const f0 = { top: 16, right: 24, bottom: 56, left: 230 };
  const rows = data.drawn.flatMap((a) =>
    Object.keys(ROLES)
      .filter((role) => data.hours.some((h) => h.arm === a && h.role === role))
      .map((role) => ({ arm: a, role, key: `${a}|${role}`, label: `${data.arms[a].label} — ${ROLES[role]}` })),
  );
  const segments = rows.flatMap((r) => {
    let x0 = 0;
    return ORDER.flatMap((duty) => {
      const h = data.hours.find((d) => d.arm === r.arm && d.role === r.role && d.duty === duty)?.hours ?? 0;
      if (h <= 0) return [];
      const seg = { ...r, duty, x0, x1: x0 + h, hours: h };
      x0 += h;
      return [seg];
    });
  });
  const used = ORDER.filter((d) => segments.some((s) => s.duty === d));
  const f = frame(ctx, id, title, f0, used.map((d) => ({ label: d, color: DUTY_COLORS[d] })));
  const totals = new Map<string, number>();
  for (const s of segments) totals.set(s.key, s.x1);
  const y = scaleBand().domain(rows.map((r) => r.key)).range([0, f.height]).padding(0.25);
  const x = scaleLinear().domain([0, max(segments, (s) => s.x1) ?? 1]).nice().range([0, f.width]);
  f.plot.append("g").attr("class", "axis x").attr("transform", `translate(0,${f.height})`).call(axisBottom(x).ticks(8));
  f.plot.append("g").attr("class", "axis y").call(axisLeft(y).tickFormat((k) => rows.find((r) => r.key === k)?.label ?? k));
  f.plot.append("text").attr("class", "axis-label").attr("x", f.width / 2).attr("y", f.height + 42).attr("text-anchor", "middle").text("hours per person over the run");
  tip(
    f.plot.append("g").attr("class", "bars").selectAll("rect").data(segments).join("rect")
      .attr("x", (s) => x(s.x0)).attr("width", (s) => Math.max(0.5, x(s.x1) - x(s.x0)))
      .attr("y", (s) => y(s.key) ?? 0).attr("height", y.bandwidth())
      .attr("fill", (s) => DUTY_COLORS[s.duty] ?? "#999"),
    (s) => `${s.label}: ${s.duty} ${fmt1(s.hours)} h (${Math.round((100 * s.hours) / (totals.get(s.key) ?? 1))} %)`,
  );
  return f.svg;
}
