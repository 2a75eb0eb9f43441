// The charts of a sensitivity report, in order, with the height each wants; shared by the
// report page and the SVG export.
import type { ChartContext } from "../frame.js";
import type { SensitivityData } from "../sensitivity-data.js";
import * as tornado from "./tornado.js";
import * as scatter from "./sensitivity-scatter.js";

export interface SensitivityChart {
  id: string;
  title: string;
  caption: string;
  applies: (data: SensitivityData) => boolean;
  height: (data: SensitivityData) => number;
  draw: (ctx: ChartContext, data: SensitivityData) => SVGSVGElement;
}

export const SENSITIVITY_CHARTS: SensitivityChart[] = [
  { ...tornado, caption: "The longer the bar, the more the parameter drives the result over its range, alone and through its interactions (Sobol: total index ST, the inner bar the first-order S1; Morris: μ*, the dot σ). The line is the 95 % bootstrap interval: bars whose lines overlap are not reliably ordered.", applies: (d) => d.metrics.length > 0 },
  { ...scatter, caption: "Each dot is a sample point: its value of the parameter, and the mean result over its replications (with --vs: the paired effect in percent). A trend is the parameter's main effect; a spread at a given value is the other parameters at work.", applies: (d) => d.scatter.length > 0 },
];
