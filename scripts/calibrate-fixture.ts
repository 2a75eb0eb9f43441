// Writes test/fixtures/history/simulated-team.csv: the items of one run of a known scenario (the
// baseline with the parameters below), weeks 27–66 after a 26-week burn-in, in the items normal
// form with working days laid on a calendar from Monday 2024-01-01. The calibration test fits
// this history: a flow the model can make must be reproduced within the tolerances.
import { writeFileSync } from "node:fs";
import { BURN_IN_WEEKS } from "../src/calibration/simulate.js";
import { formatDay, parseDay } from "../src/forecast/days.js";
import { runScenario } from "../src/model/run.js";
import { defaultScenario } from "../src/scenario/defaults.js";

const WEEKS = 40;
const s = defaultScenario();
s.seed = 7;
s.horizon.weeks = BURN_IN_WEEKS + WEEKS;
s.backlog.effort = { mean: 60, cv: 1.5 };
s.arrivals.load = 1.1;
s.arrivals.dispersion = 1;
s.backlog.pruneAfterWeeks = 12;
const r = runScenario(s, { replication: 0, detail: true });
const monday = parseDay("2024-01-01") as number;
const hpd = s.calendar.hoursPerDay;
const start = BURN_IN_WEEKS * 5 * hpd;
/** The calendar day of a time in working hours after the burn-in (5 working days a week). */
const day = (hours: number) => {
  const d = Math.floor((hours - start) / hpd);
  return monday + 7 * Math.floor(d / 5) + (((d % 5) + 5) % 5);
};
const lines = ["id,created,done"];
for (const it of r.items ?? []) {
  if (it.kind === "debt" || it.pruned_at !== null) continue;
  const done = it.done_at !== null && it.done_at >= start ? formatDay(day(it.done_at)) : "";
  if (done === "" && (it.done_at !== null || it.created_at < start)) continue;
  lines.push(`S-${it.item_id},${formatDay(day(it.created_at))},${done}`);
}
writeFileSync("test/fixtures/history/simulated-team.csv", `${lines.join("\n")}\n`);
console.log(`wrote test/fixtures/history/simulated-team.csv: ${lines.length - 1} items`);
