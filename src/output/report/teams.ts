// What the report draws of several teams and changing staff, read from an output folder: each
// team's sprint series (items done, value, developers at work) from sprint-summary.csv, and the
// hours of every person several teams share, by team and duty, from time.csv. Absent (undefined)
// when no drawn arm has two or more teams, a shared person or a change of staff.
import type { ReportData } from "../../../viz/data.js";
import { round } from "../../../viz/aggregate.js";
import { ORGANIZATION } from "../csv.js";
import { eachRow, num, type Arms } from "./tables.js";

const METRICS = new Set(["done_items", "value_delivered", "developers"]);

export async function readTeams(dir: string, arms: Arms, drawn: Set<number>, sprintsOf: (arm: number) => number): Promise<ReportData["teams"]> {
  const sprints: NonNullable<ReportData["teams"]>["sprints"] = [];
  await eachRow(dir, "sprint-summary.csv", (_row, col) => {
    const team = col("team");
    if (!METRICS.has(col("metric"))) return;
    const arm = arms.of(col);
    if (drawn.has(arm)) sprints.push({ arm, team, sprint: num(col("sprint")), metric: col("metric"), mean: num(col("mean")), p10: num(col("p10")), p90: num(col("p90")) });
  });
  const sums = new Map<string, number>();
  const reps = new Map<number, Set<string>>();
  await eachRow(dir, "time.csv", (_row, col) => {
    const agent = col("agent");
    const arm = arms.of(col);
    if (!drawn.has(arm)) return;
    (reps.get(arm) ?? reps.set(arm, new Set()).get(arm))?.add(col("replication"));
    if (!agent.startsWith("shared-")) return;
    const k = [arm, agent, col("role"), col("team"), col("duty")].join("\u0000");
    sums.set(k, (sums.get(k) ?? 0) + num(col("hours")));
  });
  const shared = [...sums.entries()].map(([k, h]) => {
    const [a, person, role, team, duty] = k.split("\u0000");
    const arm = Number(a);
    return { arm, person, role, team, duty, hours: round(h / (reps.get(arm)?.size ?? 1) / sprintsOf(arm), 6) };
  });
  const teams = sprints.some((s) => s.team !== ORGANIZATION);
  const staffed = [...new Set(sprints.map((s) => s.arm))].some((arm) => new Set(sprints.filter((s) => s.arm === arm && s.team === ORGANIZATION && s.metric === "developers").map((s) => s.mean)).size > 1);
  return teams || staffed || shared.length > 0 ? { sprints, shared } : undefined;
}
