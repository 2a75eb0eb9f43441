// What the report draws, read from an output folder: the summaries as written (every run
// total of a run or compare; of a sweep, what its chart and table show), and from the
// per-replication files what the charts need for the drawn arms (histogram of total value,
// hours per role, flow, cycle times, impediment ages). Each scenario keeps its colour across
// reports (by its name). Deterministic: the same folder always gives the same ReportData.
import { shippedNames } from "../../scenario/library.js";
import { readMeta } from "../meta.js";
import { medianIndex, sharedHistograms } from "../../../viz/aggregate.js";
import { REPORT_SPRINT_METRICS, type ReportData } from "../../../viz/data.js";
import { forestMetrics, headlineMetrics } from "../../../viz/metrics.js";
import { stableColors } from "../../../viz/palette.js";
import { readHours, readImpedimentAges, readItems, type ArmShape } from "./detail.js";
import { ORGANIZATION } from "../csv.js";
import { readTeams } from "./teams.js";
import { Arms, checkTables, eachRow, metaWeeks, num } from "./tables.js";

export { readMeta } from "../meta.js";

/** The most points of a sweep the per-arm charts draw; a larger sweep draws an even spread of them. */
export const MAX_ARMS_DRAWN = 6;

/** The arms the per-arm charts draw: every scenario of a run or compare, at most MAX_ARMS_DRAWN points of a sweep. */
export function drawnArms(n: number, command: ReportData["meta"]["command"]): number[] {
  if (command !== "sweep" || n <= MAX_ARMS_DRAWN) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: MAX_ARMS_DRAWN }, (_, i) => Math.round((i * (n - 1)) / (MAX_ARMS_DRAWN - 1)));
}

export async function readReportData(dir: string): Promise<ReportData> {
  const meta = readMeta(dir);
  checkTables(dir, meta);
  const arms = new Arms(meta);
  // A sweep may have 100,000 points: only the metrics its chart and table show; a run or compare keeps them all.
  const totalsKept = meta.command === "sweep" ? new Set<string>([...headlineMetrics(), ...forestMetrics()]) : { has: (_: string) => true };
  const sprintsKept = new Set<string>(REPORT_SPRINT_METRICS);
  // meta.json lists every arm, so the drawn arms are known before any table is read.
  const drawnList = drawnArms(meta.scenarios.length, meta.command);
  const drawn = new Set(drawnList);
  const shape = (a: number): ArmShape => meta.scenarios[Math.min(a, meta.scenarios.length - 1)] ?? { sprints: 1, sprintDays: 10, hoursPerDay: 8 };

  const totals: ReportData["totals"] = [];
  // The organization's rows (team "all"); the per-team ones are drawn by viz/charts/teams.ts.
  const org = (col: (name: string) => string) => col("team") === ORGANIZATION;
  await eachRow(dir, "summary.csv", (_row, col) => {
    if (!org(col)) return;
    const arm = arms.of(col);
    if (totalsKept.has(col("metric"))) totals.push({ arm, metric: col("metric"), mean: num(col("mean")), ci95_low: num(col("ci95_low")), ci95_high: num(col("ci95_high")), p10: num(col("p10")), p50: num(col("p50")), p90: num(col("p90")) });
  });
  const sprints: ReportData["sprints"] = [];
  await eachRow(dir, "sprint-summary.csv", (_row, col) => {
    if (!org(col)) return;
    const arm = arms.of(col);
    if (drawn.has(arm) && sprintsKept.has(col("metric"))) sprints.push({ arm, sprint: num(col("sprint")), metric: col("metric"), mean: num(col("mean")), p10: num(col("p10")), p50: num(col("p50")), p90: num(col("p90")) });
  });

  // Total value per replication; the representative replication of an arm is the detail replication with the median total value.
  const values = new Map<number, number[]>(drawnList.map((a) => [a, []]));
  const detail = new Map<number, Array<{ rep: string; value: number }>>();
  await eachRow(dir, "runs.csv", (_row, col) => {
    if (!org(col)) return;
    const a = arms.of(col);
    if (!drawn.has(a)) return;
    const value = num(col("value_delivered"));
    values.get(a)?.push(value);
    if (Number(col("replication")) < meta.first + meta.detail) (detail.get(a) ?? detail.set(a, []).get(a))?.push({ rep: col("replication"), value });
  });
  const histograms = sharedHistograms(drawnList.map((a) => values.get(a) ?? []), 24);
  const representative = new Map<number, string>();
  for (const [a, reps] of detail) if (reps.length > 0) representative.set(a, reps[medianIndex(reps.map((r) => r.value))].rep);

  const hours = await readHours(dir, arms, drawn, shape);
  const { cfd, cycles } = await readItems(dir, arms, drawn, representative, shape);
  const impedimentAges = await readImpedimentAges(dir, arms, drawn, shape);
  const teams = await readTeams(dir, arms, drawn, (a) => shape(a).sprints);

  const comparison: ReportData["comparison"] = [];
  await eachRow(dir, "comparison.csv", (_row, col) => {
    if (!org(col)) return;
    const arm = arms.named(col("scenario"));
    if (arm !== undefined && totalsKept.has(col("metric"))) comparison.push({ arm, metric: col("metric"), mean_reference: num(col("mean_reference")), mean_diff: num(col("mean_diff")), ci95_low: num(col("ci95_low")), ci95_high: num(col("ci95_high")), pct_change: num(col("pct_change")), share_better: num(col("share_better")) });
  });

  return {
    meta: { command: meta.command, version: meta.version, seed: meta.seed, runs: meta.runs, detail: meta.detail, reference: meta.reference, vary: meta.vary, sets: meta.sets ?? [], scenarios: meta.scenarios.slice(0, meta.command === "sweep" ? 1 : undefined).map((s) => ({ name: s.name, description: s.description, sprints: s.sprints, sprintDays: s.sprintDays, hoursPerDay: s.hoursPerDay, weeks: metaWeeks(s) })) },
    arms: meta.command === "sweep" ? arms.list : withColors(arms.list),
    drawn: drawnList.filter((a) => a < arms.list.length),
    totals,
    sprints,
    valueHistogram: drawnList.map((a, i) => ({ arm: a, bins: histograms[i] })),
    hours,
    impedimentAges,
    cfd,
    cycles,
    comparison,
    annotations: [],
    ...(teams === undefined ? {} : { teams }),
  };
}

/** Each scenario's own colour, the same in every report (by its name and the shipped scenarios' order). */
function withColors(list: ReportData["arms"]): ReportData["arms"] {
  const colors = stableColors(list.map((a) => a.name), shippedNames());
  return list.map((a, i) => ({ ...a, color: colors[i] }));
}
