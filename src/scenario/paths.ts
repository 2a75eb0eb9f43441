// Dotted key paths into plain data: read, write, and the leaves that differ between two trees.

export function getPath(o: unknown, path: string): unknown {
  let cur = o;
  for (const k of path.split(".")) {
    if (cur === null || typeof cur !== "object" || !Object.hasOwn(cur as object, k)) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

/** Set one own key, taken as it is (a key "team.developers" stays one key), never touching prototypes. */
export function setKey(o: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Set a value, creating plain objects on the way (never touching prototypes). */
export function setPath(o: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let cur = o;
  for (const k of keys.slice(0, -1)) {
    const next = Object.hasOwn(cur, k) ? cur[k] : undefined;
    if (next === null || typeof next !== "object" || Array.isArray(next)) {
      const fresh: Record<string, unknown> = {};
      Object.defineProperty(cur, k, { value: fresh, enumerable: true, writable: true, configurable: true });
      cur = fresh;
    } else cur = next as Record<string, unknown>;
  }
  Object.defineProperty(cur, keys[keys.length - 1], { value, enumerable: true, writable: true, configurable: true });
}

export function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** child over parent, deeply; lists and scalars replace. */
export function deepMerge(parent: unknown, child: unknown): unknown {
  if (!isMapping(parent) || !isMapping(child)) return child;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(parent)) setKey(out, k, parent[k]);
  for (const k of Object.keys(child)) setKey(out, k, Object.hasOwn(parent, k) ? deepMerge(parent[k], child[k]) : child[k]);
  return out;
}

/** Dotted paths of every leaf under a value (the prefix itself when it is no mapping, or an empty one). */
export function leafPaths(value: unknown, prefix: string): string[] {
  if (!isMapping(value) || Object.keys(value).length === 0) return [prefix];
  return Object.keys(value).flatMap((k) => leafPaths(value[k], prefix ? `${prefix}.${k}` : k));
}

/** Dotted paths of the leaves that differ between two trees of the same shape. */
export function differingLeaves(a: unknown, b: unknown, ignore: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  const walk = (x: unknown, y: unknown, path: string) => {
    if (isMapping(x)) {
      for (const k of Object.keys(x)) walk(x[k], isMapping(y) ? y[k] : undefined, path ? `${path}.${k}` : k);
    } else if (!ignore.has(path) && JSON.stringify(x) !== JSON.stringify(y)) out.push(path);
  };
  walk(a, b, "");
  return out;
}
