// Charts as standalone SVG files, drawn on the server by the same chart modules as the page,
// into a linkedom document, and serialized here as well-formed XML (linkedom's outerHTML leaves
// "&" and "<" raw inside attribute values, which an XML parser rejects; XML 1.0 allows no C0
// control but tab and line ends, and no lone surrogate, even escaped — they are shown as their
// Unicode control pictures, ␀ … ␟, and U+FFFD). Files of charts that no longer apply go.
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { ReportData } from "../../../viz/data.js";
import { writeFileAtomic } from "../atomic.js";

/** Text an XML 1.0 parser accepts: C0 controls (but tab, LF, CR) as control pictures, U+FFFE/U+FFFF and lone surrogates as U+FFFD. */
export function xmlSafe(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)))
    .replace(/[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

const escapeText = (s: string) => xmlSafe(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
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

/** Writes `<dir>/charts/<id>.<ext>` for each chart, and removes the files of scrumlab's charts that no longer apply; returns the files written. */
export function writeChartFiles(dir: string, charts: Array<{ id: string; content: string | Uint8Array }>, allIds: string[], ext: "svg" | "png"): string[] {
  const out = path.join(dir, "charts");
  mkdirSync(out, { recursive: true });
  const written = charts.map(({ id, content }) => {
    const file = path.join(out, `${id}.${ext}`);
    writeFileAtomic(file, content);
    return file;
  });
  removeStale(out, charts.map((c) => c.id), allIds, ext);
  return written;
}

/** Removes `<id>.<ext>` of every chart scrumlab draws that is not among `current` — never a file scrumlab does not name. */
export function removeStale(folder: string, current: string[], allIds: string[], ext: string): void {
  if (!existsSync(folder)) return;
  const stale = new Set(allIds.filter((id) => !current.includes(id)).map((id) => `${id}.${ext}`));
  for (const f of readdirSync(folder)) if (stale.has(f)) rmSync(path.join(folder, f), { force: true });
}
