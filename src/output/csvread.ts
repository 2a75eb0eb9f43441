// Reading back the CSV files scrumlab writes (one record per line; quoted cells allowed), line
// by line, so that a file of any size is never held in memory.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

export function parseLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let cell = "";
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new Error(`unterminated quote in CSV line: ${line.slice(0, 80)}`);
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

/** Each record of a CSV file, as an array of cells; the header first. */
export async function* readCsv(file: string): AsyncGenerator<string[]> {
  const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
  for await (const line of lines) if (line !== "") yield parseLine(line);
}
