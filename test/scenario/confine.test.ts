// extends confined (issue 19, item 16): a received scenario must not make scrumlab read any file
// on the machine and echo it in an error. extends names scenario files (.yaml, .yml, .json)
// inside the scenario's folder (or --extends-root) or a shipped scenario; a resolved file's
// extends is never followed; a report whose resolved file does not load still gets written.
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { folder } from "./helpers.js";
import { loadScenario, ScenarioError } from "../../src/scenario/index.js";
import { inProcess, ROOT, tempDir } from "../cli/helpers.js";

const messageOf = (file: string, options = {}) => {
  try {
    loadScenario(file, options);
  } catch (error) {
    if (error instanceof ScenarioError) return error.message;
    throw error;
  }
  return "loaded";
};

describe("extends stays inside the scenario's folder", () => {
  it("extends: /etc/passwd, ../../../etc/passwd: refused, nothing of the file echoed", () => {
    const dir = folder({ "received/a.yaml": "extends: /etc/passwd\n", "received/b.yaml": "extends: ../../../../../../../../etc/passwd\n" });
    for (const f of ["a.yaml", "b.yaml"]) {
      const m = messageOf(path.join(dir, "received", f));
      expect(m).toContain("extends names a scenario file (.yaml, .yml or .json)");
      expect(m).not.toMatch(/root:|\/bin\/(ba)?sh/);
    }
  });

  it("a scenario file outside the folder, directly or through a symbolic link, is refused; --extends-root allows a wider folder", () => {
    const dir = folder({ "secret.json": '{"token": "s3cr3t-value"}', "team/a.yaml": "extends: ../secret.json\n", "team/b.yaml": "extends: ./link.json\n" });
    symlinkSync(path.join(dir, "secret.json"), path.join(dir, "team", "link.json"));
    for (const f of ["a.yaml", "b.yaml"]) {
      const m = messageOf(path.join(dir, "team", f));
      expect(m).toContain(`it is outside ${path.join(dir, "team")}; extends stays inside the scenario's folder`);
      expect(m).not.toContain("s3cr3t");
    }
    expect(messageOf(path.join(dir, "team", "a.yaml"), { extendsRoot: dir })).toContain('unknown key "token"');
  });

  it("a shipped scenario may always be extended, by an absolute path", () => {
    const dir = folder({ "mine.yaml": `extends: ${JSON.stringify(path.join(ROOT, "scenarios/merged-po-sm.yaml"))}\nname: mine\n` });
    expect(loadScenario(path.join(dir, "mine.yaml")).scenario.roles.mergedPoSm).toBe(true);
  });

  it("a resolved file's extends is never followed", () => {
    const dir = folder({ "parent.yaml": "name: p\n", "x.resolved.yaml": "extends: ./parent.yaml\nname: x\n" });
    expect(messageOf(path.join(dir, "x.resolved.yaml"))).toContain("extends: extends cannot be followed here");
  });

  it("echoed keys are cut short", () => {
    const dir = folder({ "long.yaml": `${"k".repeat(500)}: 1\n` });
    const m = messageOf(path.join(dir, "long.yaml"));
    expect(m.length).toBeLessThan(400);
    expect(m).toContain('unknown key "kkkk');
  });

  it("the CLI option --extends-root", async () => {
    const dir = folder({ "base.yaml": "name: base\nteam:\n  developers: 4\n", "variants/a.yaml": "extends: ../base.yaml\nname: a\n" });
    expect((await inProcess(["validate", "variants/a.yaml"], dir)).err).toContain("it is outside");
    expect((await inProcess(["validate", "variants/a.yaml", "--extends-root", "."], dir)).code).toBe(0);
  });
});

describe("report on a received folder", () => {
  it("does not follow a resolved file's extends, and does not fail when an annotation cannot load", async () => {
    const out = path.join(tempDir(), "out");
    expect((await inProcess(["compare", "scenarios/baseline.yaml", "scenarios/merged-po-sm.yaml", "--runs", "4", "--detail", "2", "--jobs", "1", "--quiet", "--out", out])).code).toBe(0);
    writeFileSync(path.join(out, "baseline.resolved.yaml"), "extends: ../../../../../../etc/passwd\n");
    writeFileSync(path.join(out, "merged-po-sm.resolved.yaml"), "team: [not, a, mapping\n");
    const r = await inProcess(["report", out]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(readFileSync(path.join(out, "report.html"), "utf8")).not.toContain("root:x:");
  });
});
