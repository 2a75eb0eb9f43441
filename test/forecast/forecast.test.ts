// A forecast from a history: percentiles in order, only what was known on the as-of day,
// working days and holidays, the JSON shape, and the refusals.
import { describe, expect, it } from "vitest";
import { formatDay, parseDay } from "../../src/forecast/days.js";
import { forecastHistory, forecastJson } from "../../src/forecast/forecast.js";
import type { History } from "../../src/forecast/history.js";
import { basedOn } from "../../src/output/forecast/text.js";
import { itemHistory, START } from "./synthetic.js";

const d = (s: string) => parseDay(s) as number;
const O = { seed: 1, trials: 2000 };

describe("forecastHistory", () => {
  const h = itemHistory(Array.from({ length: 40 }, (_, i) => (i < 20 ? 4 : 6)), 3);

  it("when: later dates for surer answers, all after the as-of day", () => {
    const r = forecastHistory(h, { kind: "items", n: 30 }, O);
    const days = r.values.filter((v): v is number => v !== undefined);
    expect(days).toHaveLength(99);
    for (let i = 1; i < days.length; i++) expect(days[i]).toBeGreaterThanOrEqual(days[i - 1]);
    expect(days[0]).toBeGreaterThan(r.asOf);
    expect(r.mode).toBe("when");
  });

  it("how many by a date: more for less sure answers, none on a day with no working day", () => {
    const r = forecastHistory(h, { kind: "by", day: START + 40 * 14 + 60 }, O);
    for (let i = 1; i < 99; i++) expect(r.values[i] as number).toBeGreaterThanOrEqual(r.values[i - 1] as number);
    expect(r.values[49]).toBeGreaterThan(0);
    const weekend = forecastHistory(h, { kind: "by", day: d("2023-07-16") }, { ...O, asOf: d("2023-07-14") });
    expect(weekend.values.every((v) => v === 0)).toBe(true);
  });

  it("says the half-life it used: 6 on a busy history, longer on a sparse one, none without items", () => {
    const busy = forecastHistory(h, { kind: "items", n: 30 }, O);
    expect(basedOn(busy, "items")).toContain("recent periods weigh most (half-life 6)");
    const sparse = forecastHistory(itemHistory(Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? 1 : 0)), 3), { kind: "items", n: 3 }, O);
    expect(sparse.calibration.halfLife).toBeGreaterThan(6);
    expect(basedOn(sparse, "items")).toMatch(/half-life [\d.]+ periods, long enough to hold 20 items/);
  });

  it("as of a day, sees only what was done by then", () => {
    const asOf = START + 30 * 14 - 1;
    const known: History = { form: "items", items: h.items.filter((i) => (i.done as number) <= asOf) };
    const a = forecastHistory(h, { kind: "items", n: 20 }, { ...O, asOf });
    const b = forecastHistory(known, { kind: "items", n: 20 }, { ...O, asOf });
    expect(a.periods.amount).toHaveLength(30);
    expect(a.values).toEqual(b.values);
  });

  it("moves dates past holidays", () => {
    const plain = forecastHistory(h, { kind: "items", n: 30 }, O);
    const holidays = Array.from({ length: 5 }, (_, i) => plain.asOf + 3 + i);
    const off = forecastHistory(h, { kind: "items", n: 30 }, { ...O, holidays });
    expect(off.values[49] as number).toBeGreaterThan(plain.values[49] as number);
    for (let i = 0; i < 99; i++) expect(off.values[i] as number).toBeGreaterThanOrEqual(plain.values[i] as number);
  });

  it("forecasts the next sprints of a sprint history, in sprints of ten working days", () => {
    const sprints: History = { form: "sprints", sprints: Array.from({ length: 20 }, (_, i) => ({ sprint: `S${i + 1}`, start: START + 14 * i, end: START + 14 * i + 11, completed: 20 + (i % 3) })) };
    const r = forecastHistory(sprints, { kind: "periods", k: 3 }, O);
    expect(r.timeline.perPeriod).toBe(10);
    expect(r.values[49]).toBeGreaterThan(55);
    expect(r.values[49]).toBeLessThan(70);
  });

  it("gives every fifth percentile as JSON: dates for when, amounts for how many", () => {
    const when = forecastJson(forecastHistory(h, { kind: "items", n: 30 }, O));
    expect(when.mode).toBe("when");
    expect(when.asOf).toBe(formatDay(Math.max(...h.items.map((i) => Math.max(i.done as number, i.created as number)))));
    expect(Object.keys(when.percentiles)).toEqual(["5", "10", "15", "20", "25", "30", "35", "40", "45", "50", "55", "60", "65", "70", "75", "80", "85", "90", "95"]);
    const dates = Object.values(when.percentiles) as string[];
    expect(dates.every((v) => /^\d{4}-\d{2}-\d{2}$/.test(v))).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    const many = forecastJson(forecastHistory(h, { kind: "by", day: START + 40 * 14 + 60 }, O));
    const amounts = Object.values(many.percentiles) as number[];
    expect(many.mode).toBe("how-many");
    expect([...amounts].sort((a, b) => a - b)).toEqual(amounts);
  });

  it("is the same for the same seed", () => {
    const a = forecastJson(forecastHistory(h, { kind: "items", n: 30 }, { seed: 9, trials: 3000 }));
    const b = forecastJson(forecastHistory(h, { kind: "items", n: 30 }, { seed: 9, trials: 3000 }));
    expect(a).toEqual(b);
  });

  it("refuses too short a history, a history with nothing done, and a date before the as-of day", () => {
    expect(() => forecastHistory(itemHistory([3, 4, 2]), { kind: "items", n: 5 }, O)).toThrow(/^only 2 complete periods of 14 days by 2022-02-1\d; a forecast needs at least 5 \(shorter periods: --period-days 7\)$/);
    const idle: History = { form: "sprints", sprints: Array.from({ length: 8 }, (_, i) => ({ sprint: `S${i}`, start: START + 14 * i, end: START + 14 * i + 11, completed: 0 })) };
    expect(() => forecastHistory(idle, { kind: "periods", k: 2 }, O)).toThrow(/nothing was finished in the 8 sprints ended/);
    expect(() => forecastHistory(h, { kind: "by", day: START }, O)).toThrow(/not after the as-of day/);
  });
});
