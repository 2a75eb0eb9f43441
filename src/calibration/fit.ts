// Calibration by the method of simulated moments: find the parameters (parameters.ts) whose
// simulated flow matches the team's — throughput per week (mean, CV) and lead time (P50, P85).
// A point's simulated figures are noisy, and a small change of a parameter changes every later
// random draw of the model, so a direct search (Nelder–Mead was tried) chases the noise. So:
// a few secant steps set the item size for the team's throughput; then each step simulates a
// small two-level design around the current point, fits how the logarithm of each figure moves
// with the logarithm of each parameter by least squares (which averages the noise over the
// design), and takes the Gauss–Newton step toward the team's figures within the design's reach
// (a trust region: the design shrinks once a step lands inside it). A weak pull toward the
// baseline chooses, among fits that match equally well, the one that changes the baseline least
// (five parameters, four figures). The result is checked on the scenario's own first runs, a
// step or two more are taken from the check when a figure misses, and the check that misses
// least is kept and judged against the tolerances.
import type { Scenario } from "../scenario/types.js";
import { halfFraction, leastSquares, solve } from "./linear.js";
import { currentValues, PARAMETERS, pointOf, valuesOf, withValues, type Point } from "./parameters.js";
import { controlled, flowRuns, MOMENTS, type FlowRun, type Moments } from "./simulate.js";
import type { Target } from "./target.js";

/** How close each simulated figure must come to the team's, relative to the team's. */
export const TOLERANCES: Moments = { throughputMean: 0.1, throughputCv: 0.25, leadP50: 0.25, leadP85: 0.25 };

export interface CalibrateOptions {
  /** Steps of the search. */
  steps: number;
  /** Replications of each point of a step's design. */
  replications: number;
  /** The design's half-width at the first step, in units of each parameter's step (parameters.ts), and its shrink factor per step. */
  radius: number;
  shrink: number;
  /** Replications of the check of the result. */
  checkReplications: number;
  /** Newton steps at most from the check's figures when it misses. */
  polish: number;
  /** Secant steps on the item size for the team's throughput before the design steps. */
  startSteps: number;
  /** Weight of the pull toward the baseline, per squared log-ratio of a parameter to its baseline value. */
  prior: number;
}

/** Work done so far, in replications run, and the most there will be. */
export interface CalibrationProgress {
  done: number;
  total: number;
}

export const CALIBRATE_DEFAULTS: CalibrateOptions = { steps: 5, replications: 4, radius: 1, shrink: 0.6, checkReplications: 60, polish: 3, startSteps: 3, prior: 0.02 };

export interface MomentFit {
  key: keyof Moments;
  actual: number;
  simulated: number;
  /** 95 % interval of the simulated mean over the check's replications. */
  low: number;
  high: number;
  tolerance: number;
  within: boolean;
}

export interface Fit {
  scenario: Scenario;
  /** The fitted values, in PARAMETERS order, as written to the scenario. */
  values: number[];
  /** The starting scenario's values, for the report. */
  baseValues: number[];
  moments: MomentFit[];
  /** Every figure within its tolerance. */
  ok: boolean;
  /** Points simulated by the search (each `replications` runs). */
  points: number;
  /** The check's replications (for the report's charts). */
  check: FlowRun[];
  weeks: number;
}

export function momentsOfTarget(target: Target): Moments {
  const s = target.stats;
  return { throughputMean: s.throughputMean, throughputCv: s.throughputCv, leadP50: s.leadP50, leadP85: s.leadP85 };
}

/**
 * The search's points run replications of their own, from this index on, each point different
 * ones: with few replications a point, the same ones everywhere (common random numbers) would
 * fit the scenario to those few runs' luck — a run's throughput over a year varies by about
 * 40 % when demand wanders — while different ones average it out over the design. The check
 * runs the scenario's own first replications, as `scrumlab run` does.
 */
export const SEARCH_REPLICATIONS = 1_000_000;

/** The logarithm of a figure; lead times below half a day count as half a day (a team whose items are done the day they are created). */
const logOf = (k: keyof Moments, v: number) => Math.log(k === "leadP50" || k === "leadP85" ? Math.max(v, 0.5) : v);

/** The calibration run to its end. */
export function calibrate(base: Scenario, target: Target, options: Partial<CalibrateOptions> = {}): Fit {
  const it = calibration(base, target, options);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}

/** The calibration as steps of work: it yields its progress after each simulated point and check, so a caller can pace it (and stop it). */
export function* calibration(base: Scenario, target: Target, options: Partial<CalibrateOptions> = {}): Generator<CalibrationProgress, Fit, void> {
  const o = { ...CALIBRATE_DEFAULTS, ...options };
  const weeks = target.throughput.length;
  const actual = momentsOfTarget(target);
  const baseValues = currentValues(base);
  const home = pointOf(baseValues);
  const n = PARAMETERS.length;
  const design = halfFraction(n);
  const total = (2 * (1 + o.startSteps) + o.steps * (design.length + 1)) * o.replications + (1 + o.polish) * o.checkReplications;
  let done = 0;
  let points = 0;
  const simulate = (x: Point): FlowRun[] => {
    const runs = flowRuns(withValues(base, valuesOf(x)), { weeks, replications: o.replications, first: SEARCH_REPLICATIONS + points * o.replications });
    points++;
    done += o.replications;
    return runs;
  };
  const means = (groups: FlowRun[][]): Moments[] => controlled(groups).map((e) => ({ throughputMean: e.throughputMean.mean, throughputCv: e.throughputCv.mean, leadP50: e.leadP50.mean, leadP85: e.leadP85.mean }));
  // Start: the baseline with its item size found for the team's throughput by a few secant
  // steps (throughput goes about as item size to the power −0.7 in the baseline's range; less
  // steeply for small items, where the team's fixed hours weigh more).
  const center = [...home];
  const iSize = PARAMETERS.findIndex((p) => p.key === "backlog.effort.mean");
  const throughputAt = (x: Point) => means([[...simulate(x), ...simulate(x)]])[0].throughputMean;
  let tp = throughputAt(center);
  yield { done, total };
  let slope = -0.7;
  for (let k = 0; k < o.startSteps && tp > 0 && Math.abs(Math.log(tp / actual.throughputMean)) > 0.05; k++) {
    const before = { x: center[iSize], tp };
    move(center, PARAMETERS.map((_, i) => (i === iSize ? Math.max(-2, Math.min(2, Math.log(actual.throughputMean / tp) / slope)) : 0)));
    tp = throughputAt(center);
    yield { done, total };
    const secant = (Math.log(tp) - Math.log(before.tp)) / (center[iSize] - before.x);
    if (Number.isFinite(secant)) slope = Math.min(-0.3, Math.max(-1.5, secant));
  }
  const goal = MOMENTS.map((k) => logOf(k, actual[k]));
  let scale = o.radius;
  let previous: Array<{ x: Point; m: Moments }> = [];
  let lastRadius = PARAMETERS.map((p) => p.step * scale);
  let slopes: number[][] = [];
  for (let step = 0; step < o.steps; step++) {
    const r = PARAMETERS.map((p) => p.step * scale);
    const xs: Point[] = [];
    const groups: FlowRun[][] = [];
    for (const u of [new Array<number>(n).fill(0), ...design]) {
      xs.push(center.map((c, i) => c + r[i] * u[i]));
      groups.push(simulate(xs[xs.length - 1]));
      yield { done, total };
    }
    const here = means(groups).map((m, p) => ({ x: xs[p], m }));
    // Per figure: log figure ≈ a + b · (x − centre) over this step's design and the last one's.
    const sims = [...here, ...previous];
    previous = here;
    const fitted = MOMENTS.map((k) => {
      const X: number[][] = [];
      const y: number[] = [];
      for (const { x, m } of sims) if (Number.isFinite(m[k]) && m[k] > 0) (X.push([1, ...x.map((xi, i) => (xi - center[i]) / r[i])]), y.push(logOf(k, m[k])));
      const beta = X.length > n + 1 ? leastSquares(X, y) : undefined;
      return beta ? { a: beta[0], b: beta.slice(1).map((bi, i) => bi / r[i]) } : { a: goal[MOMENTS.indexOf(k)], b: new Array<number>(n).fill(0) };
    });
    slopes = fitted.map((f) => f.b);
    const { d, clipped } = newtonStep(fitted.map((f) => f.a), slopes, goal, center, home, o.prior, r.map((ri) => 1.5 * ri));
    move(center, d);
    // A trust region: the design shrinks once the step lands inside it, not while the team's figures are still out of its reach.
    if (!clipped) scale *= o.shrink;
    lastRadius = r;
  }
  // Polish: the check's figures (many replications) give a last Newton step or two — on the
  // item size alone when only the throughput misses (the tightest tolerance; by the secant
  // through the checks once there are two) — and the check that misses least is kept.
  const checks = [checkAt(base, center, weeks, o.checkReplications, actual)];
  done += o.checkReplications;
  yield { done, total };
  // Throughput falls with item size at least as steeply as in the baseline's range (−0.7), so a
  // noisy, flatter fitted slope cannot make the step overshoot.
  slope = Math.min(-0.7, Math.max(-1.5, slopes[0][iSize]));
  for (let polish = 0; polish < o.polish; polish++) {
    const last = checks[checks.length - 1];
    if (last.ok) break;
    const x = [...last.x];
    if (last.moments.slice(1).every((m) => m.within)) {
      const prev = checks.length > 1 ? checks[checks.length - 2] : undefined;
      if (prev && prev.x.every((v, i) => i === iSize || v === last.x[i]) && prev.x[iSize] !== last.x[iSize]) {
        const secant = (Math.log(last.moments[0].simulated) - Math.log(prev.moments[0].simulated)) / (last.x[iSize] - prev.x[iSize]);
        if (Number.isFinite(secant)) slope = Math.min(-0.3, Math.max(-1.5, secant));
      }
      const d = (Math.log(actual.throughputMean) - Math.log(last.moments[0].simulated)) / slope;
      move(x, PARAMETERS.map((_, i) => (i === iSize ? Math.max(-0.3, Math.min(0.3, d)) : 0)));
    } else move(x, newtonStep(MOMENTS.map((k) => logOf(k, last.moments.find((m) => m.key === k)?.simulated ?? NaN)), slopes, goal, x, home, o.prior, lastRadius.map((ri) => Math.max(1.5 * ri, 0.3))).d);
    checks.push(checkAt(base, x, weeks, o.checkReplications, actual));
    done += o.checkReplications;
    yield { done, total };
  }
  const best = checks.reduce((a, c) => ((c.ok && !a.ok) || (c.ok === a.ok && c.misfit < a.misfit) ? c : a));
  yield { done: total, total };
  return { scenario: best.scenario, values: valuesOf(best.x), baseValues, moments: best.moments, ok: best.ok, points, check: best.runs, weeks };
}

/** Squared relative misses, each in units of its tolerance. */
export function misfit(moments: readonly MomentFit[]): number {
  return moments.reduce((s, m) => s + (Math.log(Math.max(m.simulated, 1e-9) / Math.max(m.actual, 1e-9)) / Math.log(1 + m.tolerance)) ** 2, 0);
}

interface Checked {
  x: Point;
  scenario: Scenario;
  runs: FlowRun[];
  moments: MomentFit[];
  misfit: number;
  ok: boolean;
}

/** The scenario at x, run on its own first replications, against the team's figures. */
function checkAt(base: Scenario, x: Point, weeks: number, replications: number, actual: Moments): Checked {
  const scenario = withValues(base, valuesOf(x));
  const runs = flowRuns(scenario, { weeks, replications });
  const estimates = controlled([runs])[0];
  const moments = MOMENTS.map((key): MomentFit => {
    const { mean: m, sd, n } = estimates[key];
    const half = (1.96 * sd) / Math.sqrt(n);
    return { key, actual: actual[key], simulated: m, low: m - half, high: m + half, tolerance: TOLERANCES[key], within: Math.abs(m - actual[key]) <= TOLERANCES[key] * actual[key] };
  });
  return { x: [...x], scenario, runs, moments, misfit: misfit(moments), ok: moments.every((m) => m.within) };
}

/**
 * The Gauss–Newton step from log figures `at` with slopes `b` (per log parameter) toward the
 * goal, in units of each figure's tolerance, with the pull toward the baseline and a little
 * damping — (JᵀJ + λ + μ) d = −Jᵀe − λ (x − home) — scaled down to stay within `reach`.
 */
function newtonStep(at: number[], b: number[][], goal: number[], x: Point, home: Point, prior: number, reach: number[]): { d: number[]; clipped: boolean } {
  const n = x.length;
  const tau = MOMENTS.map((k) => Math.log(1 + TOLERANCES[k]));
  const rows = MOMENTS.map((_, j) => j).filter((j) => Number.isFinite(at[j]));
  const J = rows.map((j) => b[j].map((v) => v / tau[j]));
  const e = rows.map((j) => (at[j] - goal[j]) / tau[j]);
  const A = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, k) => J.reduce((s, row) => s + row[i] * row[k], 0) + (i === k ? prior + 1e-3 : 0)));
  const rhs = Array.from({ length: n }, (_, i) => -J.reduce((s, row, j) => s + row[i] * e[j], 0) - prior * (x[i] - home[i]));
  const d = solve(A, rhs) ?? new Array<number>(n).fill(0);
  const shrink = Math.min(1, ...d.map((di, i) => reach[i] / Math.max(Math.abs(di), 1e-12)));
  return { d: d.map((di) => di * shrink), clipped: shrink < 1 };
}

/** x += d, within the parameters' bounds. */
function move(x: Point, d: number[]): void {
  for (let i = 0; i < x.length; i++) x[i] = Math.min(Math.log(PARAMETERS[i].max), Math.max(Math.log(PARAMETERS[i].min), x[i] + d[i]));
}
