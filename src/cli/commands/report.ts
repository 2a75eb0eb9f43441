// scrumlab report DIR [--slides] [--svg] [--png]: rebuild report.html from a folder's CSVs, and
// slides or image files of its charts for a workshop.
import type { Register } from "../program.js";
import { subcommand } from "../program.js";

export const register: Register = (program, io) => {
  subcommand(program, "report", io)
    .description("rebuild report.html of an output folder; --slides, --svg and --png make slides and images of its charts")
    .argument("<dir>", "an output folder of run, compare, sweep or merge")
    .option("--slides", "also write slides.html: one chart per screen with its takeaway (arrow keys to move)")
    .option("--svg", "also write charts/<chart>.svg, sized for slides (1280 × 720)")
    .option("--png", "also write charts/<chart>.png, 1920 px wide, for slide decks")
    .addHelpText("after", "\nExample:\n  scrumlab report out/compare-baseline-vs-merged-po-sm --slides --png")
    .action(async (dir: string, options: { svg?: boolean; png?: boolean; slides?: boolean }) => {
      const path = await import("node:path");
      const { reportData, writeReport, writePngs, writeSlides, writeSvgs } = await import("../../output/report/index.js");
      const folder = path.resolve(io.cwd, dir);
      const data = await reportData(folder);
      await writeReport(folder, data);
      io.stdout(`wrote ${path.join(dir, "report.html")}\n`);
      if (options.slides) io.stdout(`wrote ${path.relative(io.cwd, await writeSlides(folder, data))}\n`);
      if (options.svg) for (const f of await writeSvgs(folder, data)) io.stdout(`wrote ${path.relative(io.cwd, f)}\n`);
      if (options.png) for (const f of await writePngs(folder, data)) io.stdout(`wrote ${path.relative(io.cwd, f)}\n`);
    });
};
