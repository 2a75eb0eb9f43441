// The forecast's what-if, loaded only when asked: the team's scenario (--scenario, or calibrated
// to the history as of the forecast's day), each --what-if scenario's practice change applied on
// top of it (a file, or a shipped scenario's name as `scrumlab list` shows it), every arm run on
// the same seeds, and the dates read through the forecast's surfaces.
import { InputError } from "../../errors.js";
import { checkAbort } from "../../experiment/abort.js";
import type { ForecastResult } from "../../forecast/forecast.js";
import type { History } from "../../forecast/history.js";
import type { WhatIfReport } from "../../output/forecast/what-if.js";
import type { Scenario } from "../../scenario/types.js";
import type { CliIO } from "../io.js";
import { progressBar } from "../progress.js";
import { scenarioArgs } from "./scenario-options.js";
import { calibrateTeam, teamBase, type TeamOptions } from "./team-options.js";

export interface WhatIfOptions extends TeamOptions {
  whatIf: string[];
  scenario?: string;
  runs: number;
  seed: number;
}

/** The longest span the what-if simulates, in periods. */
const MAX_PERIODS = 260;

export async function runWhatIf(history: History, result: ForecastResult, o: WhatIfOptions, io: CliIO): Promise<{ report: WhatIfReport; calibrationText?: string }> {
  if (result.question.kind === "periods") throw new InputError("--what-if asks when items will be done (--items N) or how many by a date (--by DATE): the simulated team counts items, not a sprint history's completed amounts");
  if (history.form !== "items" && o.scenario === undefined) throw new InputError("--what-if needs an item history to calibrate the team to (a sprint history has no lead times), or the team's scenario: --scenario my-team.yaml");
  const { loadScenario } = await import("../../scenario/load.js");
  const { applyPractice } = await import("../../calibration/practice.js");
  const files = await scenarioArgs(o.whatIf, io.cwd);
  const loaded = files.map((file) => ({ file, scenario: loadScenario(file, { cwd: io.cwd, extendsRoot: o.extendsRoot }).scenario }));
  let team: Scenario;
  let calibrationText: string | undefined;
  let withinTolerance: boolean | undefined;
  if (o.scenario !== undefined) team = loadScenario((await scenarioArgs([o.scenario], io.cwd))[0], { cwd: io.cwd, extendsRoot: o.extendsRoot }).scenario;
  else {
    const base = await teamBase("team", o);
    const { target, fit } = await calibrateTeam(history, base, { ...o, asOf: result.asOf }, io);
    const { fitText } = await import("../../output/calibrate/text.js");
    calibrationText = fitText(fit, target, "the history");
    team = fit.scenario;
    withinTolerance = fit.ok;
  }
  const arms = [{ name: o.scenario === undefined ? "the team" : team.name, scenario: team, changes: [] }, ...loaded.map((w) => ({ name: w.scenario.name, ...applyPractice(team, w.scenario) }))];
  const { whatIfRuns } = await import("../../calibration/whatif.js");
  const { LIKELIHOODS, percentileOf } = await import("../../output/forecast/what-if.js");
  const bar = progressBar(io, o.quiet === true, "what-if");
  const run = async (horizons: number) => {
    const steps = whatIfRuns(arms, { question: result.question, timeline: result.timeline, runs: o.runs, horizons, bootstrap: 1000, seed: o.seed, shiftsAt: LIKELIHOODS.map((q) => percentileOf(result.mode, q)) });
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      bar.update(r.value.done, r.value.total);
      if (r.value.done % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
      checkAbort(io.signal);
    }
  };
  try {
    // A slower arm may need longer than the history forecast did: the span doubles (all arms
    // again, on the same seeds) until every arm's 95 % date is within it, or MAX_PERIODS.
    let horizons = horizonsFor(result);
    let results = await run(horizons);
    while (result.mode === "when" && horizons < MAX_PERIODS && results.some((a) => a.values[94] === undefined)) {
      horizons = Math.min(MAX_PERIODS, 2 * horizons);
      results = await run(horizons);
    }
    return { report: { team: { scenario: o.scenario ?? "calibrated to the history", calibrated: o.scenario === undefined, withinTolerance }, runs: o.runs, arms: results, files: [undefined, ...loaded.map((w) => w.file)] }, calibrationText };
  } finally {
    bar.end();
  }
}

/** Periods to simulate: as far as the history forecast looked to find its P95 (about three times the periods its median needs), at most MAX_PERIODS. */
function horizonsFor(r: ForecastResult): number {
  if (r.horizon !== undefined) return Math.max(1, Math.ceil(r.horizon));
  return Math.min(MAX_PERIODS, Math.max(8, r.surface.q.length));
}
