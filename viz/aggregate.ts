// Pure aggregation helpers shared by the report's folder reader (server) and the playground
// (browser): histograms with shared bin edges, impediment-age buckets, and the cumulative flow
// of one replication's items. No I/O; the same input gives the same output.
import { AGE_EDGES, type Bin } from "./data.js";

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** One histogram per series, all with the same `count` bins spanning every finite value (from `lower` when given). */
export function sharedHistograms(series: number[][], count: number, lower?: number): Bin[][] {
  const finite = series.map((v) => v.filter(Number.isFinite));
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of finite) for (const x of v) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  if (lo === Infinity) return series.map(() => []);
  if (lower !== undefined) lo = Math.min(lo, lower);
  if (hi === lo) hi = lo + 1;
  const width = (hi - lo) / count;
  return finite.map((v) => {
    const bins: Bin[] = Array.from({ length: count }, (_, i) => ({ x0: round(lo + i * width, 6), x1: round(lo + (i + 1) * width, 6), count: 0 }));
    for (const x of v) bins[Math.min(count - 1, Math.max(0, Math.floor((x - lo) / width)))].count++;
    return bins;
  });
}

/** How many ages (working days) fall in each bucket of AGE_EDGES: [0, ½), [½, 1), …, [40, ∞). */
export function ageCounts(ages: number[]): number[] {
  const counts = new Array<number>(AGE_EDGES.length + 1).fill(0);
  for (const a of ages) {
    if (!Number.isFinite(a)) continue;
    let k = 0;
    while (k < AGE_EDGES.length && a >= AGE_EDGES[k]) k++;
    counts[k]++;
  }
  return counts;
}

/** An item's life in hours since the start of the run (NaN: never reached). */
export interface ItemTimes {
  selected: number;
  started: number;
  done: number;
  accepted: number;
}

export interface Flow {
  days: number[];
  selected: number[];
  inProgress: number[];
  done: number[];
  accepted: number[];
}

/** Items per state at the end of every working day 1 … days (day d ends at d × hoursPerDay). */
export function cumulativeFlow(items: ItemTimes[], hoursPerDay: number, days: number): Flow {
  const out: Flow = { days: [], selected: [], inProgress: [], done: [], accepted: [] };
  for (let d = 1; d <= days; d++) {
    const t = d * hoursPerDay;
    let sel = 0;
    let prog = 0;
    let dn = 0;
    let acc = 0;
    for (const i of items) {
      if (!(i.selected <= t)) continue;
      if (i.accepted <= t) acc++;
      else if (i.done <= t) dn++;
      else if (i.started <= t) prog++;
      else sel++;
    }
    out.days.push(d);
    out.selected.push(sel);
    out.inProgress.push(prog);
    out.done.push(dn);
    out.accepted.push(acc);
  }
  return out;
}

/** The index of the median of `values` (the lower middle for an even count; ties by position). */
export function medianIndex(values: number[]): number {
  if (values.length === 0) return -1;
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v || a.i - b.i);
  return order[Math.floor((order.length - 1) / 2)].i;
}
