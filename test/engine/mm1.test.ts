import { describe, expect, it } from "vitest";
import { mm1 } from "../../bench/mm1.js";

describe("M/M/1 queue on the public API", () => {
  it("mean waiting time in queue is within 5 % of rho/(mu - lambda) = 9", () => {
    // At rho = 0.9 one run of 200,000 customers has a standard error of about 5 % (the queue
    // length is strongly autocorrelated), so one seed is checked exactly and ten seeds on average.
    const result = mm1(1, 200_000, 0.9, 1);
    expect(result.customers).toBe(200_000);
    expect(Math.abs(result.meanWait - 9) / 9).toBeLessThan(0.05);
  });

  it("the mean over ten seeds of 200,000 customers is within 3 % of 9", () => {
    let sum = 0;
    for (let seed = 1; seed <= 10; seed++) sum += mm1(seed, 200_000).meanWait;
    expect(Math.abs(sum / 10 - 9) / 9).toBeLessThan(0.03);
  });

  it("is deterministic for a seed", () => {
    expect(mm1(5, 10_000)).toEqual(mm1(5, 10_000));
    expect(mm1(5, 10_000).meanWait).not.toBe(mm1(6, 10_000).meanWait);
  });
});
