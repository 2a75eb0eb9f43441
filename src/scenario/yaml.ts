// YAML (or JSON) text to plain data, keeping where every key and value was written, so that
// errors can point at a line and column. Guards against alias bombs and runaway nesting.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { Position, Problem } from "./problems.js";

export interface Located {
  value: unknown;
  /** Dotted path → where its value was written (and, under "key:" + path, where its key was). */
  positions: Map<string, Position>;
}

const MAX_ALIASES = 100;
const MAX_DEPTH = 64;

export function readYaml(text: string, file: string): Located | Problem[] {
  const lines = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    if (error instanceof RangeError) return [{ file, message: "is nested too deeply to read; no scenario key is nested more than a few levels" }];
    throw error;
  }
  if (doc.errors.length > 0) {
    return doc.errors.slice(0, 5).map((e) => {
      const p = lines.linePos(e.pos[0]);
      return { file, line: p.line, col: p.col, message: `not valid YAML or JSON: ${e.message.split(" at line")[0]}` };
    });
  }
  if (doc.contents === null) return [{ file, message: "the file is empty: a scenario is a mapping of keys such as name, description and team" }];
  const positions = new Map<string, Position>();
  const at = (offset: number | undefined): Position => {
    if (offset === undefined) return { file };
    const p = lines.linePos(offset);
    return { file, line: p.line, col: p.col };
  };
  const problems: Problem[] = [];
  const walk = (node: unknown, path: string, depth: number) => {
    if (depth > MAX_DEPTH) {
      if (problems.length === 0) problems.push({ ...at((node as YamlNode).range?.[0]), path, message: `nested more than ${MAX_DEPTH} levels deep; no scenario key is` });
      return;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        const child = path ? `${path}.${key}` : key;
        positions.set(`key:${child}`, at(keyNode?.range?.[0]));
        positions.set(child, at((pair.value as YamlNode | null)?.range?.[0] ?? keyNode?.range?.[0]));
        if (!isAlias(pair.value)) walk(pair.value, child, depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        positions.set(`${path}.${i}`, at((item as YamlNode | null)?.range?.[0]));
        if (!isAlias(item)) walk(item, `${path}.${i}`, depth + 1);
      });
    }
  };
  walk(doc.contents, "", 0);
  if (problems.length > 0) return problems;
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }), positions };
  } catch (error) {
    const message = error instanceof Error && /alias/i.test(error.message) ? `uses YAML aliases to build a document too large to read (more than ${MAX_ALIASES} alias expansions)` : `could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return [{ file, message }];
  }
}
