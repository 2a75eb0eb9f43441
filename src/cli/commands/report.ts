// scrumlab report DIR [--slides] [--svg] [--png]: rebuild report.html from a folder's CSVs, and
// slides or image files of its charts for a workshop.
import { InputError } from "../../errors.js";
import type { Register } from "../command.js";
import { subcommand } from "../command.js";

export const register: Register = (program, io) => {
  subcommand(program, "report", io)
    .description("rebuild report.html of an output folder; --slides, --svg and --png make slides and images of its charts")
    .argument("<dir>", "an output folder of run, compare, sweep, sensitivity or merge")
    .option("--slides", "also write slides.html: one chart per screen with its takeaway (arrow keys to move)")
    .option("--svg", "also write charts/<chart>.svg, sized for slides (1280 × 720)")
    .option("--png", "also write charts/<chart>.png, 1920 px wide, for slide decks")
    .addHelpText("after", "\nExample:\n  scrumlab report out/compare-baseline-vs-merged-po-sm --slides --png")
    .action(async (dir: string, options: { svg?: boolean; png?: boolean; slides?: boolean }) => {
      const path = await import("node:path");
      const { isSensitivity, readMetaJson } = await import("../../output/meta.js");
      const folder = path.resolve(io.cwd, dir);
      const meta = readMetaJson(folder); // a folder scrumlab did not write is refused before anything is read
      if (isSensitivity(meta)) {
        const { readSensitivityData, renderSensitivitySvgs, writeSensitivityReport } = await import("../../output/report/sensitivity.js");
        const { SLIDE } = await import("../../output/report/index.js");
        const { writeChartFiles } = await import("../../output/report/svg.js");
        const { SENSITIVITY_CHARTS } = await import("../../../viz/charts/sensitivity.js");
        const data = await readSensitivityData(folder);
        await writeSensitivityReport(folder, data);
        io.stdout(`wrote ${path.join(dir, "report.html")}\n`);
        if (options.slides || options.png) throw new InputError(`${dir}: --slides and --png are for run, compare and sweep folders; a sensitivity folder has --svg`);
        if (options.svg) {
          const charts = (await renderSensitivitySvgs(data, SLIDE)).map((c) => ({ id: c.id, content: c.svg }));
          for (const f of writeChartFiles(folder, charts, SENSITIVITY_CHARTS.map((c) => c.id), "svg")) io.stdout(`wrote ${path.relative(io.cwd, f)}\n`);
        }
        return;
      }
      const { reportData, writeReport, writePngs, writeSlides, writeSvgs } = await import("../../output/report/index.js");
      const data = await reportData(folder);
      await writeReport(folder, data);
      io.stdout(`wrote ${path.join(dir, "report.html")}\n`);
      if (options.slides) io.stdout(`wrote ${path.relative(io.cwd, await writeSlides(folder, data))}\n`);
      if (options.svg) for (const f of await writeSvgs(folder, data)) io.stdout(`wrote ${path.relative(io.cwd, f)}\n`);
      if (options.png) for (const f of await writePngs(folder, data)) io.stdout(`wrote ${path.relative(io.cwd, f)}\n`);
    });
};
