// Marks on a chart beyond its data: the story's key moments on the per-sprint charts (a dashed
// line at the moment's sprint, its label in the band the frame reserved above the plot, one row
// each so labels never overlap, the full text as hover tooltip), and direct labels at the right
// end of lines (pushed apart so none overlaps another), which a slide reads without a legend.
import type { Annotation, ReportData } from "./data.js";
import { ANNOTATION_ROW, halo, type Frame } from "./frame.js";
import { colorOf } from "./palette.js";

/** `x(arm, sprint)`: where an arm's sprint sits on the chart's axis. */
export function drawAnnotations(f: Frame, data: ReportData, list: Annotation[], x: (arm: number, sprint: number) => number): void {
  list.forEach((a, i) => {
    const ax = x(a.arm, a.sprint);
    const color = colorOf(data, a.arm);
    const y = -f.band + i * ANNOTATION_ROW + 11;
    const g = f.plot.append("g").attr("class", "annotation").attr("data-tip", a.detail ?? a.label);
    g.append("line").attr("x1", ax).attr("x2", ax).attr("y1", y + 3).attr("y2", f.height).attr("stroke", color).attr("stroke-width", 1.2).attr("stroke-dasharray", "4 3");
    const right = ax > f.width * 0.6;
    const t = g.append("text").attr("x", right ? ax - 4 : ax + 4).attr("y", y).attr("text-anchor", right ? "end" : "start").attr("font-size", 12).attr("fill", color).text(a.label);
    halo(t);
    g.append("title").text(a.detail ?? a.label);
  });
}

export const END_LABEL_ROW = 15;

/** Labels left-aligned at x, each near its y but at least a row apart, in the order of y. */
export function drawEndLabels(f: Frame, x: number, items: Array<{ y: number; text: string; color: string; tip?: string }>): void {
  const sorted = [...items].sort((a, b) => a.y - b.y);
  const ys: number[] = [];
  for (const it of sorted) ys.push(Math.max(it.y, (ys[ys.length - 1] ?? -Infinity) + END_LABEL_ROW));
  // Pushed below the plot: shift the whole column up.
  const over = (ys[ys.length - 1] ?? 0) - (f.height + 4);
  for (let i = ys.length - 1; i >= 0 && over > 0; i--) ys[i] = Math.min(ys[i], (ys[i + 1] ?? f.height + 4 + END_LABEL_ROW) - END_LABEL_ROW);
  const g = f.plot.append("g").attr("class", "end-labels");
  sorted.forEach((it, i) => {
    const t = g.append("text").attr("x", x).attr("y", ys[i]).attr("dominant-baseline", "middle").attr("font-size", 12).attr("font-weight", 600).attr("fill", it.color).attr("data-tip", it.tip ?? it.text).text(it.text);
    halo(t);
  });
}
