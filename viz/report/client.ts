// The report page's script: reads the embedded data, draws every chart that applies — the three
// that carry the comparison first — with its one-sentence takeaway, using the same chart modules
// as the SVG export, and shows a tooltip for any mark with data-tip.
import { chartHeight, chartsFor, type Chart } from "../charts/index.js";
import type { ReportData } from "../data.js";
import { takeaway } from "../takeaways.js";
import { installTooltip } from "../tooltip.js";

const WIDTH = 960;
const HEIGHT = 440;

function section(chart: Chart, data: ReportData): HTMLElement {
  const s = document.createElement("section");
  s.className = "chart-section";
  s.id = `section-${chart.id}`;
  const h2 = document.createElement("h2");
  h2.textContent = chart.title;
  s.append(h2);
  const sentence = takeaway(chart.id, data);
  if (sentence !== "") {
    const t = document.createElement("p");
    t.className = "takeaway";
    t.textContent = sentence;
    s.append(t);
  }
  const p = document.createElement("p");
  p.className = "caption";
  p.textContent = chart.caption;
  s.append(p);
  try {
    s.append(chart.draw({ document, width: WIDTH, height: chartHeight(chart, data, HEIGHT), titled: false }, data));
  } catch (error) {
    const e = document.createElement("p");
    e.className = "error";
    e.textContent = `This chart could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
    s.append(e);
    console.error(error);
  }
  return s;
}

/** Draws the page (called by pages.ts). */
export function drawReport(): void {
  const data = JSON.parse((document.getElementById("report-data") as HTMLElement).textContent ?? "{}") as ReportData;
  const root = document.getElementById("charts") as HTMLElement;
  for (const chart of chartsFor(data)) root.append(section(chart, data));
  installTooltip(document, document.getElementById("tooltip") as HTMLElement);
}
