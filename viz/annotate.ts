// Annotations on a sprint-based chart: a dashed line at the sprint, its label in the band the
// frame reserved above the plot (one row each, so labels never overlap marks or each other),
// the full text as hover tooltip. The hook the coaching story fills (ReportData.annotations).
import type { Annotation, ReportData } from "./data.js";
import { ANNOTATION_ROW, halo, type Frame } from "./frame.js";
import { colorOf } from "./palette.js";

export function drawAnnotations(f: Frame, data: ReportData, list: Annotation[], x: (sprint: number) => number): void {
  list.forEach((a, i) => {
    const ax = x(a.sprint);
    const color = colorOf(data, a.arm);
    const y = -f.band + i * ANNOTATION_ROW + 10;
    const g = f.plot.append("g").attr("class", "annotation").attr("data-tip", a.detail ?? a.label);
    g.append("line").attr("x1", ax).attr("x2", ax).attr("y1", y + 3).attr("y2", f.height).attr("stroke", color).attr("stroke-width", 1.2).attr("stroke-dasharray", "4 3");
    const right = ax > f.width * 0.6;
    const t = g.append("text").attr("x", right ? ax - 4 : ax + 4).attr("y", y).attr("text-anchor", right ? "end" : "start").attr("font-size", 11).attr("fill", color).text(a.label);
    halo(t);
    g.append("title").text(a.detail ?? a.label);
  });
}
