// The zod schema of a scenario file, built from the spec: strict objects (unknown keys are
// errors), ranges, enums, and on every key a description and the default of DEFAULT_SCENARIO.
// Parsing {} gives exactly the defaults.
import { z } from "zod";
import { DEFAULT_SCENARIO, LIST_ITEM_DEFAULTS } from "./defaults.js";
import { SPEC, type Node, type ScalarLeaf } from "./spec.js";
import type { Scenario } from "./types.js";

function defaultAt(path: string[]): unknown {
  return path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], DEFAULT_SCENARIO);
}

function leafSchema(leaf: ScalarLeaf): z.ZodType {
  switch (leaf.kind) {
    case "boolean":
      return z.boolean();
    case "enum":
      return z.enum(leaf.values as [string, ...string[]]);
    case "string":
      return z.string().max(leaf.maxLength);
    case "number": {
      let n = leaf.integer ? z.int() : z.number();
      n = leaf.minExclusive ? n.gt(leaf.min) : n.gte(leaf.min);
      return leaf.max >= Number.MAX_SAFE_INTEGER ? n : n.lte(leaf.max);
    }
  }
}

function build(node: Node, path: string[]): z.ZodType {
  if (node.kind === "list") {
    const defaults = LIST_ITEM_DEFAULTS[path.join(".")] ?? {};
    const shape: Record<string, z.ZodType> = {};
    for (const [k, child] of Object.entries(node.item.fields)) shape[k] = leafSchema(child).default(defaults[k] as never).describe(child.description);
    return z.array(z.strictObject(shape)).max(node.maxItems).default(defaultAt(path) as never).describe(node.description);
  }
  if (node.kind === "object") {
    const shape: Record<string, z.ZodType> = {};
    for (const [k, child] of Object.entries(node.fields)) shape[k] = build(child, [...path, k]);
    const o = z.strictObject(shape).describe(node.description);
    return path.length === 0 ? o : o.prefault({});
  }
  return leafSchema(node).default(defaultAt(path) as never).describe(`${node.description}`);
}

/** The schema a scenario (without `extends`) is validated with. */
export const scenarioSchema = build(SPEC, []) as z.ZodType<Scenario>;

/** The JSON Schema of a scenario file, for editor completion (VS Code's YAML extension). */
export function jsonSchema(): Record<string, unknown> {
  const fileSchema = (scenarioSchema as unknown as z.ZodObject).extend({
    extends: z.string().optional().describe("path of a scenario this one builds on, relative to this file; this file's keys override it"),
  });
  // Draft 7: the draft every editor's YAML/JSON language server reads.
  const schema = z.toJSONSchema(fileSchema, { io: "input", target: "draft-07" }) as Record<string, unknown>;
  return { ...schema, title: "scrumlab scenario", $id: "https://scrumlab.dev/scenario.schema.json" };
}
