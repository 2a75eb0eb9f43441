// The fast path for plain CSV files (src/output/csvplain.ts) reads exactly what csv-parse reads:
// the same header, cells and line numbers for every file of an output folder, and the same
// refusal of a record of another length. A file with a byte-order mark is read by csv-parse,
// with the same line numbers, so it is the reference here.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isPlain } from "../../src/output/csvplain.js";
import { openTable, type CsvTable } from "../../src/output/csvread.js";
import { inProcess, tempDir } from "../cli/helpers.js";

let out: string;

beforeAll(async () => {
  out = path.join(tempDir(), "out");
  expect((await inProcess(["compare", "scenarios/baseline.yaml", "scenarios/three-teams.yaml", "--runs", "5", "--detail", "2", "--trace", "--jobs", "1", "--quiet", "--no-report", "--out", out])).code).toBe(0);
});

async function all(table: CsvTable): Promise<Array<{ cells: string[]; line: number }>> {
  const rows = [];
  for await (const r of table.records) rows.push(r);
  return rows;
}

/** The same text behind a byte-order mark: not plain, so csv-parse reads it. */
function withBom(file: string, text: string): string {
  const copy = path.join(tempDir(), `bom-${path.basename(file)}`);
  writeFileSync(copy, `\uFEFF${text}`);
  return copy;
}

describe("plain CSV files are read without csv-parse, to the same cells and lines", () => {
  it("every file of an output folder", async () => {
    let plain = 0;
    for (const name of readdirSync(out).filter((f) => f.endsWith(".csv"))) {
      const file = path.join(out, name);
      const text = readFileSync(file, "utf8");
      if (!isPlain(file)) {
        expect(text.includes('"') || text.includes("\r")).toBe(true);
        continue;
      }
      plain++;
      const fast = await openTable(file);
      const slow = await openTable(withBom(file, text));
      expect(isPlain(withBom(file, text))).toBe(false);
      expect(fast.header).toEqual(slow.header);
      expect(await all(fast)).toEqual(await all(slow));
    }
    expect(plain).toBeGreaterThanOrEqual(5);
  });

  it("empty lines are skipped and counted, a last line without a line break is read", async () => {
    const text = "a,b\n1,2\n\n3,4\n\n\n5,6";
    const file = path.join(tempDir(), "gaps.csv");
    writeFileSync(file, text);
    expect(isPlain(file)).toBe(true);
    expect(await all(await openTable(file))).toEqual(await all(await openTable(withBom(file, text))));
  });

  it("a record of another length is refused with the same words", async () => {
    const text = "a,b,c\n1,2,3\n4,5\n";
    const file = path.join(tempDir(), "short.csv");
    writeFileSync(file, text);
    const error = async (f: string) => {
      try {
        await all(await openTable(f));
      } catch (e) {
        return (e as Error).message.replace(f, "FILE");
      }
      return "no error";
    };
    expect(await error(file)).toBe(await error(withBom(file, text)));
    expect(await error(file)).toMatch(/FILE:3: has 2 cells where the header has 3/);
  });

  it("a line longer than the read buffer, and characters of several bytes across reads", async () => {
    const long = "é".repeat(700_000); // 1.4 MB: more than one read
    const text = `name,x\n${long},1\nb,2\n`;
    const file = path.join(tempDir(), "long.csv");
    writeFileSync(file, text);
    expect(await all(await openTable(file))).toEqual([{ cells: [long, "1"], line: 2 }, { cells: ["b", "2"], line: 3 }]);
  });
});
