// Chart data for the forecast and backtest pages, built from the results, and the charts drawn
// on the server (linkedom) by the same D3 modules a browser would run.
import { ticks } from "d3";
import { formatDay, mondayOf } from "../../forecast/days.js";
import type { BacktestRow, BacktestSummary } from "../../forecast/backtest.js";
import type { ForecastResult } from "../../forecast/forecast.js";
import type { ForecastChartData } from "../../../viz/charts/forecast.js";
import type { CalibrationChartData } from "../../../viz/charts/calibration.js";
import type { IntervalsChartData } from "../../../viz/charts/intervals.js";
import type { ChartContext } from "../../../viz/frame.js";
import { svgFile, toXml } from "../report/svg.js";
import { fmtAmount, heading } from "./text.js";

export function forecastChart(r: ForecastResult, unit: string): ForecastChartData {
  const values = r.values;
  const beyond = values.filter((v) => v === undefined).length / 100;
  const defined = values.map((v, i) => ({ p: (i + 1) / 100, v })).filter((x): x is { p: number; v: number } => x.v !== undefined);
  const bars = new Map<number, { x0: number; x1: number; p: number; label: string }>();
  if (r.mode === "when") {
    for (const { v } of defined) {
      const w = mondayOf(v);
      const b = bars.get(w) ?? { x0: w, x1: w + 7, p: 0, label: `week of ${formatDay(w)}` };
      b.p += 0.01;
      bars.set(w, b);
    }
    return {
      mode: "when",
      title: heading(r, unit),
      xLabel: "done by (date)",
      bars: [...bars.values()],
      curve: [{ x: r.asOf, p: 0 }, ...defined.map(({ p, v }) => ({ x: v, p }))],
      curveLabel: "chance of being done by the date",
      markers: [50, 85, 95].flatMap((q) => (values[q - 1] === undefined ? [] : [{ x: values[q - 1] as number, label: `${q} %: by ${formatDay(values[q - 1] as number)}` }])),
      beyond,
    };
  }
  const lo = Math.floor(defined[0].v);
  const hi = Math.ceil(defined[defined.length - 1].v);
  const edges = hi - lo <= 30 ? Array.from({ length: hi - lo + 2 }, (_, i) => lo + i) : ticks(lo, hi, 24);
  if (edges[edges.length - 1] <= hi) edges.push(edges[edges.length - 1] + (edges[1] - edges[0]));
  for (const { v } of defined) {
    let i = 0;
    while (i < edges.length - 2 && v >= edges[i + 1]) i++;
    const b = bars.get(i) ?? { x0: edges[i], x1: edges[i + 1], p: 0, label: edges[i + 1] - edges[i] === 1 ? `${fmtAmount(edges[i])} ${unit}` : `${fmtAmount(edges[i])}–${fmtAmount(edges[i + 1])} ${unit}` };
    b.p += 0.01;
    bars.set(i, b);
  }
  const atLeast = (q: number) => Math.floor((values[100 - q - 1] ?? 0) + 1e-9);
  return {
    mode: "how-many",
    title: heading(r, unit),
    xLabel: `${unit} finished`,
    bars: [...bars.values()],
    curve: defined.map(({ p, v }) => ({ x: v, p: 1 - p })),
    curveLabel: `chance of at least that many`,
    markers: [50, 85, 95].map((q) => ({ x: atLeast(q), label: `${q} %: at least ${fmtAmount(atLeast(q))}` })),
    beyond: 0,
  };
}

export function calibrationChart(s: BacktestSummary, title: string): CalibrationChartData {
  return { title, forecasts: s.ours.forecasts, pit: { ours: s.ours.pitHistogram, naive: s.naive.pitHistogram }, reliability: s.reliability };
}

export function intervalsChart(rows: readonly BacktestRow[], title: string, yLabel: string): IntervalsChartData {
  return { title, yLabel, rows: rows.map((r) => ({ asOf: r.asOf, actual: r.actual, p5: r.ours.q[4], p10: r.ours.q[9], p50: r.ours.q[49], p90: r.ours.q[89], p95: r.ours.q[94], naive10: r.naive.q[9], naive90: r.naive.q[89] })) };
}

export const SLIDE = { width: 1280, height: 720 };

/** A chart drawn into a server-side document: its standalone SVG file and the element's XML for a page. */
export async function renderChart<D>(draw: (ctx: ChartContext, d: D) => SVGSVGElement, data: D, size = SLIDE): Promise<{ file: string; inline: string }> {
  const { parseHTML } = await import("linkedom");
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const svg = draw({ document: document as unknown as Document, width: size.width, height: size.height }, data);
  return { file: svgFile(svg), inline: toXml(svg) };
}
