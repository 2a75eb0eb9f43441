// CSV cells: the canonical number format and the neutralization of formula-like text (never of
// numbers); rows read back by readCsv whatever the text holds and wherever the chunks split.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { canonical, csvRows, csvRowsStringify, formatNumber, neutralize } from "../../src/output/csv.js";
import { openTable, parseCsvText } from "../../src/output/csvread.js";

describe("formatNumber", () => {
  it.each([
    [0, "0"],
    [-0, "0"],
    [42, "42"],
    [-7, "-7"],
    [0.1 + 0.2, "0.3"],
    [1 / 3, "0.333333"],
    [2 / 3, "0.666667"],
    [-2 / 3, "-0.666667"],
    [1.5, "1.5"],
    [1234567.1234567, "1234567.123457"],
    [0.9999999, "1"],
    [1e-7, "0"],
    [-1e-7, "0"],
    [-4e-7, "0"],
    [6e-7, "0.000001"],
    [5e-7, "0"], // the double just below 5e-7 rounds down
    [1e20, "100000000000000000000"],
    [1e21, "1000000000000000000000"],
    [-(2 ** 70), "-1180591620717411303424"],
    [NaN, ""],
    [Infinity, ""],
  ])("%d → %s", (x, text) => {
    expect(formatNumber(x)).toBe(text);
    expect(formatNumber(x)).not.toMatch(/e/i);
  });

  it("trims as /\\.?0+$/ does, for any number", () => {
    const reference = (x: number) => {
      if (!Number.isFinite(x)) return "";
      if (Number.isInteger(x)) return Object.is(x, -0) ? "0" : Math.abs(x) < 1e21 ? x.toFixed(0) : BigInt(x).toString();
      const s = x.toFixed(6).replace(/\.?0+$/, "");
      return s === "-0" ? "0" : s;
    };
    const numbers = fc.oneof(fc.double(), fc.double({ min: -1e-5, max: 1e-5 }), fc.integer().map((i) => i / 1e6), fc.integer().map((i) => i + 1e-7));
    fc.assert(fc.property(numbers, (x) => formatNumber(x) === reference(x)), { numRuns: 20000 });
  });

  it("canonical() is what a reader of the file gets back", () => {
    expect(canonical(1 / 3)).toBe(0.333333);
    expect(canonical(NaN)).toBeNaN();
  });
});

describe("cells", () => {
  it("neutralizes text a spreadsheet would run, and only text", () => {
    for (const t of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(neutralize(t)).toBe(`'${t}`);
    for (const t of ["baseline", "a=b", "'=x", ""]) expect(neutralize(t)).toBe(t);
    expect(csvRows([["=cmd", -3, -0.5, "-x", null, undefined]])).toBe("'=cmd,-3,-0.5,'-x,,\n");
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(csvRows([["a,b", 'say "hi"', "two\nlines"]])).toBe('"a,b","say ""hi""","two\nlines"\n');
    expect(csvRows([])).toBe("");
  });
});

describe("reading back", () => {
  const awkward = [["scenario", "n"], ["plain", 1], ["a,b", 2], ['q"uote', 3], ["two\nlines", 4], ["cr\rhere", 5], ["crlf\r\nhere", 6], ["ünïcødé ✓ 日本", 7], ["", 8], ['"', 9]];
  const text = csvRows(awkward);
  const expected = awkward.map((r) => r.map((c) => (typeof c === "number" ? String(c) : c)));
  const readAll = async (file: string, required: string[] = []) => {
    const table = await openTable(file, required);
    const rows: string[][] = [table.header];
    for await (const r of table.records) rows.push(r.cells);
    return rows;
  };

  it("parseCsvText reads the cells written, whatever they hold", () => {
    expect(parseCsvText(text)).toEqual(expected);
  });

  it("openTable streams a file back to the cells written (the file read in 1 MiB chunks)", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "scrumlab-csv-")), "t.csv");
    writeFileSync(file, text + csvRows(Array.from({ length: 30_000 }, (_, i) => [`row ${i}`, i / 7])));
    const rows = await readAll(file);
    expect(rows.slice(0, expected.length)).toEqual(expected);
    expect(rows).toHaveLength(expected.length + 30_000);
    expect(rows[rows.length - 1]).toEqual(["row 29999", "4285.571429"]);
  });

  it("an unterminated quote is an error naming the file and line, not a silent merge of the rest of the file", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "scrumlab-csv-")), "t.csv");
    writeFileSync(file, 'a,b\n"open,1\nnext,2\n');
    await expect(readAll(file)).rejects.toThrow(`${file}:3: a quoted cell is never closed`);
  });
});

describe("the CSV writer", () => {
  it("writes byte for byte what csv-stringify writes, for any cells", () => {
    const text = fc.oneof(fc.string(), fc.constantFrom("a,b", 'say "hi"', "x\ny", "\r", "=1", "-", "'", "", " , ", "é,\"\n"));
    const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, 1e21, -1e-7, NaN, Infinity, 0.1 + 0.2));
    const row = fc.array(fc.oneof(text, number, fc.constant(null), fc.constant(undefined)), { maxLength: 8 });
    fc.assert(fc.property(fc.array(row, { maxLength: 6 }), (rows) => csvRows(rows) === csvRowsStringify(rows)), { numRuns: 2000 });
  });
});
