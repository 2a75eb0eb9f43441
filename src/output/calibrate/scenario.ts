// The calibrated scenario as a file: the baseline's keys the team changes — its size, any --set
// key, the horizon (burn-in and the weeks fitted) and the fitted parameters — under a comment
// that says where it came from and how well it fits. Every other key is the baseline's default,
// so the file reads as "the baseline, with this team's flow". The first line marks the file as
// scrumlab's, so a later calibrate may replace it and nothing else.
import { stringify } from "yaml";
import type { Fit } from "../../calibration/fit.js";
import { PARAMETERS } from "../../calibration/parameters.js";
import { BURN_IN_WEEKS } from "../../calibration/simulate.js";
import type { Target } from "../../calibration/target.js";
import { formatDay } from "../../forecast/days.js";
import { DEFAULT_SCENARIO } from "../../scenario/defaults.js";
import { differingLeaves, getPath, setPath } from "../../scenario/paths.js";
import type { Scenario } from "../../scenario/types.js";
import { FIGURES } from "./text.js";

export const CALIBRATE_MARK = "# Written by scrumlab calibrate";

/** Keys always written, for a reader: what the run is and how big the team is. */
const SHOWN = ["name", "description", "seed", "runs", "horizon.weeks", "team.developers"];

export function scenarioYaml(fit: Fit, target: Target, o: { history: string; file: string; report?: string }): string {
  const s: Scenario = { ...fit.scenario, horizon: { ...fit.scenario.horizon, weeks: BURN_IN_WEEKS + fit.weeks } };
  const keys = [...SHOWN, ...differingLeaves(s, DEFAULT_SCENARIO, new Set(SHOWN))];
  const out: Record<string, unknown> = {};
  for (const k of keys) setPath(out, k, getPath(s, k));
  const within = fit.moments.map((m) => `${FIGURES[m.key]} ${m.within ? "yes" : "NO"}`).join("; ");
  const header = [
    `${CALIBRATE_MARK} from ${o.history} (weeks ${formatDay(target.from)} to ${formatDay(target.to)}).`,
    "# The baseline scenario with this team's flow: every key not written here is the baseline's",
    "# (docs/scenarios.md). Fitted by simulation so that its runs reproduce the team's throughput",
    `# per week and lead times: ${PARAMETERS.map((p) => p.key).join(", ")}.`,
    `# A run's first ${BURN_IN_WEEKS} weeks fill the backlog as the team's has been filled; the fit`,
    `# matched weeks ${BURN_IN_WEEKS + 1}–${BURN_IN_WEEKS + fit.weeks}. Within tolerance: ${within}.`,
    ...(o.report ? [`# The fit report: ${o.report}`] : []),
    `# A change of practice on it: scrumlab forecast ${o.history} --items 40 --scenario ${o.file} --what-if merged-po-sm`,
  ];
  return `${header.join("\n")}\n${stringify(out, { lineWidth: 0 })}`;
}

/** The description of a calibrated scenario, in coach language. */
export function calibratedDescription(history: string, target: Target): string {
  const s = target.stats;
  return `The team of ${history} as of ${formatDay(target.to)}, calibrated by scrumlab calibrate: about ${s.throughputMean.toFixed(1)} items done a week, lead times of ${Math.round(s.leadP50)} working days (median) and ${Math.round(s.leadP85)} (85 %).`;
}
