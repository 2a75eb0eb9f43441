// Golden figures: key totals at fixed seeds, pinned exactly. A change here means the model's
// behaviour changed: if that was the intent, update the figures in the same commit and say so.
import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/model/run.js";
import { scenario, type Overrides } from "./helpers.js";

type Golden = { seed: number; events: number; value: number; done: number; impediments: number; cycle: number };
const golden: Array<[string, Overrides, number, Golden]> = [
  ["baseline", {}, 0, { seed: 7613866191874733, events: 4319, value: 2347.944864989649, done: 64, impediments: 29, cycle: 60.24963362836265 }],
  ["baseline", {}, 1, { seed: 8936906403420224, events: 4315, value: 2460.61883488873, done: 59, impediments: 26, cycle: 60.717522998240305 }],
  ["baseline", {}, 7, { seed: 6359342648513529, events: 4151, value: 1790.8998361262177, done: 47, impediments: 40, cycle: 78.36187176788717 }],
  ["merged PO/SM", { "roles.mergedPoSm": true }, 0, { seed: 7613866191874733, events: 4072, value: 1772.4783085880829, done: 60, impediments: 31, cycle: 76.30583621955276 }],
  ["merged PO/SM", { "roles.mergedPoSm": true }, 7, { seed: 6359342648513529, events: 3994, value: 1464.2609662912002, done: 40, impediments: 40, cycle: 83.23802934587755 }],
  ["impediments unremoved", { "practices.impedimentRemoval": "none" }, 1, { seed: 8936906403420224, events: 3942, value: 2366.0714075796905, done: 58, impediments: 26, cycle: 78.96619233825957 }],
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
