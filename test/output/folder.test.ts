// The output folder: a new one is written under a hidden sibling and moved into place whole; an
// existing one (empty, or a scrumlab folder replaced with --force) is filled in place; a second
// writer is refused by a lock; discard leaves nothing behind; what scrumlab did not write is
// never deleted (issue 19, items 2–5).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { discardOpenFolders, OutputFolder } from "../../src/output/folder.js";

const base = () => mkdtempSync(path.join(tmpdir(), "scrumlab-folder-"));
const guard = (cwd: string) => ({ cwd, inputs: [] });
const scrumlabFolder = (dir: string) => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "meta.json"), JSON.stringify({ tool: "scrumlab", command: "run" }));
  writeFileSync(path.join(dir, "runs.csv"), "old\n");
};

describe("OutputFolder", () => {
  it("writes into a hidden sibling and appears only on commit", () => {
    const dir = base();
    const target = path.join(dir, "out");
    const f = OutputFolder.create(target, false, guard(dir));
    expect(path.dirname(f.temp)).toBe(dir);
    expect(path.basename(f.temp)).toMatch(/^\.out\.partial-\d+$/);
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
    expect(() => OutputFolder.create(target, false, guard(dir))).toThrow(InputError);
    expect(() => OutputFolder.create(target, false, guard(dir))).toThrow(/not empty; use --force/);
    expect(readdirSync(dir)).toEqual(["out"]);
    expect(readdirSync(target)).toEqual(["mine.txt"]);
  });

  it("fills an existing empty folder in place: the same folder (inode), not a new one renamed over it", () => {
    const dir = base();
    const target = path.join(dir, "out");
    mkdirSync(target);
    const inode = statSync(target).ino;
    const f = OutputFolder.create(target, false, guard(dir));
    expect(path.dirname(f.temp)).toBe(target);
    f.write("meta.json", "{}");
    f.commit();
    expect(statSync(target).ino).toBe(inode);
    expect(readdirSync(target)).toEqual(["meta.json"]);
    expect(readdirSync(dir)).toEqual(["out"]);
  });

  it("replaces a scrumlab folder with force, in place", () => {
    const dir = base();
    const target = path.join(dir, "out");
    scrumlabFolder(target);
    writeFileSync(path.join(target, ".DS_Store"), "");
    const f = OutputFolder.create(target, true, guard(dir));
    f.write("new.csv", "new");
    expect(readdirSync(target).filter((n) => !n.startsWith(".")).sort()).toEqual(["meta.json", "runs.csv"]);
    f.commit();
    expect(readdirSync(target)).toEqual(["new.csv"]);
    expect(readdirSync(dir)).toEqual(["out"]);
  });

  it("--force never replaces a folder that is not scrumlab's, or that holds a file scrumlab did not write", () => {
    const dir = base();
    const plain = path.join(dir, "plain");
    mkdirSync(plain);
    writeFileSync(path.join(plain, "thesis.docx"), "years of work");
    expect(() => OutputFolder.create(plain, true, guard(dir))).toThrow(/--force does not replace this folder: it is not a scrumlab output folder/);
    expect(readdirSync(plain)).toEqual(["thesis.docx"]);
    const mixed = path.join(dir, "mixed");
    scrumlabFolder(mixed);
    writeFileSync(path.join(mixed, "notes.txt"), "mine");
    expect(() => OutputFolder.create(mixed, true, guard(dir))).toThrow(/it holds "notes.txt", which scrumlab did not write/);
    expect(readdirSync(mixed).sort()).toEqual(["meta.json", "notes.txt", "runs.csv"]);
  });

  it("--force never replaces the working folder, an ancestor of it, an input's folder or the home folder", () => {
    const dir = base();
    const work = path.join(dir, "project");
    scrumlabFolder(work);
    mkdirSync(path.join(work, "sub"));
    for (const cwd of [work, path.join(work, "sub")]) {
      expect(() => OutputFolder.create(work, true, { cwd, inputs: [] })).toThrow(cwd === work ? /it is the working folder/ : /it holds the working folder/);
    }
    const inputs = path.join(dir, "inputs");
    scrumlabFolder(inputs);
    mkdirSync(path.join(inputs, "charts"));
    writeFileSync(path.join(inputs, "charts", "team.yaml"), "name: x\n");
    expect(() => OutputFolder.create(inputs, true, { cwd: dir, inputs: [path.join(inputs, "charts", "team.yaml")] })).toThrow(/it holds the input/);
    expect(existsSync(path.join(inputs, "charts", "team.yaml"))).toBe(true);
    expect(() => OutputFolder.create("/", true, { cwd: dir, inputs: [] })).toThrow(InputError);
  });

  it("refuses a file in the way, and a dangling symbolic link", () => {
    const dir = base();
    writeFileSync(path.join(dir, "out"), "x");
    expect(() => OutputFolder.create(path.join(dir, "out"), true, guard(dir))).toThrow(/exists and is not a folder/);
    symlinkSync(path.join(dir, "nowhere"), path.join(dir, "dangling"));
    expect(() => OutputFolder.create(path.join(dir, "dangling"), true, guard(dir))).toThrow(/a symbolic link to nothing/);
    expect(statSync(path.join(dir, "out")).isFile()).toBe(true);
  });

  it("fills the folder a symbolic link names, and the link stays a link (item 5)", () => {
    const dir = base();
    mkdirSync(path.join(dir, "real"));
    symlinkSync(path.join(dir, "real"), path.join(dir, "link"));
    const f = OutputFolder.create(path.join(dir, "link"), false, guard(dir));
    f.write("meta.json", "{}");
    f.commit();
    expect(readdirSync(path.join(dir, "real"))).toEqual(["meta.json"]);
    expect(statSync(path.join(dir, "link")).isDirectory()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["link", "real"]);
  });

  it("a second writer of the same folder is refused at once, new or existing (item 3)", () => {
    const dir = base();
    for (const target of [path.join(dir, "new"), (mkdirSync(path.join(dir, "empty")), path.join(dir, "empty"))]) {
      const first = OutputFolder.create(target, false, guard(dir));
      expect(() => OutputFolder.create(target, true, guard(dir))).toThrow(/another scrumlab \(process \d+\) is writing there/);
      first.write("meta.json", "{}");
      first.commit();
      expect(readdirSync(target)).toEqual(["meta.json"]);
    }
  });

  it("re-checks at commit: a folder that appeared meanwhile is not replaced", () => {
    const dir = base();
    const target = path.join(dir, "out");
    const f = OutputFolder.create(target, false, guard(dir));
    f.write("meta.json", "{}");
    mkdirSync(target);
    writeFileSync(path.join(target, "theirs.txt"), "keep");
    expect(() => f.commit()).toThrow(/appeared while this run was writing; nothing was replaced/);
    f.discard();
    expect(readdirSync(target)).toEqual(["theirs.txt"]);
    mkdirSync(path.join(dir, "empty"));
    const g = OutputFolder.create(path.join(dir, "empty"), false, guard(dir));
    writeFileSync(path.join(dir, "empty", "late.txt"), "keep");
    expect(() => g.commit()).toThrow(/"late.txt" appeared/);
    g.discard();
    expect(readdirSync(path.join(dir, "empty"))).toEqual(["late.txt"]);
  });

  it("removes the working files of a process that no longer runs (a SIGKILL), and takes over its lock", () => {
    const dir = base();
    const dead = 2 ** 22 + 12345; // above the largest pid Linux hands out
    mkdirSync(path.join(dir, `.out.partial-${dead}`));
    writeFileSync(path.join(dir, ".out.lock"), `${dead} ${hostname()}\n`);
    const f = OutputFolder.create(path.join(dir, "out"), false, guard(dir));
    expect(readdirSync(dir).sort()).toEqual([".out.lock", path.basename(f.temp)].sort());
    f.discard();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("discard removes everything it wrote, open tables included; discardOpenFolders every open one", () => {
    const dir = base();
    const f = OutputFolder.create(path.join(dir, "out"), false, guard(dir));
    f.table("runs.csv", "h\n").append("1\n");
    f.write("meta.json", "{}");
    f.discard();
    expect(readdirSync(dir)).toEqual([]);
    mkdirSync(path.join(dir, "existing"));
    OutputFolder.create(path.join(dir, "a"), false, guard(dir)).table("x.csv", "h\n");
    OutputFolder.create(path.join(dir, "existing"), false, guard(dir)).write("m", "{}");
    discardOpenFolders();
    expect(readdirSync(dir)).toEqual(["existing"]);
    expect(readdirSync(path.join(dir, "existing"))).toEqual([]);
  });
});
