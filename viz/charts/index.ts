// The charts of a report, in order, with when each applies and the height it wants at a given
// width; shared by the report page, the SVG export and the playground.
import type { ReportData } from "../data.js";
import type { ChartContext } from "../frame.js";
import * as cumulativeValue from "./cumulative-value.js";
import * as valuePerSprint from "./value-per-sprint.js";
import * as velocity from "./velocity.js";
import * as valueDistribution from "./value-distribution.js";
import * as hoursByRole from "./hours-by-role.js";
import * as impediments from "./impediments.js";
import * as flow from "./flow.js";
import * as cycleTime from "./cycle-time.js";
import * as forest from "./forest.js";
import * as sweep from "./sweep.js";

export interface Chart {
  id: string;
  title: string;
  /** What the chart shows, one sentence for the page. */
  caption: string;
  applies: (data: ReportData) => boolean;
  /** The height the chart wants (more arms, more rows); absent: any height will do. */
  height?: (data: ReportData) => number;
  draw: (ctx: ChartContext, data: ReportData) => SVGSVGElement;
}

const always = () => true;
const withDetail = (d: ReportData) => d.meta.detail > 0;

export const CHARTS: Chart[] = [
  { ...forest, caption: "Each dot is the mean change of a metric against the reference over the same replication seeds; the line is its 95 % confidence interval. A line that does not cross zero is a difference the replications support.", applies: (d) => d.meta.command === "compare" },
  { ...sweep, caption: "How the headline metrics move as the varied keys change; the band is the 95 % confidence interval of the mean.", applies: (d) => d.meta.command === "sweep" },
  { ...cumulativeValue, caption: "Value delivered so far at each sprint's end: the line is the median replication, the band holds 80 % of the replications (P10–P90). A dashed line marks the weightiest moment of each scenario's representative replication, as `scrumlab story --replication k` tells it.", applies: always },
  { ...valuePerSprint, caption: "Mean value accepted at each Sprint Review.", applies: always },
  { ...velocity, caption: "Velocity is the estimated hours of the items done; say/do is the share of committed items done.", applies: always },
  { ...valueDistribution, caption: "How total value varies from one replication to the next; the line is the mean, the shaded strip its 95 % confidence interval.", applies: always },
  { ...hoursByRole, caption: "Every hour of every person is booked to one duty; each bar is one person's mean sprint. A merged PO/SM's bar shows how product duties crowd out the Scrum Master's.", applies: withDetail },
  { ...impediments, caption: "Left: impediments still open at the end of each sprint. Right: how long removed impediments stood, in working days, as a share of each scenario's removed impediments.", applies: withDetail },
  { ...flow, caption: "Items per state at the end of each day, in the replication whose total value is the median of the detail replications.", applies: withDetail },
  { ...cycleTime, caption: "Each dot is an item done; cycle time runs from start to done. Right-skewed, as agile teams' cycle times are; read the percentiles, not the mean.", applies: withDetail },
];

/** The three charts that carry the story of each kind of report, shown first (after the headline table). */
const KEY: Record<ReportData["meta"]["command"], string[]> = {
  compare: ["forest", "cumulative-value", "hours-by-role"],
  run: ["cumulative-value", "value-distribution", "hours-by-role"],
  sweep: ["sweep", "cumulative-value", "value-distribution"],
};

/** The charts that apply to this data, the key ones first, then the rest in their usual order. */
export function chartsFor(data: ReportData): Chart[] {
  const applying = CHARTS.filter((c) => c.applies(data));
  const key = KEY[data.meta.command].flatMap((id) => applying.filter((c) => c.id === id));
  return [...key, ...applying.filter((c) => !key.includes(c))];
}

/** The height a chart is drawn at: what it asks for, or the default. */
export function chartHeight(chart: Pick<Chart, "height">, data: ReportData, fallback: number): number {
  return Math.max(fallback, chart.height?.(data) ?? 0);
}
