// Renders a story as terminal text (wrapped, optionally bold headings) or as Markdown for
// handouts; with a second scenario, both are told sprint by sprint side by side, followed by
// the measured attribution of the difference. Figures of the attribution are shown in tenths
// and the interaction is computed in the same tenths, so the shown numbers add up exactly.
import type { RunResult } from "../model/result.js";
import type { Scenario } from "../scenario/types.js";
import type { Attribution } from "./attribution.js";
import { fmt, type Story, type SprintStory } from "./narrate.js";

export interface RenderOptions {
  format: "text" | "markdown";
  width?: number;
  /** ANSI bold headings (text only). */
  color?: boolean;
}

export interface Told {
  story: Story;
  vs?: Story;
  attribution?: Attribution;
  /** The runs told, with their scenarios (the brief reads their totals and traces). */
  runs?: { seed: number; main: { scenario: Scenario; result: RunResult }; vs?: { scenario: Scenario; result: RunResult } };
}

export function render(told: Told, options: RenderOptions): string {
  const md = options.format === "markdown";
  const width = options.width ?? 80;
  const out: string[] = [];
  const heading = (text: string, level: 1 | 2) => {
    if (md) out.push(`${"#".repeat(level)} ${escapeMd(text)}`, "");
    else out.push(options.color ? `\u001b[1m${text}\u001b[22m` : text, level === 1 ? "=".repeat(Math.min(width, text.length)) : "-".repeat(Math.min(width, text.length)), "");
  };
  const para = (text: string) => out.push(md ? escapeMd(text) : wrap(text, width), "");
  const { story, vs } = told;
  heading(vs ? `${story.scenario} vs ${vs.scenario}: the story of one replication` : `${story.scenario}: the story of one replication`, 1);
  para(`${story.description}${vs ? ` — compared with ${vs.scenario}: ${vs.description}` : ""}`);
  para(`Seed ${story.seed} (replication ${story.replication}); every figure below comes from this one run${vs ? ", the same seed for both" : ""}.`);
  for (const w of [...story.warnings, ...(vs?.warnings ?? [])]) para(`Note: ${w}`);
  story.sprints.forEach((sp, i) => {
    heading(`Sprint ${sp.sprint} (days ${sp.firstDay}–${sp.lastDay})`, 2);
    if (vs === undefined) for (const line of sprintLines(sp)) para(line);
    else if (md) out.push(sideBySide(story.scenario, vs.scenario, sprintLines(sp), sprintLines(vs.sprints[i])), "");
    else {
      para(`${story.scenario}: ${sprintLines(sp).join(" ")}`);
      para(`${vs.scenario}: ${sprintLines(vs.sprints[i]).join(" ")}`);
    }
  });
  heading("In the end", 2);
  for (const line of story.closing) para(vs ? `${story.scenario}: ${line}` : line);
  if (vs) for (const line of vs.closing) para(`${vs.scenario}: ${line}`);
  if (told.attribution) attributionSection(told.attribution, heading, para, out, md);
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return `${out.join("\n")}\n`;
}

function sprintLines(sp: SprintStory): string[] {
  return [`Planning: ${sp.planning}`, ...sp.moments.map((m) => m.text), sp.review, sp.retrospective, `Result: ${sp.outcome}`];
}

/** The measured attribution, in tenths so that the shown figures add up exactly. */
export function attributionFigures(a: Attribution): { total: number; parts: Array<{ label: string; tenths: number }>; interaction: number } {
  const tenths = (x: number) => Math.round(x * 10);
  const parts = a.parts.map((p) => ({ label: p.label, tenths: tenths(p.delta) }));
  const total = tenths(a.total);
  return { total, parts, interaction: total - parts.reduce((s, p) => s + p.tenths, 0) };
}

function attributionSection(a: Attribution, heading: (t: string, l: 1 | 2) => void, para: (t: string) => void, out: string[], md: boolean): void {
  const ref = a.referenceName;
  const other = a.otherName;
  const f = attributionFigures(a);
  const show = (t: number) => `${t > 0 ? "+" : t < 0 ? "−" : "±"}${fmt.num(Math.abs(t) / 10)}`;
  heading("Why the difference", 2);
  para(`${other} delivered ${fmt.num(a.other)} and ${ref} ${fmt.num(a.reference)} in ${a.metric.replace(/_/g, " ")}${a.replications > 1 ? ` (means over ${a.replications} replications)` : ""}: a difference of ${show(f.total)}. Each cause below was measured by switching it alone, on the same seed${a.replications > 1 ? "s" : ""}; what they do not explain on their own is the interaction between them.`);
  const rows: Array<[string, string]> = [...f.parts.map((p): [string, string] => [p.label, show(p.tenths)]), ["interaction of the causes", show(f.interaction)], ["total difference", show(f.total)]];
  if (md) {
    out.push("| cause | effect |", "|---|---:|", ...rows.map(([l, v]) => `| ${escapeMd(l)} | ${v} |`), "");
  } else {
    const w = Math.max(...rows.map(([l]) => l.length));
    out.push(...rows.map(([l, v]) => `  ${l.padEnd(w)}  ${v.padStart(9)}`), "");
  }
}

function sideBySide(a: string, b: string, left: string[], right: string[]): string {
  const rows = [`| ${escapeMd(a)} | ${escapeMd(b)} |`, "|---|---|"];
  for (let i = 0; i < Math.max(left.length, right.length); i++) rows.push(`| ${escapeMd(left[i] ?? "")} | ${escapeMd(right[i] ?? "")} |`);
  return rows.join("\n");
}

/** Wrap at `width` columns on spaces. */
export function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (word === "") continue;
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines.join("\n");
}

/** Markdown-safe text: HTML-significant characters become entities, Markdown syntax is escaped. */
export function escapeMd(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|#])/g, "\\$1");
}
