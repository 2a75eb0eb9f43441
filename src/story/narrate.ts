// The story of one replication, sprint by sprint, in plain language: what was planned and
// done, the key moments (impediments that waited, questions that waited, interruptions), the
// review and the retrospective, and a closing paragraph. Built only from the run's facts.
import type { RunResult } from "../model/result.js";
import type { Scenario } from "../scenario/types.js";
import { impedimentOutcomes, outcomesText } from "./outcomes.js";
import { PRODUCT_DUTIES, SCRUM_MASTER_DUTIES, sprintFacts, type ImpedimentFact, type SprintFacts } from "./facts.js";

export interface Moment {
  /** Hours since the start. */
  t: number;
  /** Working day, 1-based, counted from the start of the run. */
  day: number;
  kind: "impediment" | "question" | "interruptions" | "quiet";
  /** The impediment or item the moment is about. */
  id: number | null;
  text: string;
  weight: number;
  /** An impediment the merged PO/SM left waiting (the moment is explained by their hours). */
  cause?: boolean;
}

export interface SprintStory {
  sprint: number;
  firstDay: number;
  lastDay: number;
  planning: string;
  moments: Moment[];
  review: string;
  retrospective: string;
  outcome: string;
}

export interface Story {
  scenario: string;
  description: string;
  seed: number;
  replication: number;
  sprints: SprintStory[];
  closing: string[];
  warnings: string[];
}

const KINDS: Record<string, string> = { technical: "technical", organizational: "organizational", teamConflict: "team-conflict", externalDependency: "external-dependency" };
const MOMENTS_PER_SPRINT = 3;

export const fmt = {
  int: (x: number) => Math.round(x).toLocaleString("en-US"),
  num: (x: number, d = 1) => x.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d }),
  pct: (x: number) => `${Math.round(x * 100)} %`,
};

export function narrate(scenario: Scenario, result: RunResult): Story {
  const H = scenario.calendar.hoursPerDay;
  const day = (t: number) => Math.floor(t / H + 1e-9) + 1;
  const facts = sprintFacts(result, scenario);
  const sprints = facts.map((f): SprintStory => {
    const firstDay = day(f.start);
    const moments = [...impedimentMoments(f, H, day, scenario), ...questionMoments(f, H, day), ...otherMoments(f, H)];
    moments.sort((a, b) => b.weight - a.weight || a.t - b.t);
    const kept = moments.slice(0, MOMENTS_PER_SPRINT).sort((a, b) => a.t - b.t);
    if (kept.length === 0) kept.push({ t: f.start, day: firstDay, kind: "quiet", id: null, text: "A quiet sprint: no impediment stood for half a day, no question waited half a day.", weight: 0 });
    const cause = causeText(f);
    const waited = kept.find((m) => m.kind === "impediment" && m.cause);
    if (cause !== "" && waited !== undefined) waited.text += ` ${cause}`;
    return {
      sprint: f.sprint,
      firstDay,
      lastDay: firstDay + scenario.calendar.sprintDays - 1,
      planning: planningText(f),
      moments: kept,
      review: reviewText(f, scenario),
      retrospective: retroText(f, f.sprint > 1 ? facts[f.sprint - 2].retro.productivity || result.sprints[f.sprint - 2].productivity : 1, scenario),
      outcome: `${f.done} items done; say/do ${fmt.num(f.committed > 0 ? result.sprints[f.sprint - 1].say_do_ratio : 0, 2)}; the Sprint Goal was ${f.goalMet ? "met" : "missed"}; morale ${fmt.num(f.morale, 2)}.`,
    };
  });
  return {
    scenario: scenario.name,
    description: scenario.description,
    seed: result.seed,
    replication: result.replication,
    sprints,
    closing: closingText(scenario, result, facts),
    warnings: result.warnings,
  };
}

function planningText(f: SprintFacts): string {
  const parts = [`The team committed to ${f.committed} items (${fmt.int(f.committedHours)} h) against a forecast of ${fmt.int(f.forecastHours)} h`];
  if (f.carriedOver > 0) parts[0] += `, ${f.carriedOver} of them carried over`;
  parts[0] += ".";
  const over = f.forecastHours > 0 ? f.committedHours / f.forecastHours - 1 : 0;
  if (f.checked) parts.push("The Scrum Master checked the commitment against the measured capacity.");
  else if (over > 0.05) parts.push(`Nobody checked the commitment: it was ${fmt.pct(over)} above the forecast.`);
  if (f.goalItems > 0) parts.push(`The Sprint Goal covered the top ${f.goalItems} items.`);
  return parts.join(" ");
}

/** Impediments that stood for half a day or more. */
function impedimentMoments(f: SprintFacts, H: number, day: (t: number) => number, scenario: Scenario): Moment[] {
  const end = f.start + H * scenario.calendar.sprintDays;
  const out: Moment[] = [];
  for (const imp of f.impediments) {
    const age = (imp.removedAt ?? end) - imp.raisedAt;
    if (age < H / 2) continue;
    const kind = KINDS[imp.kind] ?? imp.kind;
    const what = imp.effect === "blocks" && imp.item !== null ? `that blocked item #${imp.item}` : "that slowed the whole team";
    let text = `Day ${day(imp.raisedAt)}: ${imp.raisedBy} hit ${article(kind)} ${kind} impediment ${what}.`;
    if (imp.visibleAt !== null && day(imp.visibleAt) > day(imp.raisedAt)) text += ` It surfaced on day ${day(imp.visibleAt)}.`;
    text += ` ${removalText(imp, day)} — ${waitText(age, H, imp.removedAt === null)}.`;
    const wait = (imp.workStartedAt ?? imp.removedAt ?? end) - (imp.visibleAt ?? imp.raisedAt);
    const cause = wait >= H / 2 && (imp.removedBy === "merged-po-sm" || imp.removedAt === null);
    out.push({ t: imp.raisedAt, day: day(imp.raisedAt), kind: "impediment", id: imp.id, text, weight: age / H + (imp.effect === "drags" ? 0.5 : 0), cause });
  }
  return out;
}

function removalText(imp: ImpedimentFact, day: (t: number) => number): string {
  if (imp.removedAt === null) return "It was still open at the sprint's end";
  const by = imp.removedBy === "scrum-master" ? "the Scrum Master" : imp.removedBy === "merged-po-sm" ? "the merged PO/SM" : imp.removedBy === "team" ? "the developers" : null;
  if (by === null) return `Nobody removed it; it went away by itself on day ${day(imp.removedAt)}`;
  return `It was removed by ${by} on day ${day(imp.removedAt)}`;
}

function waitText(age: number, H: number, open: boolean): string {
  const days = age / H;
  const amount = days >= 1 ? `${fmt.num(days)} days` : `${fmt.num(age)} hours`;
  return open ? `${amount} so far` : `it stood for ${amount}`;
}

/** Why impediments waited in a sprint with a merged PO/SM: where that person's hours went. */
function causeText(f: SprintFacts): string {
  let product = 0;
  let scrum = 0;
  let total = 0;
  for (const [agent, duties] of f.hours) {
    if (!agent.startsWith("po-sm")) continue;
    for (const [duty, h] of duties) {
      total += h;
      if (PRODUCT_DUTIES.has(duty)) product += h;
      if (SCRUM_MASTER_DUTIES.has(duty)) scrum += h;
    }
  }
  if (total === 0) return "";
  const pressure = f.pressureDays > 0 ? ` and was under delivery pressure on ${f.pressureDays} of the sprint's days` : "";
  return `That sprint the merged PO/SM spent ${fmt.pct(product / total)} of their hours on product duties and ${fmt.pct(scrum / total)} on Scrum Master duties${pressure}.`;
}

function questionMoments(f: SprintFacts, H: number, day: (t: number) => number): Moment[] {
  const q = f.longestQuestion;
  if (q === null || q.waited < H / 2) return [];
  return [{ t: q.askedAt, day: day(q.askedAt), kind: "question", id: q.item, text: `Day ${day(q.askedAt)}: ${q.agent}'s question on item #${q.item} waited ${waitText(q.waited, H, false).replace("it stood for ", "")} for the Product Owner's answer, and the item stood still meanwhile.`, weight: q.waited / H }];
}

function otherMoments(f: SprintFacts, H: number): Moment[] {
  const out: Moment[] = [];
  if (f.developerInterruptionHours >= H / 2) out.push({ t: f.start, day: Math.floor(f.start / H) + 1, kind: "interruptions", id: null, text: `Interruptions from stakeholders and management cost the developers ${fmt.num(f.developerInterruptionHours)} hours, plus a context switch each.`, weight: f.developerInterruptionHours / (2 * H) });
  return out;
}

function reviewText(f: SprintFacts, scenario: Scenario): string {
  const worth = `${f.accepted} items worth ${fmt.int(f.value)} in value`;
  if (!scenario.practices.sprintReview) return f.accepted > 0 ? `No Sprint Review was held; the Product Owner accepted ${worth} at the sprint's end, without stakeholder feedback.` : "No Sprint Review was held, and nothing was accepted.";
  if (!f.poAtReview) return "The Product Owner had no time for the Sprint Review: nothing was accepted, and the done items waited (losing value if time-critical).";
  return `At the Sprint Review the Product Owner accepted ${worth}.`;
}

function retroText(f: SprintFacts, previous: number, scenario: Scenario): string {
  if (!f.retro.held) return scenario.practices.retrospective ? "The retrospective did not take place." : "No retrospective: nothing about the way of working improved.";
  const who = f.retro.facilitator === null ? "nobody facilitated it" : f.retro.facilitator.startsWith("po-sm") ? "the merged PO/SM, who also sets the priorities, facilitated it" : "the Scrum Master facilitated it";
  const gain = f.retro.productivity / previous - 1;
  return `At the retrospective (${who}) the team found an improvement worth ${fmt.num(gain * 100, 1)} % more speed; productivity is now ${fmt.num(f.retro.productivity, 3)}.`;
}

function closingText(scenario: Scenario, result: RunResult, facts: SprintFacts[]): string[] {
  const t = result.totals;
  const n = result.sprints.length;
  const lines = [
    `Over ${n} sprints the team delivered ${fmt.int(t.value_delivered)} in value with ${fmt.int(t.items_done)} items done (${fmt.int(t.items_accepted)} accepted). It met ${Math.round(t.sprint_goal_rate * n)} of ${n} Sprint Goals, with a mean say/do ratio of ${fmt.num(t.say_do_ratio, 2)}.`,
    `${outcomesText(impedimentOutcomes(result))} An impediment that ended stood for ${fmt.num(t.impediment_age_mean_hours / scenario.calendar.hoursPerDay)} days on average, and items spent ${fmt.int(t.blocked_hours)} hours blocked in all. Questions waited ${fmt.num(t.clarification_wait_mean_hours)} hours on average for an answer.`,
  ];
  const roles = roleSummary(facts);
  if (roles !== "") lines.push(roles);
  lines.push(t.productivity_end > 1 ? `Retrospectives raised productivity to ${fmt.num(t.productivity_end, 3)} by the end.` : "Productivity never improved: no retrospective improvement took hold.");
  return lines;
}

function roleSummary(facts: SprintFacts[]): string {
  const totals = new Map<string, Map<string, number>>();
  for (const f of facts) {
    for (const [agent, duties] of f.hours) {
      if (agent.startsWith("dev-")) continue;
      const key = agent.startsWith("po-sm") ? "po-sm" : agent;
      const m = totals.get(key) ?? new Map<string, number>();
      for (const [d, h] of duties) m.set(d, (m.get(d) ?? 0) + h);
      totals.set(key, m);
    }
  }
  const names: Record<string, string> = { po: "The Product Owner", sm: "The Scrum Master", "po-sm": "The merged PO/SM" };
  const parts: string[] = [];
  for (const [agent, duties] of totals) {
    const total = [...duties.values()].reduce((a, b) => a + b, 0);
    if (total === 0) continue;
    const top = [...duties.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3);
    parts.push(`${names[agent] ?? agent} spent ${top.map(([d, h]) => `${fmt.pct(h / total)} on ${d}`).join(", ")}.`);
  }
  return parts.join(" ");
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? "an" : "a";
}
