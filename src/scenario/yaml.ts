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
/** Keys and values in one file: a complete scenario has a few hundred. */
export const MAX_NODES = 10_000;
const TOO_DEEP = "is nested too deeply to read; no scenario key is nested more than a few levels";

export function readYaml(text: string, file: string): Located | Problem[] {
  const lines = new LineCounter();
  if (/\.json$/i.test(file)) {
    const json = strictJson(text, file);
    if (json !== undefined) return [json];
  }
  let doc: ReturnType<typeof parseDocument>;
  try {
    // uniqueKeys: false — the library's own check is quadratic (a 1 MB file of 100,000 keys took
    // minutes); duplicates are found below with a Set per mapping.
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, schema: "core", resolveKnownTags: false, merge: false });
  } catch (error) {
    if (error instanceof RangeError) return [{ file, message: TOO_DEEP }];
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
  let nodes = 0;
  const walk = (node: unknown, path: string, depth: number) => {
    if (++nodes > MAX_NODES) {
      if (nodes === MAX_NODES + 1) problems.unshift({ file, message: `holds more than ${MAX_NODES.toLocaleString("en-US")} keys and values; a scenario has a few hundred at most` });
      return;
    }
    if (depth > MAX_DEPTH) {
      const shown = path.split(".").slice(0, 4).join(".");
      if (problems.length === 0) problems.push({ ...at((node as YamlNode).range?.[0]), path: `${shown}.…`, message: `nested more than ${MAX_DEPTH} levels deep; no scenario key is` });
      return;
    }
    if (isMap(node)) {
      const seen = new Map<string, number | undefined>();
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        if (!isScalar(keyNode) || keyNode.value === null || typeof keyNode.value === "object") {
          const found = isScalar(keyNode) ? "nothing" : isSeq(keyNode) ? "a list" : isMap(keyNode) ? "a mapping" : describeValue(keyNode);
          problems.push({ ...at(keyNode?.range?.[0] ?? (pair.value as YamlNode | null)?.range?.[0] ?? node.range?.[0]), path: path || undefined, message: `expected a key name such as "team", found ${found}` });
          continue;
        }
        const key = String(keyNode.value);
        const child = path ? `${path}.${key}` : key;
        const where = at(keyNode.range?.[0]);
        if (seen.has(key)) {
          const first = seen.get(key);
          problems.push({ ...where, path: child, message: `the key ${JSON.stringify(truncate(key))} appears twice in this mapping${first !== undefined ? ` (first at line ${first})` : ""}; write it once` });
          continue;
        }
        seen.set(key, where.line);
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
  if (problems.length > 0) return nodes > MAX_NODES ? problems.slice(0, 1) : problems;
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }), positions };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const message = /unresolved alias|not found/i.test(text)
      ? `uses an alias (*name) with no anchor (&name) before it; to write text that starts with "*", quote it`
      : /alias/i.test(text)
        ? `uses YAML aliases to build a document too large to read (more than ${MAX_ALIASES} alias expansions)`
        : error instanceof RangeError
          ? TOO_DEEP
          : `could not be read: ${text}`;
    return [{ file, message }];
  }
}

/** A .json file must be JSON, not merely YAML (no trailing commas, comments or unquoted keys); a problem, or undefined when it is. */
function strictJson(text: string, file: string): Problem | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    if (error instanceof RangeError) return { file, message: TOO_DEEP };
    const message = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(message);
    let shown = `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/s, "").replace(/^Unexpected token '(.)', .*$/s, "unexpected $1")}`;
    if (at === null) return { file, message: shown };
    const before = text.slice(0, Number(at[1]));
    if (/,\s*$/.test(before) && /^[}\]]/.test(text.slice(Number(at[1])))) shown = `not valid JSON: a comma before "${text[Number(at[1])]}" (JSON allows no trailing comma)`;
    const line = before.split("\n").length;
    return { file, line, col: Number(at[1]) - before.lastIndexOf("\n"), message: shown };
  }
}

const truncate = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

/** The parser's message, in the words of this tool (no parser API names). */
function syntaxMessage(code: string, message: string): string {
  if (/call stack/i.test(message)) return TOO_DEEP;
  if (code === "MULTIPLE_DOCS") return "a scenario file holds one YAML document; a second one starts here";
  if (code === "TAG_RESOLVE_FAILED") return `the YAML tag ${message.replace(/^Unresolved tag: /, "").replace("tag:yaml.org,2002:", "!!")} is not supported in scenario files: write the plain value`;
  return `not valid YAML or JSON: ${message.split(" at line")[0]}`;
}
