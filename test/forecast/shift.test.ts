// Level shifts: found where the level changes, not in noise.
import { describe, expect, it } from "vitest";
import { RandomStream } from "../../src/engine/random.js";
import { lastShift } from "../../src/forecast/shift.js";

const O = { threshold: 3, minSegment: 4 };

describe("level shifts", () => {
  it("finds a step from 2 to 12 a period at the step", () => {
    const r = new RandomStream(3, "shift-test");
    const x = Array.from({ length: 40 }, (_, i) => r.poisson(i < 25 ? 2 : 12));
    expect(lastShift(x, O)).toBe(25);
  });

  it("finds the last of two steps", () => {
    const r = new RandomStream(4, "shift-test");
    const x = Array.from({ length: 60 }, (_, i) => r.poisson(i < 20 ? 3 : i < 40 ? 15 : 4));
    expect(lastShift(x, O)).toBe(40);
  });

  it("finds none in a steady series, most of the time", () => {
    let found = 0;
    for (let s = 0; s < 50; s++) {
      const r = new RandomStream(s, "steady");
      if (lastShift(Array.from({ length: 40 }, () => r.poisson(6)), O) > 0) found++;
    }
    expect(found).toBeLessThanOrEqual(5);
  });

  it("copes with all zeros and with too short a series", () => {
    expect(lastShift(new Array(30).fill(0), O)).toBe(0);
    expect(lastShift([1, 9, 1], O)).toBe(0);
  });
});
