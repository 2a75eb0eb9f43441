import { describe, expect, it } from "vitest";
import { Priority, Simulation, SimulationError } from "../../src/engine/index.js";

describe("event queue order", () => {
  it("runs equal-time events by priority, then in insertion order", () => {
    const sim = new Simulation({ seed: 1 });
    const log: string[] = [];
    sim.schedule(5, () => log.push("normal-1"));
    sim.schedule(5, () => log.push("low"), { priority: Priority.LOW });
    sim.schedule(5, () => log.push("urgent"), { priority: Priority.URGENT });
    sim.schedule(5, () => log.push("normal-2"));
    sim.schedule(5, () => log.push("high"), { priority: Priority.HIGH });
    sim.schedule(1, () => log.push("earlier"), { priority: Priority.LOW });
    sim.run();
    expect(log).toEqual(["earlier", "urgent", "high", "normal-1", "normal-2", "low"]);
    expect(sim.now).toBe(5);
  });

  it("orders events scheduled from inside callbacks after earlier ones at the same time", () => {
    const sim = new Simulation({ seed: 1 });
    const log: string[] = [];
    sim.at(2, () => {
      log.push("a");
      sim.schedule(0, () => log.push("c"));
    });
    sim.at(2, () => log.push("b"));
    sim.run();
    expect(log).toEqual(["a", "b", "c"]);
  });

  it("keeps a total order over many random schedules", () => {
    const sim = new Simulation({ seed: 3 });
    const r = sim.stream("test");
    const fired: Array<[number, number, number]> = [];
    for (let i = 0; i < 5000; i++) {
      const t = Math.floor(r.uniform(0, 50));
      const p = r.choice([Priority.URGENT, Priority.HIGH, Priority.NORMAL, Priority.LOW]);
      const seq = i;
      sim.at(t, () => fired.push([sim.now, p, seq]), { priority: p });
    }
    sim.run();
    for (let i = 1; i < fired.length; i++) {
      const [t0, p0, s0] = fired[i - 1];
      const [t1, p1, s1] = fired[i];
      const ordered = t0 < t1 || (t0 === t1 && (p0 < p1 || (p0 === p1 && s0 < s1)));
      expect(ordered).toBe(true);
    }
    expect(fired).toHaveLength(5000);
  });

  it("two simulations do not share sequence numbers or state", () => {
    const a = new Simulation({ seed: 1 });
    const b = new Simulation({ seed: 1 });
    const log: string[] = [];
    b.schedule(1, () => log.push("b1"));
    a.schedule(1, () => log.push("a1"));
    a.schedule(1, () => log.push("a2"));
    a.run();
    b.run();
    expect(log).toEqual(["a1", "a2", "b1"]);
    expect(a.eventsProcessed).toBe(2);
    expect(b.eventsProcessed).toBe(1);
  });
});

describe("cancel", () => {
  it("a cancelled event never fires, and cancelling twice or after firing is harmless", () => {
    const sim = new Simulation({ seed: 1 });
    const log: number[] = [];
    const h1 = sim.schedule(1, () => log.push(1));
    const h2 = sim.schedule(2, () => log.push(2));
    const h3 = sim.schedule(3, () => log.push(3));
    sim.cancel(h2);
    sim.cancel(h2);
    sim.schedule(1.5, () => sim.cancel(h3));
    sim.run();
    sim.cancel(h1);
    expect(log).toEqual([1]);
  });
});

describe("run", () => {
  it("runs until a time and sets the clock to it", () => {
    const sim = new Simulation({ seed: 1 });
    const log: number[] = [];
    for (const t of [1, 2, 3, 10]) sim.at(t, () => log.push(t));
    expect(sim.run({ until: 2.5 })).toBe(2);
    expect(sim.now).toBe(2.5);
    expect(log).toEqual([1, 2]);
    sim.run();
    expect(log).toEqual([1, 2, 3, 10]);
    expect(sim.now).toBe(10);
  });

  it("includes events exactly at `until`", () => {
    const sim = new Simulation({ seed: 1 });
    let fired = false;
    sim.at(4, () => (fired = true));
    sim.run({ until: 4 });
    expect(fired).toBe(true);
  });

  it("stop() ends run() after the current event", () => {
    const sim = new Simulation({ seed: 1 });
    const log: number[] = [];
    sim.at(1, () => {
      log.push(1);
      sim.stop();
    });
    sim.at(2, () => log.push(2));
    sim.run();
    expect(log).toEqual([1]);
    sim.run();
    expect(log).toEqual([1, 2]);
  });

  it("stops with a clear error when the event limit is exceeded", () => {
    const sim = new Simulation({ seed: 1, maxEvents: 100 });
    const loop = () => sim.schedule(1, loop);
    sim.schedule(0, loop);
    expect(() => sim.run()).toThrow(/more than 100 events \(maxEvents\)/);
  });
});

describe("bad schedules fail at once", () => {
  const sim = new Simulation({ seed: 1 });
  sim.at(5, () => {});
  sim.run();
  it.each([
    ["a negative delay", () => sim.schedule(-1, () => {}), /delay must be a finite number >= 0/],
    ["a NaN delay", () => sim.schedule(NaN, () => {}), /got NaN/],
    ["an infinite delay", () => sim.schedule(Infinity, () => {}), /got Infinity/],
    ["a time in the past", () => sim.at(4, () => {}), /time 4 is in the past \(now is 5\)/],
    ["a non-function callback", () => sim.schedule(1, "x" as unknown as () => void), /callback must be a function, got string/],
    ["a NaN priority", () => sim.schedule(1, () => {}, { priority: NaN }), /priority must be a finite number/],
    ["a missing seed", () => new Simulation(undefined as never), /needs a seed/],
  ])("%s", (_what, call, message) => {
    expect(call).toThrow(SimulationError);
    expect(call).toThrow(message);
  });
});

describe("reschedule", () => {
  it("fires exactly as cancel and schedule anew would, whether the event was queued, fired or cancelled", () => {
    const order = (move: (sim: Simulation, h: ReturnType<Simulation["schedule"]>, delay: number, cb: () => void) => ReturnType<Simulation["schedule"]>) => {
      const sim = new Simulation({ seed: 1 });
      const r = sim.stream("ops");
      const log: string[] = [];
      const handles: Array<ReturnType<Simulation["schedule"]>> = [];
      for (let i = 0; i < 200; i++) handles.push(sim.schedule(Math.floor(r.uniform(0, 20)), () => log.push(`a${i}@${sim.now}`)));
      sim.schedule(5, () => {
        for (let i = 0; i < 200; i += 3) handles[i] = move(sim, handles[i], Math.floor(r.uniform(0, 10)), () => log.push(`b${i}@${sim.now}`));
        for (let i = 1; i < 200; i += 7) sim.cancel(handles[i]);
      });
      sim.schedule(12, () => {
        for (let i = 1; i < 200; i += 14) handles[i] = move(sim, handles[i], 1, () => log.push(`c${i}@${sim.now}`));
      });
      sim.run();
      return { log, events: sim.eventsProcessed };
    };
    const moved = order((sim, h, d, cb) => sim.reschedule(h, d, cb));
    const anew = order((sim, h, d, cb) => {
      sim.cancel(h);
      return sim.schedule(d, cb);
    });
    expect(moved).toEqual(anew);
    expect(moved.log.some((x) => x.startsWith("b"))).toBe(true);
    expect(moved.log.some((x) => x.startsWith("c"))).toBe(true);
  });
});
