// The report's tables, as HTML built on the server (so the numbers are on the first screen
// before any script runs, and in print): the headline — per scenario the headline metrics with
// their 95 % CIs and, in a compare, the paired change against the reference with its CI and
// "better"/"worse" in words — and every run total the model reports (read from its registry).
import type { ReportData } from "../../../viz/data.js";
import { formatPct, formatValue, headlineMetrics, higherBetter, label, metricInfo, verdict } from "../../../viz/metrics.js";
import { colorOf } from "../../../viz/palette.js";
import { html, type Markup } from "./page.js";

type Total = ReportData["totals"][number];
type Change = ReportData["comparison"][number];

/** The arms a table lists: every scenario of a run or compare; the drawn points of a sweep. */
const listed = (data: ReportData) => (data.meta.command === "sweep" ? data.drawn : data.arms.map((_, i) => i));

const arrow = (key: string) => (higherBetter(key) === undefined ? "" : higherBetter(key) ? " ↑" : " ↓");

/**
 * The change in the reference's terms with the half-width of its 95 % CI (the paired t interval
 * is symmetric): "−7.9 % ± 0.4", for a share in percentage points "−29 ± 4 pts".
 */
export function changeText(c: Change): string {
  const half = (c.ci95_high - c.ci95_low) / 2;
  const sign = (x: number, text: string) => `${x > 0 ? "+" : x < 0 && Number(text) !== 0 ? "−" : ""}${text}`;
  if (metricInfo(c.metric)?.unit === "share") {
    const pts = (x: number) => Math.abs(Math.round(x * 100)).toString();
    return `${sign(c.mean_diff, pts(c.mean_diff))} ± ${pts(half)} pts`;
  }
  if (c.mean_reference === 0 || !Number.isFinite(c.pct_change)) return `${sign(c.mean_diff, formatValue(c.metric, Math.abs(c.mean_diff)))} ± ${formatValue(c.metric, half)}`;
  return `${formatPct(c.pct_change).replace(" %", "")} ± ${Math.abs((100 * half) / c.mean_reference).toFixed(1)} %`;
}

function cell(data: ReportData, arm: number, key: string): Markup {
  const t: Total | undefined = data.totals.find((x) => x.arm === arm && x.metric === key);
  if (t === undefined) return html`<td class="num">–</td>`;
  const c = data.comparison.find((x) => x.arm === arm && x.metric === key);
  const word = c ? verdict(key, c.ci95_low, c.ci95_high) : undefined;
  const change = c ? html`<span class="change ${word === "better" ? "better" : word === "worse" ? "worse" : "same"}">${changeText(c)} <b>${word}</b></span>` : arm === 0 && data.meta.command === "compare" ? html`<span class="change same">reference</span>` : "";
  return html`<td class="num" data-metric="${key}" data-arm="${arm}" data-mean="${t.mean}"><span class="mean">${formatValue(key, t.mean)}</span> <span class="ci">${formatValue(key, t.ci95_low)} – ${formatValue(key, t.ci95_high)}</span>${change}</td>`;
}

function nameCell(data: ReportData, arm: number): Markup {
  const a = data.arms[arm];
  const description = data.meta.command === "sweep" ? "" : (data.meta.scenarios[arm]?.description ?? "");
  return html`<th scope="row" title="${description}"><span class="swatch" style="background:${colorOf(data, arm)}"></span>${a.label}</th>`;
}

/** The headline: one row per scenario, the headline metrics as columns. */
export function headlineTable(data: ReportData): Markup {
  const keys = headlineMetrics();
  const ref = data.meta.command === "compare" ? ` · change against ${data.meta.reference ?? "the reference"} (95 % CI)` : "";
  return html`<table class="headline" id="headline-table">
<caption>Mean over ${data.meta.runs.toLocaleString("en-US")} replications; below it the 95 % CI${ref}</caption>
<thead><tr><th></th>${keys.map((k) => html`<th scope="col" title="${metricInfo(k)?.meaning ?? ""}">${label(k)}${arrow(k)}</th>`)}</tr></thead>
<tbody>${listed(data).map((arm) => html`<tr>${nameCell(data, arm)}${keys.map((k) => cell(data, arm, k))}</tr>\n`)}</tbody>
</table>`;
}

/** Every run total the model reports, one row each, the scenarios as columns. */
export function allMetricsTable(data: ReportData): Markup {
  const arms = listed(data);
  const keys = [...new Set(data.totals.map((t) => t.metric))];
  return html`<table class="all-metrics">
<thead><tr><th scope="col">metric</th><th scope="col">unit</th>${arms.map((a) => html`<th scope="col"><span class="swatch" style="background:${colorOf(data, a)}"></span>${data.arms[a].label}</th>`)}</tr></thead>
<tbody>${keys.map((k) => html`<tr><th scope="row" title="${metricInfo(k)?.meaning ?? ""}">${label(k)}${arrow(k)}<span class="meaning">${metricInfo(k)?.meaning ?? ""}</span></th><td>${metricInfo(k)?.unit ?? ""}</td>${arms.map((a) => cell(data, a, k))}</tr>\n`)}</tbody>
</table>`;
}
