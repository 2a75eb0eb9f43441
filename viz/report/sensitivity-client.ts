// The sensitivity report page's script: reads the embedded data, draws every chart that applies
// with the same chart modules the SVG export uses, and shows a tooltip for any mark with data-tip.
import { SENSITIVITY_CHARTS } from "../charts/sensitivity.js";
import type { SensitivityData } from "../sensitivity-data.js";
import { installTooltip } from "../tooltip.js";

const WIDTH = 960;
const HEIGHT = 440;

/** Draws the page (called by pages.ts). */
export function drawSensitivity(): void {
  const data = JSON.parse((document.getElementById("report-data") as HTMLElement).textContent ?? "{}") as SensitivityData;
  const root = document.getElementById("charts") as HTMLElement;
  for (const chart of SENSITIVITY_CHARTS) {
    if (!chart.applies(data)) continue;
    const s = document.createElement("section");
    s.className = "chart-section";
    s.id = `section-${chart.id}`;
    const h2 = document.createElement("h2");
    h2.textContent = chart.title;
    const p = document.createElement("p");
    p.className = "caption";
    p.textContent = chart.caption;
    s.append(h2, p);
    try {
      s.append(chart.draw({ document, width: WIDTH, height: Math.max(HEIGHT, chart.height(data)), titled: false }, data));
    } catch (error) {
      const e = document.createElement("p");
      e.className = "error";
      e.textContent = `This chart could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
      s.append(e);
    }
    root.append(s);
  }
  installTooltip(document, document.getElementById("tooltip") as HTMLElement);
}
