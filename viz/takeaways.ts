// One sentence per chart that says what it shows for this data — the line a coach reads off a
// slide. Built only from the report's data (the same figures the chart draws); a chart without
// the data for a sentence gets its generic caption instead.
import { sprintSeries, total, type ReportData } from "./data.js";
import { fmtInt } from "./format.js";
import { formatPct, formatValue, headlineMetrics, label, verdict } from "./metrics.js";
import { dutyGroup } from "./palette.js";

const name = (data: ReportData, arm: number) => data.arms[arm]?.label ?? "?";
const list = (parts: string[]) => (parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`);
/** At most this many arms are named in one sentence. */
const MOST = 4;

function forest(data: ReportData): string {
  const metric = headlineMetrics()[0] ?? "value_delivered";
  const parts = data.comparison.filter((c) => c.metric === metric).slice(0, MOST).map((c) => `${name(data, c.arm)} ${formatPct(c.pct_change)} (${verdict(metric, c.ci95_low, c.ci95_high)})`);
  if (parts.length === 0) return "";
  return `Against ${data.meta.reference ?? "the reference"}, ${label(metric)} changes by ${list(parts)}.`;
}

function cumulative(data: ReportData): string {
  const ends = data.drawn.map((a) => ({ a, last: sprintSeries(data, a, "cumulative_value").at(-1) })).filter((e) => e.last !== undefined);
  if (ends.length === 0) return "";
  const weeks = data.arms[ends[0].a]?.weeks ?? 0;
  if (data.meta.command === "compare") {
    const [ref, ...others] = ends;
    const gaps = others.slice(0, MOST).map((e) => {
      const c = data.comparison.find((x) => x.arm === e.a && x.metric === "value_delivered");
      return `${name(data, e.a)} ${fmtInt(e.last?.p50 ?? NaN)}${c ? ` (${formatPct(c.pct_change)})` : ""}`;
    });
    return `After ${weeks} weeks ${name(data, ref.a)} has delivered a median ${fmtInt(ref.last?.p50 ?? NaN)} in value; ${list(gaps)}.`;
  }
  const sorted = [...ends].sort((x, y) => (y.last?.p50 ?? 0) - (x.last?.p50 ?? 0));
  if (sorted.length === 1) return `After ${weeks} weeks the median replication has delivered ${fmtInt(sorted[0].last?.p50 ?? NaN)} in value; 80 % of the replications lie between ${fmtInt(sorted[0].last?.p10 ?? NaN)} and ${fmtInt(sorted[0].last?.p90 ?? NaN)}.`;
  return `Most value by the end: ${name(data, sorted[0].a)} (${fmtInt(sorted[0].last?.p50 ?? NaN)}); least: ${name(data, sorted[sorted.length - 1].a)} (${fmtInt(sorted[sorted.length - 1].last?.p50 ?? NaN)}).`;
}

function perSprint(data: ReportData): string {
  const a = data.drawn[0];
  const s = sprintSeries(data, a, "value_delivered");
  if (s.length < 2) return "";
  const first = s[0].mean;
  const last = s[s.length - 1].mean;
  return `${name(data, a)}: ${fmtInt(first)} value in sprint 1, ${fmtInt(last)} in sprint ${s[s.length - 1].sprint} — ${last < first ? "the most valuable items come first, so each sprint adds less" : "later sprints deliver as much or more"}.`;
}

function velocity(data: ReportData): string {
  const parts = data.drawn.slice(0, MOST).flatMap((a) => {
    const s = sprintSeries(data, a, "velocity_hours");
    if (s.length < 2 || s[0].mean === 0) return [];
    return [`${name(data, a)} ${fmtInt(s[0].mean)} → ${fmtInt(s[s.length - 1].mean)} h (${formatPct(100 * (s[s.length - 1].mean / s[0].mean - 1), 0)})`];
  });
  return parts.length === 0 ? "" : `Velocity from the first sprint to the last: ${list(parts)}.`;
}

function distribution(data: ReportData): string {
  const parts = data.drawn.slice(0, 2).flatMap((a) => {
    const t = total(data, a, "value_delivered");
    return t ? [`${fmtInt(t.p10)} and ${fmtInt(t.p90)} (${name(data, a)})`] : [];
  });
  return parts.length === 0 ? "" : `Luck matters: 80 % of replications deliver between ${parts.join(", or ")} — one team's one run proves little.`;
}

function hours(data: ReportData): string {
  const shareOf = (arm: number, role: string, duties: (d: string) => boolean) => {
    const rows = data.hours.filter((h) => h.arm === arm && h.role === role);
    const all = rows.reduce((s, h) => s + h.hours, 0);
    return all > 0 ? rows.filter((h) => duties(h.duty)).reduce((s, h) => s + h.hours, 0) / all : NaN;
  };
  const product = (d: string) => dutyGroup(d).id === "product";
  const sm = (d: string) => dutyGroup(d).id === "scrum-master";
  const merged = data.drawn.find((a) => data.hours.some((h) => h.arm === a && h.role === "merged-po-sm"));
  const separate = data.drawn.find((a) => data.hours.some((h) => h.arm === a && h.role === "scrum-master"));
  const pct = (x: number) => `${Math.round(100 * x)} %`;
  if (merged !== undefined) {
    const m = `The merged PO/SM (${name(data, merged)}) spends ${pct(shareOf(merged, "merged-po-sm", product))} of their hours on product work and ${pct(shareOf(merged, "merged-po-sm", sm))} on Scrum Master work`;
    return separate !== undefined ? `${m}; a separate Scrum Master (${name(data, separate)}) spends ${pct(shareOf(separate, "scrum-master", sm))} on it.` : `${m}.`;
  }
  if (separate !== undefined) return `The Scrum Master spends ${pct(shareOf(separate, "scrum-master", sm))} of their hours on Scrum Master work, the Product Owner ${pct(shareOf(separate, "product-owner", product))} on product work.`;
  return "";
}

function impediments(data: ReportData): string {
  const parts = data.drawn.slice(0, MOST).flatMap((a) => {
    const t = total(data, a, "impediment_age_mean_hours");
    return t && Number.isFinite(t.mean) ? [`${formatValue("impediment_age_mean_hours", t.mean)} h in ${name(data, a)}`] : [];
  });
  return parts.length === 0 ? "" : `A removed impediment stood ${list(parts)} on average.`;
}

function flow(data: ReportData): string {
  const parts = data.cfd.slice(0, MOST).map((c) => `${name(data, c.arm)} ${c.accepted.at(-1) ?? 0}`);
  return parts.length === 0 ? "" : `Items accepted by the last day of a representative replication: ${list(parts)}; a thick in-progress band means work waits.`;
}

function cycle(data: ReportData): string {
  const parts = data.cycles.slice(0, MOST).map((c) => `${name(data, c.arm)} ${formatValue("cycle_time_mean_hours", c.p50)} h (P85 ${formatValue("cycle_time_mean_hours", c.p85)} h)`);
  return parts.length === 0 ? "" : `Half the items are done within ${list(parts)} of starting.`;
}

function sweep(data: ReportData): string {
  const rows = data.totals.filter((t) => t.metric === "value_delivered");
  if (rows.length < 2) return "";
  const hi = rows.reduce((a, b) => (b.mean > a.mean ? b : a));
  const lo = rows.reduce((a, b) => (b.mean < a.mean ? b : a));
  return `Value delivered ranges from ${fmtInt(lo.mean)} (${name(data, lo.arm)}) to ${fmtInt(hi.mean)} (${name(data, hi.arm)}) across the sweep.`;
}

const SENTENCES: Record<string, (data: ReportData) => string> = {
  forest,
  sweep,
  "cumulative-value": cumulative,
  "value-per-sprint": perSprint,
  velocity,
  "value-distribution": distribution,
  "hours-by-role": hours,
  impediments,
  "cumulative-flow": flow,
  "cycle-time": cycle,
};

/** The chart's one-sentence takeaway for this data, or "" when there is nothing to say. */
export function takeaway(chartId: string, data: ReportData): string {
  return SENTENCES[chartId]?.(data) ?? "";
}
