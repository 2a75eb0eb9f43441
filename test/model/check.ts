// The invariants every run must satisfy, as one function the example-based and the
// property-based tests share. Returns the list of violations (empty when all hold). An
// organization's run: every team's own invariants, plus the organization's (its totals add up,
// a shared person's hours across teams, never in two events at once, every dependency wait ends
// after the other team's work is done).
import { DUTIES, type RunResult } from "../../src/model/result.js";
import type { TraceRecord } from "../../src/model/trace.js";
import type { Scenario } from "../../src/scenario/types.js";
import { sprintsOf } from "../../src/scenario/horizon.js";
import { teamView } from "../../src/story/teams.js";

const EPS = 1e-6;

export function violations(s: Scenario, r: RunResult): string[] {
  if (r.teams === undefined) return teamViolations(s, r);
  const out: string[] = [];
  for (const t of r.teams) out.push(...teamViolations(s, teamView(r, t.team)).map((v) => `team ${t.team}: ${v}`));
  out.push(...organizationViolations(s, r));
  return out;
}

function organizationViolations(s: Scenario, r: RunResult): string[] {
  const out: string[] = [];
  const fail = (what: string) => out.push(what);
  const teams = r.teams ?? [];
  const nD = DUTIES.length;
  const days = s.calendar.sprintDays * sprintsOf(s);
  // The organization's counts and value are its teams'.
  for (const key of ["value_delivered", "items_done", "impediments_raised", "clarifications", "blocked_hours", "dependency_wait_hours"] as const) {
    const sum = teams.reduce((x, t) => x + t.totals[key], 0);
    if (Math.abs(sum - r.totals[key]) > EPS * Math.max(1, sum)) fail(`organization ${key} ${r.totals[key]} != teams' ${sum}`);
  }
  // A shared person's hours: across the teams they serve, every available hour booked once, every day.
  const shared = new Map<string, { hoursPerDay: number; seats: Array<{ t: (typeof teams)[number]; a: number }> }>();
  for (const t of teams) t.agents.forEach((a, i) => a.teams !== undefined && (shared.get(a.id) ?? shared.set(a.id, { hoursPerDay: a.hoursPerDay, seats: [] }).get(a.id))?.seats.push({ t, a: i }));
  for (const [id, p] of shared) {
    if (p.seats.length !== (teams.find((t) => t.agents.some((a) => a.id === id))?.agents.find((a) => a.id === id)?.teams?.length ?? 0)) fail(`${id}: not in the ledger of every team served`);
    for (let day = 0; day < days; day++) {
      let booked = 0;
      for (const { t, a } of p.seats) {
        if (!t.dailyHours) continue;
        const nA = t.agents.length;
        for (let d = 0; d < nD; d++) {
          const h = t.dailyHours[(day * nA + a) * nD + d];
          if (h < -EPS) fail(`negative hours: day ${day + 1}, ${id}`);
          booked += h;
        }
      }
      if (teams[0].dailyHours && Math.abs(booked - p.hoursPerDay) > EPS) fail(`day ${day + 1}: shared ${id} booked ${booked} of ${p.hoursPerDay} hours across teams`);
    }
    // Never in two events at once: their events of every team, in time order, each begins after they left the last.
    const events: Array<{ start: number; leave: number; what: string }> = [];
    for (const t of teams) for (const rec of t.trace ?? []) if (rec.kind === "event" && rec.attendees.includes(id) && rec.end > rec.t) events.push({ start: rec.t, leave: rec.left?.[id] ?? rec.end, what: `team ${t.team}'s ${rec.event} at ${rec.t}` });
    events.sort((a, b) => a.start - b.start);
    for (let i = 1; i < events.length; i++) if (events[i].start < events[i - 1].leave - 1e-9) fail(`${id} in two events at once: ${events[i - 1].what} and ${events[i].what}`);
  }
  // Every dependency wait ends after the other team has done the piece of work.
  const doneAt = new Map<string, number>();
  for (const t of teams) for (const rec of t.trace ?? []) if (rec.kind === "item-done") doneAt.set(`${t.team}#${rec.item}`, rec.t);
  for (const t of teams) {
    const waiting = new Map<number, Extract<TraceRecord, { kind: "dependency-wait" }>>();
    for (const rec of t.trace ?? []) {
      if (rec.kind === "dependency-wait") waiting.set(rec.item, rec);
      if (rec.kind !== "dependency-delivered") continue;
      const done = doneAt.get(`${rec.team}#${rec.piece}`);
      if (done === undefined) fail(`team ${t.team}: item ${rec.item}'s wait ended, but team ${rec.team} never did piece ${rec.piece}`);
      else if (rec.t < done - 1e-9) fail(`team ${t.team}: item ${rec.item}'s wait ended at ${rec.t}, before team ${rec.team} did piece ${rec.piece} at ${done}`);
      const w = waiting.get(rec.item);
      if (w === undefined || w.piece !== rec.piece || Math.abs(rec.t - w.t - rec.waited) > EPS) fail(`team ${t.team}: item ${rec.item}'s wait does not match its start`);
      waiting.delete(rec.item);
    }
    for (const [item, w] of waiting) if (doneAt.has(`${w.team}#${w.piece}`) && !t.trace?.some((rec) => rec.kind === "developer-left" && rec.itemsReturned.includes(item))) fail(`team ${t.team}: item ${item} still waits for team ${w.team}'s piece ${w.piece}, which is done`);
  }
  return out;
}

/** The invariants of one team's run (a one-team run, or one team of an organization). */
function teamViolations(s: Scenario, r: RunResult): string[] {
  const out: string[] = [];
  const fail = (what: string) => out.push(what);
  const H = s.calendar.hoursPerDay;
  const sprintHours = H * s.calendar.sprintDays;
  const end = sprintHours * sprintsOf(s);

  // Hours: every available hour of every agent booked to exactly one duty, every day.
  const nA = r.agents.length;
  const nD = DUTIES.length;
  const days = s.calendar.sprintDays * sprintsOf(s);
  if (r.dailyHours) {
    for (let day = 0; day < days; day++) {
      for (let a = 0; a < nA; a++) {
        const agent = r.agents[a];
        if (agent.teams !== undefined) continue; // a shared person's day is checked across their teams
        let booked = 0;
        for (let d = 0; d < nD; d++) {
          const h = r.dailyHours[(day * nA + a) * nD + d];
          if (h < -EPS) fail(`negative hours: day ${day + 1}, ${agent.id}, ${DUTIES[d]}`);
          booked += h;
        }
        // A developer who joins or leaves during the run is available from the day they join until the day they leave.
        const t = day * H;
        const available = (agent.from ?? -Infinity) <= t + EPS && t < (agent.until ?? Infinity) - EPS ? agent.hoursPerDay : 0;
        if (Math.abs(booked - available) > EPS) fail(`day ${day + 1}: ${agent.id} booked ${booked} of ${available} hours`);
      }
    }
  }
  // Items that went back to the Product Backlog when their developer left (started anew later).
  const givenBack = new Set<number>();
  for (const rec of r.trace ?? []) if (rec.kind === "developer-left") for (const id of rec.itemsReturned) givenBack.add(id);
  // Value: accepted only when done, never more than the item's true value.
  let accepted = 0;
  for (const item of r.items ?? []) {
    if (item.accepted_at !== null) {
      if (item.done_at === null || item.accepted_at < item.done_at) fail(`item ${item.item_id} accepted before it was done`);
      if (item.value_delivered > item.true_value + EPS) fail(`item ${item.item_id} delivered more than its value`);
      accepted += item.value_delivered;
    } else if (item.value_delivered !== 0) fail(`item ${item.item_id} delivered value without acceptance`);
    if (item.started_at !== null && (item.selected_at === null || item.started_at < item.selected_at)) fail(`item ${item.item_id} started before selected`);
    if (item.done_at !== null && (item.started_at === null || item.done_at < item.started_at)) fail(`item ${item.item_id} done before started`);
    if (item.selected_at !== null && item.selected_at < item.created_at) fail(`item ${item.item_id} selected before it arrived`);
    if (item.pruned_at !== null && item.done_at !== null) fail(`item ${item.item_id} pruned and done`);
    if (item.max_workers > s.team.swarming.maxPerItem) fail(`item ${item.item_id} had ${item.max_workers} workers, more than ${s.team.swarming.maxPerItem}`);
    if (item.started_at !== null && !givenBack.has(item.item_id) && item.active_hours > (item.done_at ?? end) - item.started_at + EPS) fail(`item ${item.item_id} active longer than it was in progress`);
    if (item.shortcut && item.kind !== "feature") fail(`item ${item.item_id}: a ${item.kind} item finished with a shortcut`);
  }
  if (r.totals.flow_efficiency < 0 || r.totals.flow_efficiency > 1 + EPS) fail(`flow efficiency ${r.totals.flow_efficiency}`);
  if (r.totals.lead_time_p50_days > r.totals.lead_time_p85_days + EPS || r.totals.lead_time_p85_days > r.totals.lead_time_p95_days + EPS) fail("lead-time percentiles out of order");
  for (const sp of r.sprints) if (sp.tech_debt_hours < -EPS) fail(`sprint ${sp.sprint}: negative debt`);
  if (r.items && Math.abs(accepted - r.totals.value_delivered) > EPS * Math.max(1, accepted)) fail(`value delivered ${r.totals.value_delivered} != accepted items' value ${accepted}`);
  // No item done twice.
  const done = new Map<number, number>();
  for (const rec of r.trace ?? []) if (rec.kind === "item-done") done.set(rec.item, (done.get(rec.item) ?? 0) + 1);
  for (const [id, n] of done) if (n > 1) fail(`item ${id} done ${n} times`);
  if (r.trace && done.size !== r.totals.items_done) fail(`items_done ${r.totals.items_done} != ${done.size} done in the trace`);
  // Impediments removed after they were raised (and seen, unless time removed them).
  for (const imp of r.impediments ?? []) {
    if (imp.visible_at !== null && imp.visible_at < imp.raised_at) fail(`impediment ${imp.impediment_id} seen before raised`);
    if (imp.removed_at === null) continue;
    if (imp.removed_at < imp.raised_at) fail(`impediment ${imp.impediment_id} removed before raised`);
    if (imp.removed_by !== "time" && (imp.visible_at === null || imp.removal_started_at === null || imp.removal_started_at < imp.visible_at || imp.removed_at < imp.removal_started_at)) fail(`impediment ${imp.impediment_id} removed before it was seen`);
  }
  // Little's law per sprint on the same items. An item whose developer left went back to the
  // Product Backlog: its time in progress is every stretch from a start to its return or its end.
  if (r.items) {
    const stretches: Array<[number, number]> = [];
    const returned = new Map<number, number[]>();
    for (const rec of r.trace ?? []) if (rec.kind === "developer-left") for (const id of rec.itemsReturned) (returned.get(id) ?? returned.set(id, []).get(id))?.push(rec.t);
    if (returned.size > 0 && r.trace) {
      const started = new Map<number, number>();
      for (const rec of r.trace) {
        if (rec.kind === "item-started") started.set(rec.item, rec.t);
        else if (rec.kind === "item-done") stretches.push([started.get(rec.item) as number, rec.t]);
        else if (rec.kind === "developer-left") for (const id of rec.itemsReturned) stretches.push([started.get(id) as number, rec.t]);
        if (rec.kind === "item-done" || rec.kind === "developer-left") for (const id of rec.kind === "item-done" ? [rec.item] : rec.itemsReturned) started.delete(id);
      }
      for (const t0 of started.values()) stretches.push([t0, end]);
    } else for (const item of r.items) if (item.started_at !== null) stretches.push([item.started_at, item.done_at ?? end]);
    for (const sp of r.sprints) {
      const from = (sp.sprint - 1) * sprintHours;
      const to = sp.sprint * sprintHours;
      let itemHours = 0;
      for (const [t0, t1] of stretches) {
        const a = Math.max(from, t0);
        const b = Math.min(to, t1);
        if (b > a) itemHours += b - a;
      }
      if (Math.abs(sp.wip_mean - itemHours / sprintHours) > EPS) fail(`sprint ${sp.sprint}: WIP ${sp.wip_mean} != ${itemHours / sprintHours} (Little's law)`);
    }
  }
  // Facilitated events keep their timeboxes; no event runs backwards.
  for (const rec of r.trace ?? []) {
    if (rec.kind !== "event") continue;
    if (rec.end < rec.t) fail(`event ${rec.event} at ${rec.t} ends before it starts`);
    if (rec.facilitated && rec.end - rec.t > rec.timebox + 1e-9) fail(`facilitated ${rec.event} at ${rec.t} overran its timebox`);
  }
  // Sprint figures add up to the totals and stay in range.
  const sum = (k: "done_items" | "impediments_raised" | "impediments_removed" | "clarifications" | "value_delivered") => r.sprints.reduce((x, sp) => x + sp[k], 0);
  if (sum("done_items") !== r.totals.items_done) fail("done items per sprint do not add up");
  if (sum("impediments_raised") !== r.totals.impediments_raised) fail("impediments raised per sprint do not add up");
  if (sum("impediments_removed") !== r.totals.impediments_removed) fail("impediments removed per sprint do not add up");
  if (sum("clarifications") !== r.totals.clarifications) fail("clarifications per sprint do not add up");
  if (Math.abs(sum("value_delivered") - r.totals.value_delivered) > EPS * Math.max(1, r.totals.value_delivered)) fail("value per sprint does not add up");
  for (const sp of r.sprints) {
    if (sp.say_do_ratio < 0 || sp.say_do_ratio > 1) fail(`sprint ${sp.sprint}: say/do ${sp.say_do_ratio}`);
    if (sp.morale < s.morale.min - EPS || sp.morale > s.morale.max + EPS) fail(`sprint ${sp.sprint}: morale ${sp.morale} out of range`);
    for (const [k, v] of Object.entries(sp)) if (!Number.isFinite(v)) fail(`sprint ${sp.sprint}: ${k} is ${v}`);
  }
  for (const [k, v] of Object.entries(r.totals)) if (!Number.isFinite(v)) fail(`total ${k} is ${v}`);
  return out;
}
