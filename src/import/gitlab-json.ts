// GitLab's issues JSON (API v4, /projects/:id/issues): a list of issues with created_at,
// closed_at (the day it was done), state, weight (the points), milestone and iteration (the
// sprint; an iteration wins over a milestone). GitLab keeps no status history in this API, so
// when work started is unknown.
import { InputError } from "../errors.js";
import type { ItemRecord } from "../forecast/history.js";
import { amountOf, dateOf, type Parsed } from "./found.js";
import { clean } from "./normal.js";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);

export function isGitlabJson(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0 && isObject(v[0]) && ("created_at" in v[0] || "iid" in v[0]);
}

function sprintOf(issue: Json): string | undefined {
  if (isObject(issue.iteration)) return text(issue.iteration.title) ?? (issue.iteration.iid !== undefined ? `iteration ${String(issue.iteration.iid)}` : text(issue.iteration.start_date));
  if (isObject(issue.milestone)) return text(issue.milestone.title);
  return undefined;
}

export function readGitlabJson(file: string, v: unknown): Parsed {
  if (!Array.isArray(v)) throw new InputError(`${file}: expected a list of GitLab issues`);
  let closedWithoutDate = 0;
  const items: ItemRecord[] = v.map((issue: unknown, n: number) => {
    const at = (key: string) => ({ file, key: `[${n}].${key}` });
    if (!isObject(issue)) throw new InputError(`${file}: [${n}]: expected an issue (an object with created_at)`);
    if (!("created_at" in issue)) throw new InputError(`${file}: [${n}].created_at: missing (the day the issue was created)`);
    const id = issue.iid ?? issue.id;
    if (id === undefined || id === null) throw new InputError(`${file}: [${n}].iid: missing; every issue needs its iid or id`);
    const done = dateOf(text(issue.closed_at), at("closed_at"));
    if (done === undefined && issue.state === "closed") closedWithoutDate++;
    return clean({
      id: String(id),
      created: dateOf(text(issue.created_at), at("created_at")),
      done,
      points: amountOf(issue.weight as number | null | undefined, at("weight")),
      sprint: sprintOf(issue),
      type: text(issue.issue_type) ?? text(issue.type),
    });
  });
  const urls = new Set(v.map((i: unknown) => (isObject(i) ? /^https?:\/\/[^/]+\/(.+?)\/-\/(issues|work_items)\//.exec(String(i.web_url ?? ""))?.[1] : undefined)).filter(Boolean));
  return {
    items,
    found: {
      file,
      format: "gitlab-json",
      project: urls.size === 1 ? String([...urls][0]) : undefined,
      points: 'field "weight"',
      started: "unknown: the issues API has no status history",
      notes: closedWithoutDate > 0 ? [`${closedWithoutDate} issues are closed but have no closed_at: counted as not done`] : [],
    },
  };
}
