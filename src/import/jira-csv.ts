// Jira's CSV export ("Export → CSV (all fields)"): one row per issue; "Issue key", "Created",
// "Resolved" (empty = not done), "Issue Type", one "Sprint" column per sprint the issue was in
// (the last one filled is the sprint it was done in), and story points under one of the names
// Jira instances use. A CSV export has no status history, so when work started is unknown.
import type { ItemRecord } from "../forecast/history.js";
import { amountOf, dateOf, type Parsed } from "./found.js";
import { clean } from "./normal.js";
import { cell, column, columnsNamed, requireColumn, type Table } from "./table.js";

export const POINT_COLUMNS = ["Custom field (Story Points)", "Story Points", "Custom field (Story point estimate)", "Story point estimate"];

/** Does the header look like a Jira export? */
export function isJiraCsv(t: Table): boolean {
  return column(t, ["Issue key", "Issue id"]) !== undefined && column(t, ["Created"]) !== undefined;
}

export function readJiraCsv(t: Table): Parsed {
  const key = requireColumn(t, ["Issue key", "Issue id"], "each issue's key");
  const created = requireColumn(t, ["Created"], "the day each issue was created");
  const resolved = requireColumn(t, ["Resolved", "Resolution date"], "the day each issue was done; empty if not done");
  const points = column(t, POINT_COLUMNS);
  const type = column(t, ["Issue Type"]);
  const project = column(t, ["Project name", "Project key"]);
  const sprints = columnsNamed(t, ["Sprint", "Custom field (Sprint)"]);
  const seen = new Set<string>();
  const items: ItemRecord[] = [];
  let repeated = 0;
  for (const r of t.rows) {
    const at = (name: string) => ({ file: t.file, line: r.line, key: `column "${name}"` });
    const id = cell(r, key.index);
    if (id === "" || seen.has(id)) {
      if (id !== "") repeated++;
      continue;
    }
    seen.add(id);
    const sprint = sprints.map((i) => cell(r, i)).filter((s) => s !== "").pop();
    items.push(
      clean({
        id,
        created: dateOf(cell(r, created.index), at(created.name)),
        done: dateOf(cell(r, resolved.index), at(resolved.name)),
        points: points ? amountOf(cell(r, points.index), at(points.name)) : undefined,
        sprint,
        type: cell(r, type?.index) || undefined,
      }),
    );
  }
  const notes = repeated > 0 ? [`${repeated} rows repeat an issue key already read; the first was kept`] : [];
  const projectName = project ? t.rows.map((r) => cell(r, project.index)).find((p) => p !== "") : undefined;
  return {
    items,
    found: {
      file: t.file,
      format: "jira-csv",
      project: projectName ?? keyPrefix(items.map((i) => i.id)),
      points: points ? `column "${points.name}"` : `none (no ${POINT_COLUMNS.map((c) => `"${c}"`).join(" or ")} column)`,
      started: "unknown: a CSV export has no status history (the REST JSON with expand=changelog has it)",
      notes: [...notes, sprints.length > 0 ? `sprint: the last of ${sprints.length} "${t.header[sprints[0]]}" columns filled` : 'no "Sprint" column'],
    },
  };
}

/** The project key shared by issue keys such as "TEAM-101", if they share one. */
export function keyPrefix(ids: readonly string[]): string | undefined {
  const prefixes = new Set(ids.map((id) => /^([A-Za-z][A-Za-z0-9_]*)-\d+$/.exec(id)?.[1]));
  return prefixes.size === 1 ? [...prefixes][0] : undefined;
}
