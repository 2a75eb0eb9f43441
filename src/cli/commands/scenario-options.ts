// What every command that takes a scenario shares: `--set path=value`, `--extends-root DIR`
// (where `extends` may read files; by default the scenario's own folder), and scenario arguments
// that are a file, `-` (standard input) or the name of a shipped scenario (as `scrumlab list` prints it).
import type { Command } from "commander";

export function addSetOption(command: Command): Command {
  return command
    .option("--set <path=value>", "override a scenario key, typed by the schema (repeatable), e.g. --set team.developers=9", (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option("--extends-root <dir>", "let extends read scenario files anywhere inside this folder (default: the scenario's own folder, and the shipped scenarios)");
}

/** Each argument as a file: a path as given, or the shipped scenario it names; an unknown name is refused with a hint. */
export async function scenarioArgs(args: string[], cwd: string): Promise<string[]> {
  const { existsSync } = await import("node:fs");
  const path = await import("node:path");
  const { scenarioFile, shippedHint } = await import("../../scenario/library.js");
  const { InputError } = await import("../../errors.js");
  return args.map((arg) => {
    const file = scenarioFile(arg, cwd);
    if (file === arg && !existsSync(path.resolve(cwd, arg))) {
      const hint = shippedHint(arg);
      if (hint !== "") throw new InputError(`${arg}: no such file${hint}`);
    }
    return file;
  });
}
