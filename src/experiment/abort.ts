// Stopping on SIGINT / SIGTERM: long steps check the abort signal between pieces of work and
// throw the signal's InterruptedError (exit 130 / 143), so the folder is discarded, not left half-written.
import { InterruptedError } from "../errors.js";

/** Throws the signal's InterruptedError once the run has been told to stop. */
export function checkAbort(signal?: AbortSignal): void {
  if (signal?.aborted) throw new InterruptedError(signal.reason === "SIGTERM" ? "SIGTERM" : "SIGINT");
}
