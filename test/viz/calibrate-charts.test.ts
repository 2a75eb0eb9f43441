// The calibration's and the what-if's charts drawn into a server-side DOM: a mark for each thing
// the chart claims to show, from synthetic data whose answer is known.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { Fit } from "../../src/calibration/fit.js";
import type { FlowRun } from "../../src/calibration/simulate.js";
import { flowStats } from "../../src/calibration/flow.js";
import type { Target } from "../../src/calibration/target.js";
import { leadTimeFit, throughputFit } from "../../src/output/calibrate/report.js";
import { svgFile } from "../../src/output/report/svg.js";
import * as fitLeads from "../../viz/charts/fit-lead-times.js";
import * as fitThroughput from "../../viz/charts/fit-throughput.js";
import * as whatIf from "../../viz/charts/what-if.js";

function draw<D>(chart: { draw: (ctx: { document: Document; width: number; height: number }, d: D) => SVGSVGElement }, data: D): SVGSVGElement {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  return chart.draw({ document: document as unknown as Document, width: 1280, height: 720 }, data);
}

const throughput = [0, 1, 1, 2, 2, 2, 3, 5];
const leadTimes = [1, 2, 3, 4, 5, 6, 8, 10, 12, 20];
const target: Target = { from: 0, to: 55, throughput, leadTimes, stats: flowStats(throughput, leadTimes), noCreated: 0 };
const run = (tp: number[], leads: number[]) => ({ throughput: tp, leadTimes: leads, doneDays: [], stats: flowStats(tp, leads), arrivalRatio: 1 }) as FlowRun;
const fit = { check: [run([1, 2, 2, 3], [2, 4, 6, 8, 10]), run([2, 2, 1, 3], [3, 5, 7, 9, 30])] } as unknown as Fit;

describe("fit charts", () => {
  it("throughput: the shares of weeks per count, team and simulated, each summing to 1", () => {
    const data = throughputFit(fit, target);
    expect(data.bins.map((b) => b.label)).toEqual(["0", "1", "2", "3", "4", "5"]);
    expect(data.bins.map((b) => b.actual)).toEqual([1 / 8, 2 / 8, 3 / 8, 1 / 8, 0, 1 / 8]);
    expect(data.bins.reduce((s, b) => s + b.simulated, 0)).toBeCloseTo(1, 12);
    expect(data.simulatedMean).toBe(2);
    const svg = draw(fitThroughput, data);
    expect(svg.querySelectorAll(".bars.actual rect").length).toBe(6);
    expect(svg.querySelectorAll(".bars.simulated rect").length).toBe(6);
    expect(svgFile(svg)).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
  });

  it("lead times: two distribution curves and the P50 and P85 of each, labelled", () => {
    const data = leadTimeFit(fit, target);
    expect(data.actual[0]).toEqual({ days: 0, p: 0 });
    expect(data.actual[data.actual.length - 1]).toEqual({ days: 20, p: 1 });
    expect(data.markers.map((m) => [m.who, m.q])).toEqual([["actual", 50], ["actual", 85], ["simulated", 50], ["simulated", 85]]);
    const svg = draw(fitLeads, data);
    expect(svg.querySelectorAll("path.curve").length).toBe(2);
    const labels = Array.from(svg.querySelectorAll(".marker text"), (t) => t.firstChild?.nodeValue);
    expect(labels).toContain("team P50: 6 days");
  });
});

describe("what-if chart", () => {
  it("a row per forecast with its P50–P85 bar and P85 mark; a row beyond the span draws no bar", () => {
    const data: whatIf.WhatIfChartData = {
      mode: "when",
      title: "t",
      xLabel: "done by (date)",
      asOf: 19_000,
      rows: [
        { label: "forecast from the history", p5: 19_020, p50: 19_040, p85: 19_060, p95: 19_080, note: "" },
        { label: "team: as it is (simulated)", p5: 19_025, p50: 19_045, p85: 19_070, p95: 19_090, note: "" },
        { label: "merged-po-sm (simulated)", p5: 19_030, p50: 19_060, p85: 19_090, p95: undefined, note: "P85 +14 working days" },
        { label: "far (simulated)", note: "" },
      ],
    };
    const svg = draw(whatIf, data);
    expect(svg.querySelectorAll("g.row").length).toBe(4);
    expect(svg.querySelectorAll("rect.bar").length).toBe(3);
    expect(svg.querySelectorAll("path.p85").length).toBe(3);
    expect(svg.querySelector(".row-2 line.range")?.getAttribute("stroke-dasharray")).toBe("4 3");
    const texts = Array.from(svg.querySelectorAll(".row-2 text"), (t) => t.firstChild?.nodeValue);
    expect(texts).toContain("P85 2022-04-08 (P85 +14 working days)");
  });
});
