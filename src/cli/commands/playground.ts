// scrumlab playground [--out FILE]: write the offline playground page.
import type { Register } from "../command.js";
import { subcommand } from "../command.js";

export const register: Register = (program, io) => {
  subcommand(program, "playground", io)
    .description("write the offline playground page (open it in a browser: switch practices, watch the charts)")
    .option("--out <file>", "where to write it", "scrumlab-playground.html")
    .option("--force", "overwrite an existing file that is not a playground page scrumlab wrote")
    .addHelpText("after", "\nExample:\n  scrumlab playground --out workshop.html && xdg-open workshop.html")
    .action(async (options: { out: string; force?: boolean }) => {
      const path = await import("node:path");
      const { playgroundHtml } = await import("../../playground/page.js");
      const { writeFileAtomic } = await import("../../output/atomic.js");
      const { UsageError } = await import("../../errors.js");
      if (options.out === "-") throw new UsageError("--out -: the playground is a file to open in a browser; give a file name, e.g. --out playground.html");
      const file = path.resolve(io.cwd, options.out);
      const { isOurPage } = await import("../../playground/page.js");
      if (!options.force && !isOurPage(file)) throw new UsageError(`--out ${options.out}: the file exists and is not a playground page scrumlab wrote; use --force to overwrite it`);
      writeFileAtomic(file, playgroundHtml(), options.out);
      io.stdout(`wrote ${options.out}\n`);
    });
};
