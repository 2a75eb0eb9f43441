// Reading back the CSV files scrumlab writes, record by record, so that a file of any size is
// never held in memory. Records end at "\n"; a quoted cell may hold commas, doubled quotes,
// "\n" and "\r" (a scenario named across two lines still reads back as one record).
import { createReadStream } from "node:fs";

/** The cells of one record (its text without the final "\n"). */
export function parseLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let cell = "";
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new Error(`unterminated quote in CSV record: ${line.slice(0, 80)}`);
        cell += line.slice(i, q);
        if (line[q + 1] === '"') {
          cell += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(cell);
      i++; // the comma
    } else {
      const c = line.indexOf(",", i);
      const end = c < 0 ? line.length : c;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

/** Splits text into records: at each "\n" outside quotes. Keeps the unfinished tail. */
export class RecordSplitter {
  private tail = "";
  /** Quotes seen in the tail: odd means the tail ends inside a quoted cell. */
  private quotes = 0;

  /** The complete records in `chunk` (with what came before it). */
  push(chunk: string): string[] {
    const records: string[] = [];
    const text = this.tail + chunk;
    let scanned = this.tail.length;
    let start = 0;
    for (;;) {
      const nl = text.indexOf("\n", scanned);
      if (nl < 0) break;
      this.quotes += countQuotes(text, scanned, nl);
      scanned = nl + 1;
      if (this.quotes % 2 === 0) {
        records.push(text.slice(start, nl));
        start = nl + 1;
        this.quotes = 0;
      }
    }
    this.tail = text.slice(start);
    this.quotes = countQuotes(this.tail, 0, this.tail.length);
    return records;
  }

  /** The last record when the text does not end with "\n". */
  end(): string[] {
    if (this.quotes % 2 !== 0) throw new Error(`unterminated quote in CSV record: ${this.tail.slice(0, 80)}`);
    return this.tail === "" ? [] : [this.tail];
  }
}

function countQuotes(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('"', from); i >= 0 && i < to; i = text.indexOf('"', i + 1)) n++;
  return n;
}

/** Each record of a CSV file, as an array of cells; the header first. Empty records are skipped. */
export async function* readCsv(file: string): AsyncGenerator<string[]> {
  const splitter = new RecordSplitter();
  for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 })) {
    for (const record of splitter.push(chunk as string)) if (record !== "") yield parseLine(record);
  }
  for (const record of splitter.end()) yield parseLine(record);
}
