// The report of an output folder: report.html (self-contained, written atomically) and, on
// request, every chart as a standalone SVG file sized for slides.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { RunError } from "../../errors.js";
import { fromRoot } from "../../paths.js";
import { writeFileAtomic } from "../atomic.js";
import { readReportData } from "./data.js";
import { reportHtml } from "./html.js";
import { annotate } from "./annotations.js";

export { readReportData } from "./data.js";

export function clientScript(name = "report-client"): string {
  const file = fromRoot("dist", "viz", `${name}.js`);
  if (!existsSync(file)) throw new RunError(`the report's script (${path.relative(process.cwd(), file)}) is missing: run \`npm run build\``);
  return readFileSync(file, "utf8").replace(/<\/script/gi, "<\\/script");
}

export async function writeReport(dir: string): Promise<void> {
  const data = await annotate(dir, await readReportData(dir));
  writeFileAtomic(path.join(dir, "report.html"), reportHtml(data, clientScript()));
}

/** A standalone SVG file: well-formed XML (the server DOM leaves < and > raw inside attributes). */
export function svgFile(svg: SVGSVGElement): string {
  const xml = svg.outerHTML.replace(/="([^"]*)"/g, (_m, v: string) => `="${v.replace(/</g, "&lt;").replace(/>/g, "&gt;")}"`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

/** Each chart that applies, as `<dir>/charts/<id>.svg`, rendered on the server with the same chart code. */
export async function writeSvgs(dir: string, size = { width: 1280, height: 720 }): Promise<string[]> {
  const { parseHTML } = await import("linkedom");
  const { CHARTS } = await import("../../../viz/charts/index.js");
  const data = await annotate(dir, await readReportData(dir));
  const out = path.join(dir, "charts");
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  for (const chart of CHARTS) {
    if (!chart.applies(data)) continue;
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    const svg = chart.draw({ document: document as unknown as Document, ...size }, data);
    const file = path.join(out, `${chart.id}.svg`);
    writeFileAtomic(file, svgFile(svg));
    written.push(file);
  }
  return written;
}
