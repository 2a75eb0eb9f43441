// What calibrate and forecast --what-if share: the options that describe the team beyond its
// history (--developers, --set, --weeks), the baseline they make, and the calibration driven
// step by step — a progress bar on a terminal, and a signal honoured between simulated points.
import type { Command } from "commander";
import type { Fit } from "../../calibration/fit.js";
import type { Target } from "../../calibration/target.js";
import { checkAbort } from "../../experiment/abort.js";
import type { History } from "../../forecast/history.js";
import type { Scenario } from "../../scenario/types.js";
import type { CliIO } from "../io.js";
import { progressBar } from "../progress.js";
import { integer } from "./experiment-options.js";
import { addSetOption } from "./scenario-options.js";

export interface TeamOptions {
  developers?: number;
  set: string[];
  extendsRoot?: string;
  weeks?: number;
  quiet?: boolean;
}

/** `when`: what the options apply to, said in their help (forecast: only when --what-if calibrates). */
export function addTeamOptions(command: Command, when = ""): Command {
  return addSetOption(
    command
      .option("--developers <n>", `${when}developers in the team (default: the baseline's 7)`, integer(1, "a number of developers"))
      .option("--weeks <n>", `${when}calibrate to the last N complete weeks of the history (default 52)`, integer(12, "a number of weeks")),
  ).option("--quiet", "no progress bar");
}

/** The baseline with the team's size and --set keys: what the calibration starts from and keeps. */
export async function teamBase(name: string, o: TeamOptions, seed?: number): Promise<Scenario> {
  const { parseScenarioText } = await import("../../scenario/resolve.js");
  const sets = [...(o.developers !== undefined ? [`team.developers=${o.developers}`] : []), ...(seed !== undefined ? [`seed=${seed}`] : []), ...o.set];
  return parseScenarioText("{}", `${name}.yaml`, { sets, defaultName: name }).scenario;
}

/** The team's target flow and the calibrated fit, run in steps that yield to the event loop. */
export async function calibrateTeam(history: History, base: Scenario, o: TeamOptions & { asOf?: number }, io: CliIO): Promise<{ target: Target; fit: Fit }> {
  const { targetOf } = await import("../../calibration/target.js");
  const { calibration } = await import("../../calibration/fit.js");
  const target = targetOf(history, { asOf: o.asOf, weeks: o.weeks });
  const bar = progressBar(io, o.quiet === true, "calibrating");
  const steps = calibration(base, target);
  try {
    for (;;) {
      const r = steps.next();
      if (r.done) return { target, fit: r.value };
      bar.update(r.value.done, r.value.total);
      await new Promise((resolve) => setImmediate(resolve));
      checkAbort(io.signal);
    }
  } finally {
    bar.end();
  }
}
