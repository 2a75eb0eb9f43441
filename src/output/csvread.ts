// Reading CSV files — scrumlab's own, or the same files re-saved by a spreadsheet — with
// csv-parse, the reading half of the csv-stringify family the writers use. Streamed record by
// record, so a file of any size is never held in memory. Accepted: a byte-order mark, CRLF line
// ends, ";" as the separator (a European Excel; then "1234,5" is a number too), columns in any
// order, extra columns. Refused, with the file, line and column (InputError, exit 2): a missing
// column, a record of another length than the header, an unclosed quote, a binary file, a
// folder, and a cell that should be a number but is not.
import { closeSync, createReadStream, openSync, readSync, statSync } from "node:fs";
import { CsvError, parse } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { InputError } from "../errors.js";
import { isPlain, plainRecords } from "./csvplain.js";

/** One data record: its cells and the line it starts on. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

export interface CsvTable {
  file: string;
  header: string[];
  /** The file is ";"-separated, so numbers may have a decimal comma ("1234,5"). */
  decimalComma: boolean;
  /** The index of a column (an InputError naming the file and column when it is missing). */
  column(name: string): number;
  /** The data records, after the header. */
  records: AsyncIterable<CsvRecord>;
  /** A number cell: "" is NaN (not reached); text that is no number is an InputError naming line and column. */
  number(record: CsvRecord, column: number): number;
}

/** The separator of a file: ";" when its first line has more semicolons than commas (outside quotes). */
function sniff(file: string): { delimiter: string; empty: boolean } {
  const buf = Buffer.alloc(64 * 1024);
  let n: number;
  const fd = openSync(file, "r");
  try {
    n = readSync(fd, buf, 0, buf.length, 0);
  } finally {
    closeSync(fd);
  }
  const head = buf.subarray(0, n);
  if (head.includes(0)) throw new InputError(`${file}: is a binary file, not CSV text`);
  const first = head.toString("utf8").replace(/^\uFEFF/, "").split(/\r?\n/)[0].replace(/"[^"]*"/g, "");
  const count = (c: string) => first.split(c).length - 1;
  return { delimiter: count(";") > count(",") ? ";" : ",", empty: n === 0 };
}

/** csv-parse's error in the words of this tool, with the file and line. */
function csvError(file: string, error: unknown): unknown {
  if (!(error instanceof CsvError)) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === "EISDIR") return new InputError(`${file}: is a folder, not a CSV file`);
    if (code !== undefined) return new InputError(`${file}: cannot be read (${code})`);
    return error;
  }
  const at = `${file}:${(error as CsvError & { lines?: number }).lines ?? "?"}`;
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return new InputError(`${at}: a quoted cell is never closed; the file was cut short or is not a CSV file`);
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH":
      return new InputError(`${at}: ${error.message.replace(/^Invalid Record Length: expect (\d+), got (\d+).*$/s, "has $2 cells where the header has $1")}`);
    default:
      return new InputError(`${at}: not a CSV file scrumlab can read (${error.message.replace(/ at line \d+.*$/s, "")})`);
  }
}

/** Opens a CSV file and reads its header; `required`: the columns it must have. */
export async function openTable(file: string, required: readonly string[] = []): Promise<CsvTable> {
  let st;
  try {
    st = statSync(file);
  } catch (error) {
    throw new InputError(`${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "missing" : `cannot be read (${(error as NodeJS.ErrnoException).code})`}`);
  }
  if (st.isDirectory()) throw new InputError(`${file}: is a folder, not a CSV file`);
  const { delimiter, empty } = sniff(file);
  if (empty) throw new InputError(`${file}: is empty; it has not even a header line`);
  if (delimiter === "," && isPlain(file)) return plainTable(file, required);
  const parser = createReadStream(file, { highWaterMark: 1 << 20 }).pipe(parse({ bom: true, delimiter, skip_empty_lines: true, info: true }));
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  const next = async () => {
    try {
      return await iterator.next();
    } catch (error) {
      throw csvError(file, error);
    }
  };
  const first = await next();
  if (first.done) throw new InputError(`${file}: is empty; it has not even a header line`);
  const records: AsyncIterable<CsvRecord> = {
    async *[Symbol.asyncIterator]() {
      try {
        for (;;) {
          const r = await next();
          if (r.done) return;
          yield { cells: r.value.record, line: r.value.info.lines };
        }
      } finally {
        await iterator.return?.(); // a reader that stops early closes the file
      }
    },
  };
  return table(file, first.value.record, delimiter === ";", required, records);
}

/** A plain file (csvplain.ts) read without csv-parse: the same header, cells and line numbers. */
function plainTable(file: string, required: readonly string[]): CsvTable {
  const all = plainRecords(file);
  const first = all.next();
  if (first.done) throw new InputError(`${file}: is empty; it has not even a header line`);
  const records: AsyncIterable<CsvRecord> = {
    async *[Symbol.asyncIterator]() {
      try {
        yield* all;
      } finally {
        all.return(undefined); // a reader that stops early closes the file
      }
    },
  };
  try {
    return table(file, first.value.cells, false, required, records);
  } catch (error) {
    all.return(undefined);
    throw error;
  }
}

function table(file: string, header: string[], decimalComma: boolean, required: readonly string[], records: AsyncIterable<CsvRecord>): CsvTable {
  const index = new Map(header.map((name, i) => [name, i]));
  const column = (name: string) => {
    const i = index.get(name);
    if (i === undefined) throw new InputError(`${file}: has no column "${name}" (its columns: ${header.slice(0, 8).join(", ")}${header.length > 8 ? ", …" : ""})`);
    return i;
  };
  for (const name of required) column(name);
  return {
    file,
    header,
    decimalComma,
    column,
    records,
    number(record, c) {
      const text = record.cells[c];
      if (text === "" || text === undefined) return NaN;
      const x = Number(decimalComma ? commaToPoint(text) : text);
      if (!Number.isFinite(x)) throw new InputError(`${file}:${record.line}: column "${header[c]}": expected a number, found ${JSON.stringify(text.slice(0, 40))}`);
      return x;
    },
  };
}

/** "1234,5" as "1234.5" (a number written with a decimal comma); other text unchanged. */
export const commaToPoint = (text: string) => text.replace(/^(-?\d+),(\d+)$/, "$1.$2");

/** All records of a CSV text (for tests and small files); a malformed text throws. */
export function parseCsvText(text: string): string[][] {
  return parseSync(text, { bom: true, skip_empty_lines: true }) as string[][];
}

/** The cells of one CSV record given as text (a line, or a record with quoted line breaks). */
export function parseLine(line: string): string[] {
  return parseCsvText(line)[0] ?? [""];
}
