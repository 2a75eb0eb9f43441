// Golden figures: key totals at fixed seeds, pinned exactly. A change here means the model's
// behaviour changed: if that was the intent, update the figures in the same commit and say so.
import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/model/run.js";
import { scenario, type Overrides } from "./helpers.js";

type Golden = { seed: number; events: number; value: number; done: number; impediments: number; cycle: number };
const golden: Array<[string, Overrides, number, Golden]> = [
  ["baseline", {}, 0, { seed: 7613866191874733, events: 3635, value: 3685.2485967757225, done: 357, impediments: 29, cycle: 26.09748399367858 }],
  ["baseline", {}, 1, { seed: 8936906403420224, events: 3434, value: 3580.827122033195, done: 350, impediments: 26, cycle: 25.048671826217173 }],
  ["baseline", {}, 7, { seed: 6359342648513529, events: 3295, value: 3454.4332391803187, done: 332, impediments: 40, cycle: 26.721437344969296 }],
  ["merged PO/SM", { "roles.mergedPoSm": true }, 0, { seed: 7613866191874733, events: 3620, value: 3347.9132669607193, done: 348, impediments: 31, cycle: 27.44105639677368 }],
  ["merged PO/SM", { "roles.mergedPoSm": true }, 7, { seed: 6359342648513529, events: 3357, value: 3098.001111602046, done: 311, impediments: 40, cycle: 30.223143762199488 }],
  ["impediments unremoved", { "practices.impedimentRemoval": "none" }, 1, { seed: 8936906403420224, events: 3079, value: 3212.0463197647027, done: 288, impediments: 26, cycle: 33.420985521523995 }],
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
