// Which format a file is, from its content (never its name): JSON that is a Jira search result
// or a GitLab issues list, or a CSV whose header is a Jira export, a normal form or a sprint
// report. Anything else is refused, saying what was expected.
import { InputError } from "../errors.js";
import { FORMAT_NAMES, type Parsed } from "./found.js";
import { isGitlabJson, readGitlabJson } from "./gitlab-json.js";
import { isJiraCsv, readJiraCsv } from "./jira-csv.js";
import { isJiraJson, readJiraJson } from "./jira-json.js";
import { readItems, readSprints, SPRINT_COLUMNS } from "./normal.js";
import { column, normName, readTable, stripBom, type Table } from "./table.js";

const ACCEPTED = Object.values(FORMAT_NAMES).join(", ");

export function parseFile(file: string, raw: string): Parsed {
  const text = stripBom(raw);
  if (text.trim() === "") throw new InputError(`${file}: the file is empty`);
  const first = text.trimStart()[0];
  if (first === "{" || first === "[") return parseJson(file, text);
  return parseCsv(readTable(file, text));
}

function parseJson(file: string, text: string): Parsed {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (isJiraJson(v)) return readJiraJson(file, v);
  if (isGitlabJson(v)) return readGitlabJson(file, v);
  if (Array.isArray(v) && v.length === 0) throw new InputError(`${file}: an empty list: no issues to read`);
  throw new InputError(`${file}: JSON that is neither a Jira search result (an object with "issues") nor a GitLab issues list (a list of issues with "created_at"); accepted: ${ACCEPTED}`);
}

function parseCsv(t: Table): Parsed {
  if (isJiraCsv(t)) return readJiraCsv(t);
  const names = new Set(t.header.map(normName));
  if (names.has("id") && names.has("done")) return readItems(t);
  if (names.has("id") || names.has("done")) return readItems(t); // names the missing column
  if (SPRINT_COLUMNS.filter((c) => c !== "committed").every((c) => names.has(c))) return readSprints(t, "sprints");
  if (column(t, ["sprint", "sprint name", "name", "iteration"]) && column(t, ["completed", "completed (story points)", "done", "velocity", "completed points", "completed items"])) return readSprints(t, "sprint-report");
  if (names.has("sprint")) return readSprints(t, "sprints"); // names the missing column
  throw new InputError(`${t.file}: a CSV file in no known layout (the header has: ${t.header.map((h) => `"${h}"`).join(", ")}); accepted: ${ACCEPTED}. An items file needs "id" and "done" columns; a sprints file "sprint", "start", "end" and "completed"`);
}
