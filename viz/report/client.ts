// The report page's script: reads the embedded data, draws every chart that applies with the
// same chart modules the SVG export uses, and shows a tooltip for any mark with data-tip.
import { CHARTS } from "../charts/index.js";
import type { ReportData } from "../data.js";

const WIDTH = 960;
const HEIGHT = 440;

function main(): void {
  const data = JSON.parse((document.getElementById("report-data") as HTMLElement).textContent ?? "{}") as ReportData;
  const root = document.getElementById("charts") as HTMLElement;
  for (const chart of CHARTS) {
    if (!chart.applies(data)) continue;
    const section = document.createElement("section");
    section.className = "chart-section";
    section.id = `section-${chart.id}`;
    const h2 = document.createElement("h2");
    h2.textContent = chart.title;
    const p = document.createElement("p");
    p.className = "caption";
    p.textContent = chart.caption;
    section.append(h2, p);
    try {
      section.append(chart.draw({ document, width: WIDTH, height: chart.id === "hours-by-role" ? Math.max(HEIGHT, 140 + 34 * data.drawn.length * 2) : HEIGHT }, data));
    } catch (error) {
      const e = document.createElement("p");
      e.className = "error";
      e.textContent = `This chart could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
      section.append(e);
      console.error(error);
    }
    root.append(section);
  }
  const tooltip = document.getElementById("tooltip") as HTMLElement;
  document.addEventListener("mouseover", (event) => {
    const target = (event.target as Element).closest?.("[data-tip]");
    if (!target) {
      tooltip.hidden = true;
      return;
    }
    tooltip.textContent = target.getAttribute("data-tip");
    tooltip.hidden = false;
  });
  document.addEventListener("mousemove", (event) => {
    tooltip.style.left = `${event.pageX + 14}px`;
    tooltip.style.top = `${event.pageY + 14}px`;
  });
}

main();
