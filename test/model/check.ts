// The invariants every run must satisfy, as one function the example-based and the
// property-based tests share. Returns the list of violations (empty when all hold).
import { DUTIES, type RunResult } from "../../src/model/result.js";
import type { Scenario } from "../../src/scenario/types.js";
import { sprintsOf } from "../../src/scenario/horizon.js";

const EPS = 1e-6;

export function violations(s: Scenario, r: RunResult): string[] {
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
        let booked = 0;
        for (let d = 0; d < nD; d++) {
          const h = r.dailyHours[(day * nA + a) * nD + d];
          if (h < -EPS) fail(`negative hours: day ${day + 1}, ${r.agents[a].id}, ${DUTIES[d]}`);
          booked += h;
        }
        if (Math.abs(booked - r.agents[a].hoursPerDay) > EPS) fail(`day ${day + 1}: ${r.agents[a].id} booked ${booked} of ${r.agents[a].hoursPerDay} hours`);
      }
    }
  }
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
    if (item.started_at !== null && item.active_hours > (item.done_at ?? end) - item.started_at + EPS) fail(`item ${item.item_id} active longer than it was in progress`);
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
  // Little's law per sprint on the same items.
  if (r.items) {
    for (const sp of r.sprints) {
      const from = (sp.sprint - 1) * sprintHours;
      const to = sp.sprint * sprintHours;
      let itemHours = 0;
      for (const item of r.items) {
        if (item.started_at === null) continue;
        const a = Math.max(from, item.started_at);
        const b = Math.min(to, item.done_at ?? end);
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
