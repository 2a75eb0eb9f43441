// The report page: one self-contained HTML file — styles, data and script inlined, no
// network (a Content-Security-Policy allows only this page's own script), scenario names and
// descriptions escaped as text. No clock: the same folder gives the same bytes.
import { createHash } from "node:crypto";
import type { ReportData } from "../../../viz/data.js";
import { armColor } from "../../../viz/palette.js";

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** JSON safe inside a <script> element: no "</script", no "<!--". */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d1d1d;background:#f6f6f4}
header{background:#fff;padding:24px 32px;border-bottom:1px solid #ddd}
h1{margin:0 0 8px;font-size:24px}
.facts{color:#555;margin:4px 0 16px}
.scenarios{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:12px}
.scenario{border-left:6px solid #999;padding:4px 12px;background:#fafafa}
.scenario b{display:block;margin-bottom:2px}
.note{background:#fff8e1;border:1px solid #f0d98c;padding:8px 12px;margin:12px 0 0}
main{padding:16px 32px;display:grid;gap:24px}
.chart-section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:16px}
.chart-section h2{margin:0 0 4px;font-size:18px}
.caption{color:#555;margin:0 0 8px;max-width:900px}
svg.chart{max-width:100%;height:auto}
.axis-label{fill:#333}
#tooltip{position:absolute;pointer-events:none;background:#222;color:#fff;padding:6px 9px;border-radius:4px;font-size:13px;max-width:380px}
.error{color:#b00020}
footer{padding:16px 32px;color:#777;font-size:13px}
`;

/** The head of a self-contained page: no network, only this page's own script may run (its hash). */
export function pageHead(title: string, script: string, style: string, csp = ""): string {
  const hash = createHash("sha256").update(script).digest("base64");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; img-src data:${csp}">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>`;
}

/** What a reader should know that the charts do not say. */
function notesOf(data: ReportData): string[] {
  const notes: string[] = [];
  if (data.drawn.length < data.arms.length) notes.push(`The sweep has ${data.arms.length} points; the sweep chart shows them all, the other charts an even spread of ${data.drawn.length}: ${data.drawn.map((a) => data.arms[a].label).join("; ")}.`);
  if (data.meta.detail === 0) notes.push("No detail replications (--detail 0): the charts of hours, impediments, flow and cycle time need them.");
  return notes;
}

export function reportHtml(data: ReportData, script: string): string {
  const m = data.meta;
  const names = data.arms.map((a) => a.label);
  const title = `scrumlab ${m.command}: ${m.command === "sweep" ? `${data.arms[0]?.name ?? ""} across ${m.vary?.map((v) => v.path).join(" × ")}` : names.join(" vs ")}`;
  const scenarios = m.scenarios
    .filter((s, i) => m.command !== "sweep" || i === 0)
    .map((s, i) => `<div class="scenario" style="border-color:${armColor(i)}"><b>${escapeHtml(s.name)}</b>${escapeHtml(s.description)}</div>`)
    .join("");
  const facts = [
    `${m.runs.toLocaleString("en-US")} replications per ${m.command === "sweep" ? "point" : "scenario"}`,
    `seed ${m.seed}`,
    m.reference ? `reference: ${escapeHtml(m.reference)}` : "",
    m.vary ? `varied: ${m.vary.map((v) => `${escapeHtml(v.path)} ∈ {${v.values.map((x) => escapeHtml(String(x))).join(", ")}}`).join("; ")}` : "",
    `${m.scenarios[0]?.sprints ?? "?"} sprints of ${m.scenarios[0]?.sprintDays ?? "?"} days`,
    `detail charts from the first ${m.detail} replications`,
    `scrumlab ${escapeHtml(m.version)}`,
  ].filter((x) => x !== "");
  return `${pageHead(title, script, STYLE)}
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="facts">${facts.join(" · ")}</p>
<div class="scenarios">${scenarios}</div>
${notesOf(data).map((n) => `<p class="note">${escapeHtml(n)}</p>`).join("\n")}
</header>
<main id="charts"></main>
<footer>Every figure comes from the CSV files next to this report; see docs/outputs.md for their columns and docs/model.md for the model.</footer>
<div id="tooltip" hidden></div>
<script type="application/json" id="report-data">${scriptJson(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}
