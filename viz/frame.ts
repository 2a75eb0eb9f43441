// The frame every chart shares: an SVG in the given document (browser or server DOM — the
// chart never touches a global document), a title, a legend, a band for annotations, and the
// plot area inside margins. Sizes are in pixels; the same input gives the same SVG.
import { select, type Selection } from "d3";
import { drawLegend, legendRows, LEGEND_ROW, type LegendItem } from "./legend.js";

export const SVG_NS = "http://www.w3.org/2000/svg";

export interface ChartContext {
  document: Document;
  width: number;
  height: number;
  /** Draw the title inside the SVG (default true; the report page shows it as a heading instead). */
  titled?: boolean;
}

export type G = Selection<SVGGElement, unknown, null, undefined>;

export interface Frame {
  svg: SVGSVGElement;
  plot: G;
  width: number;
  height: number;
  /** Height of the annotation band above the plot (0 when none). */
  band: number;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FrameOptions {
  id: string;
  title: string;
  margin?: Partial<Margin>;
  legend?: LegendItem[];
  /** Grey text after the legend items (what the marks mean). */
  note?: string;
  /** Rows to reserve above the plot for annotation labels. */
  annotations?: number;
}

export const ANNOTATION_ROW = 14;
const DEFAULT_MARGIN: Margin = { top: 12, right: 24, bottom: 52, left: 72 };

export function frame(ctx: ChartContext, o: FrameOptions): Frame {
  const margin = { ...DEFAULT_MARGIN, ...o.margin };
  const svg = ctx.document.createElementNS(SVG_NS, "svg") as SVGSVGElement;
  const s = select(svg)
    .attr("xmlns", SVG_NS)
    .attr("class", `chart chart-${o.id}`)
    .attr("viewBox", `0 0 ${ctx.width} ${ctx.height}`)
    .attr("width", ctx.width)
    .attr("height", ctx.height)
    .attr("role", "img")
    .attr("aria-label", o.title)
    .attr("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif")
    .attr("font-size", 12);
  s.append("rect").attr("width", ctx.width).attr("height", ctx.height).attr("fill", "#ffffff");
  let y = 8;
  if (ctx.titled !== false) {
    // A long title on a small chart shrinks to fit (never below 12 px).
    const size = Math.max(12, Math.min(16, Math.floor((ctx.width - 24) / (o.title.length * 0.56))));
    s.append("text").attr("class", "title").attr("x", 12).attr("y", 26).attr("font-size", size).attr("font-weight", 600).text(o.title);
    y = 40;
  }
  const items = o.legend ?? [];
  const rows = legendRows(items, o.note, ctx.width - 24);
  if (rows > 0) {
    drawLegend(s.append("g").attr("class", "legend").attr("transform", `translate(12,${y + 12})`), items, o.note, ctx.width - 24);
    y += rows * LEGEND_ROW + 6;
  }
  const band = (o.annotations ?? 0) * ANNOTATION_ROW;
  const top = y + margin.top + band;
  const plot = s.append("g").attr("class", "plot").attr("transform", `translate(${margin.left},${top})`) as G;
  return { svg, plot, width: ctx.width - margin.left - margin.right, height: Math.max(40, ctx.height - top - margin.bottom), band };
}

/** A part of a frame's plot area, translated by (dx, dy), for panels and small multiples. */
export function panel(f: Frame, dx: number, dy: number, width: number, height: number): Frame {
  return { svg: f.svg, plot: f.plot.append("g").attr("transform", `translate(${dx},${dy})`) as G, width, height, band: f.band };
}

/** Text attributes for a white halo, so labels stay readable over marks. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function halo(sel: Selection<any, any, any, any>): void {
  sel.attr("stroke", "#ffffff").attr("stroke-width", 3).attr("stroke-linejoin", "round").attr("paint-order", "stroke");
}
