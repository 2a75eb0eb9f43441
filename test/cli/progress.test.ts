// The progress bar: only on a terminal and without --quiet, only after a second, plain
// characters (nothing for NO_COLOR to undo), cleared at the end.
import { describe, expect, it } from "vitest";
import { memoryIO } from "../../src/cli/io.js";
import { progressBar } from "../../src/cli/progress.js";

function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe("progressBar", () => {
  it("draws done/total, rate and ETA on a terminal after the first second", () => {
    const io = memoryIO({ stderrIsTTY: true });
    const c = clock();
    const bar = progressBar(io, false, "run", c.now);
    c.advance(500);
    bar.update(10, 100);
    expect(io.err).toEqual([]);
    c.advance(1500);
    bar.update(50, 100); // 40 more in 1.5 s since the first block
    expect(io.err.join("")).toBe("\rrun [############------------] 50/100  27/s  ETA 2s");
    c.advance(50);
    bar.update(60, 100); // within 100 ms of the last draw: skipped
    expect(io.err).toHaveLength(1);
    c.advance(50);
    bar.update(100, 100); // the last one is always drawn
    expect(io.err[1]).toContain("100/100");
    bar.end();
    expect(io.err[2]).toMatch(/^\r +\r$/);
    expect(io.err.join("")).not.toMatch(/\u001b/);
  });

  it("measures the rate from the first block, so start-up does not skew the ETA", () => {
    const io = memoryIO({ stderrIsTTY: true });
    const c = clock();
    const bar = progressBar(io, false, "run", c.now);
    c.advance(3000); // workers starting
    bar.update(10, 1010);
    c.advance(1000);
    bar.update(110, 1010);
    expect(io.err[1]).toContain("110/1010  100/s  ETA 9s");
  });

  it("draws nothing when stderr is not a terminal, or with --quiet, or for a short run", () => {
    for (const [tty, quiet] of [[false, false], [true, true]] as const) {
      const io = memoryIO({ stderrIsTTY: tty });
      const c = clock();
      const bar = progressBar(io, quiet, "run", c.now);
      c.advance(5000);
      bar.update(1, 2);
      bar.end();
      expect(io.err).toEqual([]);
    }
    const io = memoryIO({ stderrIsTTY: true });
    const c = clock();
    const bar = progressBar(io, false, "run", c.now);
    c.advance(900);
    bar.update(2, 2);
    bar.end();
    expect(io.err).toEqual([]);
  });
});
