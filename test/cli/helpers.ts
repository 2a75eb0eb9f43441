// Running the CLI in tests: in-process (main with a memory IO) and as a real subprocess
// (node bin/scrumlab.js, which loads dist/ — `npm test` builds it first).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main.js";
import { memoryIO } from "../../src/cli/io.js";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const BIN = path.join(ROOT, "bin/scrumlab.js");

export function tempDir(prefix = "scrumlab-test-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export async function inProcess(args: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO({ cwd });
  const code = await main(args, io);
  return { code, out: io.out.join(""), err: io.err.join("") };
}

export function subprocess(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env }, encoding: "utf8" });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** Start a subprocess and send it a signal once it has printed nothing for `after` ms. */
export function interrupted(args: string[], signal: NodeJS.Signals, after: number): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    setTimeout(() => child.kill(signal), after);
    child.on("exit", (code) => resolve({ code, err }));
  });
}

/** Every file of a folder (recursively) with its bytes, for byte-for-byte comparison. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = readFileSync(p, "latin1");
    }
  };
  walk(dir);
  return out;
}

/** The first lines where two snapshots differ, readable in a failure message. */
export function firstDifference(a: Record<string, string>, b: Record<string, string>): string | null {
  const files = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const f of files) {
    if (a[f] === b[f]) continue;
    if (a[f] === undefined || b[f] === undefined) return `${f}: only in one folder`;
    const la = a[f].split("\n");
    const lb = b[f].split("\n");
    const i = la.findIndex((l, j) => l !== lb[j]);
    return `${f}, line ${i + 1}:\n  - ${la[i]}\n  + ${lb[i]}`;
  }
  return null;
}
