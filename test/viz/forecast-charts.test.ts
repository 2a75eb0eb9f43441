// The forecast and backtest charts drawn into a server-side DOM: one mark per thing each chart
// claims to show, labels that say the percentiles, and files an XML parser accepts.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { forecastHistory } from "../../src/forecast/forecast.js";
import { backtestHistory } from "../../src/forecast/backtest-history.js";
import { calibrationChart, forecastChart, intervalsChart } from "../../src/output/forecast/charts.js";
import { svgFile } from "../../src/output/report/svg.js";
import * as calibration from "../../viz/charts/calibration.js";
import * as forecast from "../../viz/charts/forecast.js";
import * as intervals from "../../viz/charts/intervals.js";
import { itemHistory, START } from "../forecast/synthetic.js";

function draw<D>(chart: { draw: (ctx: { document: Document; width: number; height: number }, d: D) => SVGSVGElement }, data: D): SVGSVGElement {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  return chart.draw({ document: document as unknown as Document, width: 1280, height: 720 }, data);
}

const h = itemHistory(Array.from({ length: 36 }, (_, i) => (i < 18 ? 3 : 6)), 5);

describe("forecast chart", () => {
  it("when: a bar per week with a chance, the curve, and the P50 / P85 / P95 dates", () => {
    const r = forecastHistory(h, { kind: "items", n: 25 }, { seed: 1, trials: 2000 });
    const data = forecastChart(r, "items");
    const svg = draw(forecast, data);
    expect(svg.querySelectorAll(".bars rect").length).toBe(data.bars.filter((b) => b.p > 0).length);
    expect(data.bars.reduce((s, b) => s + b.p, 0)).toBeCloseTo(0.99, 10); // one percent per level, 99 levels
    expect(svg.querySelectorAll("path.curve").length).toBe(1);
    const labels = Array.from(svg.querySelectorAll(".marker text"), (t) => t.firstChild?.nodeValue);
    expect(labels).toHaveLength(3);
    expect(labels[1]).toMatch(/^85 %: by \d{4}-\d{2}-\d{2}$/);
  });

  it("how many: the 'at least' amounts are the 50th, 15th and 5th percentiles", () => {
    const r = forecastHistory(h, { kind: "by", day: START + 36 * 14 + 60 }, { seed: 1, trials: 2000 });
    const data = forecastChart(r, "items");
    expect(data.markers.map((m) => m.x)).toEqual([50, 15, 5].map((q) => Math.floor((r.values[q - 1] as number) + 1e-9)));
    const svg = draw(forecast, data);
    expect(Array.from(svg.querySelectorAll(".marker text"), (t) => t.firstChild?.nodeValue)[1]).toMatch(/^85 %: at least \d+$/);
    expect(svgFile(svg)).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
  });
});

describe("backtest charts", () => {
  const r = backtestHistory(h, { horizon: { periods: 5 }, seed: 1, trials: 1000 });

  it("calibration: ten PIT bars per forecaster, a reliability point per nominal range", () => {
    const svg = draw(calibration, calibrationChart(r.summary, "t"));
    expect(svg.querySelectorAll(".pit.ours rect").length).toBe(10);
    expect(svg.querySelectorAll(".pit.naive rect").length).toBe(10);
    expect(svg.querySelectorAll("circle").length).toBe(2 * r.summary.reliability.length);
  });

  it("intervals: a dot per cut-off, hollow when outside P10–P90", () => {
    const data = intervalsChart(r.rows, "t", "items");
    const svg = draw(intervals, data);
    const dots = Array.from(svg.querySelectorAll(".actual circle"));
    expect(dots).toHaveLength(r.rows.length);
    expect(dots.filter((c) => c.getAttribute("fill") === "#fff").length).toBe(r.rows.filter((x) => !x.ours.in80).length);
  });
});
