// The sensitivity chart modules drawn into a server-side DOM, as `report --svg` does: one bar,
// interval and label per shown parameter, one dot per sample point, and no NaN anywhere.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { SENSITIVITY_CHARTS } from "../../viz/charts/sensitivity.js";
import { SHOWN } from "../../viz/charts/tornado.js";
import type { SensitivityData } from "../../viz/sensitivity-data.js";
import { svgFile } from "../../src/output/report/svg.js";

function data(method: "morris" | "sobol", vs: boolean, parameters: number): SensitivityData {
  const vary = Array.from({ length: parameters }, (_, j) => ({ path: `section.key${j}`, lo: 1, hi: 10, log: j % 2 === 1, int: false }));
  const column = vs ? "value_delivered_pct" : "value_delivered";
  const indices = vary.map((v, j) => ({ parameter: v.path, importance: 1 / (j + 1), low: 0.8 / (j + 1), high: 1.2 / (j + 1), second: 0.5 / (j + 1), secondLow: method === "sobol" ? 0.3 / (j + 1) : null, secondHigh: method === "sobol" ? 0.6 / (j + 1) : null }));
  return {
    kind: "sensitivity",
    meta: { method, version: "0.0.0", seed: 1, runs: 3, samples: 4, points: 40, scenarios: [{ name: "a", description: "" }, ...(vs ? [{ name: "b", description: "" }] : [])], reference: vs ? "a" : null, threshold: 0, vary },
    metrics: [{ metric: column, indices }, { metric: vs ? "items_done_pct" : "items_done", indices }],
    scatter: vary.slice(0, 6).map((v) => ({ metric: column, parameter: v.path, points: Array.from({ length: 40 }, (_, i) => [1 + (i % 10), -5 + i / 4, i % 3 === 0 ? 1 : 0] as [number, number, number]) })),
    robustness: [],
  };
}

function draw(id: string, d: SensitivityData): SVGSVGElement {
  const chart = SENSITIVITY_CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(id);
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  return chart.draw({ document: document as unknown as Document, width: 960, height: Math.max(440, chart.height(d)) }, d);
}

describe("sensitivity charts", () => {
  it.each([
    ["morris", false, 5],
    ["sobol", true, 20],
  ] as const)("tornado (%s, --vs %s, %i parameters): a bar, an interval and a label per shown parameter and metric", (method, vs, n) => {
    const svg = draw("tornado", data(method, vs, n));
    const shown = Math.min(SHOWN, n) * 2;
    expect(svg.querySelectorAll("rect.importance").length).toBe(shown);
    expect(svg.querySelectorAll("line.ci").length).toBe(shown);
    expect(svg.querySelectorAll("text.parameter").length).toBe(shown);
    expect(svg.querySelectorAll(".second").length).toBe(shown);
    expect(svg.querySelectorAll("text.panel-title").length).toBe(2);
    expect(svgFile(svg)).not.toMatch(/NaN|undefined|Infinity/);
  });

  it("scatter: a panel per important parameter and a dot per point; with --vs the failing points in their own colour and a zero line", () => {
    const d = data("sobol", true, 8);
    const svg = draw("sensitivity-scatter", d);
    expect(svg.querySelectorAll("g.dots").length).toBe(6);
    expect(svg.querySelectorAll("g.dots circle").length).toBe(6 * 40);
    expect(svg.querySelectorAll("line.zero").length).toBe(6);
    expect(new Set(Array.from(svg.querySelectorAll("g.dots circle"), (c) => c.getAttribute("fill"))).size).toBe(2);
    expect(svgFile(svg)).not.toMatch(/NaN|undefined|Infinity/);
  });
});
