// forecast.html and backtest.html: one self-contained page each — the text the command printed
// and the charts as inline SVG, no script at all (hover text comes from the SVG titles). A
// generator tag marks the file as scrumlab's, so a later run may replace it and nothing else.
import { escapeHtml, pageHead } from "../report/html.js";

export const GENERATOR = '<meta name="generator" content="scrumlab forecast">';

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d1d1d;background:#f6f6f4}
header{background:#fff;padding:20px 32px;border-bottom:1px solid #ddd}
h1{margin:0 0 8px;font-size:22px}
pre{font-size:14px;background:#fafafa;border:1px solid #eee;padding:12px;overflow-x:auto;white-space:pre-wrap}
main{padding:16px 32px;display:grid;gap:24px}
section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:16px}
.caption{color:#555;margin:0 0 8px;max-width:900px}
svg.chart{max-width:100%;height:auto}
footer{padding:16px 32px;color:#777;font-size:13px}
`;

export function page(o: { title: string; text: string; charts: Array<{ svg: string; caption: string }>; footer: string }): string {
  const head = pageHead(o.title, "", STYLE).replace("<head>\n", `<head>\n${GENERATOR}\n`);
  return `${head}
<body>
<header>
<h1>${escapeHtml(o.title)}</h1>
<pre>${escapeHtml(o.text)}</pre>
</header>
<main>
${o.charts.map((c) => `<section>\n<p class="caption">${escapeHtml(c.caption)}</p>\n${c.svg}\n</section>`).join("\n")}
</main>
<footer>${escapeHtml(o.footer)}</footer>
</body>
</html>
`;
}
