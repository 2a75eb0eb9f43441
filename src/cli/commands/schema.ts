// scrumlab schema: the JSON Schema of scenario files, for editor completion.
import type { Register } from "../command.js";
import { subcommand } from "../command.js";

export const register: Register = (program, io) => {
  subcommand(program, "schema", io)
    .description("print the JSON Schema of scenario files (for VS Code's YAML extension)")
    .addHelpText("after", '\nThe package also ships it as schema/scenario.schema.json; `scrumlab init` writes the line that points an editor at it.\n\nExample:\n  scrumlab schema > scenario.schema.json\n  # then as the first line of a scenario file: # yaml-language-server: $schema=./scenario.schema.json')
    .action(async () => {
      const { schemaText } = await import("../../scenario/schema.js");
      io.stdout(schemaText());
    });
};
