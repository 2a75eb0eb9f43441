// Typed errors that carry their exit code. Lower layers throw them; only bin/ (through
// cli/main) turns them into an exit code. 2 = bad usage or bad input, 1 = failure while running.

export class ScrumlabError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** Bad command-line usage: unknown option, malformed value. Exit 2. */
export class UsageError extends ScrumlabError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** Bad input file or value (scenario, output folder that may not be overwritten). Exit 2. */
export class InputError extends ScrumlabError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** A failure while running (a worker that threw, a disk that filled up). Exit 1. */
export class RunError extends ScrumlabError {
  constructor(message: string) {
    super(message, 1);
  }
}

/** The run was stopped by a signal; exit 128 + signal number (130 SIGINT, 143 SIGTERM, 129 SIGHUP). */
export class InterruptedError extends ScrumlabError {
  constructor(signal: "SIGINT" | "SIGTERM" | "SIGHUP") {
    super(`interrupted by ${signal}; no partial output was left`, signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 129);
  }
}
