// Reading an output folder's tables for the report: each CSV row with its columns by name, and
// the arms (scenarios of a run or compare, points of a sweep) keyed by the row's prefix cells,
// in the order they first appear — which is the order of meta.json's scenarios.
import { existsSync } from "node:fs";
import path from "node:path";
import type { Meta } from "../../experiment/experiment.js";
import type { ReportData } from "../../../viz/data.js";
import { readCsv } from "../csvread.js";
import { pointValues } from "../../experiment/names.js";

export type Col = (name: string) => string;

/** A number cell: "" (not reached) is NaN. */
export const num = (s: string | undefined): number => (s === undefined || s === "" ? NaN : Number(s));

/** Calls `each` for every row after the header; nothing when the file is absent. */
export async function eachRow(dir: string, name: string, each: (row: string[], col: Col) => void): Promise<void> {
  const file = path.join(dir, name);
  if (!existsSync(file)) return;
  let index: Map<string, number> | undefined;
  for await (const row of readCsv(file)) {
    if (index === undefined) {
      index = new Map(row.map((c, i) => [c, i]));
      continue;
    }
    const at = index;
    each(row, (c) => row[at.get(c) as number]);
  }
}

/** The arms of a folder: arm(row) gives a row's arm index, registering arms as they appear. */
export class Arms {
  readonly list: ReportData["arms"] = [];
  private readonly index = new Map<string, number>();
  private readonly width: number;

  constructor(private readonly meta: Meta) {
    this.width = meta.command === "sweep" ? 2 + (meta.vary?.length ?? 0) : 1;
  }

  of(row: string[]): number {
    const key = row.slice(0, this.width).join("\u0000");
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(key, i);
      this.list.push(this.describe(row, i));
    }
    return i;
  }

  /** The arm whose name cell (as written, neutralized) is `cell`, in a run or compare. */
  named(cell: string): number | undefined {
    return this.width === 1 ? this.index.get(cell) : undefined;
  }

  private describe(row: string[], i: number): ReportData["arms"][number] {
    // meta.json holds the names as given; the CSV cell may carry a spreadsheet guard (').
    const s = this.meta.scenarios[i];
    const name = s?.name ?? row[0];
    const shape = { sprints: s?.sprints ?? 1, sprintDays: s?.sprintDays ?? 10, weeks: s === undefined ? 2 : metaWeeks(s) };
    if (this.width === 1) return { name, label: name, values: [], ...shape };
    const values = row.slice(2, this.width);
    return { name, label: pointValues((this.meta.vary ?? []).map((v) => v.path), values), values, ...shape };
  }
}

/** A scenario's calendar weeks as meta.json records them (older folders: sprints × sprintDays ÷ 5). */
export function metaWeeks(s: Meta["scenarios"][number]): number {
  return s.weeks ?? (s.sprints * s.sprintDays) / 5;
}
