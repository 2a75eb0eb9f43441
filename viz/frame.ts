// The frame every chart shares: an SVG in the given document (browser or server DOM), a title,
// a plot area with margins, axes with labels and units, a legend, and tooltips on marks
// (data-tip for the page's tooltip, plus an SVG <title> for standalone files).
import { axisBottom, axisLeft, select, type ScaleBand, type ScaleLinear, type Selection } from "d3";

export const SVG_NS = "http://www.w3.org/2000/svg";

export interface ChartContext {
  document: Document;
  width: number;
  height: number;
}

export type G = Selection<SVGGElement, unknown, null, undefined>;

export interface Frame {
  svg: SVGSVGElement;
  plot: G;
  width: number;
  height: number;
}

export interface LegendItem {
  label: string;
  color: string;
}

const LEGEND_ROW = 18;

/** Legend items laid out in rows that fit `width`; returns each item's position. */
function legendRows(items: LegendItem[], width: number): Array<LegendItem & { x: number; row: number }> {
  let x = 0;
  let row = 0;
  return items.map((item) => {
    const w = 30 + item.label.length * 7.2;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    const placed = { ...item, x, row };
    x += w;
    return placed;
  });
}

/**
 * An SVG in ctx.document with a title and, under it, the legend (wrapped to fit), then the plot
 * area below them; margins are in pixels (top is measured from below the legend).
 */
export function frame(ctx: ChartContext, id: string, title: string, margin = { top: 16, right: 24, bottom: 56, left: 72 }, items: LegendItem[] = []): Frame {
  const svg = ctx.document.createElementNS(SVG_NS, "svg") as SVGSVGElement;
  const s = select(svg)
    .attr("xmlns", SVG_NS)
    .attr("class", `chart chart-${id}`)
    .attr("viewBox", `0 0 ${ctx.width} ${ctx.height}`)
    .attr("width", ctx.width)
    .attr("height", ctx.height)
    .attr("role", "img")
    .attr("aria-label", title)
    .attr("font-family", "system-ui, -apple-system, Segoe UI, Roboto, sans-serif")
    .attr("font-size", 12);
  s.append("rect").attr("width", ctx.width).attr("height", ctx.height).attr("fill", "#ffffff");
  s.append("text").attr("class", "title").attr("x", 12).attr("y", 24).attr("font-size", 16).attr("font-weight", 600).text(title);
  const placed = legendRows(items, ctx.width - 24);
  const rows = placed.length === 0 ? 0 : placed[placed.length - 1].row + 1;
  const legend = s.append("g").attr("class", "legend").attr("transform", "translate(12,50)");
  for (const item of placed) {
    const g = legend.append("g").attr("transform", `translate(${item.x},${item.row * LEGEND_ROW})`);
    g.append("rect").attr("width", 12).attr("height", 12).attr("y", -10).attr("fill", item.color);
    g.append("text").attr("x", 16).text(item.label);
  }
  const top = 40 + rows * LEGEND_ROW + margin.top;
  const plot = s.append("g").attr("class", "plot").attr("transform", `translate(${margin.left},${top})`) as G;
  return { svg, plot, width: ctx.width - margin.left - margin.right, height: ctx.height - top - margin.bottom };
}

export function axes(f: Frame, x: ScaleLinear<number, number> | ScaleBand<string>, y: ScaleLinear<number, number>, xLabel: string, yLabel: string, xTicks = 8): void {
  const gx = f.plot.append("g").attr("class", "axis x").attr("transform", `translate(0,${f.height})`);
  if ("bandwidth" in x) gx.call(axisBottom(x));
  else gx.call(axisBottom(x).ticks(xTicks));
  f.plot.append("g").attr("class", "axis y").call(axisLeft(y).ticks(6));
  f.plot.append("text").attr("class", "axis-label").attr("x", f.width / 2).attr("y", f.height + 42).attr("text-anchor", "middle").text(xLabel);
  f.plot.append("text").attr("class", "axis-label").attr("transform", `translate(${-56},${f.height / 2}) rotate(-90)`).attr("text-anchor", "middle").text(yLabel);
}

/** Hover text on a mark: data-tip for the page's tooltip, <title> for standalone SVG. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function tip<D>(sel: Selection<any, D, any, any>, text: (d: D) => string): void {
  sel.attr("data-tip", text as never).append("title").text(text as never);
}

/** A marker line at a sprint, with a label (annotations of the story). */
export function marker(f: Frame, x: number, label: string, row = 0, color = "#444"): void {
  const g = f.plot.append("g").attr("class", "annotation");
  g.append("line").attr("x1", x).attr("x2", x).attr("y1", 0).attr("y2", f.height).attr("stroke", color).attr("stroke-dasharray", "4 3");
  const right = x > f.width * 0.6;
  const t = g.append("text").attr("x", right ? x - 4 : x + 4).attr("y", 12 + row * 14).attr("text-anchor", right ? "end" : "start").attr("font-size", 11).attr("fill", color).text(label);
  t.attr("data-tip", label);
}
