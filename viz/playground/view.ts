// What the playground shows of a result: the headline table (the baseline, the current setting,
// and the paired change with its 95 % CI and the word it supports) and four charts, each with
// buttons that save it as SVG or PNG.
import { CHARTS } from "../charts/index.js";
import type { ReportData } from "../data.js";
import { formatValue, headlineMetrics, higherBetter, label, verdict } from "../metrics.js";
import { SHOWN_CHARTS } from "./settings.js";

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

function cell(data: ReportData, arm: number, metric: string, role: string): HTMLTableCellElement {
  const t = data.totals.find((x) => x.arm === arm && x.metric === metric);
  const td = el("td", { textContent: t ? formatValue(metric, t.mean) : "–", title: t ? `95 % CI ${formatValue(metric, t.ci95_low)} – ${formatValue(metric, t.ci95_high)}` : "" });
  td.dataset.metric = metric;
  td.dataset.arm = role;
  td.dataset.mean = String(t?.mean ?? NaN);
  return td;
}

/** The headline table: baseline, current, change (95 % CI) and its word. */
export function drawTable(table: HTMLTableElement, data: ReportData): void {
  table.replaceChildren(el("tr", {}, el("th"), el("th", { textContent: data.arms[0].label }), el("th", { textContent: data.arms[1].label }), el("th", { textContent: "change (95 % CI)" })));
  for (const metric of headlineMetrics()) {
    const c = data.comparison.find((x) => x.metric === metric);
    const word = c ? verdict(metric, c.ci95_low, c.ci95_high) : "";
    const sign = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : ""}${formatValue(metric, Math.abs(x))}`;
    const change = el("td", { className: `change ${word === "better" ? "better" : word === "worse" ? "worse" : "same"}`, textContent: c ? `${sign(c.mean_diff)} (${sign(c.ci95_low)} … ${sign(c.ci95_high)}) ${word}` : "" });
    const up = higherBetter(metric);
    table.append(el("tr", {}, el("th", { textContent: `${label(metric)}${up === undefined ? "" : up ? " ↑" : " ↓"}` }), cell(data, 0, metric, "baseline"), cell(data, 1, metric, "current"), change));
  }
}

/** Saves a file the page made. */
export function download(name: string, blob: Blob): void {
  const a = el("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function svgText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}

/** The chart as a PNG twice its drawn size (at least 1600 px wide), through a canvas. */
function savePng(svg: SVGSVGElement, name: string): void {
  const w = Number(svg.getAttribute("width"));
  const h = Number(svg.getAttribute("height"));
  const scale = Math.max(2, 1600 / w);
  const img = new Image();
  img.onload = () => {
    const canvas = el("canvas", { width: Math.round(w * scale), height: Math.round(h * scale) });
    const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    canvas.toBlob((b) => b && download(name, b), "image/png");
  };
  img.src = URL.createObjectURL(new Blob([svgText(svg)], { type: "image/svg+xml" }));
}

/** The four charts, each drawn at its cell's size (text stays 12 px) with SVG and PNG buttons. */
export function drawCharts(root: HTMLElement, data: ReportData): void {
  if (root.children.length !== SHOWN_CHARTS.length) root.replaceChildren(...SHOWN_CHARTS.map((id) => el("section", { className: "chart-cell", id: `section-${id}` })));
  SHOWN_CHARTS.forEach((id, i) => {
    const cell = root.children[i] as HTMLElement;
    const chart = CHARTS.find((c) => c.id === id) as (typeof CHARTS)[number];
    const width = Math.max(320, Math.floor(cell.clientWidth));
    const height = Math.max(200, Math.floor(cell.clientHeight));
    const svg = chart.draw({ document, width, height }, data);
    const svgButton = el("button", { type: "button", textContent: "SVG", title: `save ${chart.title} as SVG` });
    svgButton.addEventListener("click", () => download(`${id}.svg`, new Blob([svgText(svg)], { type: "image/svg+xml" })));
    const pngButton = el("button", { type: "button", textContent: "PNG", title: `save ${chart.title} as PNG` });
    pngButton.addEventListener("click", () => savePng(svg, `${id}.png`));
    cell.replaceChildren(el("div", { className: "export" }, svgButton, pngButton), svg);
  });
}
