// "Did you mean …" for an unknown key: a close key of the same section, else the section a
// misplaced key belongs to, else the nesting a dotted key stands for.
import { closest } from "./problems.js";
import { nodeAt, SPEC, type Node } from "./spec.js";

/** What follows `unknown key "x"` when something helps ("; did you mean …"), or "". */
export function unknownKeyHint(section: string, key: string): string {
  const node = nodeAt(section);
  const near = closest(key, node && node.kind === "object" ? Object.keys(node.fields) : []);
  if (near) return `; did you mean "${near}"?`;
  if (key.includes(".") && nodeAt(section ? `${section}.${key}` : key)) {
    const [first, ...rest] = key.split(".");
    return `; keys are nested, not dotted: write "${first}:"${rest.map((k) => `, under it "${k}:"`).join("")}`;
  }
  const homes = sectionsWith(key).filter((s) => s !== section);
  if (homes.length > 0 && homes.length <= 3) return `; it belongs ${homes.map((s) => (s ? `under ${s}` : "at the top level")).join(" or ")}`;
  return "";
}

/** The sections (dotted paths, "" for the top level) that have a key of this name. */
function sectionsWith(key: string, node: Node = SPEC, path = ""): string[] {
  if (node.kind !== "object") return [];
  const here = Object.hasOwn(node.fields, key) ? [path] : [];
  return [...here, ...Object.entries(node.fields).flatMap(([k, child]) => sectionsWith(key, child, path ? `${path}.${k}` : k))];
}
