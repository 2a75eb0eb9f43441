// The compact table of headline figures printed at the end of run, compare, sweep and merge.
import { RUN_METRICS } from "../model/result.js";
import type { ArmSummary } from "../experiment/aggregate.js";

const SHOWN: Array<[string, string, number]> = [
  ["value_delivered", "value", 0],
  ["items_done", "items", 0],
  ["say_do_ratio", "say/do", 2],
  ["sprint_goal_rate", "goals", 2],
  ["impediment_age_mean_hours", "imp. age h", 1],
  ["clarification_wait_mean_hours", "answer wait h", 1],
];

export function headline(arms: ArmSummary[], compare: boolean): string {
  const index = (key: string) => RUN_METRICS.findIndex((m) => m.key === key);
  const header = ["", ...SHOWN.map(([, label]) => label), ...(compare ? ["Δ value vs first (95 % CI)"] : [])];
  const rows = arms.map((arm, i) => {
    const cells = [arm.prefix.length > 1 ? `${arm.prefix[0]} [${arm.prefix.slice(2).join(", ")}]` : arm.prefix[0]];
    for (const [key, , digits] of SHOWN) {
      const s = arm.summaries[index(key)];
      cells.push(key === "value_delivered" ? `${s.mean.toFixed(0)} ±${((s.ci95_high - s.ci95_low) / 2).toFixed(0)}` : s.mean.toFixed(digits));
    }
    if (compare) {
      if (i === 0) cells.push("reference");
      else {
        const d = (arm.differences ?? [])[index("value_delivered")];
        cells.push(`${d.mean_diff >= 0 ? "+" : ""}${d.mean_diff.toFixed(0)} (${d.ci95_low.toFixed(0)} … ${d.ci95_high.toFixed(0)}), ${d.pct_change >= 0 ? "+" : ""}${d.pct_change.toFixed(1)} %`);
      }
    }
    return cells;
  });
  const widths = header.map((_, c) => Math.max(header[c].length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n") + "\n";
}
