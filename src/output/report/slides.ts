// slides.html: the report as a deck for a workshop — a title slide with the headline table, then
// one chart per screen with its one-sentence takeaway in large type; arrow keys (or a click)
// move between them. Self-contained like the report (same escaping, same CSP), the same bytes
// for the same folder.
import type { ReportData } from "../../../viz/data.js";
import { headlineTable } from "./headline-table.js";
import { calendarFact, reportTitle, STYLE as REPORT_STYLE } from "./html.js";
import { html, pageHead, scriptJson } from "./page.js";

const STYLE = `${REPORT_STYLE}
html,body{height:100%;overflow:hidden;background:#fff}
.slide{position:absolute;inset:0;display:none;flex-direction:column;padding:2.5vh 3vw;box-sizing:border-box}
.slide.current{display:flex}
.slide h1{font-size:4.2vh;margin:0 0 1vh}
.slide h2{font-size:3.6vh;margin:0 0 .8vh}
.slide .takeaway{font-size:3vh;font-weight:600;max-width:none;margin:0 0 1.5vh;line-height:1.25}
.slide .facts{font-size:2.2vh}
.slide .chart-box{flex:1;min-height:0;display:flex;justify-content:center;align-items:flex-start}
.slide svg.chart{width:100%;height:100%;max-width:none}
.slide table{font-size:2.1vh}
.slide .mean{font-size:2.6vh}
.slide .ci,.slide .change{font-size:1.7vh}
#counter{position:fixed;right:1.5vw;bottom:1vh;color:#777;font-size:1.8vh}
#help{position:fixed;left:1.5vw;bottom:1vh;color:#999;font-size:1.6vh}
`;

export function slidesHtml(data: ReportData, script: string): string {
  const title = reportTitle(data);
  return `${pageHead(`${title} — slides`, script, STYLE)}
<body data-page="slides">
${html`<section class="slide current" id="slide-0">
<h1>${title}</h1>
<p class="facts">${calendarFact(data)} · ${data.meta.runs.toLocaleString("en-US")} replications · seed ${data.meta.seed}${data.meta.sets.length > 0 ? ` · --set ${data.meta.sets.join(", --set ")}` : ""}</p>
<div class="chart-box">${headlineTable(data)}</div>
</section>`}
<div id="slides"></div>
<div id="counter"></div>
<div id="help">← → to move · Home / End</div>
<div id="tooltip" hidden></div>
<script type="application/json" id="report-data">${scriptJson(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}
