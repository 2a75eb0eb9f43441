// The `--set path=value` option every command that takes a scenario shares.
import type { Command } from "commander";

export function addSetOption(command: Command): Command {
  return command.option("--set <path=value>", "override a scenario key, typed by the schema (repeatable), e.g. --set team.developers=9", (value: string, previous: string[]) => [...previous, value], [] as string[]);
}
