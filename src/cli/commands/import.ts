// scrumlab import FILE… [--out FILE]: tracker exports → one history in a normal form, saying
// what was found in each file.
import path from "node:path";
import type { Register } from "../command.js";
import { subcommand } from "../command.js";

interface ImportOptions {
  out: string;
  force?: boolean;
}

export const register: Register = (program, io) => {
  subcommand(program, "import", io)
    .description("read tracker exports (Jira CSV or REST JSON, GitLab issues JSON, a sprint report, a normal form) and write the history in its normal form")
    .argument("<files...>", "the files to read; parts of one export join")
    .option("--out <file>", "where to write the history ('-': standard output)", "history.csv")
    .option("--force", "overwrite an existing file")
    .addHelpText("after", "\nExamples:\n  scrumlab import jira-export.csv --out history.csv\n  scrumlab import issues-page1.json issues-page2.json --out history.csv\n\nThen: scrumlab forecast history.csv --items 40")
    .action(async (files: string[], o: ImportOptions) => {
      const { readFiles, checkWritable } = await import("./history-options.js");
      const { importFiles, describeImport, itemsCsv, sprintsCsv, FORMAT_NAMES } = await import("../../import/index.js");
      const imported = importFiles(readFiles(files, io));
      const csv = imported.history.form === "items" ? itemsCsv(imported.history.items) : sprintsCsv(imported.history.sprints);
      const form = imported.history.form === "items" ? FORMAT_NAMES.items : FORMAT_NAMES.sprints;
      if (o.out === "-") {
        io.stderr(describeImport(imported));
        io.stdout(csv);
        return;
      }
      const target = path.resolve(io.cwd, o.out);
      checkWritable(target, o.out, o.force === true, () => false);
      const { writeFileAtomic } = await import("../../output/atomic.js");
      writeFileAtomic(target, csv);
      io.stdout(`${describeImport(imported)}wrote ${o.out} (${form})\n`);
    });
};
