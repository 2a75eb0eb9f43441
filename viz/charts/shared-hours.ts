// Where a shared person's hours went, team by team: for each scenario and each person several
// teams share (one Scrum Master or Product Owner for k teams), one bar per team they serve,
// stacked by duty — the mean hours per sprint over the detail replications. Unequal bars show
// whose requests got the person's time; the switching segment, what moving between teams cost.
import { max, scaleLinear } from "d3";
import { xAxis } from "../axes.js";
import type { ReportData } from "../data.js";
import { fmt1, fmtInt } from "../format.js";
import { frame, type ChartContext } from "../frame.js";
import type { LegendItem } from "../legend.js";
import { colorOf, DUTY_COLORS } from "../palette.js";
import { tip } from "../tooltip.js";

export const id = "shared-hours";
export const title = "A shared person's hours, team by team (hours per sprint)";

type Hours = NonNullable<ReportData["teams"]>["shared"][number];

interface Bar {
  arm: number;
  person: string;
  role: string;
  team: string;
  slot: number;
}

/** One header per scenario and shared person, then a bar per team they serve, in slots from the top. */
function layout(data: ReportData): { bars: Bar[]; headers: Array<{ arm: number; person: string; role: string; slot: number }>; slots: number } {
  const keys = new Map<string, Omit<Bar, "slot">>();
  for (const h of data.teams?.shared ?? []) if (data.drawn.includes(h.arm)) keys.set(`${h.arm}|${h.person}|${h.team}`, { arm: h.arm, person: h.person, role: h.role, team: h.team });
  const sorted = [...keys.values()].sort((a, b) => a.arm - b.arm || a.person.localeCompare(b.person) || Number(a.team) - Number(b.team));
  const bars: Bar[] = [];
  const headers: Array<{ arm: number; person: string; role: string; slot: number }> = [];
  let slot = 0;
  let last = "";
  for (const k of sorted) {
    if (`${k.arm}|${k.person}` !== last) {
      if (last !== "") slot += 0.4;
      headers.push({ arm: k.arm, person: k.person, role: k.role, slot });
      slot += 1;
      last = `${k.arm}|${k.person}`;
    }
    bars.push({ ...k, slot: slot++ });
  }
  return { bars, headers, slots: Math.max(1, slot) };
}

export const height = (data: ReportData) => Math.max(320, 200 + Math.round(layout(data).slots * 30));

const role = (r: string) => (r === "scrum-master" ? "Scrum Master" : r === "product-owner" ? "Product Owner" : r);

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const { bars, headers, slots } = layout(data);
  const shared = data.teams?.shared ?? [];
  const used = Object.keys(DUTY_COLORS).filter((d) => shared.some((h) => h.duty === d));
  const legend: LegendItem[] = used.map((d) => ({ label: d, color: DUTY_COLORS[d] }));
  const f = frame(ctx, { id, title, margin: { left: 90, right: 90 }, legend });
  const segments = bars.flatMap((b) => {
    let x0 = 0;
    return used.flatMap((duty) => {
      const h: Hours | undefined = shared.find((s) => s.arm === b.arm && s.person === b.person && s.team === b.team && s.duty === duty);
      if (h === undefined || !(h.hours > 0)) return [];
      const seg = { ...b, duty, x0, x1: x0 + h.hours, hours: h.hours };
      x0 += h.hours;
      return [seg];
    });
  });
  const totals = new Map<number, number>();
  for (const s of segments) totals.set(s.slot, s.x1);
  const x = scaleLinear().domain([0, max(segments, (s) => s.x1) ?? 1]).nice().range([0, f.width]);
  xAxis(f, x, "hours per sprint for the team (mean over the sprints of the detail replications)", { ticks: 8 });
  const step = f.height / slots;
  const bar = Math.min(22, step * 0.75);
  for (const h of headers) {
    const name = data.drawn.length > 1 ? `${data.arms[h.arm].label}: ` : "";
    f.plot.append("text").attr("class", "group").attr("x", -82).attr("y", h.slot * step + step * 0.6).attr("font-weight", 600).attr("fill", colorOf(data, h.arm)).text(`${name}the shared ${role(h.role)} (${h.person})`);
  }
  for (const b of bars) {
    const y = b.slot * step + (step - bar) / 2;
    f.plot.append("text").attr("x", -8).attr("y", y + bar / 2).attr("text-anchor", "end").attr("dominant-baseline", "middle").text(`team ${b.team}`);
    f.plot.append("text").attr("class", "total").attr("x", x(totals.get(b.slot) ?? 0) + 6).attr("y", y + bar / 2).attr("dominant-baseline", "middle").attr("fill", "#333").text(`${fmtInt(totals.get(b.slot) ?? 0)} h`);
  }
  tip(
    f.plot.append("g").attr("class", "bars").selectAll("rect").data(segments).join("rect")
      .attr("x", (s) => x(s.x0)).attr("width", (s) => Math.max(0.5, x(s.x1) - x(s.x0)))
      .attr("y", (s) => s.slot * step + (step - bar) / 2).attr("height", bar)
      .attr("fill", (s) => DUTY_COLORS[s.duty] ?? "#999999"),
    (s) => `${data.arms[s.arm].label} — the shared ${role(s.role)} ${s.person}, for team ${s.team}: ${s.duty} ${fmt1(s.hours)} h per sprint`,
  );
  return f.svg;
}
