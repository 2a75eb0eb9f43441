// The range a parameter is varied over, and how a point of the unit interval becomes a value:
// uniform (lo:hi), log-uniform (lo:hi:log, lo > 0: each factor of ten is equally likely), and
// whole numbers (…:int, each of lo … hi equally likely; with :log, uniform in log(lo … hi + 1)).

export interface Range {
  lo: number;
  hi: number;
  log: boolean;
  int: boolean;
}

/** "lo:hi", "lo:hi:log", "lo:hi:int" or "lo:hi:log:int"; throws a RangeError saying what was expected. */
export function parseRange(text: string): Range {
  const parts = text.trim().split(":").map((p) => p.trim());
  const number = /^-?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;
  if (parts.length < 2 || !number.test(parts[0]) || !number.test(parts[1])) throw new RangeError(`expected lo:hi[:log][:int] (e.g. 0.5:4 or 1:100:log), found ${JSON.stringify(text)}`);
  const flags = parts.slice(2);
  for (const f of flags) if (f !== "log" && f !== "int") throw new RangeError(`unknown modifier :${f} in ${JSON.stringify(text)}; expected :log or :int`);
  if (new Set(flags).size !== flags.length) throw new RangeError(`a modifier given twice in ${JSON.stringify(text)}`);
  return checkRange({ lo: Number(parts[0]), hi: Number(parts[1]), log: flags.includes("log"), int: flags.includes("int") }, text);
}

/** A range's own rules: lo < hi, finite, lo > 0 on a log scale, whole bounds for :int. */
export function checkRange(r: Range, text = formatRange(r)): Range {
  if (!Number.isFinite(r.lo) || !Number.isFinite(r.hi) || !(r.lo < r.hi)) throw new RangeError(`expected lo < hi, found ${JSON.stringify(text)}`);
  if (r.log && !(r.lo > 0)) throw new RangeError(`a :log range needs lo > 0, found ${JSON.stringify(text)}`);
  if (r.int && !(Number.isInteger(r.lo) && Number.isInteger(r.hi))) throw new RangeError(`an :int range needs whole-number bounds, found ${JSON.stringify(text)}`);
  return r;
}

export function formatRange(r: Range): string {
  return `${r.lo}:${r.hi}${r.log ? ":log" : ""}${r.int ? ":int" : ""}`;
}

/** The value at u ∈ [0, 1] (u = 1 gives hi). */
export function fromUnit(r: Range, u: number): number {
  const top = r.int ? r.hi + 1 : r.hi;
  const x = r.log ? Math.exp(Math.log(r.lo) + u * (Math.log(top) - Math.log(r.lo))) : r.lo + u * (top - r.lo);
  return r.int ? Math.min(r.hi, Math.floor(x + 1e-9)) : Math.min(r.hi, Math.max(r.lo, x));
}
