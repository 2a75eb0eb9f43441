// Import: tracker files → one history in a normal form, and what was found in each file.
// Several files of one kind join (a Jira export in parts: an issue read twice is kept once);
// items and sprints do not mix. A history with no done item or no sprint is refused: there is
// nothing to forecast from.
import { InputError } from "../errors.js";
import type { History, ItemRecord } from "../forecast/history.js";
import { parseFile } from "./detect.js";
import { describeItems, describeSprints, FORMAT_NAMES, type Found } from "./found.js";

export { FORMAT_NAMES, describeItems, describeSprints } from "./found.js";
export type { Found, FormatId } from "./found.js";
export { itemsCsv, sprintsCsv, ITEM_COLUMNS, SPRINT_COLUMNS } from "./normal.js";
export { parseTrackerDate, DATE_FORMATS } from "./dates.js";

export interface Imported {
  history: History;
  found: Found[];
}

export function importFiles(files: ReadonlyArray<{ name: string; text: string }>): Imported {
  if (files.length === 0) throw new InputError("no file to import");
  const parsed = files.map((f) => parseFile(f.name, f.text));
  const kinds = new Set(parsed.map((p) => ("items" in p ? "items" : "sprints")));
  if (kinds.size > 1) throw new InputError(`${parsed.find((p) => "sprints" in p)?.found.file}: a sprint history cannot join item histories (${parsed.filter((p) => "items" in p).map((p) => p.found.file).join(", ")}); import them separately`);
  const found = parsed.map((p) => p.found);
  if (kinds.has("sprints")) {
    const sprints = parsed.flatMap((p) => ("sprints" in p ? p.sprints : [])).sort((a, b) => a.end - b.end || a.start - b.start);
    if (sprints.length === 0) throw new InputError(`${files.map((f) => f.name).join(", ")}: no sprint in the file`);
    return { history: { form: "sprints", sprints }, found };
  }
  const byId = new Map<string, ItemRecord>();
  let repeated = 0;
  for (const p of parsed) for (const it of "items" in p ? p.items : []) byId.has(it.id) ? repeated++ : byId.set(it.id, it);
  const items = [...byId.values()];
  if (repeated > 0) found[found.length - 1].notes.push(`${repeated} items appear in more than one file; the first was kept`);
  if (items.length === 0) throw new InputError(`${files.map((f) => f.name).join(", ")}: no item in the file`);
  if (!items.some((i) => i.done !== undefined)) throw new InputError(`${files.map((f) => f.name).join(", ")}: none of the ${items.length} items is done (every "done" date is empty): there is no throughput to forecast from`);
  return { history: { form: "items", items }, found };
}

/** What `import` says it found: one paragraph per file, then the history as a whole. */
export function describeImport(r: Imported): string {
  const lines: string[] = [];
  for (const f of r.found) {
    lines.push(`${f.file}: ${FORMAT_NAMES[f.format]}${f.project ? `, project ${f.project}` : ""}`);
    if (f.points) lines.push(`  points: ${f.points}`);
    if (f.started) lines.push(`  started: ${f.started}`);
    for (const n of f.notes) lines.push(`  ${n}`);
  }
  const h = r.history;
  if (h.form === "sprints") lines.push(`history: ${describeSprints(h.sprints)}`);
  else {
    const sprints = new Set(h.items.map((i) => i.sprint).filter(Boolean));
    lines.push(`history: ${describeItems(h.items)}${sprints.size > 0 ? `, ${sprints.size} sprints named` : ""}`);
  }
  return lines.join("\n") + "\n";
}
