// Charts as standalone SVG files, drawn on the server by the same chart modules as the page,
// into a linkedom document, and serialized here as well-formed XML (linkedom's outerHTML leaves
// "&" and "<" raw inside attribute values, which an XML parser rejects).
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { ReportData } from "../../../viz/data.js";
import { writeFileAtomic } from "../atomic.js";

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");

/** An element and its subtree as XML: attributes in document order, text escaped. */
export function toXml(node: Node): string {
  if (node.nodeType === 3) return escapeText(node.nodeValue ?? "");
  if (node.nodeType !== 1) return "";
  const el = node as Element;
  const attrs = Array.from(el.attributes, (a) => ` ${a.name}="${escapeAttr(a.value)}"`).join("");
  const children = Array.from(el.childNodes, toXml).join("");
  return children === "" ? `<${el.localName}${attrs}/>` : `<${el.localName}${attrs}>${children}</${el.localName}>`;
}

/** A standalone SVG file. */
export function svgFile(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(svg)}\n`;
}

/** Every chart that applies, drawn at `size` (taller when a chart asks for it) into a server-side DOM. */
export async function renderSvgs(data: ReportData, size: { width: number; height: number }): Promise<Array<{ id: string; svg: string }>> {
  const { parseHTML } = await import("linkedom");
  const { CHARTS, chartHeight } = await import("../../../viz/charts/index.js");
  return CHARTS.filter((c) => c.applies(data)).map((chart) => {
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    const svg = chart.draw({ document: document as unknown as Document, width: size.width, height: chartHeight(chart, data, size.height) }, data);
    return { id: chart.id, svg: svgFile(svg) };
  });
}

/** Writes `<dir>/charts/<id>.svg` for each chart; returns the files written. */
export function writeSvgFiles(dir: string, charts: Array<{ id: string; svg: string }>): string[] {
  const out = path.join(dir, "charts");
  mkdirSync(out, { recursive: true });
  return charts.map(({ id, svg }) => {
    const file = path.join(out, `${id}.svg`);
    writeFileAtomic(file, svg);
    return file;
  });
}
