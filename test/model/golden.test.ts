// Golden figures: key totals at fixed seeds, pinned exactly. A change here means the model's
// behaviour changed: if that was the intent, update the figures in the same commit and say so.
import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/model/run.js";
import { scenario, type Overrides } from "./helpers.js";

type Golden = { seed: number; events: number; value: number; done: number; impediments: number; cycle: number };
const golden: Array<[string, Overrides, number, Golden]> = [
  ["baseline", {}, 0, { seed: 7613866191874733, events: 4263, value: 2515.1909962199143, done: 68, impediments: 29, cycle: 55.91047386813728 }],
  ["baseline", {}, 1, { seed: 8936906403420224, events: 4040, value: 2512.4494930247297, done: 61, impediments: 26, cycle: 68.20307110339343 }],
  ["baseline", {}, 7, { seed: 6359342648513529, events: 3823, value: 1863.686175440497, done: 47, impediments: 40, cycle: 73.94465986709898 }],
  ["merged PO/SM", { "roles.mergedPoSm": true }, 0, { seed: 7613866191874733, events: 3990, value: 1803.2254850143709, done: 58, impediments: 31, cycle: 79.06039597026003 }],
  ["merged PO/SM", { "roles.mergedPoSm": true }, 7, { seed: 6359342648513529, events: 3484, value: 1564.1287299034464, done: 36, impediments: 40, cycle: 99.85756621663107 }],
  ["impediments unremoved", { "practices.impedimentRemoval": "none" }, 1, { seed: 8936906403420224, events: 3661, value: 2303.6360088879137, done: 57, impediments: 26, cycle: 78.47081506206986 }],
];

describe("golden figures at fixed seeds", () => {
  it.each(golden.map(([name, overrides, replication, expected]) => ({ name, overrides, replication, expected })))("$name, replication $replication", ({ overrides, replication, expected }) => {
    const r = runScenario(scenario(overrides), { replication });
    expect({
      seed: r.seed,
      events: r.events,
      value: r.totals.value_delivered,
      done: r.totals.items_done,
      impediments: r.totals.impediments_raised,
      cycle: r.totals.cycle_time_mean_hours,
    }).toEqual(expected);
  });

  it("the same scenario and seed give the same result, in full", () => {
    const a = runScenario(scenario(), { replication: 3, detail: true, trace: true });
    const b = runScenario(scenario(), { replication: 3, detail: true, trace: true });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const c = runScenario(scenario(), { replication: 4 });
    expect(c.totals.value_delivered).not.toBe(a.totals.value_delivered);
  });
});

describe("an item's question draws", () => {
  it("are unit exponentials: mean 1 and variance 1 over many seeds and counters", async () => {
    const { questionDraw } = await import("../../src/model/items.js");
    let n = 0;
    let sum = 0;
    let sq = 0;
    for (let seed = 0; seed < 2000; seed++) {
      for (let k = 0; k < 50; k++) {
        const x = questionDraw((seed * 2654435761) >>> 0, k);
        expect(x).toBeGreaterThan(0);
        n++;
        sum += x;
        sq += x * x;
      }
    }
    const mean = sum / n;
    expect(Math.abs(mean - 1)).toBeLessThan(0.02);
    expect(Math.abs(sq / n - mean * mean - 1)).toBeLessThan(0.05);
    expect(questionDraw(123, 4)).toBe(questionDraw(123, 4));
    expect(questionDraw(123, 4)).not.toBe(questionDraw(123, 5));
  });
});
