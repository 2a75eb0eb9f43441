// What a command module needs to add itself to the program (src/cli/program.ts loads each one):
// the Register signature, and a subcommand with the program-wide output settings.
import type { Command } from "commander";
import type { CliIO } from "./io.js";

/** A command module: adds one subcommand to the program. */
export type Register = (program: Command, io: CliIO) => void;

/** Applies the program-wide settings (output, exitOverride) to a subcommand. */
export function subcommand(program: Command, name: string, io: CliIO): Command {
  return program
    .command(name)
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(text),
    })
    .showHelpAfterError("(add --help for usage)")
    .exitOverride();
}
