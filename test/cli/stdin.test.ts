// `-` reads a scenario from stdin (issue 19, the package list): run, validate and story take it,
// errors are located at <stdin>, and stdin can stand for one scenario of a compare only.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { memoryIO } from "../../src/cli/io.js";
import { BIN, ROOT, tempDir } from "./helpers.js";

const baseline = readFileSync(path.join(ROOT, "scenarios/baseline.yaml"), "utf8");

async function withStdin(args: string[], text: string) {
  const io = memoryIO({ cwd: ROOT, stdin: () => text });
  const code = await main(args, io);
  return { code, out: io.out.join(""), err: io.err.join("") };
}

describe("- reads a scenario from stdin", () => {
  it("run - (a real pipe) gives the bytes of the file itself", () => {
    const dirs = [tempDir(), tempDir()].map((d) => path.join(d, "out"));
    const piped = spawnSync(process.execPath, [BIN, "run", "-", "--runs", "3", "--jobs", "1", "--quiet", "--no-report", "--out", dirs[0]], { cwd: ROOT, input: baseline, encoding: "utf8" });
    expect(piped.status).toBe(0);
    const direct = spawnSync(process.execPath, [BIN, "run", "scenarios/baseline.yaml", "--runs", "3", "--jobs", "1", "--quiet", "--no-report", "--out", dirs[1]], { cwd: ROOT, encoding: "utf8" });
    expect(direct.status).toBe(0);
    for (const f of ["runs.csv", "summary.csv"]) expect(readFileSync(path.join(dirs[0], f), "utf8")).toBe(readFileSync(path.join(dirs[1], f), "utf8"));
  });

  it("validate - locates errors at <stdin>", async () => {
    const r = await withStdin(["validate", "-"], "name: x\nteam:\n  developers: 0\n");
    expect(r.code).toBe(2);
    expect(r.err).toContain("<stdin>:3:15: team.developers: expected a whole number from 1 to 50, found 0");
  });

  it("a scenario without a name is named stdin; extends reads inside the working folder only", async () => {
    expect((await withStdin(["validate", "-"], "team:\n  developers: 4\n")).out).toBe("-: ok\n");
    const r = await withStdin(["validate", "-"], "extends: ../outside.yaml\n");
    expect(r.err).toContain("it is outside");
  });

  it("story - --vs a file", async () => {
    const r = await withStdin(["story", "-", "--vs", "scenarios/baseline.yaml"], "name: piped\nroles:\n  mergedPoSm: true\n");
    expect(r.code).toBe(0);
    expect(r.out).toContain("piped against baseline");
  });

  it("compare - - is refused: stdin is one scenario", async () => {
    const r = await withStdin(["compare", "-", "-", "--out", path.join(tempDir(), "o")], baseline);
    expect(r.code).toBe(2);
    expect(r.err).toContain("- (stdin) can stand for one scenario only");
  });
});
