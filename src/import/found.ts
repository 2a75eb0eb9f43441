// What an importer found in one file, for the report `import` prints, and the small helpers
// every importer shares (numbers and dates read with the file, line and column named).
import { InputError } from "../errors.js";
import { formatDay } from "../forecast/days.js";
import type { ItemRecord, SprintRecord } from "../forecast/history.js";
import { DATE_FORMATS, parseTrackerDate } from "./dates.js";

export type FormatId = "jira-csv" | "jira-json" | "gitlab-json" | "sprint-report" | "items" | "sprints";

export const FORMAT_NAMES: Record<FormatId, string> = {
  "jira-csv": "Jira CSV export",
  "jira-json": "Jira REST JSON (search results)",
  "gitlab-json": "GitLab issues JSON (API v4)",
  "sprint-report": "sprint report (velocity chart) CSV",
  items: "items normal form",
  sprints: "sprints normal form",
};

export interface Found {
  file: string;
  format: FormatId;
  /** Project or team, when the file says. */
  project?: string;
  /** Which column or field gave the points ("none" when there is none). */
  points?: string;
  /** How the start of work was decided. */
  started?: string;
  /** Anything a reader should know: rows skipped, odd dates. */
  notes: string[];
}

export type Parsed = { found: Found } & ({ items: ItemRecord[] } | { sprints: SprintRecord[] });

/** Where a value came from, for error messages: "file:line" and the column or field. */
export interface Place {
  file: string;
  line?: number;
  key: string;
}

function where(p: Place): string {
  return `${p.file}${p.line !== undefined ? `:${p.line}` : ""}: ${p.key}`;
}

/** A date, or undefined when empty; a value in no known form is an error naming the place. */
export function dateOf(text: string | null | undefined, p: Place): number | undefined {
  if (text === null || text === undefined || text.trim() === "") return undefined;
  const d = parseTrackerDate(text);
  if (d === undefined) throw new InputError(`${where(p)}: expected a date (${DATE_FORMATS}), found ${JSON.stringify(text)}`);
  return d;
}

/** A number >= 0, or undefined when empty; anything else is an error naming the place. */
export function amountOf(text: string | number | null | undefined, p: Place): number | undefined {
  if (text === null || text === undefined) return undefined;
  if (typeof text === "number") {
    if (Number.isFinite(text) && text >= 0) return text;
    throw new InputError(`${where(p)}: expected a number >= 0, found ${text}`);
  }
  const t = text.trim().replace(",", ".");
  if (t === "") return undefined;
  const x = Number(t);
  if (!Number.isFinite(x) || x < 0 || !/^[0-9.]+$/.test(t)) throw new InputError(`${where(p)}: expected a number >= 0, found ${JSON.stringify(text)}`);
  return x;
}

/** One line on items: how many, how many done, and their dates. */
export function describeItems(items: readonly ItemRecord[]): string {
  const done = items.filter((i) => i.done !== undefined);
  const days = items.flatMap((i) => [i.created, i.started, i.done]).filter((d): d is number => d !== undefined);
  const range = days.length > 0 ? `, ${formatDay(Math.min(...days))} to ${formatDay(Math.max(...days))}` : "";
  return `${items.length} items, ${done.length} done${range}`;
}

export function describeSprints(sprints: readonly SprintRecord[]): string {
  if (sprints.length === 0) return "0 sprints";
  return `${sprints.length} sprints, ${formatDay(Math.min(...sprints.map((s) => s.start)))} to ${formatDay(Math.max(...sprints.map((s) => s.end)))}`;
}
