// The report page: one self-contained HTML file — styles, data and script inlined, no network.
// The first screen (1280 × 720) is a header that says what ran (weeks simulated, runs, seed,
// every --set) and the headline table with its CIs; the charts follow, those that carry the
// comparison first, then every metric and what each scenario is. Printed: A4 landscape, no
// chart split from its title. Every interpolated value is escaped (names, descriptions and
// meta.json's fields alike). No clock: the same folder gives the same bytes.
import type { ReportData } from "../../../viz/data.js";
import { allMetricsTable, headlineTable } from "./headline-table.js";
import { html, pageHead, scriptJson, type Markup } from "./page.js";

export { escapeHtml, pageHead, scriptJson } from "./page.js";

/** The style of the report and the slides; print rules keep each chart with its title on one A4 landscape page. */
export const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d1d1d;background:#f6f6f4}
header{background:#fff;padding:12px 24px 8px;border-bottom:1px solid #ddd}
h1{margin:0 0 4px;font-size:22px}
.facts{color:#444;margin:2px 0;font-size:14px}
.facts code{background:#f0f0ee;padding:0 4px;border-radius:3px}
.note{background:#fff8e1;border:1px solid #f0d98c;padding:6px 12px;margin:8px 0 0;font-size:14px}
main{padding:12px 16px;display:grid;grid-template-columns:minmax(0,1fr);gap:16px}
.scroll{overflow-x:auto}
.panel,.chart-section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px 16px}
.panel h2,.chart-section h2{margin:0 0 4px;font-size:18px}
.takeaway{margin:0 0 4px;font-weight:600;max-width:1000px}
.caption{color:#555;margin:0 0 8px;max-width:1000px;font-size:14px}
table{border-collapse:collapse;font-size:13px}
caption{text-align:left;color:#555;padding:0 0 6px;font-size:13px}
th,td{padding:3px 5px;border-bottom:1px solid #e4e4e0;vertical-align:top}
thead th{text-align:right;font-weight:600;border-bottom:2px solid #ccc;vertical-align:bottom}
.headline thead th{max-width:130px}
tbody th{text-align:left;font-weight:600;white-space:nowrap;max-width:260px;overflow:hidden;text-overflow:ellipsis}
td.num{text-align:right;white-space:nowrap}
.mean{font-size:16px;font-weight:600}
.ci{display:block;color:#666;font-size:12px}
.change{display:block;font-size:11.5px}
.headline .change{white-space:normal}
.change.better{color:#0a5c9e}.change.worse{color:#b34700}.change.same{color:#666}
.swatch{display:inline-block;width:12px;height:12px;margin-right:6px;border-radius:2px;vertical-align:-1px}
.all-metrics .meaning{display:block;font-weight:400;color:#666;font-size:12px;white-space:normal}
.all-metrics td{font-size:13px}
.scenario{border-left:6px solid #999;padding:4px 12px;margin:6px 0;background:#fafafa}
.scenario b{display:block}
svg.chart{max-width:100%;height:auto;display:block}
#tooltip{position:absolute;pointer-events:none;background:#222;color:#fff;padding:6px 9px;border-radius:4px;font-size:13px;max-width:380px}
.error{color:#b00020}
footer{padding:12px 24px;color:#666;font-size:13px}
@media print{
  @page{size:A4 landscape;margin:10mm}
  body{background:#fff}
  header{border:none;padding:0 0 6px}
  main{display:block;padding:0}
  .panel,.chart-section{border:none;border-radius:0;padding:0;margin:0 0 6mm;break-inside:avoid;page-break-inside:avoid}
  h2{break-after:avoid;page-break-after:avoid}
  svg.chart{max-height:145mm;width:auto;max-width:100%}
  tr{break-inside:avoid;page-break-inside:avoid}
  #tooltip,footer{display:none}
}
`;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
const weeksText = (w: number) => (Number.isInteger(w) ? String(w) : w.toFixed(1));

/** "24 weeks simulated (12 sprints of 2 weeks)", per scenario when their calendars differ. */
export function calendarFact(data: ReportData): string {
  const arms = data.meta.command === "sweep" ? data.drawn : data.arms.map((_, i) => i);
  const shapes = arms.map((a) => data.arms[a]).filter((a) => a !== undefined);
  const sprint = (d: number) => (d % 5 === 0 ? plural(d / 5, "week") : plural(d, "working day"));
  const weeks = [...new Set(shapes.map((s) => s.weeks))];
  const forms = [...new Set(shapes.map((s) => `${plural(s.sprints, "sprint")} of ${sprint(s.sprintDays)}`))];
  const span = weeks.length === 1 ? `${weeksText(weeks[0])} weeks simulated` : `${weeksText(Math.min(...weeks))} to ${weeksText(Math.max(...weeks))} weeks simulated`;
  if (forms.length === 1) return `${span} (${forms[0]})`;
  return `${span} (${shapes.map((s) => `${s.label}: ${plural(s.sprints, "sprint")} of ${sprint(s.sprintDays)}`).join("; ")})`;
}

/** What a reader should know that the charts do not say. */
export function notesOf(data: ReportData): string[] {
  const notes: string[] = [];
  const arms = data.meta.command === "sweep" ? data.drawn : data.arms.map((_, i) => i);
  const weeks = new Set(arms.map((a) => data.arms[a]?.weeks));
  if (weeks.size > 1) notes.push(`The scenarios cover different spans of calendar time (${arms.map((a) => `${data.arms[a].label} ${weeksText(data.arms[a].weeks)} weeks`).join(", ")}): totals such as value delivered compare unequal spans, not practices alone. Give them the same weeks to compare like with like.`);
  const lengths = new Set(arms.map((a) => data.arms[a]?.sprintDays));
  if (lengths.size > 1) notes.push("Sprints differ in length between scenarios: the per-sprint charts place each sprint at the calendar week it ends, not at its number.");
  if (data.drawn.length < data.arms.length) notes.push(`The sweep has ${data.arms.length} points; the sweep chart shows them all, the other charts and the table an even spread of ${data.drawn.length}: ${data.drawn.map((a) => data.arms[a].label).join("; ")}.`);
  if (data.meta.detail === 0) notes.push("No detail replications (--detail 0): the charts of hours, impediments, flow and cycle time need them.");
  return notes;
}

/** The title of a report: what ran. */
export function reportTitle(data: ReportData): string {
  const m = data.meta;
  return `scrumlab ${m.command}: ${m.command === "sweep" ? `${data.arms[0]?.name ?? ""} across ${m.vary?.map((v) => v.path).join(" × ")}` : data.arms.map((a) => a.label).join(" vs ")}`;
}

/** The header's facts: calendar, runs, seed, reference, varied keys, every --set, version. */
export function factsOf(data: ReportData): Markup {
  const m = data.meta;
  const facts: Markup[] = [
    html`${calendarFact(data)}`,
    html`${plural(m.runs, "replication")} per ${m.command === "sweep" ? "point" : "scenario"}`,
    html`seed ${m.seed}`,
    ...(m.reference !== null ? [html`reference: ${m.reference}`] : []),
    ...(m.vary ? [html`varied: ${m.vary.map((v) => `${v.path} ∈ {${v.values.map((x) => String(x)).join(", ")}}`).join("; ")}`] : []),
    html`detail charts from the first ${plural(m.detail, "replication")}`,
    html`scrumlab ${m.version}`,
  ];
  const sets = m.sets.length > 0 ? html`<p class="facts" id="sets">Applied to every scenario: ${m.sets.map((s, i) => html`${i > 0 ? ", " : ""}<code>--set ${s}</code>`)}</p>` : "";
  return html`<p class="facts" id="facts">${facts.map((f, i) => html`${i > 0 ? " · " : ""}${f}`)}</p>${sets}`;
}

function scenariosSection(data: ReportData): Markup {
  const shown = data.meta.command === "sweep" ? data.meta.scenarios.slice(0, 1).map((s) => ({ s, color: "#999" })) : data.meta.scenarios.map((s, i) => ({ s, color: data.arms[i]?.color ?? "#999" }));
  return html`<section class="panel" id="what-ran"><h2>What ran</h2>${shown.map(({ s, color }) => html`<div class="scenario" style="border-color:${color}"><b>${s.name}</b>${s.description}</div>`)}</section>`;
}

export function reportHtml(data: ReportData, script: string): string {
  const title = reportTitle(data);
  return `${pageHead(title, script, STYLE)}
<body data-page="report">
${html`<header>
<h1>${title}</h1>
${factsOf(data)}
${notesOf(data).map((n) => html`<p class="note">${n}</p>`)}
</header>
<main>
<section class="panel" id="headline">${headlineTable(data)}</section>
<div id="charts"></div>
<section class="panel" id="all-metrics"><h2>Every metric (mean, 95 % CI${data.meta.command === "compare" ? "; change against the reference" : ""})</h2><div class="scroll">${allMetricsTable(data)}</div></section>
${scenariosSection(data)}
</main>`}
<footer>Every figure comes from the CSV files next to this report; see docs/outputs.md for their columns and docs/model.md for the model. <code>scrumlab report DIR --slides</code> makes slides of these charts.</footer>
<div id="tooltip" hidden></div>
<script type="application/json" id="report-data">${scriptJson(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}
