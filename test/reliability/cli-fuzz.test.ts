// The CLI's argument and file handling, fuzzed for a bounded time (issue 19): random commands
// with random options and values — special files (/dev/null, a pipe, links), the working folder,
// its parent, /, /proc, folders of the user and of scrumlab, huge and negative numbers, YAML junk,
// control characters, stdin — some stopped by a signal at a random moment. Every case must end
// (a hang guard), exit 0 or 2 (130 when stopped) without a stack trace, leave no working file
// (.partial, .lock, .tmp) behind, and leave the user's files and special files as they were.
// FUZZ_CLI_MS (default 30 s) bounds the time; `npm run fuzz` runs it for 5 minutes.
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { memoryIO } from "../../src/cli/io.js";
import { inProcess, tempDir } from "../cli/helpers.js";

const BUDGET_MS = Number(process.env.FUZZ_CLI_MS ?? 30_000);
const CASE_LIMIT_MS = 30_000;

const GOOD = "name: good\nhorizon:\n  sprints: 2\nruns: 5\n";
const TEXT_FIXTURES: Record<string, string | Buffer> = {
  "good.yaml": GOOD,
  "other.yaml": "extends: ./good.yaml\nname: other\nroles:\n  mergedPoSm: true\n",
  "bad.yaml": "team:\n  developers: 0\n",
  "bin.yaml": Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919) % 256)),
  "empty.yaml": "",
  "escape.yaml": "extends: ../../../../../../etc/passwd\n",
  "hostile.yaml": `name: "x\\e]0;t\\a\\u202e"\nhorizon:\n  sprints: 2\n`,
  "good.json": '{"name": "j", "horizon": {"sprints": 2}}',
  "notes.txt": "the user's notes",
  "userdir/thesis.docx": "years of work",
  "userdir/meta.json": '{"tool": "scrumlab"}',
};
const NAMES = ["good.yaml", "other.yaml", "bad.yaml", "bin.yaml", "empty.yaml", "escape.yaml", "hostile.yaml", "good.json", "notes.txt", "userdir", "pipe", "link-pipe", "link-notes", "link-null", "emptydir", "received", "shard0", "shard1", "out1", "out2", "missing/x", "-", ".", "..", "/", "/dev/null", "/proc/scrumlab-fuzz", "x".repeat(300)];

let dir = "";
/** What must not change: file types and the contents of the user's files. */
let sentinels: Record<string, string> = {};
const describePath = (p: string): string => {
  const full = path.join(dir, p);
  if (!existsSync(full) && !lstatSync(full, { throwIfNoEntry: false })) return "absent";
  const st = lstatSync(full);
  if (st.isSymbolicLink()) return `link → ${readlinkSync(full)}`;
  if (st.isFIFO()) return "fifo";
  if (st.isDirectory()) return `dir ${readdirSync(full).sort().join(",")}`;
  return `file ${readFileSync(full, "latin1")}`;
};

beforeAll(async () => {
  dir = tempDir("scrumlab-cli-fuzz-");
  for (const [name, content] of Object.entries(TEXT_FIXTURES)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  expect(spawnSync("mkfifo", [path.join(dir, "pipe")]).status).toBe(0);
  symlinkSync("pipe", path.join(dir, "link-pipe"));
  symlinkSync("notes.txt", path.join(dir, "link-notes"));
  symlinkSync("/dev/null", path.join(dir, "link-null"));
  mkdirSync(path.join(dir, "emptydir"));
  expect((await inProcess(["compare", "good.yaml", "other.yaml", "--runs", "3", "--detail", "2", "--jobs", "1", "--quiet", "--out", "received"], dir)).code).toBe(0);
  for (const i of [0, 1]) expect((await inProcess(["run", "good.yaml", "--runs", "4", "--detail", "1", "--jobs", "1", "--quiet", "--shard", `${i}/2`, "--out", `shard${i}`], dir)).code).toBe(0);
  sentinels = Object.fromEntries(["notes.txt", "userdir", "userdir/thesis.docx", "pipe", "link-pipe", "link-notes", "link-null", ...Object.keys(TEXT_FIXTURES).filter((f) => f.endsWith(".yaml") || f.endsWith(".json"))].map((p) => [p, describePath(p)]));
});

const name = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: fc.string({ maxLength: 10, unit: "binary" }).map((s) => `r${s.replace(/[/\\\0]/g, "_")}`) });
const intish = fc.constantFrom("1", "2", "3", "0", "-1", "1e3", "abc", "", " 3 ", "9007199254740993", "17");
const set = fc.oneof(
  fc.constantFrom("team.developers=3", "horizon.sprints=3", "roles.mergedPoSm=true", "name=*a", "name=", "team=5", "team.skill={cv: 0}", "nokey=1", "environment.interruptionsPerDay=200", "backlog.initialItems=100000", "name=\u001b[2J", "team.developers=[1", "=3", "seed=0x10"),
  fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8, unit: "binary" })).map(([k, v]) => `${k}=${v}`),
);
const vary = fc.constantFrom("team.developers=3,4", "team.developers=1:3:1", "roles.mergedPoSm=false,true", "team.developers=[1,2],3", "name=*a", "x", "horizon.sprints=2,3", "team.developers=3,3", "seed=1,2", "team.developers=0:100000:1");
const option: fc.Arbitrary<string[]> = fc.oneof(
  fc.tuple(fc.constantFrom("--runs", "--seed", "--first", "--detail", "--width", "--replication", "--attribution-runs"), intish).map((t) => [...t]),
  fc.tuple(fc.constantFrom("--first"), fc.constantFrom("9007199254740990", "9007199254740000")).map((t) => [...t]),
  fc.tuple(fc.constant("--jobs"), fc.constantFrom("1", "2", "0", "x")).map((t) => [...t]),
  fc.tuple(fc.constantFrom("--out", "--vs", "--extends-root"), name).map((t) => [...t]),
  fc.tuple(fc.constant("--set"), set).map((t) => [...t]),
  fc.tuple(fc.constant("--vary"), vary).map((t) => [...t]),
  fc.tuple(fc.constant("--shard"), fc.constantFrom("0/2", "1/2", "2/2", "x", "0/0")).map((t) => [...t]),
  fc.tuple(fc.constant("--format"), fc.constantFrom("text", "markdown", "html")).map((t) => [...t]),
  fc.constantFrom("--force", "--quiet", "--json", "--no-report", "--trace", "--svg", "--unknown", "--help").map((o) => [o]),
);
const command = fc.constantFrom("run", "run", "compare", "sweep", "merge", "story", "report", "playground", "validate", "schema", "init", "list", "help", "nonexist");
/** Half the cases start from a valid command line (so they reach the work and the writing), then add random options. */
const valid: fc.Arbitrary<{ command: string; positionals: string[]; base: string[] }> = fc.constantFrom(
  { command: "run", positionals: ["good.yaml"], base: ["--runs", "3", "--out", "out1"] },
  { command: "run", positionals: ["-"], base: ["--runs", "2", "--jobs", "2", "--out", "emptydir"] },
  { command: "compare", positionals: ["good.yaml", "other.yaml"], base: ["--runs", "3", "--out", "out2"] },
  { command: "sweep", positionals: ["good.yaml"], base: ["--vary", "team.developers=3,4", "--runs", "2", "--out", "out1"] },
  { command: "merge", positionals: ["shard0", "shard1"], base: ["--out", "out2"] },
  { command: "report", positionals: ["received"], base: [] },
  { command: "story", positionals: ["good.yaml"], base: ["--vs", "other.yaml"] },
  { command: "validate", positionals: ["good.yaml", "good.json"], base: [] },
  { command: "init", positionals: ["out1.yaml"], base: [] },
  { command: "playground", positionals: [], base: ["--out", "out1.html"] },
);
const invocation = fc.record({
  start: fc.oneof(valid, fc.record({ command, positionals: fc.array(name, { maxLength: 3 }), base: fc.constant([] as string[]) })),
  options: fc.array(option, { maxLength: 4 }),
  stdin: fc.constantFrom(GOOD, "team: [", "", "\u0000\u0001"),
  stopAfter: fc.option(fc.integer({ min: 0, max: 300 }), { freq: 6 }),
});

/** Working files of scrumlab anywhere under the sandbox. */
function leftovers(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = path.join(d, n);
      if (/\.partial-\d+$|\.lock$|\.tmp-\d+-\d+$|^\.scrumlab-/.test(n)) out.push(path.relative(root, p));
      const st = lstatSync(p);
      if (st.isDirectory() && !st.isSymbolicLink()) walk(p);
    }
  };
  walk(root);
  return out;
}

/** Back to the fixtures: files a case was allowed to change (init/playground with --force), the empty folder emptied, new entries removed. */
function restore(): void {
  for (const [name, content] of Object.entries(TEXT_FIXTURES)) if (!name.startsWith("userdir")) writeFileSync(path.join(dir, name), content);
  rmSync(path.join(dir, "emptydir"), { recursive: true, force: true });
  mkdirSync(path.join(dir, "emptydir"));
  const keep = new Set(NAMES.map((n) => n.split("/")[0]).concat(["userdir"]));
  for (const n of readdirSync(dir)) if (!keep.has(n) || ["out1", "out2", "missing"].includes(n)) rmSync(path.join(dir, n), { recursive: true, force: true });
}

describe("the CLI, fuzzed (bounded time)", () => {
  it("every case ends, exits 0 or 2 (130 when stopped) without a stack trace, leaves no working file and no user file changed", async () => {
    const tally = { cases: 0, codes: {} as Record<number, number>, stopped: 0, slowest: 0 };
    await fc.assert(
      fc.asyncProperty(invocation, async ({ start, options, stdin, stopAfter }) => {
        const { command, positionals, base } = start;
        const args = [command, ...positionals, ...base, ...options.flat()];
        const controller = new AbortController();
        const timers = [stopAfter === null ? undefined : setTimeout(() => controller.abort("SIGINT"), stopAfter), setTimeout(() => controller.abort("SIGTERM"), CASE_LIMIT_MS)];
        const io = memoryIO({ cwd: dir, signal: controller.signal, stdin: () => stdin });
        const started = performance.now();
        const code = await main(args, io);
        const ms = performance.now() - started;
        for (const t of timers) clearTimeout(t);
        const err = io.err.join("");
        tally.cases++;
        tally.codes[code] = (tally.codes[code] ?? 0) + 1;
        tally.slowest = Math.max(tally.slowest, ms);
        if (controller.signal.aborted) tally.stopped++;
        const context = `${JSON.stringify(args)} → ${code}\n${err.slice(0, 600)}`;
        expect(ms, `hang: ${context}`).toBeLessThan(CASE_LIMIT_MS);
        expect(controller.signal.reason === "SIGTERM", `hang: ${context}`).toBe(false);
        expect(controller.signal.aborted ? [0, 2, 130] : [0, 2], context).toContain(code);
        expect(err, context).not.toMatch(/internal error|\n\s+at /);
        expect(leftovers(dir), context).toEqual([]);
        const forced = args.includes("--force") || command === "playground";
        for (const [p, before] of Object.entries(sentinels)) {
          const now = describePath(p);
          const allowed = forced && args.includes(p) && before.startsWith("file") && now.startsWith("file");
          if (!allowed) expect(now, `${p} changed: ${context}`).toBe(before);
        }
        restore();
      }),
      { numRuns: 100_000, interruptAfterTimeLimit: BUDGET_MS, markInterruptAsFailure: false, seed: 20261126 },
    );
    console.log(`cli fuzz: ${tally.cases} cases in ${(BUDGET_MS / 1000).toFixed(0)} s, exit codes ${JSON.stringify(tally.codes)}, ${tally.stopped} stopped by a signal, slowest ${Math.round(tally.slowest)} ms, 0 crashes, 0 hangs`);
    expect(tally.cases).toBeGreaterThan(20);
  }, BUDGET_MS + 2 * CASE_LIMIT_MS);
});
