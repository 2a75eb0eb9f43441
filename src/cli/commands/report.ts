// scrumlab report DIR [--svg]: rebuild report.html from a folder's CSVs (and SVG files of the charts).
import type { Register } from "../program.js";
import { subcommand } from "../program.js";

export const register: Register = (program, io) => {
  subcommand(program, "report", io)
    .description("rebuild report.html of an output folder; --svg also writes each chart as an SVG file")
    .argument("<dir>", "an output folder of run, compare, sweep or merge")
    .option("--svg", "also write charts/<chart>.svg, sized for slides (1280 × 720)")
    .addHelpText("after", "\nExample:\n  scrumlab report out/compare-baseline --svg")
    .action(async (dir: string, options: { svg?: boolean }) => {
      const path = await import("node:path");
      const folder = path.resolve(io.cwd, dir);
      (await import("../../output/meta.js")).readMeta(folder); // a folder scrumlab did not write is refused before anything is read
      const { reportData, writeReport, writeSvgs } = await import("../../output/report/index.js");
      const data = await reportData(folder);
      await writeReport(folder, data);
      io.stdout(`wrote ${path.join(dir, "report.html")}\n`);
      if (options.svg) for (const f of await writeSvgs(folder, data)) io.stdout(`wrote ${path.relative(io.cwd, f)}\n`);
    });
};
