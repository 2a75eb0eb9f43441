// Reading an output folder into the report's data: a small hand-written folder whose every
// expected figure is worked out by hand (hours per person and sprint, the representative
// replication and its flow, cycle-time percentiles, impediment-age buckets, names as given).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { drawnArms, readReportData } from "../../src/output/report/data.js";
import { shippedNames } from "../../src/scenario/library.js";
import { stableColors } from "../../viz/palette.js";
import { ageCounts, cumulativeFlow, medianIndex, sharedHistograms } from "../../viz/aggregate.js";

function folder(files: Record<string, string | object>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "scrumlab-report-data-"));
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  return dir;
}

const scenario = (name: string) => ({ name, description: `about ${name}`, file: `${name}.yaml`, sprints: 2, sprintDays: 5, hoursPerDay: 8 });
const meta = (over: object = {}) => ({ command: "compare", tool: "scrumlab", version: "9.9.9", seed: 7, runs: 3, first: 0, detail: 3, trace: false, scenarios: [scenario("base"), scenario("=evil")], reference: "base", vary: null, shard: null, ...over });

// Arm "base": three detail replications with total value 10, 30, 20 → the median is replication 2.
// Arm "=evil" is written to the CSV files with its spreadsheet guard: '=evil.
const runs = `scenario,replication,seed,value_delivered
base,0,1,10
base,1,2,30
base,2,3,20
'=evil,0,1,5
'=evil,1,2,6
'=evil,2,3,7
`;

// Hours of replications 0 and 1 of base, and of replication 0 of =evil (its two time budgets).
const time = `scenario,replication,sprint,agent,role,duty,hours
base,0,1,dev-1,developer,development,30
base,0,1,dev-2,developer,development,20
base,0,2,dev-1,developer,development,40
base,0,1,po,product-owner,refinement,16
base,1,1,dev-1,developer,development,10
base,1,1,po,product-owner,refinement,8
base,1,1,sm,scrum-master,coaching,40
'=evil,0,1,po-sm.po,merged-po-sm,refinement,12
'=evil,0,1,po-sm.sm,merged-po-sm,coaching,4
`;

// Items of base; replication 2 is the representative one. Day d ends at 8·d hours.
const items = `scenario,replication,item_id,kind,true_value,estimated_value,effort_hours,estimated_effort_hours,created_at,refined_at,selected_at,started_at,done_at,accepted_at,value_delivered,blocked_hours,clarifications,developer
base,2,1,feature,1,1,1,1,0,0,0,4,12,40,1,0,0,dev-1
base,2,2,feature,1,1,1,1,0,0,0,10,,,0,0,0,dev-2
base,2,3,feature,1,1,1,1,0,0,20,,,,0,0,0,
base,2,4,feature,1,1,1,1,0,0,,,,,0,0,0,
base,0,5,feature,1,1,1,1,0,0,0,0,30,40,1,0,0,dev-1
base,1,6,feature,1,1,1,1,0,0,0,0,50,80,1,0,0,dev-1
`;

// Ages: 2 h = ¼ day, 8 h = 1 day, 40 h = 5 days, 400 h = 50 days; one never removed.
const impediments = `scenario,replication,impediment_id,kind,effect,drag,raised_by,item_id,raised_at,visible_at,removal_started_at,removed_at,removed_by,removal_hours
base,0,1,technical,blocks,0,dev-1,1,10,10,10,12,scrum-master,1
base,0,2,technical,blocks,0,dev-1,1,0,0,0,8,scrum-master,1
base,1,3,technical,blocks,0,dev-1,1,0,0,0,40,scrum-master,1
base,1,4,technical,blocks,0,dev-1,1,0,0,0,400,time,0
base,2,5,technical,blocks,0,dev-1,1,5,,,,,0
`;

const summary = `scenario,metric,n,mean,sd,ci95_low,ci95_high,p10,p50,p85,p90
base,value_delivered,3,20,10,-4.8,44.8,12,20,27,28
base,wip_mean,3,1,0,1,1,1,1,1,1
'=evil,value_delivered,3,6,1,3.5,8.5,5.2,6,6.7,6.8
`;

const comparison = `reference,scenario,metric,n,mean_reference,mean_scenario,mean_diff,ci95_low,ci95_high,pct_change,share_better
base,'=evil,value_delivered,3,20,6,-14,-30,2,-70,0
base,'=evil,wip_mean,3,1,1,0,0,0,0,0
`;

const files = { "meta.json": meta(), "runs.csv": runs, "time.csv": time, "items.csv": items, "impediments.csv": impediments, "summary.csv": summary, "comparison.csv": comparison };

describe("readReportData", () => {
  it("takes names from meta.json, not the guarded CSV cells, and maps the comparison to its arm", async () => {
    const data = await readReportData(folder(files));
    expect(data.arms.map((a) => a.name)).toEqual(["base", "=evil"]);
    expect(data.comparison[0]).toEqual({ arm: 1, metric: "value_delivered", mean_reference: 20, mean_diff: -14, ci95_low: -30, ci95_high: 2, pct_change: -70, share_better: 0 });
  });

  it("keeps every run total of a run or compare (the full table shows them all)", async () => {
    const data = await readReportData(folder(files));
    expect(data.totals.map((t) => `${t.arm}:${t.metric}`)).toEqual(["0:value_delivered", "0:wip_mean", "1:value_delivered"]);
    expect(data.comparison.map((c) => c.metric)).toEqual(["value_delivered", "wip_mean"]);
  });

  it("gives each scenario its own colour, the same in every report, and its calendar", async () => {
    const data = await readReportData(folder(files));
    expect(new Set(data.arms.map((a) => a.color)).size).toBe(2);
    expect(data.arms[0]).toMatchObject({ sprints: 2, sprintDays: 5, weeks: 2 });
    const again = await readReportData(folder({ ...files, "meta.json": meta({ scenarios: [scenario("=evil"), scenario("base")] }) }));
    expect(again.arms[0].color).toBe(stableColors(["=evil"], shippedNames())[0]);
  });

  it("gives hours per person and sprint, per role and duty, over the detail replications seen", async () => {
    const data = await readReportData(folder(files));
    const h = (arm: number, role: string, duty: string) => data.hours.find((x) => x.arm === arm && x.role === role && x.duty === duty)?.hours;
    // base: 2 replications, 2 sprints, 2 developers: (30 + 20 + 40 + 10) / 2 / 2 / 2 = 12.5
    expect(h(0, "developer", "development")).toBe(12.5);
    expect(h(0, "product-owner", "refinement")).toBe((16 + 8) / 2 / 2);
    expect(h(0, "scrum-master", "coaching")).toBe(40 / 2 / 2);
    // the merged role's two time budgets are one person: 12 / 1 replication / 2 sprints
    expect(h(1, "merged-po-sm", "refinement")).toBe(6);
    expect(h(1, "merged-po-sm", "coaching")).toBe(2);
  });

  it("draws the flow of the median replication, items per state at each day's end", async () => {
    const data = await readReportData(folder(files));
    const cfd = data.cfd.find((c) => c.arm === 0);
    expect(cfd?.replication).toBe(2);
    expect(cfd?.days).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // day 1 (8 h): item 1 started, item 2 selected; day 2 (16 h): item 1 done, item 2 started;
    // day 3 (24 h): item 3 selected too; day 5 (40 h): item 1 accepted.
    expect(cfd?.selected.slice(0, 5)).toEqual([1, 0, 1, 1, 1]);
    expect(cfd?.inProgress.slice(0, 5)).toEqual([1, 1, 1, 1, 1]);
    expect(cfd?.done.slice(0, 5)).toEqual([0, 1, 1, 1, 0]);
    expect(cfd?.accepted.slice(0, 5)).toEqual([0, 0, 0, 0, 1]);
  });

  it("gives cycle times of every done item of the detail replications, with type-7 percentiles", async () => {
    const data = await readReportData(folder(files));
    const c = data.cycles.find((x) => x.arm === 0);
    // cycle times 8, 30, 50 h, done on days 1.5, 3.75, 6.25
    expect(c?.points).toEqual([[1.5, 8], [3.75, 30], [6.25, 50]]);
    expect(c?.p50).toBe(30);
    expect(c?.p85).toBeCloseTo(30 + 0.7 * 20, 9);
    expect(c?.p95).toBeCloseTo(30 + 0.9 * 20, 9);
  });

  it("counts removed impediments per age bucket in working days", async () => {
    const data = await readReportData(folder(files));
    // ¼ day → [0, ½); 1 day → [1, 2); 5 days → [5, 10); 50 days → [40, ∞); the open one is left out
    expect(data.impedimentAges.find((x) => x.arm === 0)?.counts).toEqual([1, 0, 1, 0, 1, 0, 0, 1]);
  });

  it("bins every arm's total value on the same edges", async () => {
    const data = await readReportData(folder(files));
    const [a, b] = data.valueHistogram;
    expect(a.bins.map((x) => [x.x0, x.x1])).toEqual(b.bins.map((x) => [x.x0, x.x1]));
    expect(a.bins.reduce((s, x) => s + x.count, 0)).toBe(3);
    expect(a.bins[0].x0).toBe(5);
    expect(a.bins[a.bins.length - 1].x1).toBe(30);
  });

  it("reads a sweep's points with their varied values, and draws an even spread of a large one", async () => {
    const points = Array.from({ length: 9 }, (_, i) => i + 1);
    const sweepRuns = `scenario,point,team.developers,replication,seed,value_delivered\n${points.map((p) => `base,${p},${p + 2},0,1,${p * 10}`).join("\n")}\n`;
    const data = await readReportData(folder({ "meta.json": meta({ command: "sweep", reference: null, scenarios: points.map(() => scenario("base")), vary: [{ path: "team.developers", values: points.map((p) => p + 2) }] }), "runs.csv": sweepRuns }));
    expect(data.arms[0]).toEqual({ name: "base", label: "developers=3", values: ["3"], sprints: 2, sprintDays: 5, weeks: 2 });
    expect(data.drawn).toEqual([0, 2, 3, 5, 6, 8]);
    expect(data.valueHistogram.map((h) => h.arm)).toEqual(data.drawn);
    expect(data.meta.scenarios.length).toBe(1);
  });
});

describe("aggregation helpers", () => {
  it("drawnArms: all of a run or compare; at most six of a sweep, first and last included", () => {
    expect(drawnArms(9, "compare")).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(drawnArms(6, "sweep")).toEqual([0, 1, 2, 3, 4, 5]);
    expect(drawnArms(100, "sweep")).toEqual([0, 20, 40, 59, 79, 99]);
  });

  it("ageCounts: bucket edges belong to the upper bucket", () => {
    expect(ageCounts([0, 0.49, 0.5, 1, 2, 5, 10, 20, 40, 1e6, NaN])).toEqual([2, 1, 1, 1, 1, 1, 1, 2]);
  });

  it("medianIndex: the lower middle, ties by position", () => {
    expect(medianIndex([10, 30, 20])).toBe(2);
    expect(medianIndex([4, 1, 3, 2])).toBe(3);
    expect(medianIndex([5, 5, 5])).toBe(1);
    expect(medianIndex([])).toBe(-1);
  });

  it("sharedHistograms: equal values still make one bin of width 1; no values, no bins", () => {
    expect(sharedHistograms([[3, 3]], 2)).toEqual([[{ x0: 3, x1: 3.5, count: 2 }, { x0: 3.5, x1: 4, count: 0 }]]);
    expect(sharedHistograms([[], []], 4)).toEqual([[], []]);
  });

  it("cumulativeFlow: an item never selected is never counted", () => {
    const flow = cumulativeFlow([{ selected: NaN, started: NaN, done: NaN, accepted: NaN }], 8, 2);
    expect([...flow.selected, ...flow.inProgress, ...flow.done, ...flow.accepted]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
