// A what-if on a calibrated team: the practice change a scenario file makes — its differences
// from the baseline — applied on top of the team's scenario. The rule:
// - a key the what-if sets differently from the baseline is set to the what-if's value
//   (roles.mergedPoSm: true, practices.retrospective: false, team.developers: 12 …);
// - except the keys that say what a run is rather than how the team works (name, description,
//   seed, runs, horizon), which stay the team's;
// - and the calibrated keys (parameters.ts): there the what-if's change is applied as a ratio
//   to the baseline's value (a what-if with arrivals.load 1.2 means 20 % more work arriving than
//   the team has), and a value equal to the team's is no change (a what-if written on top of
//   the team's own file);
// - the work arriving per week stays the team's: arrivals are a share of the team's nominal
//   capacity (developers × hours × focus × skill), so when a what-if changes that capacity
//   (more developers) arrivals.load is scaled back by the same factor — the same stakeholders
//   ask for the same work, more people do it.
import { DEFAULT_SCENARIO } from "../scenario/defaults.js";
import { differingLeaves, getPath, setPath } from "../scenario/paths.js";
import type { Scenario } from "../scenario/types.js";
import { PARAMETERS } from "./parameters.js";
import { nominalWeek } from "./simulate.js";

/** Keys that say what a run is, not how the team works: never taken from a what-if. */
export const RUN_KEYS: ReadonlySet<string> = new Set(["name", "description", "seed", "runs", "horizon.weeks", "horizon.sprints"]);

export interface Change {
  key: string;
  /** The team's value, and the value the what-if gives it. */
  from: unknown;
  to: unknown;
  /** "set": the what-if's value; "ratio": the team's value times the what-if's ratio to the baseline; "demand": arrivals.load scaled to keep the work arriving per week. */
  how: "set" | "ratio" | "demand";
}

export interface PracticeChange {
  scenario: Scenario;
  changes: Change[];
}

const FITTED = new Set(PARAMETERS.map((p) => p.key));

export function applyPractice(team: Scenario, whatIf: Scenario, baseline: Scenario = DEFAULT_SCENARIO): PracticeChange {
  const out = structuredClone(team);
  const target = out as unknown as Record<string, unknown>;
  const changes: Change[] = [];
  for (const key of differingLeaves(whatIf, baseline, RUN_KEYS)) {
    const from = getPath(team, key);
    let to = getPath(whatIf, key);
    let how: Change["how"] = "set";
    if (FITTED.has(key)) {
      if (to === from) continue;
      const b = getPath(baseline, key) as number;
      if (typeof to === "number" && typeof from === "number" && b !== 0) {
        to = from * (to / b);
        how = "ratio";
      }
    }
    if (JSON.stringify(to) === JSON.stringify(from)) continue;
    setPath(target, key, to);
    changes.push({ key, from, to, how });
  }
  const before = nominalWeek(team);
  const after = nominalWeek(out);
  if (after > 0 && Math.abs(after - before) > 1e-9 * before) {
    const from = out.arrivals.load;
    out.arrivals.load = (from * before) / after;
    const own = changes.find((c) => c.key === "arrivals.load");
    if (own) own.to = out.arrivals.load;
    else changes.push({ key: "arrivals.load", from, to: out.arrivals.load, how: "demand" });
  }
  return { scenario: out, changes };
}
