// The headline of run, compare, sweep and merge as JSON on stdout (--json), for scripts and CI:
// every arm with every run total's summary and, in a compare, its paired difference against the
// reference. Numbers as computed (a figure that does not exist, e.g. a CI from one replication,
// is null); names as given; a sweep point's varied values typed as in --vary.
import { RUN_METRICS } from "../model/result.js";
import type { ArmSummary } from "../experiment/aggregate.js";
import type { PairedDifference, Summary } from "../experiment/stats.js";

export interface HeadlineContext {
  command: "run" | "compare" | "sweep";
  folder: string;
  seed: number;
  runs: number;
  /** A sweep's varied paths, in --vary order. */
  vary: string[];
}

const figure = (x: number) => (Number.isFinite(x) ? x : null);
const summary = (s: Summary) => ({ n: s.n, mean: figure(s.mean), sd: figure(s.sd), ci95_low: figure(s.ci95_low), ci95_high: figure(s.ci95_high), p10: figure(s.p10), p50: figure(s.p50), p85: figure(s.p85), p90: figure(s.p90) });
const difference = (d: PairedDifference) => ({ n: d.n, mean_diff: figure(d.mean_diff), ci95_low: figure(d.ci95_low), ci95_high: figure(d.ci95_high), pct_change: figure(d.pct_change), share_better: figure(d.share_better) });

/** A sweep cell back to its value: 5, true, {"a":1} — text stays text. */
const value = (cell: string): unknown => {
  try {
    return JSON.parse(cell);
  } catch {
    return cell;
  }
};

export function headlineJson(arms: ArmSummary[], context: HeadlineContext): string {
  const out = {
    command: context.command,
    folder: context.folder,
    seed: context.seed,
    runs: context.runs,
    reference: context.command === "compare" ? (arms[0]?.name ?? null) : null,
    arms: arms.map((arm) => ({
      name: arm.name,
      ...(context.command === "sweep" ? { point: Number(arm.prefix[1]), values: Object.fromEntries(context.vary.map((p, j) => [p, value(arm.prefix[2 + j] ?? "")])) } : {}),
      metrics: Object.fromEntries(RUN_METRICS.map((m, j) => [m.key, summary(arm.summaries[j])])),
      ...(arm.differences ? { vs_reference: Object.fromEntries(RUN_METRICS.map((m, j) => [m.key, difference((arm.differences as PairedDifference[])[j])])) } : {}),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
