// A CSV file as a table: the text decoded (a UTF-8 byte-order mark dropped, CRLF or LF), the
// delimiter found from the header line (comma, semicolon as some locales export, or tab), the
// records parsed by csv-parse, each with its line number for error messages. Columns are looked
// up by name, case and spacing aside, and a name may repeat (Jira writes one "Sprint" column
// per sprint an issue was in).
import { parse } from "csv-parse/sync";
import { InputError } from "../errors.js";

export interface Table {
  file: string;
  header: string[];
  rows: Array<{ cells: string[]; line: number }>;
  delimiter: string;
}

/** The name as compared: lower case, runs of spaces and underscores as one space, trimmed. */
export function normName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_]+/g, " ");
}

/** The delimiter of the header line: the most frequent of , ; and tab outside quotes. */
export function sniffDelimiter(text: string): string {
  let quoted = false;
  const count: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in count) count[ch]++;
  }
  return ["\t", ";", ","].reduce((best, d) => (count[d] > count[best] ? d : best), ",");
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function readTable(file: string, raw: string): Table {
  const text = stripBom(raw);
  if (text.trim() === "") throw new InputError(`${file}: the file is empty`);
  const delimiter = sniffDelimiter(text);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: false }) as unknown as typeof records;
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    throw new InputError(`${file}${e.lines ? `:${e.lines}` : ""}: not a readable CSV file (${(e.message ?? String(error)).replace(/^Invalid Record Length: /, "")})`);
  }
  const [head, ...rest] = records;
  const header = head.record.map((h) => h.trim());
  return { file, header, rows: rest.filter((r) => r.record.some((c) => c.trim() !== "")).map((r) => ({ cells: r.record, line: r.info.lines })), delimiter };
}

/** Indexes of every column whose name is one of `names` (compared by normName). */
export function columnsNamed(t: Table, names: readonly string[]): number[] {
  const wanted = new Set(names.map(normName));
  return t.header.flatMap((h, i) => (wanted.has(normName(h)) ? [i] : []));
}

/** The first column with one of the names, in the order of `names` (the first name is preferred); undefined if none. */
export function column(t: Table, names: readonly string[]): { index: number; name: string } | undefined {
  for (const n of names) {
    const i = t.header.findIndex((h) => normName(h) === normName(n));
    if (i >= 0) return { index: i, name: t.header[i] };
  }
  return undefined;
}

/** A column that must be there: exit 2 naming it (and what the header had) when it is not. */
export function requireColumn(t: Table, names: readonly string[], what: string): { index: number; name: string } {
  const c = column(t, names);
  if (!c) throw new InputError(`${t.file}: no ${names.map((n) => `"${n}"`).join(" or ")} column (${what}); the header has: ${t.header.map((h) => `"${h}"`).join(", ")}`);
  return c;
}

export function cell(row: { cells: string[] }, index: number | undefined): string {
  return index === undefined ? "" : (row.cells[index] ?? "").trim();
}
