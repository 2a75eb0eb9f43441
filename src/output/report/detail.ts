// What the report draws from the detail tables (time.csv, items.csv, impediments.csv) of the
// drawn arms: hours per person and sprint by role and duty, the cumulative flow of each arm's
// representative replication, cycle times with their percentiles, and impediment ages.
import { quantileSorted } from "../../experiment/stats.js";
import type { ReportData } from "../../../viz/data.js";
import { ageCounts, cumulativeFlow, round, type ItemTimes } from "../../../viz/aggregate.js";
import { eachRow, num, type Arms } from "./tables.js";

/** Dots per arm in the cycle-time scatter (the percentiles use every item). */
export const MAX_POINTS = 1500;

export interface ArmShape {
  sprints: number;
  sprintDays: number;
  hoursPerDay: number;
}

/** Mean hours per person and sprint, per role and duty (developers: per developer), over the detail replications. */
export async function readHours(dir: string, arms: Arms, drawn: Set<number>, shape: (arm: number) => ArmShape): Promise<ReportData["hours"]> {
  const sums = new Map<string, number>();
  const devs = new Map<number, Set<string>>();
  const reps = new Map<number, Set<string>>();
  await eachRow(dir, "time.csv", (_row, col) => {
    const a = arms.of(col);
    if (!drawn.has(a)) return;
    const role = col("role");
    if (role === "developer") (devs.get(a) ?? devs.set(a, new Set()).get(a))?.add(col("agent"));
    (reps.get(a) ?? reps.set(a, new Set()).get(a))?.add(col("replication"));
    const k = `${a}\u0000${role}\u0000${col("duty")}`;
    sums.set(k, (sums.get(k) ?? 0) + num(col("hours")));
  });
  return [...sums.entries()].map(([k, h]) => {
    const [a, role, duty] = k.split("\u0000");
    const arm = Number(a);
    const people = role === "developer" ? (devs.get(arm)?.size ?? 1) : 1;
    return { arm, role, duty, hours: round(h / (reps.get(arm)?.size ?? 1) / people / shape(arm).sprints, 6) };
  });
}

/** Cumulative flow of each drawn arm's representative replication, and the cycle times of every done item. */
export async function readItems(dir: string, arms: Arms, drawn: Set<number>, representative: Map<number, string>, shape: (arm: number) => ArmShape): Promise<Pick<ReportData, "cfd" | "cycles">> {
  const items = new Map<number, ItemTimes[]>();
  const cycle = new Map<number, Array<[number, number]>>();
  await eachRow(dir, "items.csv", (_row, col) => {
    const a = arms.of(col);
    if (!drawn.has(a)) return;
    const t: ItemTimes = { selected: num(col("selected_at")), started: num(col("started_at")), done: num(col("done_at")), accepted: num(col("accepted_at")) };
    if (Number.isFinite(t.done) && Number.isFinite(t.started)) (cycle.get(a) ?? cycle.set(a, []).get(a))?.push([t.done / shape(a).hoursPerDay, t.done - t.started]);
    if (col("replication") === representative.get(a)) (items.get(a) ?? items.set(a, []).get(a))?.push(t);
  });
  const order = [...drawn].sort((x, y) => x - y);
  const cfd = order.filter((a) => representative.has(a)).map((a) => ({ arm: a, replication: Number(representative.get(a)), ...cumulativeFlow(items.get(a) ?? [], shape(a).hoursPerDay, shape(a).sprints * shape(a).sprintDays) }));
  const cycles = order.filter((a) => cycle.has(a)).map((a) => {
    const pts = cycle.get(a) ?? [];
    const sorted = pts.map((p) => p[1]).sort((x, y) => x - y);
    const step = Math.max(1, Math.ceil(pts.length / MAX_POINTS));
    return { arm: a, points: pts.filter((_, i) => i % step === 0).map(([d, h]) => [round(d, 3), round(h, 2)] as [number, number]), p50: round(quantileSorted(sorted, 0.5), 6), p85: round(quantileSorted(sorted, 0.85), 6), p95: round(quantileSorted(sorted, 0.95), 6) };
  });
  return { cfd, cycles };
}

/** Removed impediments per age bucket (working days from raised to removed). */
export async function readImpedimentAges(dir: string, arms: Arms, drawn: Set<number>, shape: (arm: number) => ArmShape): Promise<ReportData["impedimentAges"]> {
  const ages = new Map<number, number[]>();
  await eachRow(dir, "impediments.csv", (_row, col) => {
    const a = arms.of(col);
    const removed = num(col("removed_at"));
    if (drawn.has(a) && Number.isFinite(removed)) (ages.get(a) ?? ages.set(a, []).get(a))?.push((removed - num(col("raised_at"))) / shape(a).hoursPerDay);
  });
  return [...drawn].sort((x, y) => x - y).map((a) => ({ arm: a, counts: ageCounts(ages.get(a) ?? []) }));
}
