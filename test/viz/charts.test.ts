// SVG snapshots of every chart module at fixed data (a compare fixture, and a sweep built from
// it), drawn into a server-side DOM (linkedom) exactly as `report --svg` does.
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { CHARTS } from "../../viz/charts/index.js";
import type { ReportData } from "../../viz/data.js";
import { svgFile } from "../../src/output/report/index.js";

const compare = JSON.parse(readFileSync("test/fixtures/report-data.json", "utf8")) as ReportData;
const sweep: ReportData = {
  ...compare,
  meta: { ...compare.meta, command: "sweep", reference: null, vary: [{ path: "roles.mergedPoSm", values: [false, true] }] },
  arms: compare.arms.map((a, i) => ({ name: "baseline", label: `mergedPoSm=${i === 1}`, values: [String(i === 1)] })),
  comparison: [],
};

function draw(id: string, data: ReportData): string {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(id);
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const svg = chart.draw({ document: document as unknown as Document, width: 960, height: 440 }, data);
  return svgFile(svg).replace(/ id="[^"]*"/g, ' id="…"');
}

describe("chart modules", () => {
  it.each(CHARTS.filter((c) => c.id !== "sweep").map((c) => c.id))("%s (compare fixture)", async (id) => {
    const svg = draw(id, compare);
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(`class="chart chart-${id}"`);
    expect(svg).toContain("data-tip=");
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    await expect(svg).toMatchFileSnapshot(`__snapshots__/${id}.svg`);
  });

  it("sweep (sweep fixture)", async () => {
    const svg = draw("sweep", sweep);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    await expect(svg).toMatchFileSnapshot("__snapshots__/sweep.svg");
  });

  it("chart titles and axes say what they show, with units", () => {
    for (const id of ["cumulative-value", "cycle-time", "hours-by-role", "impediments"]) {
      const svg = draw(id, compare);
      expect(svg).toMatch(/class="title"[^>]*>[^<]+</);
      expect(svg).toMatch(/class="axis-label"[^>]*>[^<]*(value|hours|days|sprint)/);
    }
  });

  it("marks a story's annotation on the sprint-based charts", () => {
    const svg = draw("cumulative-value", { ...compare, annotations: [{ chart: "*", arm: 1, sprint: 4, label: "impediments piled up" }] });
    expect(svg).toContain('class="annotation"');
    expect(svg).toContain("impediments piled up");
  });

  it("renders names as text, escaped", () => {
    const hostile = { ...compare, arms: compare.arms.map((a) => ({ ...a, label: '<img src=x onerror="window.__xss=1">' })) };
    const svg = draw("value-per-sprint", hostile);
    expect(svg).not.toContain("<img");
    expect(svg).toContain("&lt;img");
  });
});
