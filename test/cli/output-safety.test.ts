// What a careless or unlucky --out / init / playground must never do (issue 19, items 1–5, 8, 17):
// turn a device or a pipe into a file, delete the user's folder or input, let two runs clobber
// each other, lose a finished run on a mount point, replace a symbolic link, hang on /proc, or
// answer a write error with a stack trace. Each test is the reproduction of the report.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, inProcess, ROOT, subprocess, tempDir } from "./helpers.js";

const BASELINE = path.join(ROOT, "scenarios/baseline.yaml");
const QUICK = ["--runs", "2", "--detail", "1", "--jobs", "1", "--quiet", "--no-report"];
const noTrace = (text: string) => expect(text).not.toMatch(/\n\s+at |internal error/);
const fifo = (file: string) => expect(spawnSync("mkfifo", [file]).status).toBe(0);

describe("item 1: special files are never replaced by a regular file", () => {
  it("init /dev/null --force and playground --out /dev/null refuse; /dev/null stays a device", async () => {
    for (const args of [["init", "/dev/null", "--force"], ["playground", "--out", "/dev/null"]]) {
      const r = await inProcess(args);
      expect(r.code).toBe(2);
      expect(r.err).toContain("cannot write /dev/null: it is a device (such as /dev/null); scrumlab writes only regular files");
      expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
    }
  });

  it("a named pipe, and a link to one, stay what they are", async () => {
    const dir = tempDir();
    fifo(path.join(dir, "pipe"));
    symlinkSync(path.join(dir, "pipe"), path.join(dir, "link"));
    for (const args of [["init", "pipe", "--force"], ["playground", "--out", "link"], ["init", "link", "--force"]]) {
      const r = await inProcess(args, dir);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/it is a named pipe|it is a link to a named pipe/);
    }
    expect(lstatSync(path.join(dir, "pipe")).isFIFO()).toBe(true);
    expect(lstatSync(path.join(dir, "link")).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["link", "pipe"]);
  });

  it("a symbolic link to a regular file is written through: the link stays, the file it names changes", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "real.yaml"), "old");
    symlinkSync("real.yaml", path.join(dir, "team.yaml"));
    expect((await inProcess(["init", "team.yaml", "--force"], dir)).code).toBe(0);
    expect(lstatSync(path.join(dir, "team.yaml")).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, "real.yaml"), "utf8")).toContain("name: ");
  });
});

describe("playground never overwrites a file it did not write", () => {
  it("an existing file is refused without --force; its own page is rewritten", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "notes.html"), "<p>my notes</p>");
    const r = await inProcess(["playground", "--out", "notes.html"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--out notes.html: the file exists and is not a playground page scrumlab wrote; use --force");
    expect(readFileSync(path.join(dir, "notes.html"), "utf8")).toBe("<p>my notes</p>");
    expect((await inProcess(["playground", "--out", "page.html"], dir)).code).toBe(0);
    expect((await inProcess(["playground", "--out", "page.html"], dir)).code).toBe(0);
    expect((await inProcess(["playground", "--out", "notes.html", "--force"], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, "notes.html"), "utf8")).toContain("<title>scrumlab playground</title>");
  });
});

describe("item 2: --force never deletes what scrumlab did not write", () => {
  it("cd proj && run baseline.yaml --out . --force: the folder, its files and the input survive, exit 2", async () => {
    const proj = tempDir();
    copyFileSync(BASELINE, path.join(proj, "baseline.yaml"));
    writeFileSync(path.join(proj, "notes.md"), "my notes");
    const r = await inProcess(["run", "baseline.yaml", "--out", ".", "--force", ...QUICK], proj);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--force does not replace this folder");
    expect(readdirSync(proj).sort()).toEqual(["baseline.yaml", "notes.md"]);
  });

  it("--out <folder of the input> --force keeps the input, even in a scrumlab folder", async () => {
    const dir = tempDir();
    const out = path.join(dir, "out");
    expect((await inProcess(["run", BASELINE, "--out", out, ...QUICK])).code).toBe(0);
    copyFileSync(BASELINE, path.join(out, "team.resolved.yaml")); // a name scrumlab itself writes
    const r = await inProcess(["run", path.join(out, "team.resolved.yaml"), "--out", out, "--force", ...QUICK]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("it holds the input");
    expect(existsSync(path.join(out, "team.resolved.yaml"))).toBe(true);
  });

  it("..,  the home folder and / are refused; a scrumlab folder is replaced", async () => {
    const parent = tempDir();
    mkdirSync(path.join(parent, "sub"));
    writeFileSync(path.join(parent, "meta.json"), '{"tool":"scrumlab"}');
    const up = await inProcess(["run", BASELINE, "--out", "..", "--force", ...QUICK], path.join(parent, "sub"));
    expect(up.code).toBe(2);
    expect(up.err).toContain("it holds the working folder");
    expect(readdirSync(parent).sort()).toEqual(["meta.json", "sub"]);
    const home = tempDir();
    mkdirSync(path.join(home, "sub"));
    writeFileSync(path.join(home, "meta.json"), '{"tool":"scrumlab"}');
    const h = subprocess(["run", BASELINE, "--out", home, "--force", ...QUICK], { cwd: ROOT, env: { HOME: home } });
    expect(h.code).toBe(2);
    expect(h.err).toContain("it is your home folder");
    expect(readdirSync(home).sort()).toEqual(["meta.json", "sub"]);
    const root = await inProcess(["run", BASELINE, "--out", "/", "--force", ...QUICK]);
    expect(root.code).toBe(2);
    const out = path.join(tempDir(), "out");
    expect((await inProcess(["run", BASELINE, "--out", out, ...QUICK])).code).toBe(0);
    expect((await inProcess(["run", BASELINE, "--out", out, "--force", "--seed", "7", ...QUICK])).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, "meta.json"), "utf8")).seed).toBe(7);
  });
});

describe("item 3: two runs to the same --out", () => {
  it("the second is refused at once (exit 2) while the first runs; the first, stopped, leaves nothing", async () => {
    const dir = tempDir();
    const out = path.join(dir, "shared");
    const first = spawn(process.execPath, [BIN, "run", BASELINE, "--runs", "100000", "--jobs", "1", "--out", out, "--quiet"], { cwd: ROOT });
    const exited = new Promise<number | null>((resolve) => first.on("exit", (code) => resolve(code)));
    const started = Date.now();
    while (!existsSync(path.join(dir, ".shared.lock")) && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 50));
    const second = subprocess(["run", BASELINE, "--out", out, "--force", ...QUICK]);
    first.kill("SIGINT");
    expect(second.code).toBe(2);
    expect(second.err).toMatch(/another scrumlab \(process \d+\) is writing there/);
    expect(await exited).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("item 4: an empty mount point (or any existing empty folder) is filled in place", () => {
  it("the folder itself is kept (same inode); no rename over it", async () => {
    const out = tempDir();
    const inode = statSync(out).ino;
    expect((await inProcess(["run", BASELINE, "--out", out, ...QUICK])).code).toBe(0);
    expect(statSync(out).ino).toBe(inode);
    expect(readdirSync(out)).toContain("runs.csv");
    expect(readdirSync(out).filter((n) => n.startsWith("."))).toEqual([]);
  });

  const shm = "/dev/shm";
  const isEmptyMount = existsSync(shm) && statSync(shm).dev !== statSync(path.dirname(shm)).dev && readdirSync(shm).length === 0;
  it.skipIf(!isEmptyMount)("--out /dev/shm (a mount point: rename onto it is EBUSY) keeps the results", async () => {
    try {
      const r = await inProcess(["run", BASELINE, "--out", shm, ...QUICK]);
      expect(r.code).toBe(0);
      expect(readdirSync(shm).sort()).toEqual(["meta.json", "runs.csv", "scenario.resolved.yaml", "sprint-summary.csv", "sprints.csv", "summary.csv", "impediments.csv", "items.csv", "time.csv"].sort());
    } finally {
      for (const f of readdirSync(shm)) spawnSync("rm", ["-rf", path.join(shm, f)]);
    }
  });
});

describe("item 5: --out a symbolic link to an empty folder", () => {
  it("fills the real folder; the link stays a link", async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "real"));
    symlinkSync("real", path.join(dir, "results"));
    expect((await inProcess(["run", BASELINE, "--out", "results", ...QUICK], dir)).code).toBe(0);
    expect(lstatSync(path.join(dir, "results")).isSymbolicLink()).toBe(true);
    expect(readdirSync(path.join(dir, "real"))).toContain("summary.csv");
  });
});

describe("item 8: --out on a file system that makes no folders", () => {
  it.skipIf(!existsSync("/proc/self"))("--out /proc/xx ends at once with exit 2 (it looped forever)", () => {
    const r = spawnSync(process.execPath, [BIN, "run", BASELINE, "--out", "/proc/scrumlab-xx", ...QUICK], { cwd: ROOT, encoding: "utf8", timeout: 30_000, killSignal: "SIGKILL" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("cannot");
    noTrace(r.stderr);
  });
});

describe("item 17: write errors of init, playground and report are messages, exit 2", () => {
  const long = `${"x".repeat(300)}.yaml`;
  it.each([
    ["init", (f: string) => ["init", f]],
    ["playground", (f: string) => ["playground", "--out", f]],
  ])("%s: missing folder, a folder, a name too long, no permission", async (_name, args) => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "folder"));
    const cases: Array<[string, RegExp]> = [
      ["missing/x.yaml", /cannot write missing\/x.yaml: its folder does not exist/],
      ["folder", /folder|already exists/],
      [long, /the name is too long/],
    ];
    if (existsSync("/sys/kernel")) cases.push(["/sys/scrumlab.yaml", /permission denied|read-only/]);
    for (const [file, message] of cases) {
      const r = await inProcess([...args(file), "--force"].filter((a) => a !== "--force" || args(file)[0] === "init"), dir);
      expect(r.code, file).toBe(2);
      expect(r.err).toMatch(message);
      noTrace(r.err);
    }
  });

  it("report: report.html a folder, a link to nothing", async () => {
    const out = path.join(tempDir(), "out");
    expect((await inProcess(["run", BASELINE, "--out", out, ...QUICK])).code).toBe(0);
    mkdirSync(path.join(out, "report.html"));
    let r = await inProcess(["report", out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("report.html: it is a folder");
    spawnSync("rmdir", [path.join(out, "report.html")]);
    symlinkSync(path.join(out, "nowhere"), path.join(out, "report.html"));
    r = await inProcess(["report", out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("a symbolic link to nothing");
  });

  it("--out - is refused with what to do instead", async () => {
    for (const args of [["run", BASELINE, "--out", "-"], ["playground", "--out", "-"]]) {
      const r = await inProcess(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--out -: .*(give a folder|give a file name)/);
    }
  });
});
