// Jira's REST search results (/rest/api/2/search?expand=changelog, and names for the custom
// fields): { issues: [{ key, fields: { created, resolutiondate, status, issuetype, … },
// changelog: { histories: [{ created, items: [{ field: "status", fromString, toString }] }] } }],
// names: { customfield_NNNNN: "Story Points", … } }. Started = the first change of status into an
// in-progress status: one that is neither a to-do status nor a done status (by name, or by the
// status categories when the response has them).
import { InputError } from "../errors.js";
import type { ItemRecord } from "../forecast/history.js";
import { amountOf, dateOf, type Parsed } from "./found.js";
import { keyPrefix } from "./jira-csv.js";
import { clean } from "./normal.js";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

export const TODO_STATUSES = /^(to ?do|open|new|backlog|product backlog|selected for development|ready|ready for development|reopened|created|triage|funnel|analysis ready)$/i;
export const DONE_STATUSES = /^(done|closed|resolved|released|complete|completed|cancel+ed|won'?t do|won'?t fix|rejected|duplicate|accepted)$/i;

export function isJiraJson(v: unknown): boolean {
  return isObject(v) && Array.isArray(v.issues);
}

/** The custom field whose name (from `names`) matches, else the first of the usual ids present. */
function customField(names: Json, pattern: RegExp): string | undefined {
  return Object.keys(names).find((id) => typeof names[id] === "string" && pattern.test(names[id] as string));
}

function text(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

/** A sprint field's value: objects with a name, or the old "…Sprint@x[…,name=Sprint 1,…]" strings; the last one. */
function sprintName(v: unknown): string | undefined {
  const list = Array.isArray(v) ? v : v === null || v === undefined ? [] : [v];
  const names = list.map((s) => (isObject(s) ? text(s.name) : typeof s === "string" ? (/name=([^,\]]*)/.exec(s)?.[1] ?? s) : undefined)).filter((s): s is string => !!s);
  return names.pop();
}

export function readJiraJson(file: string, v: unknown): Parsed {
  if (!isObject(v) || !Array.isArray(v.issues)) throw new InputError(`${file}: expected a Jira search result, an object with an "issues" list`);
  const names = isObject(v.names) ? v.names : {};
  const pointsField = customField(names, /^story ?points?( estimate)?$/i) ?? customField(names, /story ?point/i);
  const sprintField = customField(names, /^sprint$/i);
  let startedFromLog = 0;
  let withLog = 0;
  const items: ItemRecord[] = v.issues.map((issue: unknown, n: number) => {
    const at = (key: string) => ({ file, key: `issues[${n}].${key}` });
    if (!isObject(issue) || !isObject(issue.fields)) throw new InputError(`${file}: issues[${n}]: expected an issue with "key" and "fields"`);
    const f = issue.fields;
    const key = text(issue.key) ?? text(issue.id);
    if (!key) throw new InputError(`${file}: issues[${n}].key: missing; every issue needs its key`);
    if (!("created" in f)) throw new InputError(`${file}: issues[${n}].fields.created: missing (the day the issue was created)`);
    const status = isObject(f.status) ? f.status : {};
    const doneCategory = isObject(status.statusCategory) && status.statusCategory.key === "done";
    let done = dateOf(text(f.resolutiondate), at("fields.resolutiondate"));
    const changes = statusChanges(issue.changelog, file, n);
    if (changes.length > 0) withLog++;
    if (done === undefined && doneCategory) done = changes.filter((c) => DONE_STATUSES.test(c.to) || c.to === text(status.name)).pop()?.day;
    const started = changes.find((c) => !TODO_STATUSES.test(c.to) && !DONE_STATUSES.test(c.to))?.day;
    if (started !== undefined) startedFromLog++;
    return clean({
      id: key,
      created: dateOf(text(f.created), at("fields.created")),
      started,
      done,
      points: pointsField ? amountOf(f[pointsField] as number | string | null | undefined, at(`fields.${pointsField}`)) : undefined,
      sprint: sprintField ? sprintName(f[sprintField]) : undefined,
      type: isObject(f.issuetype) ? text(f.issuetype.name) : undefined,
    });
  });
  const projects = new Set(v.issues.map((i: unknown) => (isObject(i) && isObject(i.fields) && isObject(i.fields.project) ? text(i.fields.project.name) : undefined)).filter(Boolean));
  return {
    items,
    found: {
      file,
      format: "jira-json",
      project: projects.size === 1 ? String([...projects][0]) : keyPrefix(items.map((i) => i.id)),
      points: pointsField ? `field ${pointsField} ("${String(names[pointsField])}")` : 'none (no field named "Story Points" in the response\'s "names"; add expand=names)',
      started: withLog === 0 ? "unknown: no changelog (add expand=changelog)" : `the first change of status into an in-progress status (${startedFromLog} of ${items.length} issues)`,
      notes: sprintField ? [`sprint: field ${sprintField}`] : [],
    },
  };
}

/** The status changes of an issue's changelog, oldest first. */
function statusChanges(changelog: unknown, file: string, n: number): Array<{ day: number; to: string }> {
  if (!isObject(changelog) || !Array.isArray(changelog.histories)) return [];
  const out: Array<{ day: number; to: string; at: string }> = [];
  changelog.histories.forEach((h: unknown, i: number) => {
    if (!isObject(h) || !Array.isArray(h.items)) return;
    const created = text(h.created);
    const day = dateOf(created, { file, key: `issues[${n}].changelog.histories[${i}].created` });
    if (day === undefined || created === undefined) return;
    for (const item of h.items) {
      const to: unknown = isObject(item) && Object.hasOwn(item, "toString") ? Object.getOwnPropertyDescriptor(item, "toString")?.value : undefined;
      if (isObject(item) && item.field === "status" && typeof to === "string") out.push({ day, to, at: created });
    }
  });
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
