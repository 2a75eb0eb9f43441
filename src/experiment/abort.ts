// Stopping on SIGINT / SIGTERM / SIGHUP: long steps check the abort signal between pieces of
// work and throw the signal's InterruptedError (exit 130 / 143 / 129), so the folder is
// discarded, not left half-written. pause() also lets the event loop run, so that a signal
// arriving during synchronous work is seen at the next piece.
import { InterruptedError } from "../errors.js";

/** Throws the signal's InterruptedError once the run has been told to stop. */
export function checkAbort(signal?: AbortSignal): void {
  if (signal?.aborted) throw new InterruptedError(signal.reason === "SIGTERM" || signal.reason === "SIGHUP" ? signal.reason : "SIGINT");
}

/** Yields to the event loop (signals, progress), then checks the abort signal. */
export async function pause(signal?: AbortSignal): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  checkAbort(signal);
}
