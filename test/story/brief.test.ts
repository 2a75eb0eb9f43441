// The brief a coach reads aloud: at most 40 lines for every shipped scenario against the
// baseline, plain words (no internal terms; the terms it uses are in docs/coaching.md's
// glossary), figures that are the runs' own, impediment counts from the trace by who ended them
// — never "removed" when nobody removes impediments — and the causes of the attribution.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/scenario/load.js";
import { shippedScenarios } from "../../src/scenario/library.js";
import { attributionFigures, brief, impedimentOutcomes, outcomesText, tell } from "../../src/story/index.js";
import { MAX_LINES } from "../../src/story/brief.js";
import { inProcess } from "../cli/helpers.js";

const load = (name: string) => loadScenario(path.join("scenarios", `${name}.yaml`)).scenario;
const baseline = load("baseline");
const INTERNAL = /\b(drag|drags|integrator|ledger|stream|arm|arms|trace|tenths|log-sd|duty|mechanisms off)\b/i;

describe("the brief", () => {
  it.each(shippedScenarios().map((s) => s.name).filter((n) => n !== "baseline"))("%s against the baseline: at most 40 lines, 80 columns, plain words", (name) => {
    const told = tell(load(name), baseline, { attributionReplications: 2 });
    const text = brief(told, { format: "text", width: 80 });
    const lines = text.trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(MAX_LINES);
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(80);
    expect(text).not.toMatch(INTERNAL);
    // the figures are the runs' own
    const [a, b] = [told.runs?.main.result.totals.value_delivered ?? NaN, told.runs?.vs?.result.totals.value_delivered ?? NaN];
    expect(text).toContain(`Value delivered: ${Math.round(a).toLocaleString("en-US")} against ${Math.round(b).toLocaleString("en-US")}`);
    // every cause the attribution measured, with its figure as the full story shows it
    const f = attributionFigures(told.attribution as NonNullable<typeof told.attribution>);
    const figure = (tenths: number) => (Math.abs(tenths) / 10).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    for (const p of f.parts) expect(text).toContain(`${p.tenths > 0 ? "+" : p.tenths < 0 ? "−" : "±"}${figure(p.tenths)}: `);
  });

  it("counts impediments from the trace by who ended them; with nobody removing them, none is 'removed'", () => {
    const unremoved = load("impediments-unremoved");
    expect(unremoved.practices.impedimentRemoval).toBe("none");
    const told = tell(unremoved, baseline, { attributionReplications: 1 });
    const result = told.runs?.main.result;
    const o = impedimentOutcomes(result as NonNullable<typeof result>);
    const trace = result?.trace ?? [];
    expect(o.raised).toBe(trace.filter((r) => r.kind === "impediment-raised").length);
    expect(Object.keys(o.endedBy)).toEqual(["time"]);
    expect(o.open).toBe(result?.totals.impediments_open_end);
    const text = outcomesText(o);
    expect(text).toBe(`${o.raised} impediments were raised: ${o.endedBy.time} went away by themselves, ${o.open} were still open at the end.`);
    expect(text).not.toContain("removed");
    const full = brief(told, { format: "text" });
    expect(full).toContain(text.replace(/\s+/g, " ").slice(0, 40));
    expect(full.split("\n").find((l) => l.startsWith("- Impediments:"))).not.toMatch(/removed/);
  });

  it("a scenario alone: value, Sprint Goals and impediments of one run", () => {
    const told = tell(baseline, undefined, {});
    const text = brief(told, { format: "text" });
    expect(text).toContain("One run of 24 weeks (seed 42, replication 0):");
    expect(text).toContain(`- Sprint Goals met: ${Math.round((told.runs?.main.result.totals.sprint_goal_rate ?? 0) * 12)} of 12 sprints.`);
    expect(text).toMatch(/the Scrum Master removed \d+/);
  });

  it("uses the terms of docs/coaching.md's glossary", () => {
    const doc = readFileSync("docs/coaching.md", "utf8");
    const glossary = doc.slice(doc.indexOf("## Glossary"));
    expect(glossary.length).toBeGreaterThan(100);
    for (const term of ["Value delivered", "Sprint Goal", "Impediment", "went away by itself", "still open", "Seed", "Replication", "Interaction", "Merged PO/SM", "Commitment", "Retrospective", "Cycle time", "Estimates of value"]) expect(glossary, term).toContain(`**${term}`);
  });

  it("`scrumlab story scenarios/merged-po-sm.yaml --vs scenarios/baseline.yaml` prints at most 40 lines; --full every sprint", async () => {
    const r = await inProcess(["story", "scenarios/merged-po-sm.yaml", "--vs", "scenarios/baseline.yaml"]);
    expect(r.code, r.err).toBe(0);
    expect(r.out.trimEnd().split("\n").length).toBeLessThanOrEqual(40);
    expect(r.out.replace(/\s+/g, " ")).toContain("each cause switched on alone, over 20 runs");
    const full = await inProcess(["story", "scenarios/merged-po-sm.yaml", "--vs", "scenarios/baseline.yaml", "--full", "--attribution-runs", "1"]);
    expect(full.out).toContain("Sprint 12 (days 111–120)");
    const md = await inProcess(["story", "merged-po-sm", "--format", "markdown", "--attribution-runs", "1"]);
    expect(md.out).toMatch(/^# merged-po-sm\n/);
  }, 60_000);
});
