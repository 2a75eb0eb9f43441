// The compact table of headline figures printed at the end of run, compare, sweep and merge:
// one row per arm (at most MAX_ROWS; the files have them all), means with the 95 % CI of value.
import { RUN_METRICS } from "../model/result.js";
import type { ArmSummary } from "../experiment/aggregate.js";
import { pointName } from "../experiment/names.js";

const SHOWN: Array<[string, string, number]> = [
  ["value_delivered", "value", 0],
  ["items_done", "items", 0],
  ["say_do_ratio", "say/do", 2],
  ["sprint_goal_rate", "goals", 2],
  ["impediment_age_mean_hours", "imp. age h", 1],
  ["clarification_wait_mean_hours", "answer wait h", 1],
];

export const MAX_ROWS = 40;

/** A figure with `digits` decimals; "–" when there is none (e.g. a CI from one replication). */
const fixed = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : "–");
const signed = (x: number, digits: number) => `${x >= 0 ? "+" : ""}${fixed(x, digits)}`;

/** `varied`: a sweep's varied paths, so a point reads "baseline · developers=5 · mergedPoSm=false". */
export function headline(arms: ArmSummary[], compare: boolean, varied: string[] = []): string {
  const index = (key: string) => RUN_METRICS.findIndex((m) => m.key === key);
  const header = ["", ...SHOWN.map(([, label]) => label), ...(compare ? ["Δ value vs first (95 % CI)"] : [])];
  const rows = arms.slice(0, MAX_ROWS).map((arm, i) => {
    const cells = [arm.prefix.length > 1 ? pointName(arm.name, varied.length > 0 ? varied : arm.prefix.slice(2).map((_, j) => `key${j + 1}`), arm.prefix.slice(2)) : arm.name];
    for (const [key, , digits] of SHOWN) {
      const s = arm.summaries[index(key)];
      cells.push(key === "value_delivered" ? `${fixed(s.mean, 0)} ±${fixed((s.ci95_high - s.ci95_low) / 2, 0)}` : fixed(s.mean, digits));
    }
    if (compare) {
      const d = arm.differences?.[index("value_delivered")];
      cells.push(i === 0 || d === undefined ? "reference" : `${signed(d.mean_diff, 0)} (${fixed(d.ci95_low, 0)} … ${fixed(d.ci95_high, 0)}), ${signed(d.pct_change, 1)} %`);
    }
    return cells;
  });
  const widths = header.map((_, c) => Math.max(header[c].length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ").trimEnd();
  const more = arms.length > MAX_ROWS ? [`… and ${arms.length - MAX_ROWS} more (every one is in summary.csv)`] : [];
  return [line(header), ...rows.map(line), ...more].join("\n") + "\n";
}
