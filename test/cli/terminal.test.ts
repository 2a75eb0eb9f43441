// No escape sequence from a name, key or file name reaches the terminal raw (issue 19, item 15):
// C0 and C1 controls and bidi overrides are shown as \uXXXX in the headline, the story, the
// errors of validate (their path prefix included), init's "wrote …" and commander's messages.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { memoryIO } from "../../src/cli/io.js";
import { terminalSafe } from "../../src/cli/terminal.js";
import { tempDir } from "./helpers.js";

// ESC ] 0 ; title BEL (retitle the window), ESC [ 2 J (clear the screen), a C1 CSI, an RLO bidi override, DEL.
const HOSTILE = "evil\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202egnp.exe\u007f";
const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const rawExceptBold = (text: string) => text.replace(/\u001b\[(1|22)m/g, "");

async function cli(args: string[], cwd: string, tty = false) {
  const io = memoryIO({ cwd, stdoutIsTTY: tty });
  const code = await main(args, io);
  return { code, out: io.out.join(""), err: io.err.join("") };
}

describe("terminalSafe", () => {
  it("escapes controls and bidi overrides, keeps line breaks, tabs, text and scrumlab's own bold", () => {
    expect(terminalSafe(HOSTILE)).toBe("evil\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202egnp.exe\\u007f");
    expect(terminalSafe("a\tb\nc ünï 日本 \u001b[1mbold\u001b[22m")).toBe("a\tb\nc ünï 日本 \u001b[1mbold\u001b[22m");
    expect(terminalSafe("\r\u0000\u2066\u200f")).toBe("\\u000d\\u0000\\u2066\\u200f");
  });

  it("keeps JSON valid and equal", () => {
    const json = JSON.stringify({ name: HOSTILE });
    expect(JSON.parse(terminalSafe(json))).toEqual({ name: HOSTILE });
  });
});

describe("the CLI writes no raw control character", () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, "team.yaml"), `name: ${JSON.stringify(HOSTILE)}\ndescription: ${JSON.stringify(`about ${HOSTILE}`)}\n`);

  it("run: the headline", async () => {
    const r = await cli(["run", "team.yaml", "--runs", "3", "--detail", "1", "--jobs", "1", "--no-report", "--out", "out"], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain("evil\\u001b]0;pwned");
    expect(r.out + r.err).not.toMatch(raw);
  });

  it("story (with bold headings on a terminal): only scrumlab's bold", async () => {
    const r = await cli(["story", "team.yaml"], dir, true);
    expect(r.code).toBe(0);
    expect(r.out).toContain("\u001b[1m");
    expect(rawExceptBold(r.out)).not.toMatch(raw);
  });

  it("validate: the file name and the key in an error", async () => {
    const name = "x\u001b[2J.yaml";
    writeFileSync(path.join(dir, name), `team:\n  ${JSON.stringify(`k\u001b[31m`)}: 1\n`);
    const r = await cli(["validate", name], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain("x\\u001b[2J.yaml:2:3");
    expect(r.err).not.toMatch(raw);
  });

  it("init: wrote …; commander's messages", async () => {
    const r = await cli(["init", "new\u001b]0;t\u0007.yaml"], dir);
    expect(r.code).toBe(0);
    expect(r.out).toBe("wrote new\\u001b]0;t\\u0007.yaml\n");
    const u = await cli(["run", "--\u001b[2Jx"], dir);
    expect(u.code).toBe(2);
    expect(u.err).not.toMatch(raw);
  });
});
