// scrumlab schema: the JSON Schema of scenario files, for editor completion.
import type { Register } from "../program.js";
import { subcommand } from "../program.js";

export const register: Register = (program, io) => {
  subcommand(program, "schema", io)
    .description("print the JSON Schema of scenario files (for VS Code's YAML extension)")
    .addHelpText("after", '\nExample:\n  scrumlab schema > scenario.schema.json\n  # then in a scenario file: # yaml-language-server: $schema=./scenario.schema.json')
    .action(async () => {
      const { jsonSchema } = await import("../../scenario/schema.js");
      io.stdout(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
    });
};
