// The report leads with numbers: the headline table (per scenario the headline metrics with
// their 95 % CIs, and in a compare the paired change with its CI and "better"/"worse" in words),
// a header that says how many weeks ran, the runs, the seed and every --set, a note when the
// scenarios cover different calendar time, and a table of every metric the model reports.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { RUN_METRICS } from "../../src/model/result.js";
import { changeText } from "../../src/output/report/headline-table.js";
import { readReportData } from "../../src/output/report/data.js";
import { reportHtml } from "../../src/output/report/html.js";
import { headlineMetrics, label, verdict } from "../../viz/metrics.js";
import { tempDir } from "../cli/helpers.js";
import { syntheticFolders, writeSynthetic } from "./synthetic.js";

let dirs: { run: string; compare: string; sweep: string };
const page = async (dir: string) => parseHTML(reportHtml(await readReportData(dir), "/* client */")).document;

beforeAll(async () => {
  dirs = await syntheticFolders(tempDir("scrumlab-headline-"));
});

describe("the headline table", () => {
  it("has a row per scenario and a column per headline metric, each cell a mean with its CI", async () => {
    const document = await page(dirs.compare);
    const table = document.getElementById("headline-table");
    const heads = [...(table?.querySelectorAll("thead th") ?? [])].slice(1).map((th) => th.textContent?.replace(/ [↑↓]$/, ""));
    expect(heads).toEqual(headlineMetrics().map(label));
    const rows = [...(table?.querySelectorAll("tbody tr") ?? [])];
    expect(rows.map((r) => r.querySelector("th")?.textContent)).toEqual(["baseline", "merged-po-sm", "part-time-po"]);
    const data = await readReportData(dirs.compare);
    const value = data.totals.find((t) => t.arm === 1 && t.metric === "value_delivered");
    const cell = rows[1].querySelector('td[data-metric="value_delivered"]');
    expect(cell?.querySelector(".mean")?.textContent).toBe(Math.round(value?.mean ?? NaN).toLocaleString("en-US"));
    expect(cell?.querySelector(".ci")?.textContent).toBe(`${Math.round(value?.ci95_low ?? NaN).toLocaleString("en-US")} – ${Math.round(value?.ci95_high ?? NaN).toLocaleString("en-US")}`);
  });

  it("gives each scenario's paired change against the reference, with its CI and the word the CI supports", async () => {
    const document = await page(dirs.compare);
    const data = await readReportData(dirs.compare);
    for (const arm of [1, 2]) {
      for (const metric of headlineMetrics()) {
        const c = data.comparison.find((x) => x.arm === arm && x.metric === metric);
        if (c === undefined) continue;
        const shown = document.querySelector(`td[data-arm="${arm}"][data-metric="${metric}"] .change`)?.textContent ?? "";
        expect(shown).toBe(`${changeText(c)} ${verdict(metric, c.ci95_low, c.ci95_high)}`);
      }
    }
    // the slower scenario delivers less value: its CI lies below zero, and value is better higher
    expect(document.querySelector('td[data-arm="2"][data-metric="value_delivered"] .change b')?.textContent).toBe("worse");
    expect(document.querySelector('td[data-arm="0"][data-metric="value_delivered"] .change')?.textContent).toBe("reference");
  });

  it("writes a change in percent of the reference with the CI's half-width; a share's change in points", () => {
    const base = { arm: 1, mean_reference: 200, mean_scenario: 180, n: 10, share_better: 0.1 };
    expect(changeText({ ...base, metric: "value_delivered", mean_diff: -20, ci95_low: -24, ci95_high: -16, pct_change: -10 })).toBe("−10.0 ± 2.0 %");
    expect(changeText({ ...base, metric: "sprint_goal_rate", mean_reference: 0.6, mean_diff: -0.3, ci95_low: -0.34, ci95_high: -0.26, pct_change: -50 })).toBe("−30 ± 4 pts");
    expect(verdict("value_delivered", -24, -16)).toBe("worse");
    expect(verdict("cycle_time_p85_hours", -24, -16)).toBe("better");
    expect(verdict("value_delivered", -24, 16)).toBe("no clear difference");
  });

  it("a run's table has its one scenario and no change column; a sweep's, the drawn points", async () => {
    expect((await page(dirs.run)).querySelectorAll("#headline-table tbody tr").length).toBe(1);
    expect((await page(dirs.run)).querySelectorAll("#headline-table .change").length).toBe(0);
    const sweep = await page(dirs.sweep);
    expect([...sweep.querySelectorAll("#headline-table tbody th")].map((t) => t.textContent)).toEqual(["availability=0.2 · mergedPoSm=false", "availability=0.4 · mergedPoSm=false", "availability=0.6 · mergedPoSm=false", "availability=0.6 · mergedPoSm=true", "availability=0.8 · mergedPoSm=true", "availability=1 · mergedPoSm=true"]);
  });

  it("is followed by every run total the model reports, read from its registry", async () => {
    const document = await page(dirs.compare);
    const rows = [...document.querySelectorAll(".all-metrics tbody tr")];
    expect(rows.length).toBe(RUN_METRICS.length);
    expect(rows.map((r) => r.querySelector(".meaning")?.textContent)).toEqual(RUN_METRICS.map((m) => m.meaning));
  });
});

describe("the header", () => {
  it("states the weeks simulated, and every --set applied to the scenarios", async () => {
    const dir = path.join(tempDir(), "sets");
    await writeSynthetic(dir, { command: "compare", arms: [{ name: "baseline" }, { name: "merged-po-sm", merged: true }], sprints: 12, sprintDays: 10 });
    const meta = JSON.parse(readFileSync(path.join(dir, "meta.json"), "utf8"));
    writeFileSync(path.join(dir, "meta.json"), JSON.stringify({ ...meta, sets: ["team.developers=9", "roles.productOwner.availability=0.5"] }));
    const document = await page(dir);
    expect(document.getElementById("facts")?.textContent).toContain("24 weeks simulated (12 sprints of 2 weeks)");
    expect(document.getElementById("sets")?.textContent).toBe("Applied to every scenario: --set team.developers=9, --set roles.productOwner.availability=0.5");
  });

  it("says so when the scenarios' sprints differ in length or cover different weeks", async () => {
    const dir = path.join(tempDir(), "four-week");
    await writeSynthetic(dir, { command: "compare", arms: [{ name: "baseline", sprints: 12, sprintDays: 10 }, { name: "four-week-sprints", sprints: 12, sprintDays: 20 }] });
    const document = await page(dir);
    expect(document.getElementById("facts")?.textContent).toContain("24 to 48 weeks simulated (baseline: 12 sprints of 2 weeks; four-week-sprints: 12 sprints of 4 weeks)");
    const notes = [...document.querySelectorAll(".note")].map((n) => n.textContent ?? "");
    expect(notes.some((n) => n.startsWith("The scenarios cover different spans of calendar time (baseline 24 weeks, four-week-sprints 48 weeks)"))).toBe(true);
    expect(notes.some((n) => n.includes("the per-sprint charts place each sprint at the calendar week it ends"))).toBe(true);
  });
});
