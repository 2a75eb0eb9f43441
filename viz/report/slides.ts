// The slides' script: one slide per chart that applies (the key ones first, as in the report),
// each with its title and takeaway, the chart filling the rest of the screen; arrow keys,
// Page Up/Down, space, Home/End and a click move; the slide number is kept in the URL's #.
import { chartHeight, chartsFor } from "../charts/index.js";
import type { ReportData } from "../data.js";
import { takeaway } from "../takeaways.js";
import { installTooltip } from "../tooltip.js";

const WIDTH = 1280;
const HEIGHT = 620;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ""): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  e.textContent = text;
  return e;
}

/** Draws the page (called by pages.ts). */
export function drawSlides(): void {
  const data = JSON.parse((document.getElementById("report-data") as HTMLElement).textContent ?? "{}") as ReportData;
  const root = document.getElementById("slides") as HTMLElement;
  for (const chart of chartsFor(data)) {
    const s = el("section", "slide");
    s.id = `slide-${chart.id}`;
    s.append(el("h2", "", chart.title));
    const sentence = takeaway(chart.id, data) || chart.caption;
    s.append(el("p", "takeaway", sentence));
    const box = el("div", "chart-box");
    box.append(chart.draw({ document, width: WIDTH, height: chartHeight(chart, data, HEIGHT), titled: false }, data));
    s.append(box);
    root.append(s);
  }
  const slides = [...document.querySelectorAll<HTMLElement>("section.slide")];
  const counter = document.getElementById("counter") as HTMLElement;
  let current = 0;
  const show = (i: number) => {
    current = Math.max(0, Math.min(slides.length - 1, i));
    slides.forEach((s, k) => s.classList.toggle("current", k === current));
    counter.textContent = `${current + 1} / ${slides.length}`;
    if (location.hash !== `#${current + 1}`) history.replaceState(null, "", `#${current + 1}`);
  };
  document.addEventListener("keydown", (e) => {
    const next = ["ArrowRight", "ArrowDown", "PageDown", " ", "Enter"];
    const previous = ["ArrowLeft", "ArrowUp", "PageUp", "Backspace"];
    if (next.includes(e.key)) show(current + 1);
    else if (previous.includes(e.key)) show(current - 1);
    else if (e.key === "Home") show(0);
    else if (e.key === "End") show(slides.length - 1);
    else return;
    e.preventDefault();
  });
  document.addEventListener("click", (e) => show(current + (e.clientX < window.innerWidth / 3 ? -1 : 1)));
  show(Number(location.hash.slice(1)) - 1 || 0);
  installTooltip(document, document.getElementById("tooltip") as HTMLElement);
}
