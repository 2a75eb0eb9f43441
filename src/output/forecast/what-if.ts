// What the forecast's what-if prints and writes: per arm (the team as it is, each practice
// change) the simulated P50 and P85, the shift against the team as it is with its paired 95 %
// interval, and the history forecast moved by that shift; the JSON "whatIf" array; the chart's
// data. Dates in working days after the as-of day, as the forecast counts them.
import type { ArmResult } from "../../calibration/whatif.js";
import type { Change } from "../../calibration/practice.js";
import { formatDay } from "../../forecast/days.js";
import type { ForecastResult } from "../../forecast/forecast.js";
import { PERCENTILES } from "../../forecast/outlook.js";
import type { WhatIfChartData } from "../../../viz/charts/what-if.js";
import { fmtAmount, table } from "./text.js";

/** The likelihoods the what-if reports ("50 % likely", "85 % likely"). */
export const LIKELIHOODS = [50, 85];

/** The percentile that says "q % likely": the date's q-th percentile, or the amount's (100 − q)-th ("at least"). */
export function percentileOf(mode: "when" | "how-many", q: number): number {
  return mode === "when" ? q : 100 - q;
}

export interface WhatIfReport {
  /** Where the team's scenario came from: a file, or the calibration. */
  team: { scenario: string; calibrated: boolean; withinTolerance?: boolean };
  runs: number;
  arms: ArmResult[];
  /** The scenario file each arm's change came from (none for the team as it is). */
  files: Array<string | undefined>;
}

const signed = (x: number, unit = "") => `${x > 0 ? "+" : x < 0 ? "−" : "±"}${fmtAmount(Math.abs(Math.round(x * 10) / 10))}${unit}`;

/** The history forecast's value at q moved by the what-if's shift (working days for a date). */
export function moved(r: ForecastResult, q: number, shift: number | undefined): number | undefined {
  const v = r.values[q - 1];
  if (v === undefined || shift === undefined) return undefined;
  if (r.mode !== "when") return Math.max(0, v + shift);
  const cal = r.timeline.calendar;
  if (shift >= 0) return cal.nth(v, shift);
  let d = v;
  for (let left = -shift; left > 0 && d > r.asOf; ) if (cal.isWorking(--d)) left--;
  return d;
}

function describeChanges(changes: readonly Change[]): string {
  if (changes.length === 0) return "no difference from the team's scenario";
  return changes.map((c) => `${c.key} ${JSON.stringify(c.from)} → ${typeof c.to === "number" ? Math.round(c.to * 1000) / 1000 : JSON.stringify(c.to)}${c.how === "ratio" ? " (the what-if's ratio to the baseline)" : c.how === "demand" ? " (the same work arriving a week)" : ""}`).join(", ");
}

/**
 * Each percentile moved by its own shift can cross another (the shifts are estimated apart, and
 * a noisy one can move an 85 % date before the 50 %'s): rearranged, as quantiles that cross are
 * (Chernozhukov, Fernández-Val and Galichon 2010) — dates later, amounts smaller, the surer the
 * answer. Undefined (beyond the span) stays where it is.
 */
export function inOrder(values: Array<number | undefined>, when: boolean): Array<number | undefined> {
  const known = values.filter((v): v is number => v !== undefined).sort((a, b) => (when ? a - b : b - a));
  let k = 0;
  return values.map((v) => (v === undefined ? v : known[k++]));
}

export function whatIfText(r: ForecastResult, w: WhatIfReport, unit: string): string {
  const when = r.mode === "when";
  const fmt = (v: number | undefined) => (v === undefined ? "beyond" : when ? formatDay(v) : `${fmtAmount(Math.round(v * 10) / 10)}`);
  const shiftUnit = when ? " days" : ` ${unit}`;
  const at = LIKELIHOODS.map((q) => percentileOf(r.mode, q));
  const rows: string[][] = [["", ...LIKELIHOODS.map((q) => `${q} % likely${when ? "" : ": at least"}`), ...LIKELIHOODS.map((q) => `${q} % moves (95 % CI)`)]];
  w.arms.forEach((a, i) => {
    const shifts = at.map((q) => {
      const s = a.shifts.find((x) => x.q === q);
      if (i === 0) return "";
      if (s?.shift === undefined) return "beyond the simulated span";
      return `${signed(s.shift, shiftUnit)}${s.low !== undefined && s.high !== undefined ? ` (${signed(s.low)} … ${signed(s.high)})` : ""}`;
    });
    rows.push([i === 0 ? `${a.name} (as it is)` : a.name, ...at.map((q) => fmt(a.values[q - 1])), ...shifts]);
  });
  const how = w.team.calibrated ? `calibrated to the history${w.team.withinTolerance === false ? " (not within every tolerance: see above)" : ""}` : `from ${w.team.scenario}`;
  const lines = [
    "",
    `What if? The team simulated (${how}), ${w.runs} runs per arm on the same seeds; ${when ? "working days" : unit} against the team as it is:`,
    table(rows).trimEnd(),
  ];
  for (let i = 1; i < w.arms.length; i++) {
    const a = w.arms[i];
    const each = at.map((q) => moved(r, q, a.shifts.find((s) => s.q === q)?.shift));
    const m = inOrder(each, when);
    const crossed = m.some((v, j) => v !== each[j]) ? " (each moved by its own shift they crossed: shown in order)" : "";
    lines.push(`  ${a.name}: ${describeChanges(a.changes)}.`);
    if (m.every((v) => v !== undefined)) lines.push(`    The forecast above moved by the same shift: ${LIKELIHOODS.map((q, j) => `${q} % likely ${when ? "by" : "at least"} ${fmt(m[j] === undefined || when ? m[j] : Math.floor(m[j] as number + 1e-9))}`).join(", ")}${crossed}.`);
  }
  lines.push("  The simulated dates are the model's; the shift between arms is what the what-if says. Method: docs/forecasting.md.");
  return `${lines.join("\n")}\n`;
}

export function whatIfJson(r: ForecastResult, w: WhatIfReport): unknown[] {
  const value = (v: number | undefined) => (v === undefined ? null : r.mode === "when" ? formatDay(v) : Math.round(v * 10) / 10);
  return w.arms.map((a, i) => ({
    name: a.name,
    scenario: i === 0 ? w.team.scenario : w.files[i],
    changes: a.changes.map((c) => ({ key: c.key, from: c.from, to: c.to, how: c.how })),
    percentiles: Object.fromEntries(PERCENTILES.map((q) => [String(q), value(a.values[q - 1])])),
    throughputPerPeriod: Math.round(a.throughput * 100) / 100,
    ...(i === 0
      ? {}
      : {
          shift: Object.fromEntries(a.shifts.map((s) => [String(s.q), { [r.mode === "when" ? "workingDays" : "amount"]: s.shift ?? null, ci95: s.low === undefined || s.high === undefined ? null : [s.low, s.high] }])),
          forecast: Object.fromEntries(a.shifts.map((s) => [String(s.q), value(moved(r, s.q, s.shift))])),
        }),
  }));
}

export function whatIfChart(r: ForecastResult, w: WhatIfReport, unit: string): WhatIfChartData {
  const row = (label: string, values: Array<number | undefined>, note: string) => ({ label, p5: values[4], p50: values[49], p85: values[84], p95: values[94], note });
  const when = r.mode === "when";
  return {
    mode: r.mode,
    title: when ? "What if? When the items would be done, as the team is and with each change" : `What if? How many ${unit}, as the team is and with each change`,
    xLabel: when ? "done by (date)" : `${unit} finished`,
    asOf: r.asOf,
    rows: [
      row("forecast from the history", r.values, ""),
      ...w.arms.map((a, i) => {
        const s = a.shifts.find((x) => x.q === percentileOf(r.mode, 85));
        return row(i === 0 ? `${a.name}: as it is (simulated)` : `${a.name} (simulated)`, a.values, i === 0 || s?.shift === undefined ? "" : `P85 ${signed(s.shift, when ? " working days" : ` ${unit}`)}`);
      }),
    ],
  };
}
