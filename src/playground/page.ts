// The playground page: one offline HTML file with the page script, the Web Worker's script (the
// engine and the model) and the shipped scenarios (the presets, and what a loaded file may
// extend) inlined; opens from file:// with no network. Laid out for one 1280 × 720 screen.
import { readFileSync } from "node:fs";
import path from "node:path";
import { html, pageHead, scriptJson } from "../output/report/page.js";
import { clientScript } from "../output/report/index.js";
import { shippedScenarios } from "../scenario/library.js";
import { toolVersion } from "../version.js";
import { closeSync, openSync, readSync, statSync } from "node:fs";

const TITLE = "<title>scrumlab playground</title>";

/** Whether writing `file` replaces nothing but a page this command wrote: no file there, or a regular file holding the playground's title. Others (devices, folders) are left to the writer's refusal. */
export function isOurPage(file: string): boolean {
  let st;
  try {
    st = statSync(file);
  } catch {
    return true;
  }
  if (!st.isFile()) return true;
  const head = Buffer.alloc(4096);
  const fd = openSync(file, "r");
  try {
    return head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString("utf8").includes(TITLE);
  } finally {
    closeSync(fd);
  }
}

const STYLE = `
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d1d1d;background:#f6f6f4;font-size:13px}
header{background:#fff;padding:6px 16px;border-bottom:1px solid #ddd;display:flex;gap:16px;align-items:baseline;height:38px}
h1{margin:0;font-size:18px;white-space:nowrap}
#status{color:#555;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.layout{display:grid;grid-template-columns:300px 1fr;gap:10px;padding:8px 12px;height:calc(100vh - 38px)}
aside{overflow:hidden;display:flex;flex-direction:column;gap:4px}
.row{display:flex;gap:4px;flex-wrap:wrap}
select#preset{width:100%;font-size:12px}
button{font-size:12px;padding:2px 7px}
#base{font-weight:600}
#problems{color:#b00020;white-space:pre-wrap;font-size:12px;margin:0;max-height:110px;overflow:auto}
#link{width:100%;font-size:11px}
fieldset{border:1px solid #ddd;border-radius:5px;margin:0;padding:1px 8px 3px;background:#fff}
legend{font-weight:600;font-size:12px}
label.control{display:flex;align-items:center;gap:5px;height:20px;white-space:nowrap;overflow:hidden}
label.control .name{flex:none}
label.control output{color:#333;min-width:24px}
label.inactive{color:#999}
.why{color:#999;font-size:11px;font-weight:400;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;min-width:0;flex:1 1 auto}
input[type=range]{width:110px;margin:0}
main{display:grid;grid-template-rows:auto 1fr;gap:6px;min-height:0}
table{border-collapse:collapse;background:#fff}
td,th{border:1px solid #e2e2e0;padding:1px 8px;text-align:right;white-space:nowrap}
th:first-child{text-align:left}
td.change.better{color:#0a5c9e}td.change.worse{color:#b34700}td.change.same{color:#666}
#charts{display:grid;grid-template-columns:1fr 1fr;grid-template-rows:1fr 1fr;gap:6px;min-height:0}
.chart-cell{position:relative;background:#fff;border:1px solid #ddd;border-radius:5px;min-height:0;overflow:hidden}
.chart-cell svg{width:100%;height:100%;display:block}
.export{position:absolute;right:4px;top:4px;display:flex;gap:2px}
.export button{font-size:10px;padding:0 4px;opacity:.7}
body.dragging::after{content:"Drop a scenario file (YAML or JSON)";position:fixed;inset:0;background:rgba(0,114,178,.15);border:4px dashed #0072B2;display:flex;align-items:center;justify-content:center;font-size:28px;color:#0072B2}
#tooltip{position:absolute;pointer-events:none;background:#222;color:#fff;padding:6px 9px;border-radius:4px;font-size:13px;max-width:380px}
`;

/** The shipped scenarios, each with its file's text. */
export function presets(): Array<{ name: string; summary: string; file: string; text: string }> {
  return shippedScenarios().map((s) => ({ name: s.name, summary: s.summary, file: path.basename(s.file), text: readFileSync(s.file, "utf8") }));
}

export function playgroundHtml(): string {
  const main = clientScript("playground-main");
  const worker = clientScript("playground-worker");
  return `${pageHead("scrumlab playground", main, STYLE, "; worker-src blob:", "data: blob:")}
<body>
${html`<header>
<h1>scrumlab playground</h1>
<span id="status">loading…</span>
</header>
<div class="layout">
<aside>
<select id="preset" aria-label="preset: a shipped scenario"></select>
<div class="row"><span>Base: <span id="base"></span></span></div>
<div class="row">
<button id="reset" type="button" title="back to the base scenario">Reset</button>
<button id="load" type="button" title="a YAML or JSON scenario file (or drop one on the page)">Load scenario…</button>
<button id="share" type="button" title="a link to this setting">Share link</button>
<button id="download" type="button" title="this setting as a file: scrumlab run playground.yaml gives these numbers">Download scenario</button>
</div>
<input id="file" type="file" accept=".yaml,.yml,.json" hidden>
<input id="link" type="text" readonly hidden aria-label="link to this setting">
<pre id="problems" role="alert"></pre>
<form id="controls"></form>
<div style="color:#777;font-size:11px">scrumlab ${toolVersion()} — the same model as the command line.</div>
</aside>
<main>
<table id="totals"></table>
<div id="charts"></div>
</main>
</div>`}
<div id="tooltip" hidden></div>
<script type="application/json" id="playground-data">${scriptJson({ presets: presets(), version: toolVersion() })}</script>
<script type="text/plain" id="worker-source">${worker}</script>
<script>${main}</script>
</body>
</html>
`;
}
