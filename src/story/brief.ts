// The brief a coach reads aloud (at most 40 lines): what differs, what happened in one run of
// each on the same seed (value, then the three biggest consequences, with numbers), who ended
// the impediments (never "removed" when nobody removed them), one sentence per cause measured by
// switching it alone, and the one moment to tell. Plain words: the terms of docs/coaching.md's
// glossary. `story --full` keeps the sprint-by-sprint form.
import { RUN_METRICS, type RunResult } from "../model/result.js";
import { getPath } from "../scenario/paths.js";
import { nodeAt } from "../scenario/spec.js";
import type { Scenario } from "../scenario/types.js";
import { attributionFigures, escapeMd, wrap, type RenderOptions, type Told } from "./render.js";
import { fmt, type Moment } from "./narrate.js";
import { impedimentOutcomes, outcomesText } from "./outcomes.js";

export const MAX_LINES = 40;

/** How a consequence reads: "Sprint Goals met: 4 of 12 sprints against 8 of 12." */
type Phrase = (a: number, b: number, ra: RunResult, rb: RunResult, days: (h: number) => number) => string;

/** Sprints of a run, every team's ("team sprints") in an organization: what a goal rate counts. */
function goalSprints(r: RunResult): { n: number; unit: string } {
  const teams = r.teams?.length ?? 1;
  return { n: r.sprints.length * teams, unit: teams > 1 ? "team sprints" : "sprints" };
}

/** "8 of 12 sprints": a goal rate as a count of the sprints it was measured on. */
function goalsMet(rate: number, r: RunResult, withUnit = true): string {
  const { n, unit } = goalSprints(r);
  return `${Math.round(rate * n)} of ${n}${withUnit ? ` ${unit}` : ""}`;
}

const PHRASES: Record<string, Phrase> = {
  sprint_goal_rate: (a, b, ra, rb) => `Sprint Goals met: ${goalsMet(a, ra)} against ${goalsMet(b, rb, goalSprints(rb).unit !== goalSprints(ra).unit)}.`,
  items_done: (a, b) => `Items done: ${fmt.int(a)} against ${fmt.int(b)}.`,
  say_do_ratio: (a, b) => `The team finished ${fmt.pct(a)} of what it committed to, against ${fmt.pct(b)}.`,
  blocked_hours: (a, b) => `Items stood blocked ${fmt.int(a)} hours in all, against ${fmt.int(b)}.`,
  impediment_age_mean_hours: (a, b, _ra, _rb, days) => `An impediment stood ${fmt.num(days(a))} working days on average before it ended, against ${fmt.num(days(b))}.`,
  clarification_wait_mean_hours: (a, b) => `A question waited ${fmt.num(a)} hours for the Product Owner's answer on average, against ${fmt.num(b)}.`,
  interruption_hours: (a, b) => `Developers lost ${fmt.int(a)} hours to interruptions, against ${fmt.int(b)}.`,
  cycle_time_p85_hours: (a, b) => `85 % of the items were done within ${fmt.int(a)} working hours of starting, against ${fmt.int(b)}.`,
  productivity_end: (a, b) => `Retrospectives left the team ${fmt.pct(a - 1)} faster by the end, against ${fmt.pct(b - 1)}.`,
  idle_hours: (a, b) => `Developers had nothing they could work on for ${fmt.int(a)} hours, against ${fmt.int(b)}.`,
  estimate_noise_end: (a, b) => `By the end the Product Owner's estimates of value were ${fmt.num(Math.exp(a - b), 1)} times as far off.`,
};

/** Any other total, by its meaning in the metric registry: "Questions asked of the PO: 120 against 80." */
function generic(key: string): Phrase {
  const meaning = RUN_METRICS.find((m) => m.key === key)?.meaning ?? key.replace(/_/g, " ");
  return (a, b) => `${meaning[0].toUpperCase()}${meaning.slice(1)}: ${fmt.num(a)} against ${fmt.num(b)}.`;
}

/** Metrics already told elsewhere in the brief, or too close to another to count twice. */
const SKIP = new Set(["value_delivered", "impediments_raised", "impediments_removed", "impediments_open_end", "cycle_time_mean_hours", "velocity_hours_mean", "items_accepted"]);

/** The three totals that differ most (by ratio) between the runs, each in a sentence. */
function consequences(a: Scenario, ra: RunResult, rb: RunResult): string[] {
  const days = (h: number) => h / a.calendar.hoursPerDay;
  const ranked = RUN_METRICS.filter((m) => !SKIP.has(m.key) && m.better !== undefined)
    .map((m) => {
      const x = ra.totals[m.key];
      const y = rb.totals[m.key];
      const size = x > 0 && y > 0 ? Math.abs(Math.log(x / y)) : 0;
      return { key: m.key, x, y, size };
    })
    .filter((c) => c.size >= Math.log(1.05) && Number.isFinite(c.size))
    .sort((p, q) => q.size - p.size || p.key.localeCompare(q.key))
    .slice(0, 3);
  return ranked.map((c) => (PHRASES[c.key] ?? generic(c.key))(c.x, c.y, ra, rb, days));
}

/** One sentence per cause the attribution measured. */
const CAUSES: Record<string, string> = {
  "roles.mergedPoSm": "one person holds both roles, with every mechanism switched off",
  "roles.merged.sharedTimeBudget": "one working day for two jobs, so Scrum Master work competes with product work",
  "roles.merged.conflictOfInterest": "under delivery pressure the scope wins: requests reach the developers, impediments wait, shortcuts pass",
  "roles.merged.noCommitmentCheck": "nobody independent checks the commitment, so the team over-commits",
  "roles.merged.lessCandidRetros": "retrospectives led by the person who sets the priorities are less candid",
  "roles.merged.noOrderingTeaching": "nobody teaches the Product Owner to order the backlog, so big items go first and estimates stay noisy",
};

function causeText(key: string, reference: Scenario, other: Scenario): string {
  if (CAUSES[key] !== undefined) return CAUSES[key];
  const what = nodeAt(key)?.description.replace(/\s*\(.*\)$/, "") ?? key;
  return `${what}: ${String(getPath(other, key))} instead of ${String(getPath(reference, key))}`;
}

/** The first sentence of a description, up to its colon when it has one ("A Scrum team as the Scrum Guide describes it."). */
function firstSentence(text: string): string {
  const s = /^(.*?[.!?])(\s|$)/.exec(text.trim())?.[1] ?? text.trim();
  const colon = s.indexOf(": ");
  return colon > 20 ? `${s.slice(0, colon)}.` : s;
}

/** The weightiest moment of the main run, with its sprint. */
function momentToTell(told: Told): (Moment & { sprint: number }) | undefined {
  return told.story.sprints.flatMap((s) => s.moments.map((m) => ({ ...m, sprint: s.sprint }))).filter((m) => m.kind !== "quiet").sort((a, b) => b.weight - a.weight || a.t - b.t)[0];
}

export function brief(told: Told, options: RenderOptions): string {
  const md = options.format === "markdown";
  const width = options.width ?? 80;
  const main = told.runs?.main;
  if (main === undefined) throw new Error("brief needs the runs told (tell() records them)");
  const other = told.runs?.vs;
  const a = main.scenario;
  const ra = main.result;
  const weeks = (ra.sprints.length * a.calendar.sprintDays) / 5;
  const out: string[] = [];
  const line = (text: string) => out.push(...(md ? [escapeMd(text)] : wrap(text, width).split("\n")));
  const item = (text: string) => out.push(...(md ? [`- ${escapeMd(text)}`] : wrap(text, width - 2).split("\n").map((l, i) => `${i === 0 ? "- " : "  "}${l}`)));
  const head = (text: string) => {
    if (md) out.push(`## ${escapeMd(text)}`);
    else out.push(...wrap(text, width).split("\n").map((l) => (options.color ? `\u001b[1m${l}\u001b[22m` : l)));
  };
  const title = other ? `${a.name} against ${other.scenario.name}` : a.name;
  if (md) out.push(`# ${escapeMd(title)}`);
  else out.push(options.color ? `\u001b[1m${title}\u001b[22m` : title, "=".repeat(Math.min(width, title.length)));
  line(`${a.name}: ${firstSentence(a.description)}`);
  if (other) line(`${other.scenario.name}: ${firstSentence(other.scenario.description)}`);
  out.push("");
  head(`One run of ${weeks} weeks${other ? " each with the same luck (seed" : " (seed"} ${told.runs?.seed ?? a.seed}, replication ${told.story.replication}):`);
  const t = ra.totals;
  if (other) {
    const b = other.result.totals;
    const change = b.value_delivered !== 0 ? ` (${t.value_delivered >= b.value_delivered ? "+" : "−"}${fmt.num(Math.abs(100 * (t.value_delivered / b.value_delivered - 1)))} %)` : "";
    item(`Value delivered: ${fmt.int(t.value_delivered)} against ${fmt.int(b.value_delivered)}${change}.`);
    for (const c of consequences(a, ra, other.result)) item(c);
  } else {
    item(`Value delivered: ${fmt.int(t.value_delivered)}, with ${fmt.int(t.items_done)} items done.`);
    item(`Sprint Goals met: ${goalsMet(t.sprint_goal_rate, ra)}.`);
  }
  item(`Impediments: ${outcomesText(impedimentOutcomes(ra))}`);
  const w = told.attribution;
  if (w !== undefined && other) {
    const f = attributionFigures(w);
    const ref = w.referenceName === a.name ? a : other.scenario;
    const oth = w.otherName === a.name ? a : other.scenario;
    out.push("");
    head(`Why ${w.otherName} delivered ${f.total < 0 ? "less" : "more"} value than ${w.referenceName} — each cause switched on alone, over ${w.replications} run${w.replications === 1 ? "" : "s"}:`);
    const show = (tenths: number) => `${tenths > 0 ? "+" : tenths < 0 ? "−" : "±"}${fmt.num(Math.abs(tenths) / 10)}`;
    const parts = w.parts.map((p, i) => ({ p, tenths: f.parts[i].tenths })).sort((x, y) => Math.abs(y.tenths) - Math.abs(x.tenths));
    for (const { p, tenths } of parts) item(`${show(tenths)}: ${causeText(p.keys[0], ref, oth)}.`);
    if (parts.length > 1) item(`${show(f.interaction)}: the causes together, beyond their sum (the interaction).`);
  }
  const moment = momentToTell(told);
  if (moment !== undefined) {
    out.push("");
    head(`The moment to tell (${a.name}, sprint ${moment.sprint}):`);
    line(moment.text);
  }
  out.push("");
  line(`Every sprint${other ? ", side by side," : ""}: the same command with --full.`);
  return `${fit(out).join("\n")}\n`;
}

/** A guard: never more than MAX_LINES (the brief is built to fit; a very long name could push it over). */
function fit(lines: string[]): string[] {
  return lines.length <= MAX_LINES ? lines : [...lines.slice(0, MAX_LINES - 1), "(the rest with --full)"];
}
