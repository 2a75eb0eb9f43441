// 5. Where the hours went: for each arm and role (PO, SM, merged PO/SM, developers as the mean
// developer), stacked bars of the mean hours per person and sprint, one segment per duty —
// the picture that shows a role conflict (a merged PO/SM's SM duties squeezed by product work).
import { max, scaleLinear } from "d3";
import { xAxis } from "../axes.js";
import type { ReportData } from "../data.js";
import { fmt1, fmtInt } from "../format.js";
import { frame, type ChartContext } from "../frame.js";
import { colorOf, DUTY_COLORS } from "../palette.js";
import { tip } from "../tooltip.js";

export const id = "hours-by-role";
export const title = "Where the hours went, per role (hours per person per sprint)";

export const ROLE_LABELS: Record<string, string> = { "product-owner": "Product Owner", "scrum-master": "Scrum Master", "merged-po-sm": "merged PO/SM", developer: "developer (mean)" };
const DUTY_ORDER = Object.keys(DUTY_COLORS);

interface Row {
  arm: number;
  role: string;
  slot: number;
}

/** Rows (arm × role with hours) and group headers, in slots from the top. */
function layout(data: ReportData): { rows: Row[]; headers: Array<{ arm: number; slot: number }>; slots: number } {
  const multi = data.drawn.length > 1;
  const rows: Row[] = [];
  const headers: Array<{ arm: number; slot: number }> = [];
  let slot = 0;
  for (const arm of data.drawn) {
    const roles = Object.keys(ROLE_LABELS).filter((role) => data.hours.some((h) => h.arm === arm && h.role === role));
    if (roles.length === 0) continue;
    if (multi) {
      if (headers.length > 0) slot += 0.35;
      headers.push({ arm, slot });
      slot += 0.8;
    }
    for (const role of roles) rows.push({ arm, role, slot: slot++ });
  }
  return { rows, headers, slots: Math.max(1, slot) };
}

export const height = (data: ReportData) => {
  const l = layout(data);
  return Math.max(360, 150 + Math.round(l.slots * 30));
};

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const { rows, headers, slots } = layout(data);
  const segments = rows.flatMap((r) => {
    let x0 = 0;
    return DUTY_ORDER.flatMap((duty) => {
      const h = data.hours.find((d) => d.arm === r.arm && d.role === r.role && d.duty === duty)?.hours ?? 0;
      if (!(h > 0)) return [];
      const seg = { ...r, duty, x0, x1: x0 + h, hours: h };
      x0 += h;
      return [seg];
    });
  });
  const used = DUTY_ORDER.filter((d) => segments.some((s) => s.duty === d));
  const f = frame(ctx, { id, title, margin: { left: 150, right: 56 }, legend: used.map((d) => ({ label: d, color: DUTY_COLORS[d] })) });
  const slot = f.height / slots;
  const bar = Math.min(26, slot * 0.78);
  const totals = new Map<string, number>();
  for (const s of segments) totals.set(`${s.arm}|${s.role}`, s.x1);
  // Rounded first: a full 80-hour sprint summed from rounded duties must not nice() up to 90.
  const x = scaleLinear().domain([0, Math.round((max(segments, (s) => s.x1) ?? 1) * 1000) / 1000]).nice().range([0, f.width]);
  xAxis(f, x, "hours per person per sprint (mean over the sprints of the detail replications)", { ticks: 8 });
  for (const h of headers) {
    const label = data.arms[h.arm].label;
    f.plot.append("text").attr("class", "group").attr("x", -142).attr("y", h.slot * slot + slot * 0.6).attr("font-weight", 600).attr("fill", colorOf(data, h.arm)).text(label.length > 60 ? `${label.slice(0, 59)}…` : label);
  }
  const labels = f.plot.append("g").attr("class", "axis y");
  for (const r of rows) {
    const y = r.slot * slot + (slot - bar) / 2;
    labels.append("text").attr("x", -8).attr("y", y + bar / 2).attr("text-anchor", "end").attr("dominant-baseline", "middle").text(ROLE_LABELS[r.role]);
    const t = totals.get(`${r.arm}|${r.role}`) ?? 0;
    f.plot.append("text").attr("class", "total").attr("x", x(t) + 4).attr("y", y + bar / 2).attr("dominant-baseline", "middle").attr("fill", "#555").attr("font-size", 11).text(`${fmtInt(t)} h`);
  }
  f.plot.append("line").attr("x1", 0).attr("x2", 0).attr("y1", 0).attr("y2", f.height).attr("stroke", "#333");
  tip(
    f.plot.append("g").attr("class", "bars").selectAll("rect").data(segments).join("rect")
      .attr("x", (s) => x(s.x0)).attr("width", (s) => Math.max(0.5, x(s.x1) - x(s.x0)))
      .attr("y", (s) => s.slot * slot + (slot - bar) / 2).attr("height", bar)
      .attr("fill", (s) => DUTY_COLORS[s.duty] ?? "#999"),
    (s) => `${data.arms[s.arm].label} — ${ROLE_LABELS[s.role]}: ${s.duty} ${fmt1(s.hours)} h per sprint (${Math.round((100 * s.hours) / (totals.get(`${s.arm}|${s.role}`) ?? 1))} % of the person's hours)`,
  );
  return f.svg;
}
