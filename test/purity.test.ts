// The engine and the model must be deterministic: no wall clock, no unseeded randomness, no I/O.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const forbidden: Array<[RegExp, string]> = [
  [/\bMath\.random\b/, "Math.random"],
  [/\bDate\.now\b/, "Date.now"],
  [/\bnew Date\b/, "new Date"],
  [/\bperformance\.now\b/, "performance.now"],
  [/\bprocess\.hrtime\b/, "process.hrtime"],
  [/from\s+["']node:(fs|child_process|net|http|worker_threads)["']/, "I/O module import"],
  [/\bconsole\./, "console output"],
];

describe("determinism of src/engine, src/model, src/forecast, src/import, src/sensitivity and src/calibration", () => {
  for (const dir of ["src/engine", "src/model", "src/forecast", "src/import", "src/sensitivity", "src/calibration"]) {
    it(`${dir} uses no wall clock, no Math.random and no I/O`, () => {
      let files: string[] = [];
      try {
        files = sources(dir);
      } catch {
        files = [];
      }
      if (dir !== "src/model") expect(files.length).toBeGreaterThan(0);
      const found: string[] = [];
      for (const file of files) {
        const lines = readFileSync(file, "utf8").split("\n");
        lines.forEach((raw, i) => {
          const line = raw.replace(/\/\/.*$/, "").replace(/^\s*\*.*$/, "");
          for (const [pattern, what] of forbidden) if (pattern.test(line)) found.push(`${file}:${i + 1}: ${what}`);
        });
      }
      expect(found).toEqual([]);
    });
  }

  it("the scan itself catches a forbidden call", () => {
    expect(forbidden.some(([p]) => p.test("const x = Math.random();"))).toBe(true);
    expect(forbidden.some(([p]) => p.test("const t = Date.now()"))).toBe(true);
  });
});
