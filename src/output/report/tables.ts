// Reading an output folder's tables for the report: each CSV row with its columns by name, and
// the arms (scenarios of a run or compare, points of a sweep) keyed by the row's prefix cells,
// in the order they first appear — which is the order of meta.json's scenarios.
import { existsSync } from "node:fs";
import path from "node:path";
import type { Meta } from "../meta.js";
import type { ReportData } from "../../../viz/data.js";
import { ORGANIZATION } from "../csv.js";
import { commaToPoint, openTable } from "../csvread.js";
import { InputError } from "../../errors.js";
import { pointValues } from "../../experiment/names.js";

export type Col = (name: string) => string;

/** A number cell: "" (not reached) is NaN. */
export const num = (s: string | undefined): number => (s === undefined || s === "" ? NaN : Number(s));

/** What each table must hold for the report: columns of text, columns of numbers (or empty), and whether it may have no rows. A file re-saved or cut short is refused, not drawn wrong. */
const NEEDS: Record<string, { text: string[]; numbers: string[]; rows: boolean }> = {
  "summary.csv": { text: ["metric"], numbers: ["mean", "ci95_low", "ci95_high", "p10", "p50", "p90"], rows: true },
  "sprint-summary.csv": { text: ["metric"], numbers: ["sprint", "mean", "p10", "p50", "p90"], rows: true },
  "runs.csv": { text: [], numbers: ["replication", "value_delivered"], rows: true },
  "comparison.csv": { text: ["scenario", "metric"], numbers: ["mean_reference", "mean_diff", "ci95_low", "ci95_high", "pct_change", "share_better"], rows: true },
  "time.csv": { text: ["agent", "role", "duty"], numbers: ["replication", "hours"], rows: false },
  "items.csv": { text: [], numbers: ["replication", "selected_at", "started_at", "done_at", "accepted_at"], rows: false },
  "impediments.csv": { text: [], numbers: ["raised_at", "removed_at"], rows: false },
};

/** The tables a report cannot do without: the run totals, and a compare's comparison (a chart whose other table is absent is left out). */
export function checkTables(dir: string, meta: Pick<Meta, "command">): void {
  const names = ["runs.csv", ...(meta.command === "compare" ? ["comparison.csv"] : [])];
  for (const name of names) if (!existsSync(path.join(dir, name))) throw new InputError(`${path.join(dir, name)}: missing; the folder is incomplete (run the experiment again)`);
}

/** Calls `each` for every row after the header; nothing when the file is absent (checkTables says which must be there); a present file must have the columns and rows NEEDS lists. */
export async function eachRow(dir: string, name: string, each: (row: string[], col: Col) => void): Promise<void> {
  const file = path.join(dir, name);
  if (!existsSync(file)) return;
  const needs = NEEDS[name] ?? { text: [], numbers: [], rows: false };
  const table = await openTable(file, [...needs.text, ...needs.numbers]);
  const numbers = needs.numbers.map(table.column);
  // A folder of one team written before the team column: every row is the organization's.
  const teamless = !table.header.includes("team");
  let rows = 0;
  for await (const record of table.records) {
    rows++;
    for (const c of numbers) table.number(record, c); // throws, naming line and column, on a cell that is no number
    const row = record.cells;
    try {
      each(row, (c) => {
        if (teamless && c === "team") return ORGANIZATION;
        const text = row[table.column(c)];
        return table.decimalComma && text !== undefined ? commaToPoint(text) : text;
      });
    } catch (error) {
      if (error instanceof InputError && !error.message.startsWith(file)) throw new InputError(`${file}:${record.line}: ${error.message}`);
      throw error;
    }
  }
  if (needs.rows && rows === 0) throw new InputError(`${file}: has a header but no rows; the folder is incomplete`);
}

/** The arms of a folder: arm(row) gives a row's arm index, registering arms as they appear. */
export class Arms {
  readonly list: ReportData["arms"] = [];
  private readonly index = new Map<string, number>();
  /** The columns that name an arm: scenario (and a sweep's point and varied keys), found by name. */
  private readonly columns: string[];

  constructor(private readonly meta: Meta) {
    this.columns = meta.command === "sweep" ? ["scenario", "point", ...(meta.vary ?? []).map((v) => v.path)] : ["scenario"];
  }

  /** The arm of a row (given its columns by name), registering arms as they appear. */
  of(col: Col): number {
    const cells = this.columns.map(col);
    const key = cells.join("\u0000");
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.list.length;
      if (i >= this.meta.scenarios.length) throw new InputError(`${JSON.stringify(cells.join(", ").slice(0, 60))} is not one of the ${this.meta.scenarios.length} arms meta.json lists`);
      this.index.set(key, i);
      this.list.push(this.describe(cells, i));
    }
    return i;
  }

  /** The arm whose name cell (as written, neutralized) is `cell`, in a run or compare. */
  named(cell: string): number | undefined {
    return this.columns.length === 1 ? this.index.get(cell) : undefined;
  }

  private describe(cells: string[], i: number): ReportData["arms"][number] {
    // meta.json holds the names as given; the CSV cell may carry a spreadsheet guard (').
    const s = this.meta.scenarios[i];
    const name = s?.name ?? cells[0];
    const shape = { sprints: s?.sprints ?? 1, sprintDays: s?.sprintDays ?? 10, weeks: s === undefined ? 2 : metaWeeks(s) };
    if (this.columns.length === 1) return { name, label: name, values: [], ...shape };
    const values = cells.slice(2);
    return { name, label: pointValues((this.meta.vary ?? []).map((v) => v.path), values), values, ...shape };
  }
}

/** A scenario's calendar weeks as meta.json records them (older folders: sprints × sprintDays ÷ 5). */
export function metaWeeks(s: Meta["scenarios"][number]): number {
  return s.weeks ?? (s.sprints * s.sprintDays) / 5;
}
