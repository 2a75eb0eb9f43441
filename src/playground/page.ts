// The playground page: one offline HTML file with the page script and the Web Worker's script
// (the engine and the model) inlined; opens from file:// with no network.
import { escapeHtml, pageHead } from "../output/report/html.js";
import { clientScript } from "../output/report/index.js";
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
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d1d1d;background:#f6f6f4}
header{background:#fff;padding:16px 24px;border-bottom:1px solid #ddd}
h1{margin:0 0 4px;font-size:22px}
.layout{display:grid;grid-template-columns:320px 1fr;gap:16px;padding:16px 24px}
fieldset{border:1px solid #ddd;border-radius:6px;margin:0 0 12px;background:#fff}
label{display:block;margin:6px 0}
input[type=range]{width:150px;vertical-align:middle}
#status{color:#555}
table{border-collapse:collapse;background:#fff;margin-bottom:12px}
td,th{border:1px solid #ddd;padding:4px 10px;text-align:right}
th:first-child{text-align:left}
.chart-section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px;margin-bottom:12px}
svg.chart{max-width:100%;height:auto}
textarea{width:100%;height:180px;font-family:ui-monospace,monospace;font-size:12px}
#tooltip{position:absolute;pointer-events:none;background:#222;color:#fff;padding:6px 9px;border-radius:4px;font-size:13px;max-width:380px}
`;

export function playgroundHtml(): string {
  const main = clientScript("playground-main");
  const worker = clientScript("playground-worker");
  return `${pageHead("scrumlab playground", main, STYLE, "; worker-src blob:")}
<body>
<header>
<h1>scrumlab playground</h1>
<div>Switch a practice and watch the charts: the baseline team on the left of every comparison, your settings beside it. The seed is fixed (<b id="seed"></b>), so the same settings always give the same numbers. <span id="status"></span></div>
</header>
<div class="layout">
<div>
<form id="controls"></form>
<fieldset><legend>Your settings as a scenario file</legend>
<textarea id="yaml" readonly></textarea>
<button id="download" type="button">download playground.yaml</button>
</fieldset>
<p style="font-size:12px;color:#666">scrumlab ${escapeHtml(toolVersion())}. The same model as the command line: <code>scrumlab run playground.yaml</code> gives these figures.</p>
</div>
<div>
<table id="totals"></table>
<div id="charts"></div>
</div>
</div>
<div id="tooltip" hidden></div>
<script type="text/plain" id="worker-source">${worker}</script>
<script>${main}</script>
</body>
</html>
`;
}
