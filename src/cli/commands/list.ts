// scrumlab list: the scenarios shipped in scenarios/, with their one-line descriptions.
import type { Register } from "../command.js";
import { subcommand } from "../command.js";

export const register: Register = (program, io) => {
  subcommand(program, "list", io)
    .description("list the scenarios shipped with scrumlab")
    .addHelpText("after", "\nExample:\n  scrumlab list\n  scrumlab run merged-po-sm      # a name from the list works wherever a file does")
    .option("--json", "print the list as JSON on stdout: name, file and summary of each")
    .action(async (options: { json?: boolean }) => {
      const { shippedScenarios } = await import("../../scenario/library.js");
      const list = shippedScenarios();
      if (options.json) return void io.stdout(`${JSON.stringify(list.map((s) => ({ name: s.name, file: s.file, summary: s.summary })), null, 2)}\n`);
      const width = Math.max(...list.map((s) => s.name.length));
      for (const s of list) io.stdout(`${s.name.padEnd(width)}  ${s.summary}\n`);
      io.stdout(`\n${list.length} scenarios in ${list[0]?.folder ?? "scenarios/"}\n`);
    });
};
