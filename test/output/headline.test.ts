// The headline table on stdout: one row per arm, value with its CI half-width, the paired
// difference against the reference in a compare, "–" where there is no figure, capped in length.
import { describe, expect, it } from "vitest";
import type { ArmSummary } from "../../src/experiment/aggregate.js";
import { pairedDifference, summarize } from "../../src/experiment/stats.js";
import { MAX_ROWS, headline } from "../../src/output/headline.js";
import { RUN_METRICS } from "../../src/model/result.js";

const arm = (name: string, values: number[], reference?: number[]): ArmSummary => ({
  prefix: [name],
  name,
  summaries: RUN_METRICS.map(() => summarize(values)),
  differences: reference && RUN_METRICS.map(() => pairedDifference(reference, values, true)),
});

describe("headline", () => {
  it("shows each arm's means and, in a compare, the difference to the first", () => {
    const ref = [100, 110, 120, 130];
    const text = headline([arm("baseline", ref), arm("merged", [90, 100, 100, 120], ref)], true);
    const lines = text.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^ +value +items +say\/do +goals +imp\. age h +answer wait h +Δ value vs first \(95 % CI\)$/);
    expect(lines[1]).toMatch(/^baseline +115 ±21 +115 .* reference$/);
    expect(lines[2]).toMatch(/^merged +103 ±20 .* -13 \(-20 … -5\), -10\.9 %$/);
  });

  it("writes – for a figure that does not exist", () => {
    expect(headline([arm("one", [5])], false)).toContain("5 ±–");
  });

  it(`lists at most ${MAX_ROWS} arms`, () => {
    const arms = Array.from({ length: MAX_ROWS + 5 }, (_, i) => ({ ...arm("s", [i, i + 1]), prefix: ["s", String(i + 1), String(i)] }));
    const lines = headline(arms, false, ["team.developers"]).trimEnd().split("\n");
    expect(lines).toHaveLength(MAX_ROWS + 2);
    expect(lines[1]).toMatch(/^s · developers=0 /);
    expect(lines[MAX_ROWS + 1]).toBe("… and 5 more (every one is in summary.csv)");
  });

  it("shows names as given, not with the spreadsheet guard of the CSV cell", () => {
    expect(headline([{ ...arm("=HYPERLINK(x)", [1, 2]), prefix: ["'=HYPERLINK(x)"] }], false).split("\n")[1]).toMatch(/^=HYPERLINK\(x\) /);
  });
});
