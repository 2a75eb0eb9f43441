// The CLI's view of the process: where text goes and what the terminal is. Tests pass their
// own, so every command runs in-process as well as in a subprocess.
import { readFileSync } from "node:fs";

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stderr is an interactive terminal (progress bars are drawn only then). */
  stderrIsTTY: boolean;
  /** stdout is an interactive terminal (bold headings in stories, unless NO_COLOR). */
  stdoutIsTTY?: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Aborted when the process receives SIGINT / SIGTERM / SIGHUP. */
  signal?: AbortSignal;
  /** All of stdin, for a scenario named "-" (read once, when asked). */
  stdin?: () => string | Uint8Array;
  /** The streams without the terminal escaping of main(): for the progress bar's carriage returns. */
  raw?: Pick<CliIO, "stdout" | "stderr">;
}

/** The same IO, with every text made safe for a terminal (control characters and bidi overrides escaped). */
export function terminalIO(io: CliIO, safe: (text: string) => string): CliIO {
  return { ...io, stdout: (text) => io.stdout(safe(text)), stderr: (text) => io.stderr(safe(text)), raw: io.raw ?? { stdout: io.stdout, stderr: io.stderr } };
}

export function processIO(signal?: AbortSignal): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
    signal,
    stdin: () => readFileSync(0),
  };
}

/** An IO that records what was written, for tests. */
export function memoryIO(options: Partial<CliIO> = {}): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    stderrIsTTY: false,
    env: {},
    cwd: process.cwd(),
    ...options,
    out,
    err,
  };
}
