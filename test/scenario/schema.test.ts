// The zod schema and the JSON Schema of `scrumlab schema` against the spec: every key with its
// type, range, enum, description and the default of DEFAULT_SCENARIO; unknown keys refused.
import { describe, expect, it } from "vitest";
import { DEFAULT_SCENARIO, jsonSchema, scenarioSchema } from "../../src/scenario/index.js";
import { getPath } from "../../src/scenario/paths.js";
import { leaves, SPEC, type Node } from "../../src/scenario/spec.js";

type JsonNode = { type?: string; properties?: Record<string, JsonNode>; additionalProperties?: boolean; [k: string]: unknown };

function at(schema: JsonNode, path: string): JsonNode {
  return path.split(".").reduce((node, key) => node.properties?.[key] as JsonNode, schema);
}

describe("the JSON Schema", () => {
  const schema = jsonSchema() as JsonNode;

  it("is draft-07, titled, and accepts extends at the top level only", () => {
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.title).toBe("scrumlab scenario");
    expect(schema.properties?.extends).toMatchObject({ type: "string" });
    expect(schema.required).toBeUndefined();
  });

  it.each(leaves())("%s: type, range, default and description", (path, leaf) => {
    const node = at(schema, path);
    expect(node.description).toBe(leaf.description);
    expect(node.default).toEqual(getPath(DEFAULT_SCENARIO, path));
    switch (leaf.kind) {
      case "number":
        expect(node.type).toBe(leaf.integer ? "integer" : "number");
        expect(leaf.minExclusive ? node.exclusiveMinimum : node.minimum).toBe(leaf.min);
        if (leaf.max < Number.MAX_SAFE_INTEGER) expect(node.maximum).toBe(leaf.max);
        break;
      case "enum":
        expect(node.enum).toEqual(leaf.values);
        break;
      case "boolean":
        expect(node.type).toBe("boolean");
        break;
      case "string":
        expect(node).toMatchObject({ type: "string", maxLength: leaf.maxLength });
    }
  });

  it("refuses unknown keys in every section", () => {
    const walk = (node: Node, json: JsonNode, path: string) => {
      if (node.kind !== "object") return;
      expect(json.additionalProperties, path).toBe(false);
      expect(Object.keys(json.properties ?? {}).filter((k) => k !== "extends")).toEqual(Object.keys(node.fields));
      for (const [k, child] of Object.entries(node.fields)) walk(child, json.properties?.[k] as JsonNode, path ? `${path}.${k}` : k);
    };
    walk(SPEC, schema, "");
  });
});

describe("the zod schema", () => {
  it("fills partial sections from the defaults, deeply", () => {
    const s = scenarioSchema.parse({ roles: { productOwner: { answerHours: { cv: 0.9 } } } });
    expect(s.roles.productOwner.answerHours).toEqual({ mean: DEFAULT_SCENARIO.roles.productOwner.answerHours.mean, cv: 0.9 });
    expect(s.roles.scrumMaster).toEqual(DEFAULT_SCENARIO.roles.scrumMaster);
    expect(s.team).toEqual(DEFAULT_SCENARIO.team);
  });

  it("does not share the defaults' objects with the result", () => {
    const a = scenarioSchema.parse({});
    a.team.skill.mean = 99;
    expect(scenarioSchema.parse({}).team.skill.mean).toBe(DEFAULT_SCENARIO.team.skill.mean);
    expect(DEFAULT_SCENARIO.team.skill.mean).not.toBe(99);
  });

  it.each([
    ["calendar.sprintDays", 21],
    ["calendar.hoursPerDay", 0.5],
    ["horizon.sprints", 501],
    ["team.developers", 51],
    ["practices.wipLimit", 1.5],
    ["team.skill.mean", 0],
    ["team.skill.cv", -0.1],
    ["environment.technicalRate", -1],
    ["roles.scrumMaster.availability", 1.01],
  ])("refuses %s = %s", (path, value) => {
    const input = {};
    const keys = path.split(".");
    keys.reduce<Record<string, unknown>>((o, k, i) => (o[k] = i === keys.length - 1 ? value : {}) as Record<string, unknown>, input);
    expect(scenarioSchema.safeParse(input).success).toBe(false);
  });
});
