// scrumlab report DIR [--svg]: rebuild report.html from a folder's CSVs (and SVG files of the charts).
import type { Register } from "../program.js";
import { subcommand } from "../program.js";
import { InputError } from "../../errors.js";

export const register: Register = (program, io) => {
  subcommand(program, "report", io)
    .description("rebuild report.html of an output folder; --svg also writes each chart as an SVG file")
    .argument("<dir>", "an output folder of run, compare, sweep, sensitivity or merge")
    .option("--svg", "also write charts/<chart>.svg, sized for slides (1280 × 720)")
    .addHelpText("after", "\nExample:\n  scrumlab report out/compare-baseline --svg")
    .action(async (dir: string, options: { svg?: boolean }) => {
      const path = await import("node:path");
      const { existsSync, readFileSync } = await import("node:fs");
      const folder = path.resolve(io.cwd, dir);
      if (!existsSync(path.join(folder, "meta.json"))) throw new InputError(`${dir}: not a scrumlab output folder (no meta.json)`);
      if ((JSON.parse(readFileSync(path.join(folder, "meta.json"), "utf8")) as { command?: string }).command === "sensitivity") {
        const { readSensitivityData, renderSensitivitySvgs, writeSensitivityReport } = await import("../../output/report/sensitivity.js");
        const { SLIDE } = await import("../../output/report/index.js");
        const { writeSvgFiles } = await import("../../output/report/svg.js");
        const data = await readSensitivityData(folder);
        await writeSensitivityReport(folder, data);
        io.stdout(`wrote ${path.join(dir, "report.html")}\n`);
        if (options.svg) for (const f of writeSvgFiles(folder, await renderSensitivitySvgs(data, SLIDE))) io.stdout(`wrote ${path.relative(io.cwd, f)}\n`);
        return;
      }
      const { reportData, writeReport, writeSvgs } = await import("../../output/report/index.js");
      const data = await reportData(folder);
      await writeReport(folder, data);
      io.stdout(`wrote ${path.join(dir, "report.html")}\n`);
      if (options.svg) for (const f of await writeSvgs(folder, data)) io.stdout(`wrote ${path.relative(io.cwd, f)}\n`);
    });
};
