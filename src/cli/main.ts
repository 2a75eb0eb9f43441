// Runs the CLI on argv and returns the exit code: 0 success, 1 failure while running,
// 2 bad usage or bad input, 130 / 143 / 129 interrupted. Never exits the process itself: a
// forced exit after a signal goes through the `exit` that bin/ hands in.
import { CommanderError } from "commander";
import { buildProgram } from "./program.js";
import { processIO, terminalIO, type CliIO } from "./io.js";
import { terminalSafe } from "./terminal.js";
import { ScrumlabError } from "../errors.js";
import { discardOpenFolders } from "../output/folder.js";
import { watchSignals } from "./signals.js";

export interface MainOptions {
  /** Ends the process (bin/ passes process.exit): used only when a signal's orderly stop takes too long. */
  exit?: (code: number) => void;
}

export async function main(argv: string[], io?: CliIO, options: MainOptions = {}): Promise<number> {
  let detach = () => {};
  if (io === undefined) {
    const watch = watchSignals(process, { cleanup: discardOpenFolders, exit: options.exit, say: (text) => process.stderr.write(text) });
    detach = watch.detach;
    io = processIO(watch.signal);
  }
  io = terminalIO(io, terminalSafe); // names, keys and file names may hold escape sequences
  try {
    const program = await buildProgram(io);
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (error) {
    return report(error, io);
  } finally {
    detach();
  }
}

function report(error: unknown, io: CliIO): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (help, version, or the usage error).
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return 0;
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof ScrumlabError) {
    io.stderr(`scrumlab: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr(`scrumlab: internal error — please report it with the command you ran:\n${message}\n`);
  return 1;
}
