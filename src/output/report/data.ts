// What the report draws, read from an output folder: the summaries as written, plus what the
// charts need from the per-replication files (histogram of total value, hours per role and
// duty, impediment ages, a cumulative flow and cycle times of a representative replication).
// Small and deterministic: the same folder always gives the same ReportData.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Meta } from "../../experiment/experiment.js";
import { quantileSorted } from "../../experiment/stats.js";
import { readCsv } from "../csvread.js";
import type { ReportData, Bin } from "../../../viz/data.js";

const MAX_ARMS_DRAWN = 6;
const MAX_POINTS = 3000;

export async function readReportData(dir: string): Promise<ReportData> {
  const meta = JSON.parse(readFileSync(path.join(dir, "meta.json"), "utf8")) as Meta;
  const width = meta.command === "sweep" ? 2 + (meta.vary?.length ?? 0) : 1;
  const arms: ReportData["arms"] = [];
  const armOf = new Map<string, number>();
  const key = (row: string[]) => row.slice(0, width).join("\u0000");
  const arm = (row: string[]) => {
    const k = key(row);
    let i = armOf.get(k);
    if (i === undefined) {
      i = arms.length;
      armOf.set(k, i);
      const label = width === 1 ? row[0] : meta.vary?.map((v, j) => `${v.path.split(".").pop()}=${row[2 + j]}`).join(", ") ?? row[0];
      arms.push({ name: row[0], label, values: row.slice(2, width) });
    }
    return i;
  };
  const table = async (name: string, each: (row: string[], col: (c: string) => string) => void) => {
    const file = path.join(dir, name);
    if (!existsSync(file)) return;
    let header: string[] | undefined;
    let index = new Map<string, number>();
    for await (const row of readCsv(file)) {
      if (header === undefined) {
        header = row;
        index = new Map(row.map((c, i) => [c, i]));
        continue;
      }
      each(row, (c) => row[index.get(c) as number]);
    }
  };
  const num = (s: string) => (s === "" ? NaN : Number(s));

  const totals: ReportData["totals"] = [];
  await table("summary.csv", (row, col) => totals.push({ arm: arm(row), metric: col("metric"), mean: num(col("mean")), ci95_low: num(col("ci95_low")), ci95_high: num(col("ci95_high")), p10: num(col("p10")), p50: num(col("p50")), p90: num(col("p90")) }));
  const sprints: ReportData["sprints"] = [];
  await table("sprint-summary.csv", (row, col) => sprints.push({ arm: arm(row), sprint: num(col("sprint")), metric: col("metric"), mean: num(col("mean")), p10: num(col("p10")), p50: num(col("p50")), p90: num(col("p90")) }));

  const values: number[][] = arms.map(() => []);
  const valueOf = new Map<string, number>();
  await table("runs.csv", (row, col) => {
    const a = arm(row);
    (values[a] ??= []).push(num(col("value_delivered")));
    if (Number(col("replication")) < meta.first + meta.detail) valueOf.set(`${a}:${col("replication")}`, num(col("value_delivered")));
  });
  const valueHistogram = values.map((v, a) => ({ arm: a, bins: histogram(v, 24) }));

  // Hours per role and duty, per replication (developers: per developer), over the detail replications.
  const hourSums = new Map<string, number>();
  const devs = new Map<number, Set<string>>();
  const reps = new Map<number, Set<string>>();
  await table("time.csv", (row, col) => {
    const a = arm(row);
    const role = col("role");
    if (role === "developer") (devs.get(a) ?? devs.set(a, new Set()).get(a))?.add(col("agent"));
    (reps.get(a) ?? reps.set(a, new Set()).get(a))?.add(col("replication"));
    const k = `${a}\u0000${role}\u0000${col("duty")}`;
    hourSums.set(k, (hourSums.get(k) ?? 0) + num(col("hours")));
  });
  const hours: ReportData["hours"] = [...hourSums.entries()].map(([k, h]) => {
    const [a, role, duty] = k.split("\u0000");
    const n = reps.get(Number(a))?.size ?? 1;
    const per = role === "developer" ? devs.get(Number(a))?.size ?? 1 : 1;
    return { arm: Number(a), role, duty, hours: h / n / per };
  });

  // The representative replication of each arm: the detail replication with the median total value.
  const representative = arms.map((_, a) => {
    const mine = [...valueOf.entries()].filter(([k]) => k.startsWith(`${a}:`)).map(([k, v]) => ({ rep: k.split(":")[1], v }));
    mine.sort((x, y) => x.v - y.v || Number(x.rep) - Number(y.rep));
    return mine.length > 0 ? mine[Math.floor((mine.length - 1) / 2)].rep : undefined;
  });
  const hoursPerDay = meta.scenarios[0]?.hoursPerDay ?? 8;
  const itemsOf: Array<Array<{ selected: number; started: number; done: number; accepted: number }>> = arms.map(() => []);
  const cycle: number[][][] = arms.map(() => []);
  await table("items.csv", (row, col) => {
    const a = arm(row);
    const done = num(col("done_at"));
    const started = num(col("started_at"));
    if (Number.isFinite(done)) (cycle[a] ??= []).push([done / hoursPerDay, done - started]);
    if (col("replication") === representative[a]) (itemsOf[a] ??= []).push({ selected: num(col("selected_at")), started, done, accepted: num(col("accepted_at")) });
  });
  const cfd = arms.map((_, a) => flow(itemsOf[a] ?? [], hoursPerDay, (meta.scenarios[Math.min(a, meta.scenarios.length - 1)]?.sprints ?? 1) * (meta.scenarios[Math.min(a, meta.scenarios.length - 1)]?.sprintDays ?? 10), a, representative[a]));
  const cycles = cycle.map((pts, a) => {
    const hoursSorted = pts.map((p) => p[1]).sort((x, y) => x - y);
    const step = Math.max(1, Math.ceil(pts.length / MAX_POINTS));
    return { arm: a, points: pts.filter((_, i) => i % step === 0).map(([d, h]) => [round(d, 3), round(h, 2)] as [number, number]), p50: quantileSorted(hoursSorted, 0.5), p85: quantileSorted(hoursSorted, 0.85), p95: quantileSorted(hoursSorted, 0.95) };
  });

  const ages: number[][] = arms.map(() => []);
  await table("impediments.csv", (row, col) => {
    const removed = num(col("removed_at"));
    if (Number.isFinite(removed)) (ages[arm(row)] ??= []).push((removed - num(col("raised_at"))) / hoursPerDay);
  });
  const impedimentAges = ages.map((v, a) => ({ arm: a, bins: histogram(v, 20, 0) }));

  const comparison: ReportData["comparison"] = [];
  await table("comparison.csv", (_row, col) => comparison.push({ scenario: col("scenario"), metric: col("metric"), mean_reference: num(col("mean_reference")), mean_diff: num(col("mean_diff")), ci95_low: num(col("ci95_low")), ci95_high: num(col("ci95_high")), pct_change: num(col("pct_change")), share_better: num(col("share_better")) }));

  return { meta: { command: meta.command, version: meta.version, seed: meta.seed, runs: meta.runs, detail: meta.detail, reference: meta.reference, vary: meta.vary, scenarios: meta.scenarios.map((s) => ({ name: s.name, description: s.description, sprints: s.sprints, sprintDays: s.sprintDays, hoursPerDay: s.hoursPerDay })) }, arms, drawn: drawnArms(arms.length), totals, sprints, valueHistogram, hours, impedimentAges, cfd, cycles, comparison, annotations: [] };
}

/** Which arms the per-arm charts draw: all of them, or an even spread of a large sweep. */
function drawnArms(n: number): number[] {
  if (n <= MAX_ARMS_DRAWN) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: MAX_ARMS_DRAWN }, (_, i) => Math.round((i * (n - 1)) / (MAX_ARMS_DRAWN - 1)));
}

function histogram(values: number[], count: number, lower?: number): Bin[] {
  const v = values.filter(Number.isFinite);
  if (v.length === 0) return [];
  const lo = lower ?? Math.min(...v);
  let hi = Math.max(...v);
  if (hi === lo) hi = lo + 1;
  const width = (hi - lo) / count;
  const bins: Bin[] = Array.from({ length: count }, (_, i) => ({ x0: round(lo + i * width, 6), x1: round(lo + (i + 1) * width, 6), count: 0 }));
  for (const x of v) bins[Math.min(count - 1, Math.max(0, Math.floor((x - lo) / width)))].count++;
  return bins;
}

/** Cumulative flow of one replication: items per state at the end of every day. */
function flow(items: Array<{ selected: number; started: number; done: number; accepted: number }>, hoursPerDay: number, days: number, arm: number, replication: string | undefined): ReportData["cfd"][number] {
  const out = { arm, replication: replication === undefined ? null : Number(replication), days: [] as number[], selected: [] as number[], inProgress: [] as number[], done: [] as number[], accepted: [] as number[] };
  for (let d = 1; d <= days; d++) {
    const t = d * hoursPerDay;
    let sel = 0;
    let prog = 0;
    let dn = 0;
    let acc = 0;
    for (const i of items) {
      if (!(i.selected <= t)) continue;
      if (i.accepted <= t) acc++;
      else if (i.done <= t) dn++;
      else if (i.started <= t) prog++;
      else sel++;
    }
    out.days.push(d);
    out.selected.push(sel);
    out.inProgress.push(prog);
    out.done.push(dn);
    out.accepted.push(acc);
  }
  return out;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
