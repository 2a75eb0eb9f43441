// Stopping on SIGINT, SIGTERM and SIGHUP. The first signal aborts the command's AbortSignal:
// long steps check it, remove their partial output and end with 130 / 143 / 129. If that has
// not happened within a second — or at a second signal — the half-written folders are removed
// here and the process is made to exit with the signal's code, so Ctrl-C never goes unanswered.
import type { EventEmitter } from "node:events";

export const SIGNAL_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
export type StopSignal = keyof typeof SIGNAL_CODES;

export interface SignalOptions {
  /** Removes what is half-written (synchronously). */
  cleanup: () => void;
  /** Ends the process with a code (bin/ passes process.exit); without it, nothing is forced. */
  exit?: (code: number) => void;
  /** Told once when the exit is forced. */
  say?: (text: string) => void;
  /** How long the first signal's orderly stop may take, in ms. */
  grace?: number;
  setTimer?: (fn: () => void, ms: number) => { unref?: () => void };
  clearTimer?: (t: unknown) => void;
}

export interface SignalWatch {
  signal: AbortSignal;
  detach: () => void;
}

export function watchSignals(target: Pick<EventEmitter, "on" | "off">, options: SignalOptions): SignalWatch {
  const controller = new AbortController();
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as NodeJS.Timeout));
  let timer: unknown;
  let forced = false;
  const force = (name: StopSignal) => {
    if (forced) return;
    forced = true;
    options.cleanup();
    options.say?.(`scrumlab: interrupted by ${name}; no partial output was left\n`);
    options.exit?.(SIGNAL_CODES[name]);
  };
  const handlers = (Object.keys(SIGNAL_CODES) as StopSignal[]).map((name) => {
    const handler = () => {
      if (!controller.signal.aborted) {
        controller.abort(name);
        const t = setTimer(() => force(name), options.grace ?? 1000);
        t.unref?.(); // the timer alone never keeps the process alive
        timer = t;
      } else force(name);
    };
    target.on(name, handler);
    return [name, handler] as const;
  });
  return {
    signal: controller.signal,
    detach: () => {
      for (const [name, handler] of handlers) target.off(name, handler);
      if (timer !== undefined) clearTimer(timer);
    },
  };
}
