// The JSON Schema shipped as a file, and the line that points an editor at it (issue 19, the
// package list): schema/scenario.schema.json is what `scrumlab schema` prints (npm run docs
// regenerates it); every shipped scenario and init's starter begin with a yaml-language-server
// line whose path, from the file's own folder, reaches that file.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE, schemaText } from "../../src/scenario/schema.js";
import { inProcess, ROOT, tempDir } from "../cli/helpers.js";

const modeline = /^# yaml-language-server: \$schema=(.+)$/;
const schemaFile = path.join(ROOT, SCHEMA_FILE);

describe("schema/scenario.schema.json", () => {
  it("is what `scrumlab schema` prints (npm run docs rewrites it)", () => {
    expect(readFileSync(schemaFile, "utf8")).toBe(schemaText());
  });

  it("is named by the first line of every shipped scenario", () => {
    const files = readdirSync(path.join(ROOT, "scenarios")).filter((f) => f.endsWith(".yaml"));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const first = readFileSync(path.join(ROOT, "scenarios", f), "utf8").split("\n")[0];
      const m = modeline.exec(first);
      expect(m, f).not.toBeNull();
      expect(path.resolve(ROOT, "scenarios", (m as RegExpExecArray)[1]), f).toBe(schemaFile);
    }
  });

  it("is named by init's starter: relative to the file written, absolute on stdout", async () => {
    const dir = tempDir();
    expect((await inProcess(["init", "sub-team.yaml"], dir)).code).toBe(0);
    const m = modeline.exec(readFileSync(path.join(dir, "sub-team.yaml"), "utf8").split("\n")[0]) as RegExpExecArray;
    expect(path.isAbsolute(m[1])).toBe(false);
    expect(path.resolve(dir, m[1])).toBe(schemaFile);
    const printed = modeline.exec((await inProcess(["init"], dir)).out.split("\n")[0]) as RegExpExecArray;
    expect(printed[1]).toBe(schemaFile);
    expect(existsSync(printed[1])).toBe(true);
  });
});
