// The column-by-column tables of docs/outputs.md for the run totals and sprint metrics,
// generated from the metric lists of the model so the document cannot drift.
import { RUN_METRICS, SPRINT_METRICS } from "../model/result.js";
import { SPRINT_SUMMARY_METRICS } from "../experiment/aggregate.js";
import { ORGANIZATION_RULES } from "../model/combine.js";

export const START = "<!-- metrics:start -->";
export const END = "<!-- metrics:end -->";

export function metricTables(): string {
  const lines = [
    START,
    "",
    "### Run totals (`runs.csv`, `summary.csv`, `comparison.csv`, `sweep.csv`)",
    "",
    "The last column says how an organization's row (`team` = `all`, two or more teams) is made from its teams' rows; with one team, `all` is the team.",
    "",
    "| column | unit | better | meaning | organization (`all`) |",
    "|---|---|---|---|---|",
  ];
  for (const m of RUN_METRICS) lines.push(`| \`${m.key}\` | ${m.unit} | ${m.better} | ${m.meaning} | ${ORGANIZATION_RULES[m.key]} |`);
  lines.push("", "### Sprint metrics (`sprints.csv`)", "", "An organization's sprint row adds up its teams' counts, hours and value; means over events (impediment age, answer wait, cycle and lead time) and the say/do ratio are pooled over all its teams' events; `sprint_goal_met`, `productivity`, `morale` and `estimate_noise` are the mean over its teams.", "", "| column | unit | meaning |", "|---|---|---|");
  for (const m of SPRINT_METRICS) lines.push(`| \`${m.key}\` | ${m.unit} | ${m.meaning} |`);
  lines.push("", `\`sprint-summary.csv\` summarizes these sprint metrics: ${SPRINT_SUMMARY_METRICS.map((m) => `\`${m}\``).join(", ")}.`, "", END);
  return lines.join("\n");
}

/** The document with its generated part replaced. */
export function withMetricTables(doc: string): string {
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < 0) throw new Error(`docs/outputs.md lacks the ${START} … ${END} markers`);
  return doc.slice(0, a) + metricTables() + doc.slice(b + END.length);
}
