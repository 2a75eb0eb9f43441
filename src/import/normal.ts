// The two normal forms, read and written. Items: id,created,started,done,points,sprint,type
// (only id and done must be there; empty done = not done). Sprints: sprint,start,end,committed,
// completed (committed may be left out). A header row, columns in any order, ISO dates or
// date-times. The sprint-report reader is the sprints reader with the names trackers use.
import { InputError } from "../errors.js";
import { formatDay } from "../forecast/days.js";
import type { ItemRecord, SprintRecord } from "../forecast/history.js";
import { csvRows } from "../output/csv.js";
import { amountOf, dateOf, type Parsed } from "./found.js";
import { cell, column, requireColumn, type Table } from "./table.js";

export const ITEM_COLUMNS = ["id", "created", "started", "done", "points", "sprint", "type"] as const;
export const SPRINT_COLUMNS = ["sprint", "start", "end", "committed", "completed"] as const;

export function readItems(t: Table): Parsed {
  const id = requireColumn(t, ["id"], "each item's id");
  const done = requireColumn(t, ["done"], "the day each item was done; empty if not done");
  const col = (n: string) => column(t, [n])?.index;
  const [created, started, points, sprint, type] = ["created", "started", "points", "sprint", "type"].map(col);
  const seen = new Map<string, number>();
  const items: ItemRecord[] = t.rows.map((r) => {
    const at = (key: string) => ({ file: t.file, line: r.line, key: `column "${key}"` });
    const itemId = cell(r, id.index);
    if (itemId === "") throw new InputError(`${t.file}:${r.line}: column "id": empty; every item needs an id`);
    const first = seen.get(itemId);
    if (first !== undefined) throw new InputError(`${t.file}:${r.line}: column "id": ${JSON.stringify(itemId)} appears twice (first on line ${first})`);
    seen.set(itemId, r.line);
    return clean({
      id: itemId,
      created: dateOf(cell(r, created), at("created")),
      started: dateOf(cell(r, started), at("started")),
      done: dateOf(cell(r, done.index), at("done")),
      points: amountOf(cell(r, points), at("points")),
      sprint: cell(r, sprint) || undefined,
      type: cell(r, type) || undefined,
    });
  });
  const filled = (key: "points" | "started") => `column "${key}" (${items.filter((i) => i[key] !== undefined).length} of ${items.length} filled)`;
  return { items, found: { file: t.file, format: "items", points: points === undefined ? "none (no points column)" : filled("points"), started: started === undefined ? "unknown (no started column)" : filled("started"), notes: [] } };
}

/** Column names of a sprint table: the normal form's first, then what sprint reports call them. */
const SPRINT_NAMES = {
  sprint: ["sprint", "sprint name", "name", "iteration"],
  start: ["start", "start date", "started", "begin"],
  end: ["end", "end date", "complete date", "completed date", "finish", "due date"],
  committed: ["committed", "commitment", "planned", "commitment (story points)", "committed points"],
  completed: ["completed", "completed (story points)", "done", "velocity", "completed points", "completed items"],
};

export function readSprints(t: Table, format: "sprints" | "sprint-report"): Parsed {
  const c = {
    sprint: requireColumn(t, SPRINT_NAMES.sprint, "each sprint's name"),
    start: requireColumn(t, SPRINT_NAMES.start, "the first day of each sprint"),
    end: requireColumn(t, SPRINT_NAMES.end, "the last day of each sprint"),
    completed: requireColumn(t, SPRINT_NAMES.completed, "what the team finished in each sprint"),
    committed: column(t, SPRINT_NAMES.committed),
  };
  const sprints: SprintRecord[] = t.rows.map((r) => {
    const at = (key: string) => ({ file: t.file, line: r.line, key: `column "${key}"` });
    const start = dateOf(cell(r, c.start.index), at(c.start.name));
    const end = dateOf(cell(r, c.end.index), at(c.end.name));
    const completed = amountOf(cell(r, c.completed.index), at(c.completed.name));
    if (start === undefined) throw new InputError(`${t.file}:${r.line}: column "${c.start.name}": empty; every sprint needs its first day`);
    if (end === undefined) throw new InputError(`${t.file}:${r.line}: column "${c.end.name}": empty; every sprint needs its last day`);
    if (end < start) throw new InputError(`${t.file}:${r.line}: column "${c.end.name}": ${formatDay(end)} is before the start, ${formatDay(start)}`);
    if (completed === undefined) throw new InputError(`${t.file}:${r.line}: column "${c.completed.name}": empty; every sprint needs what was completed (0 if nothing)`);
    return clean({ sprint: cell(r, c.sprint.index), start, end, committed: amountOf(cell(r, c.committed?.index), at(c.committed?.name ?? "committed")), completed });
  });
  return { sprints, found: { file: t.file, format, points: `column "${c.completed.name}" (items or points, as the team counts)`, notes: [] } };
}

/** The record without its undefined keys (so written and compared records look alike). */
export function clean<T extends object>(r: T): T {
  return Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as T;
}

const day = (d: number | undefined) => (d === undefined ? "" : formatDay(d));

export function itemsCsv(items: readonly ItemRecord[]): string {
  return csvRows([[...ITEM_COLUMNS], ...items.map((i) => [i.id, day(i.created), day(i.started), day(i.done), i.points, i.sprint ?? "", i.type ?? ""])]);
}

export function sprintsCsv(sprints: readonly SprintRecord[]): string {
  return csvRows([[...SPRINT_COLUMNS], ...sprints.map((s) => [s.sprint, day(s.start), day(s.end), s.committed, s.completed])]);
}
