// What a workshop types: names from `scrumlab list` wherever a path works, sweep points named
// "baseline · developers=5 · mergedPoSm=false", default output folders that never collide (and
// --force the only way to replace one), and helpful errors for a range without a step and for a
// percentage given to a key that takes a share from 0 to 1.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultFolderName, pointName, shortKeys } from "../../src/experiment/names.js";
import { parseVary } from "../../src/experiment/plan.js";
import { scenarioFile } from "../../src/scenario/library.js";
import { inProcess, ROOT, tempDir } from "./helpers.js";

const fast = ["--runs", "4", "--detail", "1", "--jobs", "1", "--no-report"];

describe("scenario names from `scrumlab list`", () => {
  it("a name stands for the shipped file; a file of that name in the working folder wins", () => {
    const cwd = tempDir();
    expect(scenarioFile("merged-po-sm", cwd)).toBe(path.join(ROOT, "scenarios", "merged-po-sm.yaml"));
    writeFileSync(path.join(cwd, "merged-po-sm"), "name: mine\n");
    expect(scenarioFile("merged-po-sm", cwd)).toBe("merged-po-sm");
    expect(scenarioFile("./nothing.yaml", cwd)).toBe("./nothing.yaml");
  });

  it("run, compare, story and validate take names, from any working folder", async () => {
    const cwd = tempDir();
    const run = await inProcess(["run", "merged-po-sm", ...fast, "--quiet"], cwd);
    expect(run.code, run.err).toBe(0);
    const meta = JSON.parse(readFileSync(path.join(cwd, "out", "run-merged-po-sm", "meta.json"), "utf8"));
    expect(meta.scenarios[0]).toMatchObject({ name: "merged-po-sm", file: path.join(ROOT, "scenarios", "merged-po-sm.yaml") });
    expect((await inProcess(["compare", "baseline", "part-time-po", ...fast, "--quiet"], cwd)).code).toBe(0);
    const story = await inProcess(["story", "merged-po-sm", "--vs", "baseline"], cwd);
    expect(story.code, story.err).toBe(0);
    expect(story.out).toContain("merged-po-sm");
    const valid = await inProcess(["validate", "baseline", "no-refinement"], cwd);
    expect(valid.out).toBe("baseline: ok\nno-refinement: ok\n");
  });

  it("an unknown name is refused with the nearest shipped one (exit 2)", async () => {
    const r = await inProcess(["run", "merged-posm", ...fast], tempDir());
    expect(r.code).toBe(2);
    expect(r.err).toBe('scrumlab: merged-posm: no such file; did you mean the shipped scenario "merged-po-sm"? (scrumlab list shows them all)\n');
  });
});

describe("sweep points", () => {
  it("are named by their scenario and the varied keys' shortest distinct names", () => {
    expect(pointName("baseline", ["team.developers", "roles.mergedPoSm"], [5, false])).toBe("baseline · developers=5 · mergedPoSm=false");
    expect(shortKeys(["roles.productOwner.availability", "roles.scrumMaster.availability", "team.developers"])).toEqual(["productOwner.availability", "scrumMaster.availability", "developers"]);
  });

  it("read so in the headline table", async () => {
    const r = await inProcess(["sweep", "baseline", "--vary", "team.developers=4,5", "--vary", "roles.mergedPoSm=false,true", ...fast, "--out", path.join(tempDir(), "s")]);
    expect(r.code, r.err).toBe(0);
    const rows = r.out.split("\n").slice(1, 5).map((l) => l.split("  ")[0]);
    expect(rows).toEqual(["baseline · developers=4 · mergedPoSm=false", "baseline · developers=4 · mergedPoSm=true", "baseline · developers=5 · mergedPoSm=false", "baseline · developers=5 · mergedPoSm=true"]);
  });
});

describe("default output folders", () => {
  it("are named after every compared scenario, or a sweep's scenario and keys", () => {
    expect(defaultFolderName("compare", ["baseline", "merged-po-sm"])).toBe("compare-baseline-vs-merged-po-sm");
    expect(defaultFolderName("sweep", ["baseline"], ["team.developers", "roles.mergedPoSm"])).toBe("sweep-baseline-developers-mergedPoSm");
    expect(defaultFolderName("compare", Array.from({ length: 12 }, (_, i) => `scenario-number-${i}`))).toBe("compare-scenario-number-0-and-11-more");
  });

  it("never collide: the workshop's scripts, one after the other, each get their own folder", async () => {
    const cwd = tempDir();
    for (const args of [["baseline", "merged-po-sm"], ["baseline", "impediments-team-only", "impediments-unremoved"], ["baseline", "no-retrospectives", "no-sm-no-retros"]]) {
      const r = await inProcess(["compare", ...args, ...fast, "--quiet"], cwd);
      expect(r.code, r.err).toBe(0);
    }
    expect(readdirSync(path.join(cwd, "out")).sort()).toEqual(["compare-baseline-vs-impediments-team-only-vs-impediments-unremoved", "compare-baseline-vs-merged-po-sm", "compare-baseline-vs-no-retrospectives-vs-no-sm-no-retros"]);
  });

  it("number a taken folder instead of replacing it; --force alone replaces, and only scrumlab's own folder", async () => {
    const cwd = tempDir();
    const taken = path.join(cwd, "out", "run-baseline");
    mkdirSync(taken, { recursive: true });
    writeFileSync(path.join(taken, "mine.txt"), "the user's file");
    const first = await inProcess(["run", "baseline", ...fast], cwd);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain(`wrote out/run-baseline-2\n`);
    expect((await inProcess(["run", "baseline", ...fast, "--quiet"], cwd)).code).toBe(0);
    expect(existsSync(`${taken}-3`)).toBe(true);
    expect(readFileSync(path.join(taken, "mine.txt"), "utf8")).toBe("the user's file");
    // --force does not replace a folder holding a file scrumlab did not write (issue 19) …
    const refused = await inProcess(["run", "baseline", ...fast, "--quiet", "--force"], cwd);
    expect(refused.code).toBe(2);
    expect(readFileSync(path.join(taken, "mine.txt"), "utf8")).toBe("the user's file");
    // … but it replaces one of scrumlab's own.
    const again = await inProcess(["run", "baseline", ...fast, "--quiet", "--force", "--out", "out/run-baseline-2"], cwd);
    expect(again.code, again.err).toBe(0);
    expect(existsSync(path.join(`${taken}-2`, "meta.json"))).toBe(true);
  });
});

describe("helpful errors", () => {
  it.each(["3:9", "3..9", "3-9", "3 to 9"])("--vary team.developers=%s asks for a step", (spec) => {
    expect(() => parseVary(`team.developers=${spec}`)).toThrow(`--vary team.developers=${spec}: a range needs a step too: from:to:step, e.g. --vary team.developers=3:9:1`);
  });

  it("a range of shares suggests a step that fits it, and lists still work", () => {
    expect(() => parseVary("roles.productOwner.availability=0.2:1")).toThrow("e.g. --vary roles.productOwner.availability=0.2:1:0.2");
    expect(parseVary("team.developers=3:9:3").values).toEqual([3, 6, 9]);
    expect(parseVary("calendar.sprintDays=5,10").values).toEqual([5, 10]);
  });

  it("the CLI exits 2 on such a range, before any work", async () => {
    const r = await inProcess(["sweep", "baseline", "--vary", "team.developers=3:9", ...fast], tempDir());
    expect(r.code).toBe(2);
    expect(r.err).toContain("a range needs a step too");
  });

  it("a percentage given to a 0–1 key: did you mean 0.5? (file, --set, --vary)", async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, "team.yaml"), "roles:\n  productOwner:\n    availability: 50\n");
    const file = await inProcess(["validate", "team.yaml"], cwd);
    expect(file.err).toContain("team.yaml:3:19: roles.productOwner.availability: expected a number from 0 to 1, found 50; a share is written from 0 to 1 — did you mean 0.5?");
    const set = await inProcess(["run", "baseline", "--set", "practices.dummy=1", "--set", "team.multitasking=25 %", ...fast], cwd);
    expect(set.code).toBe(2);
    const pct = await inProcess(["run", "baseline", "--set", "team.multitasking=25 %", ...fast], cwd);
    expect(pct.err).toContain("did you mean 0.25?");
    const vary = await inProcess(["sweep", "baseline", "--vary", "roles.scrumMaster.availability=50,100", ...fast], cwd);
    expect(vary.code).toBe(2);
    expect(vary.err).toContain("--vary roles.scrumMaster.availability=50,100: roles.scrumMaster.availability: expected a number from 0 to 1, found 50; a share is written from 0 to 1 — did you mean 0.5?");
    expect((await inProcess(["validate", "baseline", "--set", "team.developers=50"], cwd)).err).not.toContain("did you mean");
  });
});
