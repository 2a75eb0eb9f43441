// Property: for any sequence of schedules and cancels, events fire in (time, priority,
// sequence) order, cancelled events never fire, and every other event fires exactly once.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Simulation, type EventHandle } from "../../src/engine/index.js";

type Op = { kind: "schedule"; delay: number; priority: number; nested: number } | { kind: "cancel"; index: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("schedule" as const), delay: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 20, noNaN: true })), priority: fc.integer({ min: 0, max: 3 }).map((p) => p * 10), nested: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ kind: fc.constant("cancel" as const), index: fc.nat() }),
);

describe("event queue (property)", () => {
  it("fires in (time, priority, seq) order; cancelled never, others once", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const sim = new Simulation({ seed: 1 });
        const handles: EventHandle[] = [];
        const cancelled = new Set<number>();
        const fired: Array<{ id: number; t: number; p: number; seq: number }> = [];
        let next = 0;
        const schedule = (delay: number, priority: number, nested: number) => {
          const id = next++;
          const h = sim.schedule(delay, () => {
            fired.push({ id, t: sim.now, p: priority, seq: h.seq });
            if (nested > 0) schedule(delay / 2, priority, nested - 1);
          }, { priority });
          handles.push(h);
        };
        for (const o of ops) {
          if (o.kind === "schedule") schedule(o.delay, o.priority, o.nested);
          else if (handles.length > 0) {
            const i = o.index % handles.length;
            if (!fired.some((f) => f.id === i)) cancelled.add(i);
            sim.cancel(handles[i]);
          }
        }
        sim.run();
        for (let i = 1; i < fired.length; i++) {
          const a = fired[i - 1];
          const b = fired[i];
          const ordered = a.t < b.t || (a.t === b.t && (a.p < b.p || (a.p === b.p && a.seq < b.seq)));
          expect(ordered).toBe(true);
        }
        const ids = fired.map((f) => f.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(cancelled.has(id)).toBe(false);
        expect(ids.length + cancelled.size).toBe(next);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
