// The date forms trackers write, reduced to the calendar day as written.
import { describe, expect, it } from "vitest";
import { formatDay } from "../../src/forecast/days.js";
import { parseTrackerDate } from "../../src/import/dates.js";

const day = (s: string) => {
  const d = parseTrackerDate(s);
  return d === undefined ? undefined : formatDay(d);
};

describe("tracker dates", () => {
  it.each([
    ["22/Oct/21 4:55 PM", "2021-10-22"],
    ["05/Nov/21 12:05 AM", "2021-11-05"],
    ["1/Jan/2022", "2022-01-01"],
    ["2021-10-22 16:55", "2021-10-22"],
    ["2021-10-22", "2021-10-22"],
    ["2010-04-19T14:28:07.557+0000", "2010-04-19"],
    ["2019-01-23T23:59:59Z", "2019-01-23"],
    ["22/okt/21 16:55", "2021-10-22"],
    ["22/oct./21 4:55 PM", "2021-10-22"],
    ["3/Mär/22 9:00", "2022-03-03"],
    ["22.10.2021 16:55", "2021-10-22"],
    ["29/Feb/24", "2024-02-29"],
  ])("%s is %s", (text, iso) => expect(day(text)).toBe(iso));

  it.each(["next tuesday", "31/Feb/21", "29/Feb/23", "22/Foo/21", "22/Oct/21 13:55 PM", "2021-13-01", "2021-10-22 24:00", "10/22/2021", ""])("%j is not a date", (text) => expect(day(text)).toBeUndefined());
});
