// The fast path of reading a CSV file: scrumlab's own files are plain — "," between cells, "\n"
// at the end of each line, no quote anywhere, no byte-order mark — and a plain file needs no
// CSV parser: each line is split at its commas. A file that is not plain (a quote or a "\r"
// anywhere, a BOM, ";") is read by csv-parse (csvread.ts), as every file was before. Both give
// the same cells and line numbers for a plain file, and refuse a record of another length than
// the header with the same words.
import { closeSync, openSync, readSync } from "node:fs";
import { InputError } from "../errors.js";

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const CHUNK = 1 << 16;

/** Is the whole file plain: no quote, no carriage return, no byte-order mark? (Reads it once; memchr-fast.) */
export function isPlain(file: string): boolean {
  const buf = Buffer.allocUnsafe(CHUNK);
  const fd = openSync(file, "r");
  try {
    let first = true;
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, null);
      if (n === 0) return true;
      const b = n === CHUNK ? buf : buf.subarray(0, n);
      if (first && n >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return false;
      first = false;
      if (b.indexOf(QUOTE) >= 0 || b.indexOf(CR) >= 0) return false;
    }
  } finally {
    closeSync(fd);
  }
}

/** The records of a plain file, header first: its cells and its line number (1-based; empty lines skipped, as csv-parse does). */
export function* plainRecords(file: string): Generator<{ cells: string[]; line: number }> {
  let buf = Buffer.allocUnsafe(CHUNK);
  let kept = 0; // bytes of an unfinished line carried over to the next read
  let line = 0;
  let width = -1;
  const fd = openSync(file, "r");
  try {
    for (;;) {
      if (kept === buf.length) {
        const bigger = Buffer.allocUnsafe(2 * buf.length); // a line longer than the buffer
        buf.copy(bigger, 0, 0, kept);
        buf = bigger;
      }
      const n = readSync(fd, buf, kept, buf.length - kept, null);
      const filled = kept + n;
      // Decode whole lines only ("\n" is never inside a multi-byte character); at the end of the file, the rest.
      const end = n === 0 ? filled : buf.lastIndexOf(LF, filled - 1) + 1;
      if (end > 0) {
        const lines = buf.toString("utf8", 0, end).split("\n");
        if (n !== 0 || lines[lines.length - 1] === "") lines.pop(); // the empty string after the last "\n"
        for (const l of lines) {
          line++;
          if (l === "") continue;
          const cells = l.split(",");
          if (width < 0) width = cells.length;
          else if (cells.length !== width) throw new InputError(`${file}:${line}: has ${cells.length} cells where the header has ${width}`);
          yield { cells, line };
        }
      }
      if (n === 0) return;
      kept = filled - end;
      buf.copy(buf, 0, end, filled);
    }
  } finally {
    closeSync(fd);
  }
}
