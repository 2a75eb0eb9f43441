// Day arithmetic without the Date object: checked against known dates and, over 1900–2100,
// against the platform's own UTC calendar (used here in the test only).
import { describe, expect, it } from "vitest";
import { civil, dayOf, formatDay, mondayOf, parseDay, weekday } from "../../src/forecast/days.js";

describe("days", () => {
  it("counts from 1970-01-01 and knows leap years", () => {
    expect(dayOf(1970, 1, 1)).toBe(0);
    expect(dayOf(2000, 2, 29)).toBe(11016);
    expect(dayOf(1900, 2, 29)).toBeUndefined();
    expect(dayOf(2023, 2, 29)).toBeUndefined();
    expect(dayOf(2024, 13, 1)).toBeUndefined();
    expect(formatDay(-1)).toBe("1969-12-31");
  });

  it("agrees with the UTC calendar every 7th day from 1900 to 2100", () => {
    const from = dayOf(1900, 1, 1) as number;
    const to = dayOf(2100, 12, 31) as number;
    for (let d = from; d <= to; d += 7) {
      const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
      expect(formatDay(d)).toBe(iso);
      expect(parseDay(iso)).toBe(d);
      expect(civil(d)).toEqual(iso.split("-").map(Number));
    }
  });

  it("knows the weekday and the Monday of the week", () => {
    expect(weekday(0)).toBe(3); // Thursday
    const monday = parseDay("2023-05-01") as number;
    expect(weekday(monday)).toBe(0);
    expect(mondayOf(monday + 6)).toBe(monday);
    expect(mondayOf(monday)).toBe(monday);
  });

  it("reads ISO dates and date-times as the date written, and nothing else", () => {
    expect(formatDay(parseDay("2019-01-23T23:30:00-05:00") as number)).toBe("2019-01-23");
    expect(parseDay("2019-1-23")).toBeUndefined();
    expect(parseDay("2019-01-23T25:00")).toBeUndefined();
  });
});
