// The plan of work: shards are disjoint, contiguous and cover every replication; blocks come
// arm by arm in file order; --shard and --vary are parsed (or refused) as documented.
import { describe, expect, it } from "vitest";
import { BLOCK, parseShard, parseVary, setText, shardRange, sweepPoints, tasks, type Plan } from "../../src/experiment/plan.js";
import { UsageError } from "../../src/errors.js";

const plan = (runs: number, shard: Plan["shard"], arms = 1, first = 0): Plan =>
  ({ command: "run", arms: Array.from({ length: arms }, (_, index) => ({ index })), seed: 1, runs, first, detail: 0, trace: false, vary: [], shard }) as unknown as Plan;

describe("shards", () => {
  it("n shards cover first … first + runs − 1 exactly once, in order, sizes differing by at most 1", () => {
    for (let runs = 1; runs <= 40; runs++) {
      for (let count = 1; count <= 7; count++) {
        const ranges = Array.from({ length: count }, (_, index) => shardRange(plan(runs, { index, count }, 1, 5)));
        expect(ranges[0].from).toBe(5);
        expect(ranges[count - 1].to).toBe(5 + runs);
        ranges.slice(1).forEach((r, i) => expect(r.from).toBe(ranges[i].to));
        const sizes = ranges.map((r) => r.to - r.from);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    }
  });

  it("blocks of at most BLOCK replications, arm by arm", () => {
    const t = tasks(plan(60, { index: 1, count: 2 }, 2));
    expect(t.map((x) => [x.id, x.arm, x.from, x.to])).toEqual([
      [0, 0, 30, 30 + BLOCK],
      [1, 0, 30 + BLOCK, 60],
      [2, 1, 30, 30 + BLOCK],
      [3, 1, 30 + BLOCK, 60],
    ]);
    expect(tasks(plan(2, { index: 0, count: 3 }))).toEqual([]);
  });

  it("--shard i/n", () => {
    expect(parseShard(undefined)).toBeNull();
    expect(parseShard("2/3")).toEqual({ index: 2, count: 3 });
    expect(parseShard(" 0/1 ")).toEqual({ index: 0, count: 1 });
    for (const bad of ["3/3", "1/0", "-1/2", "1", "a/b", "1/2/3", "1.5/3"]) expect(() => parseShard(bad), bad).toThrow(UsageError);
  });
});

describe("--vary", () => {
  it("from:to:step includes both ends without floating-point drift", () => {
    expect(parseVary("roles.productOwner.availability=0.1:0.3:0.1")).toEqual({ path: "roles.productOwner.availability", values: [0.1, 0.2, 0.3] });
    expect(parseVary("team.developers=4:10:3").values).toEqual([4, 7, 10]);
    expect(parseVary("x=4:9:3").values).toEqual([4, 7]);
    expect(parseVary("x=-1:1:1").values).toEqual([-1, 0, 1]);
    expect(parseVary("x=2:2:1").values).toEqual([2]);
  });

  it("a,b,c read as YAML scalars (typed later by the scenario schema)", () => {
    expect(parseVary("roles.mergedPoSm=false,true").values).toEqual([false, true]);
    expect(parseVary("team.developers= 4, 7 ,10").values).toEqual([4, 7, 10]);
    expect(parseVary("name=a,b").values).toEqual(["a", "b"]);
  });

  it("refuses what it cannot read, naming the option", () => {
    for (const bad of ["team.developers", "=1,2", "x=9:3:1", "x=1:3:0", "x=1,,2", "x=0:100000:1"]) expect(() => parseVary(bad), bad).toThrow(/--vary/);
  });

  it("every combination, the first key varying slowest", () => {
    expect(sweepPoints([{ path: "a", values: [1, 2] }, { path: "b", values: ["x", "y", "z"] }])).toEqual([
      [1, "x"], [1, "y"], [1, "z"], [2, "x"], [2, "y"], [2, "z"],
    ]);
  });

  it("a point's value becomes a --set", () => {
    expect(setText("team.developers", 7)).toBe("team.developers=7");
    expect(setText("roles.mergedPoSm", true)).toBe("roles.mergedPoSm=true");
    expect(setText("name", "a b")).toBe("name=a b");
  });
});
