// The report of an output folder: report.html (self-contained, written atomically, the same
// bytes for the same folder) and, on request, every chart as a standalone SVG file for slides.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { RunError } from "../../errors.js";
import { fromRoot } from "../../paths.js";
import type { ReportData } from "../../../viz/data.js";
import { writeFileAtomic } from "../atomic.js";
import { annotate } from "./annotations.js";
import { readReportData } from "./data.js";
import { reportHtml } from "./html.js";
import { renderSvgs, writeSvgFiles } from "./svg.js";

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

/** Each chart that applies, as `<dir>/charts/<id>.svg`, rendered on the server with the same chart code. */
export async function writeSvgs(dir: string, data?: ReportData, size = SLIDE): Promise<string[]> {
  return writeSvgFiles(dir, await renderSvgs(data ?? (await reportData(dir)), size));
}
