// validate, schema, init and list as real processes (node bin/scrumlab.js, built by `npm run
// build`): exit codes, stdout and stderr kept apart, no stack trace, nothing written on refusal.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchema, parseScenarioText } from "../../src/scenario/index.js";
import { ROOT, subprocess, tempDir } from "../cli/helpers.js";

const shipped = readdirSync(path.join(ROOT, "scenarios")).filter((f) => f.endsWith(".yaml"));

describe("scrumlab validate", () => {
  it("says ok for every shipped scenario and exits 0", () => {
    const r = subprocess(["validate", ...shipped.map((f) => `scenarios/${f}`)]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n").filter((l) => l.endsWith(": ok"))).toHaveLength(shipped.length);
    expect(r.err).toBe("");
  });

  it("prints the errors on stderr, nothing on stdout, exits 2, and shows no stack trace", () => {
    const r = subprocess(["validate", "test/fixtures/bad/11-availability-too-high.yaml"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toBe("test/fixtures/bad/11-availability-too-high.yaml:4:19: roles.productOwner.availability: expected a number from 0 to 1, found 1.5\nscrumlab: 1 of 1 file is not valid\n");
  });

  it("applies --set to every file, locating its errors at the --set", () => {
    const ok = subprocess(["validate", "scenarios/baseline.yaml", "--set", "team.developers=12"]);
    expect(ok.out).toContain("scenarios/baseline.yaml: ok\n  warning: --set team.developers=12: team.developers: 12 developers");
    const bad = subprocess(["validate", "scenarios/baseline.yaml", "scenarios/proxy-po.yaml", "--set", "team.developers=0"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--set team.developers=0: team.developers: expected a whole number from 1 to 50, found 0\n");
    expect(bad.err).toContain("scrumlab: 2 of 2 files are not valid");
  });

  it("without a file is a usage error (exit 2)", () => {
    const r = subprocess(["validate"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/missing required argument 'files'/);
  });
});

describe("scrumlab schema", () => {
  it("prints the JSON Schema alone on stdout", () => {
    const r = subprocess(["schema"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(jsonSchema());
  });
});

describe("scrumlab init", () => {
  it("prints a commented starter that validates when given no file", () => {
    const r = subprocess(["init"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# yaml-language-server: \$schema=.*\n# A scrumlab scenario/);
    expect(parseScenarioText(r.out, "my-team.yaml").warnings).toEqual([]);
  });

  it("writes the file, refuses to overwrite it without --force, and leaves no temporary file", () => {
    const dir = tempDir();
    expect(subprocess(["init", "coach.yaml"], { cwd: dir }).code).toBe(0);
    expect(subprocess(["validate", "coach.yaml"], { cwd: dir }).out).toBe("coach.yaml: ok\n");
    writeFileSync(path.join(dir, "coach.yaml"), "name: mine\n");
    const again = subprocess(["init", "coach.yaml"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.err).toBe("scrumlab: coach.yaml already exists; use --force to overwrite it\n");
    expect(readFileSync(path.join(dir, "coach.yaml"), "utf8")).toBe("name: mine\n");
    expect(subprocess(["init", "coach.yaml", "--force"], { cwd: dir }).code).toBe(0);
    expect(readFileSync(path.join(dir, "coach.yaml"), "utf8")).toMatch(/^name: "coach"$/m);
    expect(readdirSync(dir)).toEqual(["coach.yaml"]);
  });
});

describe("scrumlab list", () => {
  it("lists the shipped scenarios from the package, whatever the working directory", () => {
    const r = subprocess(["list"], { cwd: tempDir() });
    expect(r.code).toBe(0);
    for (const f of shipped) expect(r.out).toMatch(new RegExp(`^${f.replace(".yaml", "")} +\\S`, "m"));
    expect(r.out).toContain(`${shipped.length} scenarios in ${path.join(ROOT, "scenarios")}`);
  });
});

describe("the command modules", () => {
  it.each(["validate", "schema", "init", "list", "scenario-options"])("%s.ts loads no zod, yaml or scenario code at start-up", (name) => {
    const source = readFileSync(path.join(ROOT, "src/cli/commands", `${name}.ts`), "utf8");
    const eager = source.split("\n").filter((l) => /^import (?!type )/.test(l));
    expect(eager.filter((l) => /"(zod|yaml)"|scenario\//.test(l))).toEqual([]);
  });
});
