// The atomic output folder: written under a hidden sibling, moved into place whole; a non-empty
// folder is refused without force (and left as it was); discard leaves nothing behind.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { OutputFolder } from "../../src/output/folder.js";

const base = () => mkdtempSync(path.join(tmpdir(), "scrumlab-folder-"));

describe("OutputFolder", () => {
  it("writes into a hidden sibling and appears only on commit", () => {
    const dir = base();
    const target = path.join(dir, "out");
    const f = OutputFolder.create(target, false);
    expect(path.dirname(f.temp)).toBe(dir);
    expect(path.basename(f.temp)).toMatch(/^\.out\./);
    f.write("meta.json", "{}\n");
    const t = f.table("runs.csv", "a,b\n");
    t.append("1,2\n");
    t.appendBytes(Buffer.from("3,4\n"));
    expect(t.bytes).toBe(12);
    expect(existsSync(target)).toBe(false);
    f.commit();
    expect(readdirSync(dir)).toEqual(["out"]);
    expect(readdirSync(target).sort()).toEqual(["meta.json", "runs.csv"]);
    expect(readFileSync(path.join(target, "runs.csv"), "utf8")).toBe("a,b\n1,2\n3,4\n");
  });

  it("refuses a non-empty folder without force and touches nothing", () => {
    const dir = base();
    const target = path.join(dir, "out");
    mkdirSync(target);
    writeFileSync(path.join(target, "mine.txt"), "keep");
    expect(() => OutputFolder.create(target, false)).toThrow(InputError);
    expect(() => OutputFolder.create(target, false)).toThrow(/not empty; use --force/);
    expect(readdirSync(dir)).toEqual(["out"]);
    expect(readdirSync(target)).toEqual(["mine.txt"]);
  });

  it("uses an existing empty folder, and replaces a non-empty one with force", () => {
    const dir = base();
    const target = path.join(dir, "out");
    mkdirSync(target);
    OutputFolder.create(target, false).discard();
    writeFileSync(path.join(target, "old.csv"), "old");
    const f = OutputFolder.create(target, true);
    f.write("new.csv", "new");
    expect(readdirSync(target)).toEqual(["old.csv"]);
    f.commit();
    expect(readdirSync(target)).toEqual(["new.csv"]);
    expect(readdirSync(dir)).toEqual(["out"]);
  });

  it("refuses a file in the way", () => {
    const dir = base();
    writeFileSync(path.join(dir, "out"), "x");
    expect(() => OutputFolder.create(path.join(dir, "out"), true)).toThrow(/exists and is not a folder/);
  });

  it("discard removes everything it wrote, open tables included", () => {
    const dir = base();
    const f = OutputFolder.create(path.join(dir, "out"), false);
    f.table("runs.csv", "h\n").append("1\n");
    f.write("meta.json", "{}");
    f.discard();
    expect(readdirSync(dir)).toEqual([]);
  });
});
