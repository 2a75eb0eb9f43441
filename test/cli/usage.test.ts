// Usage mistakes answered with a message and exit 2 (issue 19, item 19 and the smaller
// findings): --vary values that are not YAML, a key varied twice or a value given twice, --vs
// twice, `help` of a command that does not exist; a closed pipe on stdout; names as given in
// the headline.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, inProcess, ROOT, tempDir } from "./helpers.js";

const noTrace = (err: string) => expect(err).not.toMatch(/\n\s+at |internal error|EPIPE/);
const SWEEP = ["sweep", "scenarios/baseline.yaml", "--runs", "2", "--detail", "0", "--jobs", "1", "--no-report"];

describe("item 19: --vary values", () => {
  it.each([
    ["team.developers=[1,2],3", /^scrumlab: --vary team\.developers=\[1,2\],3: team\.developers: expected a whole number from 1 to 50, found a list/],
    ["name=*a", /--vary name=\*a: uses an alias \(\*name\) with no anchor/],
    ["name=[a", /--vary name=\[a: not a list of values: /],
  ])("%s: exit 2 with a message (it was a stack trace)", async (vary, message) => {
    const r = await inProcess([...SWEEP, "--vary", vary, "--out", path.join(tempDir(), "o")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    noTrace(r.err);
  });

  it("a quoted value may hold a comma", async () => {
    const out = path.join(tempDir(), "o");
    const r = await inProcess([...SWEEP, "--vary", 'description="a, b",c', "--out", out, "--quiet"]);
    expect(r.code).toBe(0);
  });

  it("a key varied twice, or a value given twice, is refused", async () => {
    const twice = await inProcess([...SWEEP, "--vary", "team.developers=3,4", "--vary", "team.developers=5", "--out", path.join(tempDir(), "o")]);
    expect(twice.code).toBe(2);
    expect(twice.err).toContain("--vary team.developers is given twice; give all its values in one --vary");
    const value = await inProcess([...SWEEP, "--vary", "team.developers=3,3", "--out", path.join(tempDir(), "o")]);
    expect(value.code).toBe(2);
    expect(value.err).toContain("--vary team.developers: the value 3 is given twice");
  });
});

describe("the smaller findings", () => {
  it("story --vs twice is refused (the last one won silently)", async () => {
    const r = await inProcess(["story", "scenarios/baseline.yaml", "--vs", "scenarios/proxy-po.yaml", "--vs", "scenarios/merged-po-sm.yaml"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--vs is given twice (scenarios/proxy-po.yaml, scenarios/merged-po-sm.yaml)");
  });

  it("help of a command that does not exist exits 2; help of one that does, 0", async () => {
    const bad = await inProcess(["help", "nonexist"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('help: unknown command "nonexist"');
    const good = await inProcess(["help", "run"]);
    expect(good.code).toBe(0);
    expect(good.out).toMatch(/^Usage: scrumlab run/);
    expect((await inProcess(["help"])).out).toMatch(/^Usage: scrumlab /);
  });

  it("the headline shows a name as given, not with the CSV formula guard", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "f.yaml"), 'name: "=SUM(1,2)"\n');
    const r = await inProcess(["run", "f.yaml", "--runs", "2", "--detail", "0", "--jobs", "1", "--no-report", "--out", "o"], dir);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[1]).toMatch(/^=SUM\(1,2\) /);
  });

  it("a reader that closes the pipe early (| head -1) gets no stack trace", async () => {
    const r = await new Promise<{ code: number | null; err: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, "schema"], { cwd: ROOT });
      let err = "";
      child.stderr.on("data", (d) => (err += d));
      child.stdout.once("data", () => child.stdout.destroy());
      child.on("exit", (code) => resolve({ code, err }));
    });
    expect(r.code).toBe(0);
    noTrace(r.err);
  });
});
