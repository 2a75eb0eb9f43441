// The Sobol' low-discrepancy sequence in up to 1,024 dimensions, from Joe and Kuo's direction
// numbers (directions.ts), in Antonov–Saleev (Gray code) order like their sobol.cc: point 0 is
// the origin, point 1 is (½, …, ½). 32-bit digits, so at most 2^32 points. Optionally
// scrambled by a linear matrix scramble and a digital shift (Matoušek; what SciPy and SALib do
// by default), drawn from a named random stream: the net's balance is kept, the repetitions of
// the first points are broken up.
import type { RandomStream } from "../engine/random.js";
import { JOE_KUO, MAX_DIMENSIONS } from "./directions.js";

export { MAX_DIMENSIONS } from "./directions.js";

const BITS = 32;
const SCALE = 2 ** -32;

/** The 32 direction numbers of each of the first `dims` dimensions (V[k], the digit k + 1 at bit 31 − k). */
export function directionNumbers(dims: number): Uint32Array[] {
  if (!Number.isInteger(dims) || dims < 1 || dims > MAX_DIMENSIONS) throw new RangeError(`Sobol' sequence: 1 to ${MAX_DIMENSIONS} dimensions, not ${dims}`);
  const lines = JOE_KUO.split(";");
  const out: Uint32Array[] = [];
  for (let d = 0; d < dims; d++) {
    const v = new Uint32Array(BITS);
    if (d === 0) {
      for (let k = 0; k < BITS; k++) v[k] = (1 << (31 - k)) >>> 0;
    } else {
      const [a, ...m] = lines[d - 1].split(" ").map(Number);
      const s = m.length;
      for (let k = 0; k < Math.min(s, BITS); k++) v[k] = (m[k] << (31 - k)) >>> 0;
      for (let k = s; k < BITS; k++) {
        let x = (v[k - s] ^ (v[k - s] >>> s)) >>> 0;
        for (let i = 1; i < s; i++) if ((a >>> (s - 1 - i)) & 1) x = (x ^ v[k - i]) >>> 0;
        v[k] = x;
      }
    }
    out.push(v);
  }
  return out;
}

/** Odd parity of a 32-bit word's bits. */
function parity(x: number): number {
  x ^= x >>> 16;
  x ^= x >>> 8;
  x ^= x >>> 4;
  x ^= x >>> 2;
  x ^= x >>> 1;
  return x & 1;
}

/** Direction numbers after a random lower-triangular (unit diagonal) matrix acts on each one's digits. */
function scrambleDirections(v: Uint32Array[], random: RandomStream): Uint32Array[] {
  return v.map((dim) => {
    const rows = new Uint32Array(BITS);
    for (let r = 0; r < BITS; r++) {
      let mask = (1 << (31 - r)) >>> 0;
      for (let c = 0; c < r; c++) if (random.bernoulli(0.5)) mask = (mask | (1 << (31 - c))) >>> 0;
      rows[r] = mask;
    }
    return dim.map((x) => {
      let y = 0;
      for (let r = 0; r < BITS; r++) if (parity(x & rows[r])) y = (y | (1 << (31 - r))) >>> 0;
      return y;
    });
  });
}

/**
 * The first `n` points of the sequence in `dims` dimensions, row by row (point i at
 * [i·dims, (i+1)·dims)), each coordinate in [0, 1). With `scramble`, the scrambled sequence.
 */
export function sobolPoints(n: number, dims: number, scramble?: RandomStream): Float64Array {
  if (!Number.isInteger(n) || n < 0 || n > 2 ** 32) throw new RangeError(`Sobol' sequence: 0 to 2^32 points, not ${n}`);
  let v = directionNumbers(dims);
  const x = new Uint32Array(dims);
  if (scramble !== undefined) {
    v = scrambleDirections(v, scramble);
    for (let d = 0; d < dims; d++) x[d] = scramble.integer(0, 2 ** 32 - 1) >>> 0;
  }
  const out = new Float64Array(n * dims);
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      // the rightmost zero bit of i − 1 names the direction number that changes
      let c = 0;
      for (let j = i - 1; j & 1; j >>>= 1) c++;
      for (let d = 0; d < dims; d++) x[d] = (x[d] ^ v[d][c]) >>> 0;
    }
    for (let d = 0; d < dims; d++) out[i * dims + d] = x[d] * SCALE;
  }
  return out;
}
