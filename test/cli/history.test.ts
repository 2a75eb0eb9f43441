// import, forecast and backtest as the user runs them: files written (and not overwritten),
// what is printed, the JSON shapes, exit codes and messages for bad input.
import { existsSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BACKTEST_COLUMNS } from "../../src/output/forecast/backtest.js";
import { GENERATOR } from "../../src/output/forecast/page.js";
import { inProcess, subprocess, tempDir } from "./helpers.js";

const FIX = path.resolve(import.meta.dirname, "../fixtures/history");
const fix = (name: string) => path.join(FIX, name);

describe("scrumlab import", () => {
  it("writes the normal form and says what it found", async () => {
    const dir = tempDir();
    const r = await inProcess(["import", fix("jira-export.csv")], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Jira CSV export, project APP");
    expect(r.out).toContain('points: column "Custom field (Story Points)"');
    expect(r.out).toContain("history: 5 items, 4 done, 2022-01-03 to 2022-02-02");
    expect(r.out).toContain("wrote history.csv (items normal form)");
    expect(readFileSync(path.join(dir, "history.csv"), "utf8").split("\n")[0]).toBe("id,created,started,done,points,sprint,type");
  });

  it("prints the history with --out - and the report on stderr", async () => {
    const r = await inProcess(["import", fix("sprint-report.csv"), "--out", "-"]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe("sprint,start,end,committed,completed");
    expect(r.err).toContain("sprint report (velocity chart) CSV");
  });

  it("does not overwrite a file without --force", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "history.csv"), "mine\n");
    const r = await inProcess(["import", fix("jira-export.csv")], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe("scrumlab: history.csv already exists and was not written by scrumlab; use --force to overwrite it\n");
    expect(readFileSync(path.join(dir, "history.csv"), "utf8")).toBe("mine\n");
    expect((await inProcess(["import", fix("jira-export.csv"), "--force"], dir)).code).toBe(0);
  });

  it("exits 2 naming the missing column, a missing file, an empty file, or no done item — and writes nothing", async () => {
    const dir = tempDir();
    const cases: Array<[string, string]> = [
      [fix("jira-missing-resolved.csv"), 'no "Resolved" or "Resolution date" column'],
      [path.join(FIX, "nope.csv"), "nope.csv: no such file"],
      [fix("empty.csv"), "empty.csv: the file is empty"],
      [fix("no-done.csv"), "none of the 2 items is done"],
    ];
    for (const [file, message] of cases) {
      const r = await inProcess(["import", file], dir);
      expect(r.code).toBe(2);
      expect(r.err).toContain(message);
      expect(r.err).not.toContain("    at ");
    }
    expect(existsSync(path.join(dir, "history.csv"))).toBe(false);
  });
});

describe("scrumlab forecast", () => {
  it("prints P50 / P85 / P95 and what it was based on, and writes forecast.html", async () => {
    const dir = tempDir();
    const r = await inProcess(["forecast", fix("team-items.csv"), "--items", "30", "--trials", "2000"], dir);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toMatch(/^When will 30 more items be done\? \(as of \d{4}-\d{2}-\d{2}\)$/);
    expect(lines[1]).toMatch(/likelihood\s+done by\s+working days/);
    expect(lines.slice(2, 5).map((l) => l.trim().split(/\s+/)[0])).toEqual(["50", "85", "95"]);
    expect(lines[5]).toMatch(/^Based on \d+ periods of 14 days from 2022-01-03 to /);
    expect(r.out).toContain("wrote forecast.html");
    const html = readFileSync(path.join(dir, "forecast.html"), "utf8");
    expect(html).toContain(GENERATOR);
    expect(html).toMatch(/<svg [^>]*class="chart chart-forecast"/);
    expect(html).not.toContain("<script>");
  });

  it("says how many the coach's way: 'at least' for the likely amounts", async () => {
    const r = await inProcess(["forecast", fix("team-items.csv"), "--by", "2023-08-31", "--trials", "2000", "--no-html"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^How many items by 2023-08-31\?/);
    expect(r.out).toMatch(/\n {2}85 % {8} +\d+ items\n/);
    expect(r.out).not.toContain("wrote");
  });

  it("prints the JSON shape with --json, the same for the same seed", async () => {
    const run = () => inProcess(["forecast", fix("team-sprints.csv"), "--sprints", "3", "--json", "--trials", "2000", "--seed", "4"]);
    const a = await run();
    expect(a.code).toBe(0);
    const j = JSON.parse(a.out);
    expect(Object.keys(j)).toEqual(["mode", "asOf", "percentiles"]);
    expect(j.mode).toBe("how-many");
    expect(j.asOf).toBe("2023-02-24"); // the end of the last sprint
    expect(Object.keys(j.percentiles)).toHaveLength(19);
    expect((await run()).out).toBe(a.out);
  });

  it("writes the same page twice, and refuses to overwrite a page it did not write", async () => {
    const dir = tempDir();
    const args = ["forecast", fix("team-items.csv"), "--items", "30", "--trials", "2000"];
    await inProcess(args, dir);
    const first = readFileSync(path.join(dir, "forecast.html"), "utf8");
    await inProcess(args, dir);
    expect(readFileSync(path.join(dir, "forecast.html"), "utf8")).toBe(first);
    writeFileSync(path.join(dir, "mine.html"), "<html>my notes</html>");
    const r = await inProcess([...args, "--out", "mine.html"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain("mine.html already exists and was not written by scrumlab");
    expect(readFileSync(path.join(dir, "mine.html"), "utf8")).toBe("<html>my notes</html>");
  });

  it("reads holidays from a file (comments and a header skipped) and pushes dates past them", async () => {
    const plain = JSON.parse((await inProcess(["forecast", fix("team-items.csv"), "--items", "30", "--json", "--as-of", "2023-06-23", "--trials", "2000"])).out);
    const off = JSON.parse((await inProcess(["forecast", fix("team-items.csv"), "--items", "30", "--json", "--as-of", "2023-06-23", "--trials", "2000", "--holidays", fix("holidays.txt")])).out);
    expect(off.percentiles["50"] > plain.percentiles["50"]).toBe(true);
    const dir = tempDir();
    writeFileSync(path.join(dir, "h.txt"), "2023-07-03\nnext friday\n");
    const bad = await inProcess(["forecast", fix("team-items.csv"), "--items", "30", "--holidays", "h.txt"], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('scrumlab: h.txt:2: expected a date (YYYY-MM-DD), found "next friday"\n');
  });

  it("exits 2 on a missing or double question, --sprints on an item history, and a bad date", async () => {
    const cases: Array<[string[], string]> = [
      [["forecast", fix("team-items.csv")], "give one question"],
      [["forecast", fix("team-items.csv"), "--items", "3", "--by", "2024-01-01"], "cannot be used with option"],
      [["forecast", fix("team-items.csv"), "--sprints", "3"], "--sprints needs a sprint history"],
      [["forecast", fix("team-items.csv"), "--by", "soon"], 'expected a date as YYYY-MM-DD, found "soon"'],
      [["forecast", fix("team-items.csv"), "--items", "-2"], "expected a number of items"],
    ];
    for (const [args, message] of cases) {
      const r = await inProcess(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err).toContain(message);
    }
  });
});

describe("scrumlab backtest", () => {
  it("writes backtest.csv, the page and the charts, and prints the scores next to the naive forecaster's", async () => {
    const dir = tempDir();
    copyFileSync(fix("team-sprints.csv"), path.join(dir, "team.csv"));
    const r = await inProcess(["backtest", "team.csv", "--sprints", "3", "--trials", "1000"], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Backtest of team\.csv: 3 sprints ahead, walk-forward\n/);
    expect(r.out).toMatch(/\n {2}scrumlab +\d+ % +\d+ % +[\d.]+ +[\d.]+\n {2}naive +/);
    const out = path.join(dir, "out/backtest-team");
    const csv = readFileSync(path.join(out, "backtest.csv"), "utf8").trim().split("\n");
    expect(csv[0]).toBe(BACKTEST_COLUMNS.join(","));
    expect(csv).toHaveLength(1 + (30 - 10 - 3 + 1));
    for (const f of ["backtest.html", "charts/calibration.svg", "charts/intervals.svg"]) expect(existsSync(path.join(out, f)), f).toBe(true);
  });

  it("prints its summary as JSON", async () => {
    const dir = tempDir();
    const r = await inProcess(["backtest", fix("team-items.csv"), "--by-days", "28", "--json", "--trials", "1000", "--out", "bt"], dir);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.ahead).toBe("28 days");
    expect(Object.keys(j.ours)).toEqual(["coverageP10P90", "coverageP5P95", "meanIntervalScore", "meanCRPS", "pitHistogram"]);
    expect(j.forecasts).toBeGreaterThan(10);
  });

  it("documents every column of backtest.csv in docs/outputs.md", () => {
    const doc = readFileSync(path.resolve(import.meta.dirname, "../../docs/outputs.md"), "utf8");
    for (const c of BACKTEST_COLUMNS.filter((c) => !c.startsWith("naive_"))) expect(doc, c).toContain(`\`${c}\``);
    expect(BACKTEST_COLUMNS.filter((c) => c.startsWith("naive_"))).toEqual(BACKTEST_COLUMNS.filter((c) => !c.startsWith("naive_") && !["as_of", "periods_used", "horizon_periods", "actual"].includes(c)).map((c) => `naive_${c}`));
    expect(doc).toContain("| `naive_…` | the same ten columns for the naive forecaster");
  });

  it("exits 2 on --by-days for a sprint history", async () => {
    const r = await inProcess(["backtest", fix("team-sprints.csv"), "--by-days", "30", "--out", path.join(tempDir(), "x")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--by-days needs an item history");
  });

  it("runs as a real process from the compiled CLI", () => {
    const r = subprocess(["forecast", fix("team-sprints.csv"), "--sprints", "2", "--json", "--trials", "500"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).mode).toBe("how-many");
  });
});
