// docs/model.md documents every parameter with its default: each leaf key of the defaults has a
// table row `| \`key\` | default | …`, and the default in the row is the default in the code.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_SCENARIO } from "../../src/scenario/defaults.js";

function leaves(o: Record<string, unknown>, prefix = ""): Array<[string, unknown]> {
  return Object.entries(o).flatMap(([k, v]) =>
    v !== null && typeof v === "object" && !Array.isArray(v) ? leaves(v as Record<string, unknown>, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

const doc = readFileSync(new URL("../../docs/model.md", import.meta.url), "utf8");
const rows = new Map<string, string>();
for (const line of doc.slice(0, doc.indexOf("<!-- effects:start -->")).split("\n")) {
  const m = /^\| `([^`]+)` \| ([^|]*) \|/.exec(line);
  if (m) rows.set(m[1], m[2].trim());
}

describe("docs/model.md", () => {
  const all = leaves(DEFAULT_SCENARIO as unknown as Record<string, unknown>);
  it("has a row for every parameter", () => {
    expect(all.map(([k]) => k).filter((k) => !rows.has(k))).toEqual([]);
  });
  it("has no row for a parameter that does not exist", () => {
    const keys = new Set(all.map(([k]) => k));
    expect([...rows.keys()].filter((k) => !keys.has(k))).toEqual([]);
  });
  it.each(all)("documents %s with its default", (key, value) => {
    expect(rows.get(key)).toBe(JSON.stringify(value));
  });
});
