// Axes of a plot area with their labels (the labels say what is measured and in what unit).
import { axisBottom, axisLeft, type AxisDomain, type AxisScale } from "d3";
import type { Frame } from "./frame.js";

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
  f.plot.append("g").attr("class", "axis x").attr("transform", `translate(0,${f.height})`).call(axis);
  f.plot.append("text").attr("class", "axis-label").attr("x", f.width / 2).attr("y", f.height + 40).attr("text-anchor", "middle").attr("fill", "#333").text(label);
}

/** A left axis, with its label turned along it at `offset` px left of the axis. */
export function yAxis<D extends AxisDomain>(f: Frame, scale: AxisScale<D>, label: string, o: AxisOptions & { offset?: number } = {}): void {
  const axis = axisLeft(scale);
  if (o.ticks !== undefined) axis.ticks(o.ticks);
  if (o.format !== undefined) axis.tickFormat(o.format as never);
  f.plot.append("g").attr("class", "axis y").call(axis);
  if (label !== "") f.plot.append("text").attr("class", "axis-label").attr("transform", `translate(${-(o.offset ?? 52)},${f.height / 2}) rotate(-90)`).attr("text-anchor", "middle").attr("fill", "#333").text(label);
}

/** Both axes of a linear (or band) x and a linear y. */
export function axes<X extends AxisDomain>(f: Frame, x: AxisScale<X>, y: AxisScale<number>, xLabel: string, yLabel: string, xTicks = 8): void {
  xAxis(f, x, xLabel, "bandwidth" in x ? {} : { ticks: xTicks });
  yAxis(f, y, yLabel, { ticks: 6 });
}
