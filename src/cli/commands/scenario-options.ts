// The options every command that takes a scenario shares: `--set path=value`, and
// `--extends-root DIR` (where `extends` may read files; by default the scenario's own folder).
import type { Command } from "commander";

export function addSetOption(command: Command): Command {
  return command
    .option("--set <path=value>", "override a scenario key, typed by the schema (repeatable), e.g. --set team.developers=9", (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option("--extends-root <dir>", "let extends read scenario files anywhere inside this folder (default: the scenario's own folder, and the shipped scenarios)");
}
