// The command tree. Each command lives in its own file under commands/, declares its
// arguments and options here at start-up, and imports its (heavier) implementation lazily,
// so that `scrumlab --help` stays fast.
import { Command } from "commander";
import type { CliIO } from "./io.js";
import { toolVersion } from "../version.js";
import { UsageError } from "../errors.js";
import { subcommand, type Register } from "./command.js";

const commands: Array<() => Promise<{ register: Register }>> = [
  // commands are added here, one line each, in the order --help lists them
  () => import("./commands/run.js"),
  () => import("./commands/compare.js"),
  () => import("./commands/sweep.js"),
  () => import("./commands/sensitivity.js"),
  () => import("./commands/merge.js"),
  () => import("./commands/story.js"),
  () => import("./commands/report.js"),
  () => import("./commands/playground.js"),
  () => import("./commands/validate.js"),
  () => import("./commands/schema.js"),
  () => import("./commands/init.js"),
  () => import("./commands/list.js"),
  () => import("./commands/import.js"),
  () => import("./commands/forecast.js"),
  () => import("./commands/backtest.js"),
  () => import("./commands/calibrate.js"),
];

export async function buildProgram(io: CliIO): Promise<Command> {
  const program = new Command();
  program
    .name("scrumlab")
    .description("Agent-based, deterministic simulation of Scrum teams: what merged roles, unremoved impediments or a part-time Product Owner cost in delivered value.")
    .version(toolVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .showHelpAfterError("(add --help for usage)")
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(text),
    })
    .exitOverride();
  for (const load of commands) (await load()).register(program, io);
  // `help <command>` of a command that does not exist is an error (commander's own printed the main help, exit 0).
  program.helpCommand(false);
  subcommand(program, "help", io)
    .description("show help for a command")
    .argument("[command]")
    .action((name?: string) => {
      if (name === undefined) return program.help();
      const command = program.commands.find((c) => c.name() === name);
      if (command === undefined) throw new UsageError(`help: unknown command ${JSON.stringify(name)} (scrumlab --help lists them)`);
      command.help();
    });
  return program;
}
