// docs/coaching.md quotes figures and makes claims about what the charts show. Each figure is
// marked with the command that produces it, and this test reruns the commands and checks every
// quoted figure, rounded as shown (UPDATE_COACHING=1 rewrites them: `npm run docs:coaching`).
// Each claim is marked <!-- claim: id --> and is an executable check below, on the shipped
// scenarios' outputs; a claim the model no longer supports fails until its words change.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseLine } from "../src/output/csvread.js";
import { inProcess, tempDir } from "./cli/helpers.js";

const DOC = "docs/coaching.md";
const doc = readFileSync(DOC, "utf8");
const figures = [...doc.matchAll(/<!-- figure: (.+?) \| (.+?) -->\*\*(.+?)\*\*/g)].map((m) => ({ command: m[1], source: m[2], shown: m[3] }));
const quotes = [...doc.matchAll(/<!-- quote: (.+?) -->"([^"]+)"/g)].map((m) => ({ command: m[1], quote: m[2] }));
const claimed = [...doc.matchAll(/<!-- claim: ([\w-]+) -->/g)].map((m) => m[1]);

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
/** Runs a command once (experiments into a temporary folder, with detail tables for the claims). */
function runOnce(command: string): Promise<{ dir: string; out: string }> {
  if (!cache.has(command)) {
    cache.set(
      command,
      (async () => {
        const dir = path.join(tempDir(), "out");
        const args = command.split(" ");
        const extra = args[0] === "story" ? [] : ["--out", dir, "--no-report"];
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

type Rows = Array<Record<string, string>>;
const table = (dir: string, file: string): Rows => {
  const rows = readFileSync(path.join(dir, file), "utf8").trimEnd().split("\n").map(parseLine);
  return rows.slice(1).map((r) => Object.fromEntries(rows[0].map((h, i) => [h, r[i]])));
};
const summary = (dir: string, scenario: string, metric: string) => table(dir, "summary.csv").find((r) => r.scenario === scenario && r.metric === metric) as Record<string, string>;
const change = (dir: string, scenario: string, metric: string) => table(dir, "comparison.csv").find((r) => r.scenario === scenario && r.metric === metric) as Record<string, string>;
const perSprint = (dir: string, scenario: string, metric: string) => table(dir, "sprint-summary.csv").filter((r) => r.scenario === scenario && r.metric === metric).sort((a, b) => Number(a.sprint) - Number(b.sprint)).map((r) => Number(r.mean));
/** Share of a role's booked hours that went to the given duties, over the detail replications. */
function share(dir: string, scenario: string, role: string, duties: string[]): number {
  const rows = table(dir, "time.csv").filter((r) => r.scenario === scenario && r.role === role);
  const all = rows.reduce((s, r) => s + Number(r.hours), 0);
  return rows.filter((r) => duties.includes(r.duty)).reduce((s, r) => s + Number(r.hours), 0) / all;
}
const PRODUCT = ["clarification", "refinement", "stakeholder-work", "reporting"];
const SCRUM_MASTER = ["impediment-removal", "coaching", "shielding"];

const MERGED = "compare baseline merged-po-sm";
const IMPEDIMENTS = "compare baseline impediments-team-only impediments-unremoved";
const RETROS = "compare baseline no-retrospectives no-sm-no-retros";

/** Every claim of docs/coaching.md, as a check on the outputs of the command its section runs. */
const CLAIMS: Record<string, { command: string; check: (dir: string) => void }> = {
  "merged-value-ci-below-zero": { command: MERGED, check: (d) => expect(Number(change(d, "merged-po-sm", "value_delivered").ci95_high)).toBeLessThan(0) },
  "merged-interruptions-reach-developers": {
    command: MERGED,
    check: (d) => {
      const ratio = (metric: string) => Number(summary(d, "merged-po-sm", metric).mean) / Number(summary(d, "baseline", metric).mean);
      expect(ratio("interruption_hours")).toBeGreaterThan(10);
      expect(Number(change(d, "merged-po-sm", "impediment_age_mean_hours").ci95_low)).toBeGreaterThan(0);
      expect(Number(summary(d, "baseline", "tech_debt_end_hours").mean)).toBe(0);
      expect(Number(change(d, "merged-po-sm", "tech_debt_end_hours").ci95_low)).toBeGreaterThan(0);
    },
  },
  "baseline-meets-most-goals": { command: MERGED, check: (d) => expect(Number(summary(d, "baseline", "sprint_goal_rate").ci95_low)).toBeGreaterThan(0.5) },
  "merged-product-crowds-out-sm": {
    command: MERGED,
    check: (d) => {
      const product = share(d, "merged-po-sm", "merged-po-sm", PRODUCT);
      const sm = share(d, "merged-po-sm", "merged-po-sm", SCRUM_MASTER);
      expect(product).toBeGreaterThan(sm);
      expect(sm).toBeLessThan(0.5 * share(d, "baseline", "scrum-master", SCRUM_MASTER));
    },
  },
  "unremoved-more-open-every-sprint": {
    command: IMPEDIMENTS,
    check: (d) => {
      const base = perSprint(d, "baseline", "impediments_open");
      const none = perSprint(d, "impediments-unremoved", "impediments_open");
      expect(none.length).toBe(base.length);
      none.forEach((x, i) => expect(x, `sprint ${i + 1}`).toBeGreaterThan(base[i]));
    },
  },
  "unremoved-in-progress-thickens": {
    command: IMPEDIMENTS,
    check: (d) => {
      expect(Number(summary(d, "impediments-unremoved", "wip_mean").ci95_low)).toBeGreaterThan(Number(summary(d, "baseline", "wip_mean").ci95_high));
      const blocked = perSprint(d, "impediments-unremoved", "blocked_hours");
      expect(blocked[3]).toBeGreaterThan(2 * blocked[0]);
    },
  },
  "unremoved-cost-in-flow": {
    command: IMPEDIMENTS,
    check: (d) => {
      const value = Math.abs(Number(change(d, "impediments-unremoved", "value_delivered").pct_change));
      expect(Math.abs(Number(change(d, "impediments-unremoved", "blocked_hours").pct_change))).toBeGreaterThan(10 * value);
      expect(Math.abs(Number(change(d, "impediments-unremoved", "cycle_time_p85_hours").pct_change))).toBeGreaterThan(2 * value);
    },
  },
  "retro-productivity-climbs-other-flat": {
    command: RETROS,
    check: (d) => {
      // sprints.csv: every replication's productivity at each sprint's end
      const rows = table(d, "sprints.csv");
      const mean = (scenario: string, sprint: number) => {
        const xs = rows.filter((r) => r.scenario === scenario && Number(r.sprint) === sprint).map((r) => Number(r.productivity));
        return xs.reduce((a, b) => a + b, 0) / xs.length;
      };
      const sprints = Math.max(...rows.map((r) => Number(r.sprint)));
      for (let k = 2; k <= sprints; k++) expect(mean("baseline", k), `sprint ${k}`).toBeGreaterThan(mean("baseline", k - 1));
      for (const r of rows.filter((x) => x.scenario === "no-retrospectives")) expect(Number(r.productivity)).toBe(1);
    },
  },
  "retro-gap-opens-slowly": {
    command: RETROS,
    check: (d) => {
      const base = perSprint(d, "baseline", "cumulative_value");
      const none = perSprint(d, "no-retrospectives", "cumulative_value");
      const gap = (k: number) => base[k - 1] - none[k - 1];
      expect(gap(3)).toBeLessThan(gap(6));
      expect(gap(6)).toBeLessThan(gap(12));
      expect(gap(3)).toBeLessThan(gap(12) / 4);
    },
  },
};

describe("docs/coaching.md", () => {
  it.each(quotes)("quotes `$command` as it tells it", async ({ command, quote }) => {
    const { out } = await runOnce(command);
    const flat = out.replace(/\s+/g, " ");
    for (const fragment of quote.replace(/\s+/g, " ").split(" … ")) expect(flat).toContain(fragment.replace(/ …$/, ""));
  });

  it("quotes figures and makes claims, each claim with a check and each check claimed", () => {
    expect(figures.length).toBeGreaterThanOrEqual(15);
    expect([...claimed].sort()).toEqual(Object.keys(CLAIMS).sort());
  });

  it.each(claimed)("claim %s holds on the shipped scenarios", async (id) => {
    const { dir } = await runOnce(CLAIMS[id].command);
    CLAIMS[id].check(dir);
  });

  it.each(figures)("$command | $source → $shown", async ({ command, source, shown }) => {
    const { dir, out } = await runOnce(command);
    const [kind, ...rest] = source.split(" ");
    let actual: number;
    if (kind === "attribution") {
      const label = rest.join(" ");
      const m = new RegExp(`([+−±])([\\d,]+\\.\\d): ${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).exec(out.replace(/\s+/g, " "));
      expect(m, `a cause "${label}"`).not.toBeNull();
      actual = (m?.[1] === "−" ? -1 : 1) * Number(m?.[2].replace(/,/g, ""));
    } else {
      const [scenario, metric, field] = rest;
      const row = kind === "comparison" ? change(dir, scenario, metric) : summary(dir, scenario, metric);
      actual = Number(row[field]);
    }
    const { value, digits } = parseShown(shown);
    if (UPDATE) updates.set(`<!-- figure: ${command} | ${source} -->**${shown}**`, `<!-- figure: ${command} | ${source} -->**${styled(actual, shown)}**`);
    else expect(actual.toFixed(digits)).toBe(value.toFixed(digits));
  });

  it.runIf(UPDATE)("rewrites the figures (UPDATE_COACHING=1)", () => {
    let text = readFileSync(DOC, "utf8");
    for (const [from, to] of updates) text = text.replace(from, to);
    writeFileSync(DOC, text);
  });
});
