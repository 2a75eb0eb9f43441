// Working days: weekends never count, holidays do not either.
import { describe, expect, it } from "vitest";
import { WorkCalendar, weekdaysIn } from "../../src/forecast/calendar.js";
import { formatDay, parseDay } from "../../src/forecast/days.js";

const d = (s: string) => parseDay(s) as number;

describe("working days", () => {
  const plain = new WorkCalendar();
  const holidays = new WorkCalendar([d("2023-06-30"), d("2023-07-03")]);

  it("counts weekdays after a day, up to and including another", () => {
    expect(plain.between(d("2023-06-23"), d("2023-07-07"))).toBe(10); // Friday to Friday, two weeks
    expect(plain.between(d("2023-06-24"), d("2023-06-25"))).toBe(0); // a weekend
    expect(plain.between(d("2023-07-07"), d("2023-06-23"))).toBe(0);
    expect(holidays.between(d("2023-06-23"), d("2023-07-07"))).toBe(8);
  });

  it("finds the n-th working day, stepping over weekends and holidays", () => {
    expect(formatDay(plain.nth(d("2023-06-29"), 1))).toBe("2023-06-30");
    expect(formatDay(plain.nth(d("2023-06-29"), 2))).toBe("2023-07-03");
    expect(formatDay(holidays.nth(d("2023-06-29"), 1))).toBe("2023-07-04");
    expect(plain.nth(d("2023-06-29"), 0)).toBe(d("2023-06-29"));
  });

  it("nth and between are inverse", () => {
    const from = d("2023-01-05");
    for (let n = 1; n < 60; n++) expect(holidays.between(from, holidays.nth(from, n))).toBe(n);
  });

  it("counts the weekdays of a sprint", () => {
    expect(weekdaysIn(d("2022-01-03"), d("2022-01-14"))).toBe(10);
  });
});
