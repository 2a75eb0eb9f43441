// The module graph of src/ has no import circle (issue 19: the experiment ↔ report circle):
// every static value import, followed from each module, never leads back to it. Type-only
// imports are erased and do not count; lazy import() calls of the CLI do not either.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** Each module's static value imports inside the repository (as .ts paths). */
function graph(roots: string[]): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const file of roots.flatMap(files)) {
    const text = readFileSync(file, "utf8");
    const deps: string[] = [];
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"(\.[^"]+)"/gms)) {
      if (/^(?:import|export)\s*\{[^}]*\}/.test(m[0]) && /^\S+\s*\{\s*(type\s+\w+\s*(,\s*type\s+\w+\s*)*)\}/.test(m[0])) continue; // { type A, type B } only
      deps.push(path.normalize(path.join(path.dirname(file), m[1].replace(/\.js$/, ".ts"))));
    }
    g.set(path.normalize(file), deps);
  }
  return g;
}

function cycles(g: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (f: string) => {
    if (state.get(f) === "done") return;
    if (state.get(f) === "open") {
      found.push([...stack.slice(stack.indexOf(f)), f]);
      return;
    }
    state.set(f, "open");
    stack.push(f);
    for (const d of g.get(f) ?? []) visit(d);
    stack.pop();
    state.set(f, "done");
  };
  for (const f of g.keys()) visit(f);
  return found;
}

describe("imports", () => {
  it("src/ and viz/ have no import circle", () => {
    const g = graph(["src", "viz"]);
    expect(g.size).toBeGreaterThan(50);
    expect(cycles(g).map((c) => c.join(" → "))).toEqual([]);
  });

  it("the checker finds a circle when there is one", () => {
    expect(cycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]))).toEqual([["a", "b", "c", "a"]]);
  });
});
