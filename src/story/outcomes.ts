// What became of a run's impediments, counted from its trace by who ended each: the Scrum
// Master, the merged PO/SM, the developers, or nobody (it went away by itself) — so a story can
// never say "removed" of an impediment nobody removed. Record kinds it does not know are skipped.
import type { RunResult } from "../model/result.js";

export interface ImpedimentOutcomes {
  raised: number;
  /** Ended by each remover, as the trace names it ("scrum-master", "merged-po-sm", "team", "time", …). */
  endedBy: Record<string, number>;
  open: number;
}

export function impedimentOutcomes(result: RunResult): ImpedimentOutcomes {
  const out: ImpedimentOutcomes = { raised: 0, endedBy: {}, open: 0 };
  for (const rec of result.trace ?? []) {
    if (rec.kind === "impediment-raised") out.raised++;
    else if (rec.kind === "impediment-removed") out.endedBy[rec.by] = (out.endedBy[rec.by] ?? 0) + 1;
  }
  out.open = out.raised - Object.values(out.endedBy).reduce((a, b) => a + b, 0);
  return out;
}

const WHO: Record<string, string> = { "scrum-master": "the Scrum Master removed", "merged-po-sm": "the merged PO/SM removed", team: "the developers removed" };

/** "30 impediments were raised: the Scrum Master removed 24, 4 went away by themselves, 2 were still open at the end." */
export function outcomesText(o: ImpedimentOutcomes): string {
  if (o.raised === 0) return "No impediment was raised.";
  const parts = Object.entries(o.endedBy)
    .filter(([by]) => by !== "time")
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([by, n]) => `${WHO[by] ?? `${by} removed`} ${n}`);
  const time = o.endedBy.time ?? 0;
  if (time > 0) parts.push(`${time} went away by ${time === 1 ? "itself" : "themselves"}`);
  if (o.open > 0) parts.push(`${o.open} ${o.open === 1 ? "was" : "were"} still open at the end`);
  if (parts.length === 0) return `${o.raised} impediment${o.raised === 1 ? " was" : "s were"} raised.`;
  return `${o.raised} impediment${o.raised === 1 ? " was" : "s were"} raised: ${parts.join(", ")}.`;
}
