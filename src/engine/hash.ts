// Seed derivation: a 53-bit string hash (cyrb53) of the parts, so that a stream's or a
// replication's seed depends only on (seed, name) and never on draw order elsewhere.

/** cyrb53: fast, well-mixed 53-bit hash of a string (public domain, bryc). */
export function hash53(text: string, salt = 0): number {
  let h1 = 0xdeadbeef ^ salt;
  let h2 = 0x41c6ce57 ^ salt;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A seed derived from a parent seed and a path of parts, e.g.
 * `deriveSeed(42, "replication", 7)`. Deterministic, independent across parts.
 */
export function deriveSeed(seed: number | string, ...parts: Array<string | number>): number {
  return hash53([String(seed), ...parts.map(String)].join("\u001f"));
}
