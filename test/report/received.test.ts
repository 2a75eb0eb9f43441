// A folder that comes back changed (issue 19, items 10, 11, 12 and 18): re-saved by a
// spreadsheet (BOM, CRLF, ";" with decimal commas, columns reordered) it reads as written; cut
// short, broken or foreign it is refused with the file, line and column (exit 2), never drawn
// wrong with exit 0; a merged shard whose bytes changed is refused even at the same size.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsvText } from "../../src/output/csvread.js";
import { readReportData } from "../../src/output/report/data.js";
import { inProcess, snapshot, tempDir } from "../cli/helpers.js";

const QUIET = ["--jobs", "1", "--quiet"];
let original: string;
const copy = (edit?: (name: string, text: string) => string | undefined): string => {
  const dir = path.join(tempDir(), "copy");
  mkdirSync(dir);
  for (const [name, text] of Object.entries(snapshot(original))) {
    const raw = Buffer.from(text, "latin1").toString("utf8");
    const out = edit && name.endsWith(".csv") ? edit(name, raw) : raw;
    if (out !== undefined) writeFileSync(path.join(dir, name), out);
  }
  return dir;
};
const resave = (transform: (rows: string[][]) => string[][], options: object) => (_: string, text: string) => stringify(transform(parseCsvText(text)), options);
const noTrace = (err: string) => expect(err).not.toMatch(/\n\s+at |internal error/);

beforeAll(async () => {
  original = path.join(tempDir(), "out");
  expect((await inProcess(["compare", "scenarios/baseline.yaml", "scenarios/merged-po-sm.yaml", "--runs", "6", "--detail", "3", ...QUIET, "--out", original])).code).toBe(0);
});

describe("item 10: a folder re-saved by a spreadsheet reads as written", () => {
  it.each([
    ["BOM + CRLF (Excel)", resave((r) => r, { bom: true, record_delimiter: "windows" })],
    ["';' separators and decimal commas (a European Excel)", resave((r) => r.map((row) => row.map((c) => c.replace(/^(-?\d+)\.(\d+)$/, "$1,$2"))), { delimiter: ";", bom: true, record_delimiter: "windows" })],
    ["columns reordered", resave((r) => r.map((row) => [...row].reverse()), {})],
  ])("%s", async (_label, edit) => {
    const expected = await readReportData(original);
    const dir = copy(edit);
    expect(await readReportData(dir)).toEqual(expected);
    expect(expected.arms).toHaveLength(2);
    const r = await inProcess(["report", dir]);
    expect(r.code).toBe(0);
  });
});

describe("item 10 and 18: what is incomplete or broken is refused, naming the file (and line, column)", () => {
  const cases: Array<[string, (name: string, text: string) => string | undefined, RegExp]> = [
    ["a missing column", (n, t) => (n === "summary.csv" ? stringify(parseCsvText(t).map((row) => row.slice(0, -1))) : t), /summary\.csv: has no column "p90"/],
    ["a header-only summary", (n, t) => (n === "summary.csv" ? t.split("\n")[0] + "\n" : t), /summary\.csv: has a header but no rows/],
    ["runs.csv missing", (n, t) => (n === "runs.csv" ? undefined : t), /runs\.csv: missing; the folder is incomplete/],
    ["a short record", (n, t) => (n === "runs.csv" ? t.replace(/\n([^\n]*),[^,\n]*\n$/, "\n$1\n") : t), /runs\.csv:13: has \d+ cells where the header has \d+/],
    ["an unclosed quote", (n, t) => (n === "sprints.csv" || n === "runs.csv" ? `${t}"baseline,0,1\n` : t), /runs\.csv:\d+: a quoted cell is never closed/],
    ["binary bytes", (n, t) => (n === "runs.csv" ? `${t.slice(0, 50)}\u0000\u0001\u0002` : t), /runs\.csv: is a binary file, not CSV text/],
    ["text in a number column", (n, t) => (n === "runs.csv" ? t.replace(/\nbaseline,0,(\d+),([^,]*),[^,]*,/, "\nbaseline,0,$1,$2,lots,") : t), /runs\.csv:2: column "value_delivered": expected a number, found "lots"/],
    ["a scenario meta.json does not list", (n, t) => (n === "runs.csv" ? `${t}intruder,0,1${",1".repeat(parseCsvText(t)[0].length - 3)}\n` : t), /runs\.csv:14: "intruder" is not one of the 2 arms meta.json lists/],
  ];
  it.each(cases)("%s", async (_label, edit, message) => {
    const r = await inProcess(["report", copy(edit)]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    noTrace(r.err);
  });

  it("a folder where runs.csv should be", async () => {
    const dir = copy();
    rmSync(path.join(dir, "runs.csv"));
    mkdirSync(path.join(dir, "runs.csv"));
    const r = await inProcess(["report", dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("runs.csv: is a folder, not a CSV file");
  });

  it.each([
    ["empty", "", /meta\.json: is empty/],
    ["null", "null", /meta\.json: not a scrumlab meta\.json \(meta\.json must be an object of scrumlab's keys, found null\)/],
    ["a list", "[]", /found a list/],
    ["an empty object", "{}", /meta\.json: not a scrumlab meta\.json \(key command: /],
    ["not JSON", "{\"command\": ", /meta\.json: not valid JSON/],
    ["a wrong type", JSON.stringify({ ...JSON.parse(readFileSync(path.join("test/fixtures", "..", "..", "package.json"), "utf8")), tool: "scrumlab" }), /not a scrumlab meta\.json \(key /],
  ])("meta.json %s: report and merge exit 2", async (_label, text, message) => {
    const dir = copy();
    writeFileSync(path.join(dir, "meta.json"), text);
    for (const args of [["report", dir], ["merge", dir, "--out", path.join(tempDir(), "m")]]) {
      const r = await inProcess(args);
      expect(r.code, args[0]).toBe(2);
      expect(r.err).toMatch(message);
      noTrace(r.err);
    }
  });
});

describe("merge of shards that were changed or claim too much", () => {
  const shard = async (extra: string[] = []) => {
    const base = tempDir();
    const dirs = [0, 1].map((i) => path.join(base, `s${i}`));
    for (const [i, d] of dirs.entries()) expect((await inProcess(["run", "scenarios/baseline.yaml", "--runs", "6", "--detail", "2", ...extra, ...QUIET, "--no-report", "--shard", `${i}/2`, "--out", d])).code).toBe(0);
    return { base, dirs };
  };

  it("item 12: a shard whose rows changed but not its size is refused (a SHA-256 per segment)", async () => {
    const { base, dirs } = await shard();
    const file = path.join(dirs[1], "runs.csv");
    const text = readFileSync(file, "utf8");
    const changed = text.replace(/\nbaseline,(\d+),(\d+),(\d)/, (_m, a, b, c) => `\nbaseline,${a},${b},${(Number(c) + 1) % 10}`);
    expect(changed.length).toBe(text.length);
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
    const r = await inProcess(["merge", ...dirs, "--out", path.join(base, "merged")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/runs\.csv: bytes \d+–\d+ \(the rows of arm 1\) are not what the shard wrote/);
    expect(readdirSync(base).sort()).toEqual(["s0", "s1"]);
  });

  it("item 18: a shard claiming a billion runs is refused before any memory is taken", async () => {
    const { base, dirs } = await shard();
    for (const d of dirs) {
      const meta = JSON.parse(readFileSync(path.join(d, "meta.json"), "utf8"));
      writeFileSync(path.join(d, "meta.json"), JSON.stringify({ ...meta, runs: 1e9 }));
    }
    const r = await inProcess(["merge", ...dirs, "--out", path.join(base, "merged")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/1,000,000,000 runs of 12 sprints would need \d+\.\d GB to summarize/);
  });
});

describe("item 11: compare of names that make the same file name", () => {
  it('"a b", "a_b" and "A_B" each get their own resolved file, recorded in meta.json, and each reproduces its scenario', async () => {
    const dir = tempDir();
    const names = ["a b", "a_b", "A_B"];
    const files = names.map((n, i) => {
      const f = path.join(dir, `s${i}.yaml`);
      writeFileSync(f, `name: "${n}"\nteam:\n  developers: ${4 + i}\n`);
      return f;
    });
    const out = path.join(dir, "out");
    expect((await inProcess(["compare", ...files, "--runs", "3", "--detail", "1", ...QUIET, "--out", out])).code).toBe(0);
    const meta = JSON.parse(readFileSync(path.join(out, "meta.json"), "utf8"));
    expect(meta.scenarios.map((s: { resolved: string }) => s.resolved)).toEqual(["a_b.resolved.yaml", "a_b-2.resolved.yaml", "A_B-3.resolved.yaml"]);
    const runs = parseCsvText(readFileSync(path.join(out, "runs.csv"), "utf8"));
    for (const [i, s] of meta.scenarios.entries()) {
      const again = path.join(dir, `again${i}`);
      expect((await inProcess(["run", path.join(out, s.resolved), "--detail", "1", ...QUIET, "--out", again])).code).toBe(0);
      const mine = runs.filter((r) => r[0] === names[i]).map((r) => r.slice(1).join(","));
      expect(parseCsvText(readFileSync(path.join(again, "runs.csv"), "utf8")).slice(1).map((r) => r.slice(1).join(","))).toEqual(mine);
    }
  });
});
