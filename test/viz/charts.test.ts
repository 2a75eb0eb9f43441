// Every chart module drawn into a server-side DOM (linkedom), exactly as `report --svg` does,
// from synthetic output folders (test/report/synthetic.ts): SVG snapshots with ids normalized,
// and checks that the marks match the data — one mark per thing the chart claims to show.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { CHARTS, chartHeight } from "../../viz/charts/index.js";
import { forestShown } from "../../viz/charts/forest.js";
import { AGE_EDGES, type ReportData } from "../../viz/data.js";
import { readReportData } from "../../src/output/report/data.js";
import { svgFile } from "../../src/output/report/svg.js";
import { syntheticFolders, writeSynthetic } from "../report/synthetic.js";

let run: ReportData;
let compare: ReportData;
let sweep: ReportData;

beforeAll(async () => {
  const dirs = await syntheticFolders(mkdtempSync(path.join(tmpdir(), "scrumlab-charts-")));
  [run, compare, sweep] = await Promise.all([readReportData(dirs.run), readReportData(dirs.compare), readReportData(dirs.sweep)]);
});

function drawSvg(id: string, data: ReportData, titled = true): SVGSVGElement {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(id);
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  return chart.draw({ document: document as unknown as Document, width: 960, height: chartHeight(chart, data, 440), titled }, data);
}

const draw = (id: string, data: ReportData) => svgFile(drawSvg(id, data)).replace(/ id="[^"]*"/g, ' id="…"');
const count = (svg: SVGSVGElement, selector: string) => svg.querySelectorAll(selector).length;

describe("chart modules: SVG snapshots", () => {
  const cases = () => [
    ...CHARTS.filter((c) => c.id !== "sweep" && c.id !== "forest").map((c) => [c.id, "run", run] as const),
    ...CHARTS.filter((c) => c.id !== "sweep").map((c) => [c.id, "compare", compare] as const),
    ...CHARTS.filter((c) => c.id !== "forest").map((c) => [c.id, "sweep", sweep] as const),
  ];
  it("cover every chart for the folders it applies to", () => {
    for (const [id, , data] of cases()) expect(CHARTS.find((c) => c.id === id)?.applies(data), id).toBe(true);
    expect(cases().length).toBe(8 + 9 + 9);
  });
  it.each(["run", "compare", "sweep"])("%s", async (kind) => {
    for (const [id, k, data] of cases()) {
      if (k !== kind) continue;
      const svg = draw(id, data);
      expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg, id).toContain(`class="chart chart-${id}"`);
      expect(svg, id).toContain("data-tip=");
      expect(svg, id).not.toMatch(/NaN|undefined|Infinity|null/);
      await expect(svg).toMatchFileSnapshot(`__snapshots__/${kind}/${id}.svg`);
    }
  });
});

describe("chart modules: marks match the data", () => {
  it("cumulative value: one median line and band per arm", () => {
    const svg = drawSvg("cumulative-value", compare);
    expect(count(svg, "path.median")).toBe(3);
    expect(count(svg, "path.band")).toBe(3);
    expect(count(svg, "g.points circle")).toBe(3 * 6);
  });

  it("value per sprint: one bar per arm and sprint, as tall as the mean", () => {
    const svg = drawSvg("value-per-sprint", compare);
    const bars = [...svg.querySelectorAll("g.bars rect")];
    expect(bars.length).toBe(3 * 6);
    const s1 = compare.sprints.find((s) => s.arm === 0 && s.sprint === 1 && s.metric === "value_delivered");
    expect(bars[0].getAttribute("data-tip")).toContain(`sprint 1 (weeks 0–1): mean ${Math.round(s1?.mean ?? NaN).toLocaleString("en-US")}`);
  });

  it("value distribution: a mean line and CI strip per arm; bars count every replication", () => {
    const svg = drawSvg("value-distribution", compare);
    expect(count(svg, "line.mean")).toBe(3);
    expect(count(svg, "rect.ci")).toBe(3);
    const counted = [...svg.querySelectorAll("g.bars rect")].map((r) => Number(/: (\d+) replication/.exec(r.getAttribute("data-tip") ?? "")?.[1]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(3 * 20);
  });

  it("hours by role: every person's segments add up to the hours booked", () => {
    const svg = drawSvg("hours-by-role", compare);
    const roles = [...svg.querySelectorAll(".axis.y text")].map((t) => t.textContent);
    expect(roles).toEqual(["Product Owner", "Scrum Master", "developer (mean)", "merged PO/SM", "developer (mean)", "Product Owner", "Scrum Master", "developer (mean)"]);
    const totals = [...svg.querySelectorAll("text.total")].map((t) => t.textContent?.split(":")[0]);
    // 5 days × 8 h a sprint; the part-time PO gives 30 % of it.
    expect(totals).toEqual(["40 h", "40 h", "40 h", "40 h", "40 h", "12 h", "40 h", "40 h"]);
    // Each bar says its biggest duty groups: a PO's is product work, an SM's Scrum Master work.
    const texts = [...svg.querySelectorAll("text.total")].map((t) => t.textContent ?? "");
    expect(texts[0]).toMatch(/^40 h: product \d+ %/);
    expect(texts[1]).toMatch(/^40 h: SM work \d+ %/);
    // Segments stack by group: every development duty before any product duty, and so on.
    const fills = [...svg.querySelectorAll("g.bars rect")].slice(0, 12).map((r) => r.getAttribute("fill"));
    expect(fills.length).toBeGreaterThan(0);
    expect(svg.querySelector(".legend")?.textContent).toContain("product work:");
  });

  it("impediments: a line per arm, and a bar per arm and age bucket", () => {
    const svg = drawSvg("impediments", compare);
    expect(count(svg, "path.median")).toBe(3);
    expect(count(svg, "g.bars rect")).toBe(3 * (AGE_EDGES.length + 1));
  });

  it("cumulative flow: four stacked states per arm", () => {
    expect(count(drawSvg("cumulative-flow", compare), "path.layer")).toBe(4 * 3);
    expect(count(drawSvg("cumulative-flow", run), "path.layer")).toBe(4);
  });

  it("cycle time: P50, P85 and P95 lines per arm, at the data's values", () => {
    const svg = drawSvg("cycle-time", compare);
    expect(count(svg, "g.percentile")).toBe(3 * 3);
    const labels = [...svg.querySelectorAll("g.percentile text")].map((t) => t.firstChild?.textContent);
    expect(labels[0]).toBe(`P50 ${compare.cycles[0].p50.toFixed(1)} h`);
  });

  it("forest: an estimate per metric and scenario against the reference, never for the reference", () => {
    const svg = drawSvg("forest", compare);
    expect(count(svg, "g.estimates circle")).toBe(forestShown(compare).length * 2);
    // every estimate is labelled with its change and a word
    const labels = [...svg.querySelectorAll("text.estimate-label")].map((t) => t.textContent ?? "");
    expect(labels.length).toBe(forestShown(compare).length * 2);
    for (const l of labels) expect(l).toMatch(/^[+−]?\d+\.\d % (better|worse|\(no clear difference\))$/);
    const tips = [...svg.querySelectorAll("g.estimates circle")].map((c) => c.getAttribute("data-tip") ?? "");
    expect(tips.some((t) => t.startsWith("baseline"))).toBe(false);
    // merged-po-sm delivers less: its value estimate lies left of zero.
    const zero = Number(svg.querySelector("line.zero")?.getAttribute("x1"));
    const value = [...svg.querySelectorAll("g.estimates circle")].find((c) => c.getAttribute("data-tip")?.startsWith("merged-po-sm, value delivered"));
    expect(Number(value?.getAttribute("cx"))).toBeLessThan(zero);
  });

  it("sweep: every point on each of the four panels, one line per value of the second key", () => {
    const svg = drawSvg("sweep", sweep);
    expect(count(svg, "path.median")).toBe(4 * 2);
    expect(count(svg, "circle")).toBe(4 * 10);
    expect(svg.textContent).toContain("mergedPoSm = true");
  });

  it("per-sprint charts of scenarios with different sprint lengths plot against calendar weeks", async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "scrumlab-weeks-")), "weeks");
    await writeSynthetic(dir, { command: "compare", arms: [{ name: "two-week", sprints: 6, sprintDays: 10 }, { name: "four-week", sprints: 3, sprintDays: 20 }] });
    const data = await readReportData(dir);
    for (const id of ["cumulative-value", "velocity", "impediments"]) {
      const svg = drawSvg(id, data);
      const tips = [...svg.querySelectorAll("circle[data-tip]")].map((c) => [c.getAttribute("data-tip") ?? "", Number(c.getAttribute("cx"))] as const);
      const at = (name: string, sprint: number) => tips.find(([t]) => t.startsWith(`${name}, sprint ${sprint} `))?.[1];
      // sprint 2 of four weeks ends where sprint 4 of two weeks does: week 8
      expect(tips.find(([t]) => t.startsWith("four-week, sprint 2 "))?.[0], id).toContain("(week 8)");
      expect(at("four-week", 2), id).toBeCloseTo(at("two-week", 4) ?? NaN, 6);
      expect(svg.textContent, id).toContain("calendar week");
    }
    // value per sprint: per week of each sprint, a step over its weeks (a four-week sprint's value is not a two-week one's)
    const perSprint = drawSvg("value-per-sprint", data);
    const steps = [...perSprint.querySelectorAll("g.bars circle")].map((r) => r.getAttribute("data-tip") ?? "");
    const s3 = data.sprints.find((s) => s.arm === 1 && s.sprint === 3 && s.metric === "value_delivered");
    expect(steps).toContain(`four-week, sprint 3 (weeks 8–12): mean ${Math.round(s3?.mean ?? NaN).toLocaleString("en-US")}, ${Math.round((s3?.mean ?? NaN) / 4).toLocaleString("en-US")} a week`);
    expect(count(perSprint, "path.median")).toBe(2);
    expect(perSprint.textContent).toContain("value accepted per week of the sprint");
  });

  it("a sweep's per-arm charts draw an even spread of six points, coloured by their place", () => {
    expect(sweep.drawn).toEqual([0, 2, 4, 5, 7, 9]);
    const legend = [...drawSvg("cumulative-value", sweep).querySelectorAll(".legend rect")].map((r) => r.getAttribute("fill"));
    expect(new Set(legend).size).toBe(6);
  });
});

describe("chart modules: frame", () => {
  it("titles and axis labels say what they show, with units", () => {
    for (const id of ["cumulative-value", "value-per-sprint", "cycle-time", "hours-by-role", "impediments", "value-distribution"]) {
      const svg = draw(id, compare);
      expect(svg).toMatch(/class="title"[^>]*>[^<]+</);
      expect(svg, id).toMatch(/class="axis-label"[^>]*>[^<]*\((value units|working hours|working days|hours|%|[^)]*)\)/);
    }
  });

  it("leaves the title to the page when asked", () => {
    expect(count(drawSvg("velocity", compare, false), "text.title")).toBe(0);
    expect(count(drawSvg("velocity", compare, true), "text.title")).toBe(1);
  });

  it("marks annotations above the plot, one row each, on every sprint-based chart", () => {
    const annotated = { ...compare, annotations: [{ chart: "*", arm: 1, sprint: 4, label: "impediments piled up", detail: "merged-po-sm, sprint 4: three impediments waited" }, { chart: "impediments", arm: 2, sprint: 2, label: "answer waited" }] };
    for (const [id, n] of [["cumulative-value", 1], ["value-per-sprint", 1], ["impediments", 2], ["velocity", 0]] as const) {
      const svg = drawSvg(id, annotated);
      expect(count(svg, "g.annotation"), id).toBe(n);
    }
    const svg = drawSvg("cumulative-value", annotated);
    const label = svg.querySelector("g.annotation text");
    expect(label?.textContent).toBe("impediments piled up");
    expect(Number(label?.getAttribute("y"))).toBeLessThan(0);
    expect(svg.querySelector("g.annotation")?.getAttribute("data-tip")).toBe("merged-po-sm, sprint 4: three impediments waited");
  });

  it("renders names as text, escaped", () => {
    const hostile = { ...compare, arms: compare.arms.map((a) => ({ ...a, label: '<img src=x onerror="window.__xss=1"> R&D' })) };
    for (const id of ["value-per-sprint", "hours-by-role", "forest", "value-distribution"]) {
      const svg = draw(id, hostile);
      expect(svg, id).not.toContain("<img");
      expect(svg, id).toContain("&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt; R&amp;D");
    }
  });
});
