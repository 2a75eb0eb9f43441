// Items done per sprint, team by team: one panel per team of the drawn organizations (small
// multiples on shared axes), one line per scenario — the mean over replications with the
// P10–P90 band. A scenario of one team is drawn (dashed) in every panel: it is what each team of
// an organization is compared with. With staff changes, the developers at work are in the tips,
// and the weeks where their number changes are marked.
import { area, line, max, scaleLinear } from "d3";
import { weekAxis, yAxis } from "../axes.js";
import { weekOf, type ReportData } from "../data.js";
import { fmt1 } from "../format.js";
import { frame, type ChartContext } from "../frame.js";
import { armLegend, colorOf } from "../palette.js";
import { gridHeight, gridPanels } from "../small-multiples.js";
import { tip } from "../tooltip.js";

export const id = "teams";
export const title = "Items done per sprint, team by team";

type Row = NonNullable<ReportData["teams"]>["sprints"][number];

/** The panels: each team of an organization ("1", "2", …), or the one team ("all") when no drawn arm has several. */
export function panelTeams(data: ReportData): string[] {
  const rows = data.teams?.sprints ?? [];
  const labels = [...new Set(rows.filter((r) => r.team !== "all").map((r) => r.team))].sort((a, b) => Number(a) - Number(b));
  return labels.length > 0 ? labels : ["all"];
}

export const height = (data: ReportData) => gridHeight(panelTeams(data).length, 220);

export function draw(ctx: ChartContext, data: ReportData): SVGSVGElement {
  const rows = data.teams?.sprints ?? [];
  const teams = panelTeams(data);
  const f = frame(ctx, { id, title, legend: armLegend(data), note: "line: mean over replications · band: P10–P90 · dashed: a scenario of one team, in every panel" });
  const series = (arm: number, team: string, metric: string): { rows: Row[]; single: boolean } => {
    const own = rows.filter((r) => r.arm === arm && r.team === team && r.metric === metric);
    if (own.length > 0 || team === "all") return { rows: own, single: false };
    const several = rows.some((r) => r.arm === arm && r.team !== "all");
    return { rows: several ? [] : rows.filter((r) => r.arm === arm && r.team === "all" && r.metric === metric), single: true };
  };
  const done = rows.filter((r) => r.metric === "done_items" && (teams.includes(r.team) || !rows.some((x) => x.arm === r.arm && x.team !== "all")));
  const weeks = max(data.drawn, (a) => weekOf(data, a, max(rows.filter((r) => r.arm === a), (r) => r.sprint) ?? 1)) ?? 1;
  const top = max(done, (r) => r.p90) ?? 1;
  const panels = gridPanels(f, teams.length, 70, 64);
  teams.forEach((team, i) => {
    const p = panels[i];
    const x = scaleLinear().domain([0, weeks]).range([0, p.width]);
    const y = scaleLinear().domain([0, top]).nice().range([p.height, 0]);
    weekAxis(p, x, weeks);
    yAxis(p, y, i % 3 === 0 ? "items done in the sprint" : "", { ticks: 5 });
    p.plot.append("text").attr("class", "panel-title").attr("x", 4).attr("y", -6).attr("font-weight", 600).text(team === "all" ? "the team" : `team ${team}`);
    for (const arm of data.drawn) {
      const { rows: s, single } = series(arm, team, "done_items");
      if (s.length === 0) continue;
      const devs = series(arm, team, "developers").rows;
      const color = colorOf(data, arm);
      const wk = (r: Row) => x(weekOf(data, arm, r.sprint));
      p.plot.append("path").attr("class", "band").attr("fill", color).attr("fill-opacity", 0.12).attr("d", area<Row>().x(wk).y0((r) => y(r.p10)).y1((r) => y(r.p90))(s));
      p.plot.append("path").attr("class", "median").attr("fill", "none").attr("stroke", color).attr("stroke-width", 2).attr("stroke-dasharray", single ? "5 4" : null).attr("d", line<Row>().x(wk).y((r) => y(r.mean))(s));
      // Where the number of developers changes: a tick at the top of the panel.
      for (let k = 1; k < devs.length; k++) {
        if (devs[k].mean === devs[k - 1].mean) continue;
        const at = x(weekOf(data, arm, devs[k - 1].sprint));
        p.plot.append("line").attr("class", "staff-change").attr("x1", at).attr("x2", at).attr("y1", 0).attr("y2", p.height).attr("stroke", color).attr("stroke-dasharray", "2 3");
      }
      tip(
        p.plot.append("g").attr("class", "points").selectAll("circle").data(s).join("circle").attr("cx", wk).attr("cy", (r) => y(r.mean)).attr("r", 3).attr("fill", color),
        (r) => {
          const n = devs.find((d) => d.sprint === r.sprint)?.mean;
          return `${data.arms[arm].label}${single ? " (one team)" : ""}, ${team === "all" ? "" : `team ${team}, `}sprint ${r.sprint}: ${fmt1(r.mean)} items done (P10 ${fmt1(r.p10)} – P90 ${fmt1(r.p90)})${n === undefined ? "" : `, ${fmt1(n)} developers at work`}`;
        },
      );
    }
  });
  return f.svg;
}
