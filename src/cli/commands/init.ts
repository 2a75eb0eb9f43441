// scrumlab init [FILE]: a commented starter scenario that validates (to stdout without FILE).
import { existsSync } from "node:fs";
import path from "node:path";
import type { Register } from "../command.js";
import { subcommand } from "../command.js";
import { InputError } from "../../errors.js";

export const register: Register = (program, io) => {
  subcommand(program, "init", io)
    .description("write a commented starter scenario")
    .argument("[file]", "where to write it (default, or -: print it)")
    .option("--force", "overwrite an existing file")
    .addHelpText("after", "\nExample:\n  scrumlab init my-team.yaml && scrumlab validate my-team.yaml")
    .action(async (file: string | undefined, options: { force?: boolean }) => {
      const { starterScenario } = await import("../../scenario/starter.js");
      const { SCHEMA_FILE } = await import("../../scenario/schema.js");
      const { fromRoot } = await import("../../paths.js");
      const schema = fromRoot(SCHEMA_FILE);
      if (file === undefined || file === "-") return void io.stdout(starterScenario("my-team", schema));
      const target = path.resolve(io.cwd, file);
      if (existsSync(target) && !options.force) throw new InputError(`${file} already exists; use --force to overwrite it`);
      const { writeFileAtomic } = await import("../../output/atomic.js");
      const { nameFromFile } = await import("../../scenario/resolve.js");
      writeFileAtomic(target, starterScenario(nameFromFile(file), path.relative(path.dirname(target), schema)), file);
      io.stdout(`wrote ${file}\n`);
    });
};
