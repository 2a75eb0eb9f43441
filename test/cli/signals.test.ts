// Ctrl-C, SIGTERM and SIGHUP always answered (issue 19, item 6): the first signal asks for an
// orderly stop; a second one, or a stop not done within a second, removes the half-written
// folders and exits with the signal's code. Synchronous work (a one-block run on the main
// thread, a long attribution) pauses between replications, so it sees the signal.
import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { watchSignals } from "../../src/cli/signals.js";
import { BIN, ROOT, tempDir } from "./helpers.js";

describe("watchSignals", () => {
  const setup = () => {
    vi.useFakeTimers();
    const target = new EventEmitter();
    const calls: string[] = [];
    const watch = watchSignals(target, { cleanup: () => calls.push("cleanup"), exit: (code) => calls.push(`exit ${code}`), say: (t) => calls.push(t.trim()) });
    return { target, calls, watch };
  };

  it("the first signal aborts; a stop not done within a second is forced (cleanup, then exit)", () => {
    const { target, calls, watch } = setup();
    target.emit("SIGINT");
    expect(watch.signal.aborted).toBe(true);
    expect(watch.signal.reason).toBe("SIGINT");
    vi.advanceTimersByTime(999);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(["cleanup", "scrumlab: interrupted by SIGINT; no partial output was left", "exit 130"]);
    watch.detach();
    vi.useRealTimers();
  });

  it("a second signal forces the exit at once, with its code; SIGHUP is 129", () => {
    for (const [first, second, code] of [["SIGTERM", "SIGTERM", 143], ["SIGHUP", "SIGINT", 130], ["SIGINT", "SIGHUP", 129]] as const) {
      const { target, calls, watch } = setup();
      target.emit(first);
      expect(watch.signal.reason).toBe(first);
      target.emit(second);
      expect(calls).toEqual(["cleanup", `scrumlab: interrupted by ${second}; no partial output was left`, `exit ${code}`]);
      vi.advanceTimersByTime(5000);
      expect(calls).toHaveLength(3);
      watch.detach();
      vi.useRealTimers();
    }
  });

  it("detach removes the handlers and the pending timer", () => {
    const { target, calls, watch } = setup();
    target.emit("SIGTERM");
    watch.detach();
    vi.advanceTimersByTime(5000);
    expect(calls).toEqual([]);
    expect(target.listenerCount("SIGINT") + target.listenerCount("SIGTERM") + target.listenerCount("SIGHUP")).toBe(0);
    vi.useRealTimers();
  });
});

/** Runs the CLI, sends `signals` once it has run `after` ms, and measures how long the process took to end after the first. */
function stopped(args: string[], signals: NodeJS.Signals[], after: number): Promise<{ code: number | null; err: string; out: string; ms: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
    let err = "";
    let out = "";
    let sent = 0;
    child.stderr.on("data", (d) => (err += d));
    child.stdout.on("data", (d) => (out += d));
    setTimeout(() => {
      sent = performance.now();
      for (const s of signals) child.kill(s);
    }, after);
    child.on("exit", (code) => resolve({ code, err, out, ms: performance.now() - sent }));
  });
}

describe("signals reach synchronous work (subprocess)", () => {
  // About a second a replication: every replication of a 20-developer team with 25 technical impediments per developer-week.
  const heavy = ["--set", "team.developers=20", "--set", "environment.technicalRate=25"];

  it.each([
    ["SIGINT", 130, ["--jobs", "2"]],
    ["SIGTERM", 143, ["--jobs", "1"]],
    ["SIGHUP", 129, ["--jobs", "1"]],
  ] as const)("%s during a run of 20 replications (one block, on the main thread) ends it within seconds, leaving nothing", async (signal, code, jobs) => {
    const base = tempDir();
    const r = await stopped(["run", "scenarios/baseline.yaml", ...heavy, "--runs", "20", ...jobs, "--out", path.join(base, "out")], [signal], 2500);
    expect(r.code).toBe(code);
    expect(r.err).toContain(`interrupted by ${signal}; no partial output was left`);
    expect(r.ms).toBeLessThan(8000); // a hang guard (one replication, on a busy machine), not a speed target
    expect(readdirSync(base)).toEqual([]);
  });

  it("two quick signals end a run at once, leaving nothing", async () => {
    const base = tempDir();
    const r = await stopped(["run", "scenarios/baseline.yaml", "--runs", "100000", "--jobs", "2", "--out", path.join(base, "out")], ["SIGINT", "SIGINT"], 2500);
    expect(r.code).toBe(130);
    expect(readdirSync(base)).toEqual([]);
  });

  it("story --attribution-runs 1000 (minutes of synchronous work) stops on SIGINT", async () => {
    const r = await stopped(["story", "scenarios/merged-po-sm.yaml", "--vs", "scenarios/baseline.yaml", "--attribution-runs", "1000"], ["SIGINT"], 2500);
    expect(r.code).toBe(130);
    expect(r.out).toBe("");
    expect(r.ms).toBeLessThan(8000);
  });

  it("--attribution-runs is capped", async () => {
    const { inProcess } = await import("./helpers.js");
    const r = await inProcess(["story", "scenarios/baseline.yaml", "--vs", "scenarios/merged-po-sm.yaml", "--attribution-runs", "100000"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("expected a number of replications (a whole number from 1 to 1,000), found \"100000\"");
  });
});
