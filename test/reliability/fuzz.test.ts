// Fuzzed scenario files: random mutations of the shipped scenarios (deleted lines and keys,
// wrong types, truncation, random bytes, deep nesting, huge strings, alias bombs, __proto__ and
// constructor keys) are answered with a scenario or a clear ScenarioError — never another
// error, a hang, or prototype pollution — and the CLI exits 0 or 2 without a stack trace.
// `npm run fuzz` runs many more cases (FUZZ_RUNS).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveScenario, ScenarioError } from "../../src/scenario/index.js";
import { subprocess } from "../cli/helpers.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const shipped = readdirSync("scenarios").filter((f) => f.endsWith(".yaml")).map((f) => readFileSync(`scenarios/${f}`, "utf8").replace(/^extends: .*$/m, ""));

const junk = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant("[1, 2, {a: b}]"), fc.constant("{}"), fc.constant("null"), fc.constant("~"), fc.constant("-.inf"), fc.constant("0x1F"), fc.constant("'unterminated"));
const keyish = fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty"), fc.string({ minLength: 1, maxLength: 12 }));

/** A mutation of a text: each returns new text. */
const mutation: fc.Arbitrary<(text: string) => string> = fc.oneof(
  fc.nat().map((n) => (t: string) => { const l = t.split("\n"); l.splice(n % l.length, 1); return l.join("\n"); }),
  fc.tuple(fc.nat(), junk).map(([n, v]) => (t: string) => { const l = t.split("\n"); const i = n % l.length; l[i] = l[i].replace(/:\s.*$/, `: ${String(v)}`); return l.join("\n"); }),
  fc.nat().map((n) => (t: string) => t.slice(0, n % (t.length + 1))),
  fc.tuple(fc.nat(), fc.uint8Array({ maxLength: 40 })).map(([n, bytes]) => (t: string) => { const i = n % (t.length + 1); return t.slice(0, i) + Buffer.from(bytes).toString("latin1") + t.slice(i); }),
  fc.tuple(fc.nat(), keyish, junk).map(([n, k, v]) => (t: string) => { const l = t.split("\n"); l.splice(n % (l.length + 1), 0, `${k}: ${String(v)}`); return l.join("\n"); }),
  fc.tuple(keyish, junk).map(([k, v]) => (t: string) => `${t}\nteam:\n  ${k}: ${String(v)}\n`),
  fc.integer({ min: 1, max: 3000 }).map((depth) => (t: string) => `${t}\nbacklog: ${"[".repeat(depth)}${"]".repeat(depth)}\n`),
  fc.integer({ min: 1, max: 500 }).map((depth) => (t: string) => `${t}\n${Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n")} 1\n`),
  fc.constant((t: string) => `${t}\ndescription: "${"x".repeat(900_000)}"\n`),
  fc.constant((t: string) => `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n${t}`),
  fc.constant((t: string) => `${t}\n__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n`),
);

describe("fuzzed scenario files (property)", () => {
  it("give a scenario or a ScenarioError, never anything else, and pollute nothing", () => {
    fc.assert(
      fc.property(fc.constantFrom(...shipped), fc.array(mutation, { minLength: 1, maxLength: 4 }), (text, mutations) => {
        const mutated = mutations.reduce((t, m) => m(t), text);
        const started = performance.now();
        try {
          resolveScenario({ file: "fuzz.yaml", text: mutated });
        } catch (error) {
          if (!(error instanceof ScenarioError)) throw error;
          expect(error.message).toMatch(/^fuzz\.yaml(:\d+:\d+)?: /);
        }
        // A hang guard, not a speed target: every case must be answered well within seconds.
        expect(performance.now() - started).toBeLessThan(5000);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS, seed: 20261124 },
    );
  });
});

describe("fuzzed files through the CLI", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "scrumlab-fuzz-"));
  const cases: Array<[string, string | Buffer]> = [
    ["random-bytes.yaml", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ["ten-megabytes.yaml", `name: x\ndescription: "${"y".repeat(10 * 1024 * 1024)}"\n`],
    ["deep.yaml", `name: x\nteam: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`],
    ["laughs.yaml", readFileSync("test/fixtures/bad/35-alias-bomb.yaml")],
    ["proto.yaml", "name: x\n__proto__:\n  isAdmin: true\n"],
    ["truncated.yaml", readFileSync("scenarios/merged-po-sm.yaml", "utf8").slice(0, 97)],
  ];
  it.each(cases)("%s: exit 0 or 2, no stack trace", (name, content) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    const r = subprocess(["validate", file]);
    expect([0, 2]).toContain(r.code);
    expect(r.err).not.toMatch(/\n\s+at |internal error/);
  });
});
