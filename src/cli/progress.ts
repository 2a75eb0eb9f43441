// A progress bar on stderr (done / total, rate, ETA) for anything longer than a second — only
// when stderr is a terminal and not --quiet. Plain characters only (no colour, no escape codes),
// so NO_COLOR and dumb terminals have nothing to undo; redrawn at most ten times a second.
import type { CliIO } from "./io.js";

export interface Progress {
  update(done: number, total: number): void;
  end(): void;
}

const NONE: Progress = { update() {}, end() {} };

/** `now` is the clock in milliseconds (a parameter so tests can drive it). */
export function progressBar(io: CliIO, quiet: boolean, label: string, now: () => number = Date.now): Progress {
  if (quiet || !io.stderrIsTTY) return NONE;
  const start = now();
  let last = 0;
  let drawn = 0;
  let first: { t: number; done: number } | undefined;
  const width = 24;
  return {
    update(done, total) {
      const t = now();
      first ??= { t, done }; // the rate is measured from the first block done, so start-up does not skew the ETA
      if (t - start < 1000 || (t - last < 100 && done < total)) return;
      last = t;
      const rate = t > first.t && done > first.done ? (done - first.done) / ((t - first.t) / 1000) : done / ((t - start) / 1000);
      const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
      const filled = Math.min(width, Math.round((width * done) / Math.max(1, total)));
      const text = `${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}  ${rate.toFixed(0)}/s  ETA ${eta}s`;
      (io.raw ?? io).stderr(`\r${text.padEnd(drawn)}`);
      drawn = text.length;
    },
    end() {
      if (drawn > 0) (io.raw ?? io).stderr(`\r${" ".repeat(drawn)}\r`);
    },
  };
}
