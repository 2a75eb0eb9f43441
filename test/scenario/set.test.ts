// --set path=value: typed by the schema, applied after extends (a mapping merges like extends,
// the last --set of a key wins), and every bad path or value named as `--set …` in its error.
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/scenario/index.js";
import { errorOf } from "./helpers.js";

const FILE = "test/fixtures/good/nested/child.yaml";
const load = (...sets: string[]) => loadScenario(FILE, { sets, extendsRoot: "test/fixtures/good" }).scenario;
const errorOfSets = (...sets: string[]) => errorOf(() => load(...sets));

describe("--set", () => {
  it("changes only the key it names, after extends", () => {
    const before = load();
    const after = load("team.developers=9");
    expect(before.team.developers).toBe(5);
    expect(after).toEqual({ ...before, team: { ...before.team, developers: 9 } });
  });

  it("the last --set of a key wins", () => {
    expect(load("team.developers=3", "team.developers=4").team.developers).toBe(4);
  });

  it("a mapping value merges into the key, as extends does", () => {
    expect(load("team.skill={cv: 0}").team.skill).toEqual({ mean: 1.2, cv: 0 });
    expect(load("roles={mergedPoSm: true, productOwner: {proxy: true}}").roles.productOwner).toMatchObject({ availability: 0.5, proxy: true });
  });

  it("reads the value as YAML: numbers, booleans, enums, quoted text", () => {
    const s = load("seed=0x10", "roles.mergedPoSm=false", "practices.planning=pushed-scope", "name='007'");
    expect([s.seed, s.roles.mergedPoSm, s.practices.planning, s.name]).toEqual([16, false, "pushed-scope", "007"]);
  });

  it.each([
    [["developers=9"], '--set developers=9: developers: no such key: "developers"; it belongs under team'],
    [["team.skill.sd=1"], '--set team.skill.sd=1: team.skill.sd: no such key under team.skill: "sd"'],
    [["team.developers.count=1"], '--set team.developers.count=1: team.developers.count: no such key under team.developers: "count"'],
    [["extends=./x.yaml"], "--set extends=./x.yaml: extends cannot be set from the command line"],
    [["=3"], "--set =3: expected path=value, e.g. --set team.developers=9"],
    [["team=5"], "--set team=5: team: expected a mapping of keys, found 5"],
    [["team.developers="], `--set team.developers=: team.developers: expected a value after "=" (an empty text is written --set 'team.developers=""')`],
    [["name="], `--set name=: name: expected a value after "=" (an empty text is written --set 'name=""')`],
    [['name=""'], "--set name=\"\": name: a scenario needs a name: it labels its rows, charts and files"],
    [["name=a: b"], "--set name=a: b: name: expected text of at most 200 characters, found a mapping"],
    [["team.developers=[1"], "--set team.developers=[1: team.developers: not valid YAML or JSON: Flow sequence must end with a ]"],
    [["name=!!binary aGk="], "--set name=!!binary aGk=: name: the YAML tag !!binary is not supported in scenario files: write the plain value"],
    [["team.skill={velocity: 2}"], '--set team.skill={velocity: 2}: team.skill.velocity: unknown key "velocity"'],
    [["practices.impedimentRemoval=sm"], '--set practices.impedimentRemoval=sm: practices.impedimentRemoval: expected one of "scrum-master", "team-only", "none", found "sm"'],
  ])("%j is refused clearly", (sets, message) => {
    expect(errorOfSets(...sets)).toBe(message);
  });

  it("an error in a key the file wrote but --set replaced points at the --set", () => {
    expect(errorOfSets("roles.productOwner.availability=1.5")).toBe("--set roles.productOwner.availability=1.5: roles.productOwner.availability: expected a number from 0 to 1, found 1.5");
  });

  it("a cross-field rule broken by --set names it", () => {
    expect(errorOfSets("backlog.initialItems=3")).toBe("test/fixtures/good/nested/child.yaml: backlog.readyAtStart: 8 ready items cannot come out of a backlog of 3 (backlog.initialItems)");
    expect(errorOfSets("backlog.readyAtStart=500")).toBe("--set backlog.readyAtStart=500: backlog.readyAtStart: 500 ready items cannot come out of a backlog of 24 (backlog.initialItems)");
  });
});
