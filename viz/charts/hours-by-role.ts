// 5. Where the hours went: for each arm and role (PO, SM, merged PO/SM, developers as the mean
// developer), stacked bars of the mean hours per person and sprint, one segment per duty, the
// duties grouped (development, product work, Scrum Master work, Scrum events, time lost) in
// colour families, and each bar's group shares written beside it — the picture that shows a
// role conflict (a merged PO/SM's Scrum Master work squeezed by product work).
import { max, scaleLinear } from "d3";
import { xAxis } from "../axes.js";
import type { ReportData } from "../data.js";
import { fmt1, fmtInt } from "../format.js";
import { frame, type ChartContext } from "../frame.js";
import type { LegendItem } from "../legend.js";
import { colorOf, DUTY_COLORS, DUTY_GROUPS, dutyGroup } from "../palette.js";
import { tip } from "../tooltip.js";

export const id = "hours-by-role";
export const title = "Where the hours went, per role (hours per person per sprint)";

export const ROLE_LABELS: Record<string, string> = { "product-owner": "Product Owner", "scrum-master": "Scrum Master", "merged-po-sm": "merged PO/SM", developer: "developer (mean)" };
const GROUP_SHORT: Record<string, string> = { development: "development", product: "product", "scrum-master": "SM work", events: "events", lost: "lost", other: "other" };

/** Duties in stacking order: by group, then as the palette lists them; duties the palette does not know last. */
function dutyOrder(data: ReportData): string[] {
  const known = Object.keys(DUTY_COLORS);
  const extra = [...new Set(data.hours.map((h) => h.duty))].filter((d) => !known.includes(d)).sort();
  return [...known, ...extra];
}

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
  return Math.max(360, 180 + Math.round(l.slots * 22));
};

/** Legend: each group's heading, then its duties (only those drawn); compact: the groups alone, by their first duty's colour. */
function legend(used: string[], compact: boolean): LegendItem[] {
  if (compact) return DUTY_GROUPS.filter((g) => used.some((d) => dutyGroup(d).id === g.id)).map((g) => ({ label: g.label, color: Object.values(g.duties)[0] }));
  const groups = [...DUTY_GROUPS.map((g) => ({ id: g.id, label: g.label })), { id: "other", label: "other" }];
  return groups.flatMap((g) => {
    const duties = used.filter((d) => dutyGroup(d).id === g.id);
    return duties.length === 0 ? [] : [{ label: `${g.label}:`, color: null }, ...duties.map((d) => ({ label: d, color: DUTY_COLORS[d] ?? "#999999" }))];
  });
}

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const { rows, headers, slots } = layout(data);
  const order = dutyOrder(data);
  const segments = rows.flatMap((r) => {
    let x0 = 0;
    return order.flatMap((duty) => {
      const h = data.hours.find((d) => d.arm === r.arm && d.role === r.role && d.duty === duty)?.hours ?? 0;
      if (!(h > 0)) return [];
      const seg = { ...r, duty, x0, x1: x0 + h, hours: h };
      x0 += h;
      return [seg];
    });
  });
  const used = order.filter((d) => segments.some((s) => s.duty === d));
  // A small chart (the playground's) keeps its legend to the groups and its side notes short.
  const compact = ctx.width < 700;
  const f = frame(ctx, { id, title: compact ? "Where the hours went, per role" : title, margin: { left: compact ? 120 : 150, right: compact ? 165 : 230 }, legend: legend(used, compact) });
  const slot = f.height / slots;
  const bar = Math.min(22, slot * 0.8);
  const totals = new Map<string, number>();
  const groups = new Map<string, Map<string, number>>();
  for (const s of segments) {
    const key = `${s.arm}|${s.role}`;
    totals.set(key, s.x1);
    const g = groups.get(key) ?? groups.set(key, new Map()).get(key) as Map<string, number>;
    g.set(dutyGroup(s.duty).id, (g.get(dutyGroup(s.duty).id) ?? 0) + s.hours);
  }
  // Rounded first: a full 80-hour sprint summed from rounded duties must not nice() up to 90.
  const x = scaleLinear().domain([0, Math.round((max(segments, (s) => s.x1) ?? 1) * 1000) / 1000]).nice().range([0, f.width]);
  xAxis(f, x, compact ? "hours per person per sprint" : "hours per person per sprint (mean over the sprints of the detail replications)", { ticks: compact ? 4 : 8 });
  for (const h of headers) {
    const name = data.arms[h.arm].label;
    f.plot.append("text").attr("class", "group").attr("x", compact ? -114 : -142).attr("y", h.slot * slot + slot * 0.6).attr("font-weight", 600).attr("fill", colorOf(data, h.arm)).text(name.length > 60 ? `${name.slice(0, 59)}…` : name);
  }
  const labels = f.plot.append("g").attr("class", "axis y").attr("font-size", 12);
  for (const r of rows) {
    const y = r.slot * slot + (slot - bar) / 2;
    labels.append("text").attr("x", -8).attr("y", y + bar / 2).attr("text-anchor", "end").attr("dominant-baseline", "middle").text(ROLE_LABELS[r.role]);
    const key = `${r.arm}|${r.role}`;
    const t = totals.get(key) ?? 0;
    const shares = [...(groups.get(key) ?? new Map<string, number>()).entries()].filter(([, h]) => h / t >= 0.1).sort((a, b) => b[1] - a[1]).slice(0, compact ? 1 : 2);
    f.plot.append("text").attr("class", "total").attr("x", x(t) + 6).attr("y", y + bar / 2).attr("dominant-baseline", "middle").attr("fill", "#333").attr("font-size", 12)
      .text(`${fmtInt(t)} h: ${shares.map(([g, h]) => `${GROUP_SHORT[g] ?? g} ${Math.round((100 * h) / t)} %`).join(", ")}`);
  }
  f.plot.append("line").attr("x1", 0).attr("x2", 0).attr("y1", 0).attr("y2", f.height).attr("stroke", "#333");
  tip(
    f.plot.append("g").attr("class", "bars").selectAll("rect").data(segments).join("rect")
      .attr("x", (s) => x(s.x0)).attr("width", (s) => Math.max(0.5, x(s.x1) - x(s.x0)))
      .attr("y", (s) => s.slot * slot + (slot - bar) / 2).attr("height", bar)
      .attr("fill", (s) => DUTY_COLORS[s.duty] ?? "#999999"),
    (s) => `${data.arms[s.arm].label} — ${ROLE_LABELS[s.role]}: ${s.duty} (${dutyGroup(s.duty).label}) ${fmt1(s.hours)} h per sprint (${Math.round((100 * s.hours) / (totals.get(`${s.arm}|${s.role}`) ?? 1))} % of the person's hours)`,
  );
  return f.svg;
}
