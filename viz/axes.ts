// Axes of a plot area with their labels (the labels say what is measured and in what unit).
// Tick labels are 12 px (d3 draws 10 px), readable printed and on a projector.
import { axisBottom, axisLeft, type AxisDomain, type AxisScale } from "d3";
import type { Frame } from "./frame.js";

export const TICK_FONT = 12;

export interface AxisOptions {
  ticks?: number;
  format?: (v: never) => string;
  values?: number[];
}

/** A bottom axis at the foot of the plot, with its label centred under it. */
export function xAxis<D extends AxisDomain>(f: Frame, scale: AxisScale<D>, label: string, o: AxisOptions = {}): void {
  const axis = axisBottom(scale);
  if (o.ticks !== undefined) axis.ticks(o.ticks);
  if (o.values !== undefined) axis.tickValues(o.values as unknown as D[]);
  if (o.format !== undefined) axis.tickFormat(o.format as never);
  f.plot.append("g").attr("class", "axis x").attr("transform", `translate(0,${f.height})`).call(axis).attr("font-size", TICK_FONT);
  f.plot.append("text").attr("class", "axis-label").attr("x", f.width / 2).attr("y", f.height + 40).attr("text-anchor", "middle").attr("fill", "#333").text(label);
}

/** A left axis, with its label turned along it at `offset` px left of the axis. */
export function yAxis<D extends AxisDomain>(f: Frame, scale: AxisScale<D>, label: string, o: AxisOptions & { offset?: number } = {}): void {
  const axis = axisLeft(scale);
  if (o.ticks !== undefined) axis.ticks(o.ticks);
  if (o.format !== undefined) axis.tickFormat(o.format as never);
  f.plot.append("g").attr("class", "axis y").call(axis).attr("font-size", TICK_FONT);
  if (label === "") return;
  const fit = fitAlong(label, f.height + 24);
  const text = f.plot.append("text").attr("class", "axis-label").attr("transform", `translate(${-(o.offset ?? 52)},${f.height / 2}) rotate(-90)`).attr("text-anchor", "middle").attr("fill", "#333");
  if (fit.size !== 12) text.attr("font-size", fit.size);
  text.text(fit.text);
  if (fit.text !== label) text.append("title").text(label);
}

const CHAR_EM = 0.55; // width of a character in em, a safe estimate for the system sans fonts

/**
 * A label turned along a short axis must not run past it (into the legend above a small
 * chart): it shrinks to at most 9 px, then is cut with "…" (the whole label in its tooltip).
 */
export function fitAlong(label: string, length: number): { text: string; size: number } {
  const size = Math.max(9, Math.min(12, Math.floor(length / (label.length * CHAR_EM))));
  const fits = Math.floor(length / (size * CHAR_EM));
  return { text: label.length <= fits ? label : `${label.slice(0, Math.max(1, fits - 1)).trimEnd()}…`, size };
}

/** A bottom axis in calendar weeks, for per-sprint series of arms whose sprints may differ in length. */
export function weekAxis(f: Frame, x: AxisScale<number>, weeks: number, label = "calendar week (each point at its sprint's end)"): void {
  xAxis(f, x, f.width < 320 ? "calendar week" : label, { ticks: Math.min(12, Math.max(2, Math.ceil(weeks)), Math.max(2, Math.floor(f.width / 45))), format: (v: number) => (Number.isInteger(v) ? String(v) : "") });
}

/** Both axes of a linear (or band) x and a linear y. */
export function axes<X extends AxisDomain>(f: Frame, x: AxisScale<X>, y: AxisScale<number>, xLabel: string, yLabel: string, xTicks = 8): void {
  xAxis(f, x, xLabel, "bandwidth" in x ? {} : { ticks: xTicks });
  yAxis(f, y, yLabel, { ticks: 6 });
}
