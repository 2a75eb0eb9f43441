// Synthetic histories for the forecasting tests: throughput per period drawn from a seeded
// stream, items done on weekdays inside their period.
import { RandomStream } from "../../src/engine/random.js";
import { dayOf, weekday } from "../../src/forecast/days.js";
import type { History, ItemRecord } from "../../src/forecast/history.js";

export const START = dayOf(2022, 1, 3) as number; // a Monday

/** Poisson throughput with the given mean in each period. */
export function series(means: readonly number[], seed = 1): number[] {
  const r = new RandomStream(seed, "synthetic-series");
  return means.map((m) => r.poisson(m));
}

/** An item history whose done items per 14-day period are `counts`. */
export function itemHistory(counts: readonly number[], seed = 1): History & { form: "items" } {
  const r = new RandomStream(seed, "synthetic-items");
  const items: ItemRecord[] = [];
  counts.forEach((c, p) => {
    for (let i = 0; i < c; i++) {
      let done = START + p * 14 + r.integer(0, 13);
      while (weekday(done) > 4) done--;
      items.push({ id: `S-${items.length + 1}`, created: done - r.integer(0, 20), done });
    }
  });
  return { form: "items", items };
}
