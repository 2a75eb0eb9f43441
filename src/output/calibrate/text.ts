// What `calibrate` prints: the team's four figures next to the fitted scenario's (with the 95 %
// interval of the simulated mean), the tolerance and whether it holds; the fitted parameters
// against the baseline's; and the same as JSON.
import type { Fit, MomentFit } from "../../calibration/fit.js";
import { PARAMETERS } from "../../calibration/parameters.js";
import { BURN_IN_WEEKS, type Moments } from "../../calibration/simulate.js";
import type { Target } from "../../calibration/target.js";
import { formatDay } from "../../forecast/days.js";
import { table } from "../forecast/text.js";

export const FIGURES: Record<keyof Moments, string> = {
  throughputMean: "throughput per week (mean)",
  throughputCv: "throughput per week (CV)",
  leadP50: "lead time P50 (working days)",
  leadP85: "lead time P85 (working days)",
};

const num = (x: number) => (Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2));


/** One line on the window the team was measured over. */
export function windowLine(target: Target, history: string): string {
  const done = target.throughput.reduce((a, b) => a + b, 0);
  return `${history}: ${target.throughput.length} weeks from ${formatDay(target.from)} to ${formatDay(target.to)}, ${done.toLocaleString("en-US")} items done (${target.leadTimes.length.toLocaleString("en-US")} with a creation date)`;
}

export function momentRows(moments: readonly MomentFit[]): string[][] {
  return [
    ["figure", "team", "simulated (95 % CI)", "tolerance", "within"],
    ...moments.map((m) => [FIGURES[m.key], num(m.actual), `${num(m.simulated)} (${num(m.low)}–${num(m.high)})`, `±${Math.round(m.tolerance * 100)} %`, m.within ? "yes" : "NO"]),
  ];
}

export function parameterRows(fit: Fit): string[][] {
  return [["parameter", "baseline", "fitted"], ...PARAMETERS.map((p, i) => [`${p.key} — ${p.label}`, String(fit.baseValues[i]), String(fit.values[i])])];
}

export function verdict(fit: Fit): string {
  const runs = `${fit.check.length} runs of the scenario, weeks ${BURN_IN_WEEKS + 1}–${BURN_IN_WEEKS + fit.weeks} of each`;
  if (fit.ok) return `All four figures within tolerance (${runs}).`;
  const missed = fit.moments.filter((m) => !m.within).map((m) => FIGURES[m.key]);
  return `Not within tolerance: ${missed.join(", ")} (${runs}). The model could not reproduce this team's flow this closely; read the what-if with that in mind (docs/forecasting.md says which flows it cannot make).`;
}

export function fitText(fit: Fit, target: Target, history: string): string {
  return `Calibrated to ${windowLine(target, history)}\n${table(momentRows(fit.moments))}Fitted (the other keys are the baseline's):\n${table(parameterRows(fit))}${verdict(fit)}\n`;
}

export function fitJson(fit: Fit, target: Target, o: { history: string; scenario: string; report?: string }): unknown {
  return {
    history: o.history,
    window: { from: formatDay(target.from), to: formatDay(target.to), weeks: target.throughput.length, items: target.throughput.reduce((a, b) => a + b, 0), leadTimes: target.leadTimes.length },
    figures: Object.fromEntries(fit.moments.map((m) => [m.key, { team: m.actual, simulated: m.simulated, ci95: [m.low, m.high], tolerance: m.tolerance, within: m.within }])),
    parameters: Object.fromEntries(PARAMETERS.map((p, i) => [p.key, { baseline: fit.baseValues[i], fitted: fit.values[i] }])),
    ok: fit.ok,
    runs: fit.check.length,
    burnInWeeks: BURN_IN_WEEKS,
    scenario: o.scenario,
    report: o.report ?? null,
  };
}
