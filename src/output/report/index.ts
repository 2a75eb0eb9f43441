// The report of an output folder: report.html (self-contained, written atomically, the same
// bytes for the same folder), slides.html beside it on request, and every chart as a
// standalone SVG or PNG file for slide decks.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { RunError } from "../../errors.js";
import { fromRoot } from "../../paths.js";
import type { ReportData } from "../../../viz/data.js";
import { writeFileAtomic } from "../atomic.js";
import { annotate } from "./annotations.js";
import { readReportData } from "./data.js";
import { reportHtml } from "./html.js";
import { rasterize } from "./png.js";
import { slidesHtml } from "./slides.js";
import { renderSvgs, writeChartFiles } from "./svg.js";

export { readReportData } from "./data.js";
export { reportHtml } from "./html.js";
export { renderSvgs, svgFile } from "./svg.js";

/** Slide size of the SVG files (16:9); charts that need more rows are taller. */
export const SLIDE = { width: 1280, height: 720 };

/** A bundled browser script from dist/viz (built by `npm run build`). */
export function clientScript(name = "report-client"): string {
  const file = fromRoot("dist", "viz", `${name}.js`);
  if (!existsSync(file)) throw new RunError(`the report's script (${path.relative(process.cwd(), file)}) is missing: run \`npm run build\``);
  return readFileSync(file, "utf8").replace(/<\/script/gi, "<\\/script");
}

/** The report's data: the folder's files plus the story's annotations. */
export async function reportData(dir: string): Promise<ReportData> {
  return annotate(dir, await readReportData(dir));
}

/** Writes `<dir>/report.html` (atomically: a temporary file renamed into place). */
export async function writeReport(dir: string, data?: ReportData): Promise<void> {
  writeFileAtomic(path.join(dir, "report.html"), reportHtml(data ?? (await reportData(dir)), clientScript()));
}

/** Writes `<dir>/slides.html`: one chart per screen with its takeaway, arrow keys to move. */
export async function writeSlides(dir: string, data?: ReportData): Promise<string> {
  const file = path.join(dir, "slides.html");
  writeFileAtomic(file, slidesHtml(data ?? (await reportData(dir)), clientScript()));
  return file;
}

async function chartIds(): Promise<string[]> {
  return (await import("../../../viz/charts/index.js")).CHARTS.map((c) => c.id);
}

/** Each chart that applies, as `<dir>/charts/<id>.svg`, rendered on the server with the same chart code; stale ones removed. */
export async function writeSvgs(dir: string, data?: ReportData, size = SLIDE): Promise<string[]> {
  const svgs = await renderSvgs(data ?? (await reportData(dir)), size);
  return writeChartFiles(dir, svgs.map((s) => ({ id: s.id, content: s.svg })), await chartIds(), "svg");
}

/** Each chart that applies, as `<dir>/charts/<id>.png` (1920 px wide); stale ones removed. */
export async function writePngs(dir: string, data?: ReportData, size = SLIDE): Promise<string[]> {
  const pngs = await rasterize(await renderSvgs(data ?? (await reportData(dir)), size));
  return writeChartFiles(dir, pngs.map((p) => ({ id: p.id, content: p.png })), await chartIds(), "png");
}
