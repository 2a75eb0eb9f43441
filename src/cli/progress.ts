// A progress bar on stderr (done / total, rate, ETA) for anything longer than a second — only
// when stderr is a terminal and not --quiet; plain characters, so NO_COLOR has nothing to undo.
import type { CliIO } from "./io.js";

export interface Progress {
  update(done: number, total: number): void;
  end(): void;
}

export function progressBar(io: CliIO, quiet: boolean, label: string): Progress {
  if (quiet || !io.stderrIsTTY) return { update() {}, end() {} };
  const start = Date.now();
  let last = 0;
  let drawn = false;
  const width = 24;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - start < 1000 || (now - last < 100 && done < total)) return;
      last = now;
      const rate = done / ((now - start) / 1000);
      const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
      const filled = Math.round((width * done) / Math.max(1, total));
      io.stderr(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}  ${rate.toFixed(0)}/s  ETA ${eta}s `);
      drawn = true;
    },
    end() {
      if (drawn) io.stderr("\r\u001b[K");
    },
  };
}
