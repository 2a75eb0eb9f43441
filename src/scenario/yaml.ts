// YAML (or JSON) text to plain data, keeping where every key and value was written, so that
// errors can point at a line and column. Only the YAML 1.2 core schema (no !!binary, !!set,
// dates or custom tags, even under %YAML 1.1), one document, plain keys; guards against alias
// bombs and runaway nesting.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import { describeValue, type Position, type Problem } from "./problems.js";

export interface Located {
  value: unknown;
  /** Dotted path → where its value was written (and, under "key:" + path, where its key was). */
  positions: Map<string, Position>;
}

const MAX_ALIASES = 100;
/** Far below what overflows the stack, far above the deepest scenario key (5 levels). */
const MAX_DEPTH = 16;

export function readYaml(text: string, file: string): Located | Problem[] {
  const lines = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, schema: "core", resolveKnownTags: false, merge: false });
  } catch (error) {
    if (error instanceof RangeError) return [{ file, message: "is nested too deeply to read; no scenario key is nested more than a few levels" }];
    throw error;
  }
  const syntax = [...doc.errors, ...doc.warnings.filter((w) => w.code === "TAG_RESOLVE_FAILED")];
  if (syntax.length > 0) {
    return syntax.slice(0, 5).map((e) => {
      const p = lines.linePos(e.pos[0]);
      return { file, line: p.line, col: p.col, message: syntaxMessage(e.code, e.message) };
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
      const shown = path.split(".").slice(0, 4).join(".");
      if (problems.length === 0) problems.push({ ...at((node as YamlNode).range?.[0]), path: `${shown}.…`, message: `nested more than ${MAX_DEPTH} levels deep; no scenario key is` });
      return;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        if (!isScalar(keyNode) || keyNode.value === null || typeof keyNode.value === "object") {
          const found = isScalar(keyNode) ? "nothing" : isSeq(keyNode) ? "a list" : isMap(keyNode) ? "a mapping" : describeValue(keyNode);
          problems.push({ ...at(keyNode?.range?.[0] ?? (pair.value as YamlNode | null)?.range?.[0] ?? node.range?.[0]), path: path || undefined, message: `expected a key name such as "team", found ${found}` });
          continue;
        }
        const key = String(keyNode.value);
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

/** The parser's message, in the words of this tool (no parser API names). */
function syntaxMessage(code: string, message: string): string {
  if (code === "MULTIPLE_DOCS") return "a scenario file holds one YAML document; a second one starts here";
  if (code === "TAG_RESOLVE_FAILED") return `the YAML tag ${message.replace(/^Unresolved tag: /, "").replace("tag:yaml.org,2002:", "!!")} is not supported in scenario files: write the plain value`;
  return `not valid YAML or JSON: ${message.split(" at line")[0]}`;
}
