// What the report and the playground say about a run total: its label, how its figures are
// written, and which direction is better — all read from the model's metric registry
// (RUN_METRICS), so a metric the model adds appears in the full table with no change here.
// The headline picks its few metrics by preference; a key the model drops is skipped.
import { RUN_METRICS, SPRINT_METRICS, type MetricInfo } from "../src/model/result.js";

const REGISTRY: readonly MetricInfo[] = RUN_METRICS;

/** Short labels a coach reads on a slide; any other metric is labelled from its key. */
const LABELS: Record<string, string> = {
  value_delivered: "value delivered",
  items_done: "items done",
  items_accepted: "items accepted",
  velocity_hours_mean: "velocity (h per sprint)",
  say_do_ratio: "say/do ratio",
  sprint_goal_rate: "Sprint Goals met",
  blocked_hours: "blocked item-hours",
  impediments_open_end: "impediments open at the end",
  impediment_age_mean_hours: "impediment age (h)",
  clarifications: "questions to the PO",
  clarification_wait_mean_hours: "wait for answers (h)",
  interruption_hours: "interruption hours",
  meeting_hours: "hours in Scrum events",
  cycle_time_mean_hours: "cycle time, mean (h)",
  cycle_time_p50_hours: "cycle time P50 (h)",
  cycle_time_p85_hours: "cycle time P85 (h)",
  wip_mean: "work in progress (items)",
  productivity_end: "productivity at the end",
  morale_end: "morale at the end",
  estimate_noise_end: "PO's estimate noise at the end",
  lead_time_p50_days: "lead time P50 (days)",
  lead_time_p85_days: "lead time P85 (days)",
  lead_time_p95_days: "lead time P95 (days)",
  flow_efficiency: "flow efficiency",
  throughput_cv: "throughput variability (CV)",
  starved_hours: "starved hours (no work)",
  items_pruned: "stale items pruned",
  scope_added_items: "urgent items let into sprints",
  shortcuts: "items finished with a shortcut",
  tech_debt_end_hours: "technical debt at the end (h)",
  coordination_hours: "coordination hours",
};

/** The headline, in order; an entry with alternatives takes the first the model has. */
const HEADLINE: Array<string | string[]> = ["value_delivered", "sprint_goal_rate", "items_done", ["cycle_time_p50_hours", "cycle_time_mean_hours"], "cycle_time_p85_hours", "impediment_age_mean_hours"];
/** The forest plot: the headline, then these when the model has them. */
const SECONDARY = ["say_do_ratio", "productivity_end", "blocked_hours", "clarification_wait_mean_hours", "interruption_hours"];

export function metricInfo(key: string): MetricInfo | undefined {
  return REGISTRY.find((m) => m.key === key) ?? SPRINT_METRICS.find((m) => m.key === key);
}

const known = (key: string) => REGISTRY.some((m) => m.key === key);

/** Every run total the model reports, in the registry's order. */
export function allMetrics(): string[] {
  return REGISTRY.map((m) => m.key);
}

/** The headline metrics the model has (value, Sprint Goals, items, cycle time P50/P85, impediment age). */
export function headlineMetrics(): string[] {
  return HEADLINE.flatMap((h) => (Array.isArray(h) ? h.filter(known).slice(0, 1) : known(h) ? [h] : []));
}

/** The forest plot's metrics: the headline, then a few more. */
export function forestMetrics(): string[] {
  const head = headlineMetrics();
  return [...head, ...SECONDARY.filter((k) => known(k) && !head.includes(k))];
}

export function label(key: string): string {
  if (LABELS[key] !== undefined) return LABELS[key];
  const words = key.replace(/_hours$/, "").replace(/_/g, " ");
  return key.endsWith("_hours") ? `${words} (h)` : words;
}

/** Higher is better (true), lower (false), or no direction (undefined). */
export function higherBetter(key: string): boolean | undefined {
  const b = metricInfo(key)?.better;
  return b === undefined ? undefined : b === "higher";
}

/** A figure as the table writes it: shares as percent, ratios and factors with two decimals, counts and hours with one below 100. */
export function formatValue(key: string, x: number): string {
  if (!Number.isFinite(x)) return "–";
  const unit = metricInfo(key)?.unit ?? "";
  if (unit === "share") return `${Math.round(x * 100)} %`;
  if (unit === "ratio" || unit === "factor" || unit === "log-sd" || unit === "0/1") return x.toFixed(2);
  const digits = Math.abs(x) >= 100 ? 0 : 1;
  return x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A change in percent: "+4.2 %", "−7.9 %" (a true minus sign). */
export function formatPct(x: number, digits = 1): string {
  if (!Number.isFinite(x)) return "–";
  const s = Math.abs(x).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${x > 0 ? "+" : x < 0 && Number(s) !== 0 ? "−" : ""}${s} %`;
}

/** "better", "worse" or "no clear difference", from the CI of the paired difference and the metric's direction. */
export function verdict(key: string, low: number, high: number): "better" | "worse" | "no clear difference" {
  const up = higherBetter(key);
  if (up === undefined || !(low > 0 || high < 0)) return "no clear difference";
  return low > 0 === up ? "better" : "worse";
}
