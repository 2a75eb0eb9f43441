// The parts of a story about several teams and changing staff: one team's view of an
// organization's result (the story follows the first team), the moments an item waited for
// another team's work (naming the team it waited for), and the closing lines — each team's
// figures, which team waited for which, where a shared person's hours went, who joined and left.
import { DUTIES, type RunResult } from "../model/result.js";
import type { Scenario } from "../scenario/types.js";

/** Team `team`'s result (1-based) as a run of its own; a one-team result as it is. */
export function teamView(r: RunResult, team: number): RunResult {
  const t = r.teams?.[team - 1];
  if (t === undefined) return r;
  const view: RunResult = { scenario: r.scenario, weeks: r.weeks, replication: r.replication, seed: r.seed, sprints: t.sprints, totals: t.totals, agents: t.agents, hours: t.hours, warnings: t.warnings, events: r.events };
  if (t.items !== undefined) view.items = t.items;
  if (t.impediments !== undefined) view.impediments = t.impediments;
  if (t.trace !== undefined) view.trace = t.trace;
  return view;
}

export interface DependencyWait {
  item: number;
  /** The team whose work it waited for. */
  team: number;
  t: number;
  /** Hours it waited (to the run's end when the work never came). */
  waited: number;
  delivered: boolean;
}

/** The waits of a team's items for other teams' work, from its trace. */
export function dependencyWaits(r: RunResult, end: number): DependencyWait[] {
  const open = new Map<number, DependencyWait>();
  const out: DependencyWait[] = [];
  for (const rec of r.trace ?? []) {
    if (rec.kind === "dependency-wait") {
      const w = { item: rec.item, team: rec.team, t: rec.t, waited: end - rec.t, delivered: false };
      open.set(rec.item, w);
      out.push(w);
    } else if (rec.kind === "dependency-delivered") {
      const w = open.get(rec.item);
      if (w !== undefined) {
        w.waited = rec.waited;
        w.delivered = true;
        open.delete(rec.item);
      }
    }
  }
  return out;
}

const num = (x: number, d = 1) => x.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
const int = (x: number) => Math.round(x).toLocaleString("en-US");
const pct = (x: number) => `${Math.round(x * 100)} %`;

/** The longest wait for another team's work that began in [from, to): a moment of the sprint, or none under half a day. */
export function dependencyMoment(r: RunResult, scenario: Scenario, from: number, to: number, end: number): { t: number; item: number; text: string; weight: number } | undefined {
  const H = scenario.calendar.hoursPerDay;
  const waits = dependencyWaits(r, end).filter((w) => w.t >= from && w.t < to && w.waited >= H / 2);
  const w = waits.sort((a, b) => b.waited - a.waited || a.t - b.t)[0];
  if (w === undefined) return undefined;
  const day = Math.floor(w.t / H + 1e-9) + 1;
  const how = w.waited >= H ? `${num(w.waited / H)} days` : `${num(w.waited)} hours`;
  const text = `Day ${day}: item #${w.item} needed a piece of work from team ${w.team}, which was not done: it waited ${how}${w.delivered ? " until team " + w.team + " finished it" : ", and team " + w.team + " had not finished it by the end"}.`;
  return { t: w.t, item: w.item, text, weight: w.waited / H };
}

/** The organization's closing lines: each team, who waited for whom, shared people's hours by team, staff changes. */
export function organizationLines(scenario: Scenario, r: RunResult): string[] {
  const H = scenario.calendar.hoursPerDay;
  const end = r.weeks * 5 * H;
  const lines: string[] = [];
  const teams = r.teams ?? [];
  if (teams.length > 1) {
    const per = teams.map((t) => `team ${t.team} ${int(t.totals.value_delivered)} (${int(t.totals.items_done)} items)`).join(", ");
    lines.push(`The organization's ${teams.length} teams delivered ${int(r.totals.value_delivered)} in value: ${per}.`);
    const pairs = new Map<string, { waited: number; items: number }>();
    for (const t of teams) {
      for (const w of dependencyWaits(teamView(r, t.team), end)) {
        const key = `${t.team}>${w.team}`;
        const p = pairs.get(key) ?? { waited: 0, items: 0 };
        p.waited += w.waited;
        p.items++;
        pairs.set(key, p);
      }
    }
    const worst = [...pairs.entries()].sort((a, b) => b[1].waited - a[1].waited).slice(0, 3);
    if (worst.length > 0) lines.push(`Waiting for each other: ${worst.map(([k, p]) => `team ${k.split(">")[0]} waited ${num(p.waited / H)} days for team ${k.split(">")[1]}'s work (${p.items} items)`).join("; ")}.`);
    lines.push(...sharedLines(r));
  }
  lines.push(...staffLines(teams.length > 1 ? teams.map((t) => teamView(r, t.team)) : [r], H, teams.length > 1));
  return lines;
}

/** Where each shared person's hours went, by team, and what switching between teams cost them. */
function sharedLines(r: RunResult): string[] {
  const byPerson = new Map<string, { role: string; teams: Map<number, number>; switching: number }>();
  const nD = DUTIES.length;
  const sw = DUTIES.indexOf("context-switch");
  for (const t of r.teams ?? []) {
    const nA = t.agents.length;
    t.agents.forEach((a, i) => {
      if (a.teams === undefined) return;
      const p = byPerson.get(a.id) ?? { role: a.role, teams: new Map(), switching: 0 };
      let h = 0;
      for (let s = 0; s < t.sprints.length; s++) {
        for (let d = 0; d < nD; d++) h += t.hours[(s * nA + i) * nD + d];
        p.switching += t.hours[(s * nA + i) * nD + sw];
      }
      p.teams.set(t.team, h);
      byPerson.set(a.id, p);
    });
  }
  const names: Record<string, string> = { "scrum-master": "Scrum Master", "product-owner": "Product Owner" };
  return [...byPerson.entries()].map(([id, p]) => {
    const total = [...p.teams.values()].reduce((a, b) => a + b, 0);
    const split = [...p.teams.entries()].map(([team, h]) => `team ${team} ${pct(total > 0 ? h / total : 0)}`).join(", ");
    return `The shared ${names[p.role] ?? p.role} (${id}) gave ${split} of their hours, ${int(p.switching)} hours of them switching from one team's work to another's.`;
  });
}

function staffLines(views: RunResult[], H: number, named: boolean): string[] {
  const lines: string[] = [];
  views.forEach((v, i) => {
    const joined = new Map<number, string[]>();
    const left: string[] = [];
    for (const rec of v.trace ?? []) {
      if (rec.kind === "developer-joined") {
        const week = Math.round(rec.t / (5 * H));
        joined.set(week, [...(joined.get(week) ?? []), rec.agent]);
      } else if (rec.kind === "developer-left") left.push(`${rec.agent} left in week ${Math.round(rec.t / (5 * H))}${rec.itemsReturned.length > 0 ? ` and ${rec.itemsReturned.length} items in progress went back to the Product Backlog` : ""}`);
    }
    const who = named ? `Team ${i + 1}: ` : "";
    for (const [week, devs] of joined) lines.push(`${who}${devs.join(" and ")} joined in week ${week} and ramped up while the others mentored them.`);
    if (left.length > 0) lines.push(`${who}${left.join("; ")}.`);
  });
  return lines;
}
