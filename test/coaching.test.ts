// docs/coaching.md quotes figures; each is marked with the command that produces it, and this
// test reruns the commands and checks every quoted figure, rounded as shown.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseLine } from "../src/output/csvread.js";
import { inProcess, tempDir } from "./cli/helpers.js";

const doc = readFileSync("docs/coaching.md", "utf8");
const figures = [...doc.matchAll(/<!-- figure: (.+?) \| (.+?) -->\*\*(.+?)\*\*/g)].map((m) => ({ command: m[1], source: m[2], shown: m[3] }));

const UPDATE = process.env.UPDATE_COACHING === "1";
const updates = new Map<string, string>();

/** actual in the style of the shown figure (decimals, sign, thousands, percent). */
function styled(actual: number, shown: string): string {
  const digits = shown.includes(".") ? shown.replace(/\s*%$/, "").split(".")[1].length : 0;
  const abs = Math.abs(actual).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: shown.includes(",") || Math.abs(actual) >= 1000 });
  const sign = Number(actual.toFixed(digits)) < 0 ? "−" : shown.startsWith("+") ? "+" : "";
  return `${sign}${abs}${shown.endsWith("%") ? " %" : ""}`;
}

const cache = new Map<string, Promise<{ dir: string; out: string }>>();
function runOnce(command: string): Promise<{ dir: string; out: string }> {
  if (!cache.has(command)) {
    cache.set(
      command,
      (async () => {
        const dir = path.join(tempDir(), "out");
        const args = command.split(" ");
        const extra = args[0] === "story" ? [] : ["--out", dir, "--detail", "0", "--no-report"];
        const r = await inProcess([...args, ...extra]);
        expect(r.code, r.err).toBe(0);
        return { dir, out: r.out };
      })(),
    );
  }
  return cache.get(command) as Promise<{ dir: string; out: string }>;
}

function parseShown(shown: string): { value: number; digits: number } {
  const text = shown.replace(/−/g, "-").replace(/,/g, "").replace(/\s*%$/, "");
  const digits = text.includes(".") ? text.split(".")[1].length : 0;
  return { value: Number(text), digits };
}

const quotes = [...doc.matchAll(/<!-- quote: (.+?) -->"([^"]+)"/g)].map((m) => ({ command: m[1], quote: m[2] }));

describe("docs/coaching.md", () => {
  it.each(quotes)("quotes `$command` as it tells it", async ({ command, quote }) => {
    const { out } = await runOnce(command);
    const flat = out.replace(/\s+/g, " ");
    for (const fragment of quote.replace(/\s+/g, " ").split(" … ")) expect(flat).toContain(fragment.replace(/ …$/, ""));
  });

  it("quotes figures", () => {
    expect(figures.length).toBeGreaterThanOrEqual(15);
  });

  it.each(figures)("$command | $source → $shown", async ({ command, source, shown }) => {
    const { dir, out } = await runOnce(command);
    const [kind, ...rest] = source.split(" ");
    let actual: number;
    if (kind === "attribution") {
      const label = rest.join(" ");
      const line = out.split("\n").find((l) => l.trim().startsWith(label)) as string;
      expect(line, `a line for "${label}"`).toBeDefined();
      actual = Number(line.trim().slice(label.length).trim().replace(/−/g, "-").replace(/±/, "").replace(/,/g, ""));
    } else {
      const [scenario, metric, field] = rest;
      const file = kind === "comparison" ? "comparison.csv" : "summary.csv";
      const rows = readFileSync(path.join(dir, file), "utf8").trimEnd().split("\n").map(parseLine);
      const h = rows[0];
      const row = rows.find((r) => r[h.indexOf("metric")] === metric && r[h.indexOf("scenario")] === scenario) as string[];
      actual = Number(row[h.indexOf(field)]);
    }
    const { value, digits } = parseShown(shown);
    if (UPDATE) updates.set(`<!-- figure: ${command} | ${source} -->**${shown}**`, `<!-- figure: ${command} | ${source} -->**${styled(actual, shown)}**`);
    else expect(actual.toFixed(digits)).toBe(value.toFixed(digits));
  });

  it.runIf(UPDATE)("rewrites the figures (UPDATE_COACHING=1)", () => {
    let text = readFileSync("docs/coaching.md", "utf8");
    for (const [from, to] of updates) text = text.replace(from, to);
    writeFileSync("docs/coaching.md", text);
  });
});
