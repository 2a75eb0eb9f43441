// Saltelli's sampling scheme for first- and total-order Sobol' indices (Saltelli 2002; Saltelli
// et al. 2010, without second order): N base rows of a 2D-dimensional Sobol' sequence, A the
// first D columns and B the last D; each base row gives D + 2 points — A, then A with column j
// taken from B (AB_j) for each j, then B — so N·(D + 2) points, in unit coordinates.
import type { RandomStream } from "../engine/random.js";
import { MAX_DIMENSIONS, sobolPoints } from "./sequence.js";

/** N·(D + 2) points of D coordinates, row by row. */
export function saltelliSample(n: number, d: number, scramble?: RandomStream): Float64Array {
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`Saltelli sample: at least 2 base samples, not ${n}`);
  if (2 * d > MAX_DIMENSIONS) throw new RangeError(`Saltelli sample: at most ${MAX_DIMENSIONS / 2} parameters (the Sobol' sequence has ${MAX_DIMENSIONS} dimensions), not ${d}`);
  const base = sobolPoints(n, 2 * d, scramble);
  const out = new Float64Array(n * (d + 2) * d);
  let row = 0;
  const put = (i: number, from: (j: number) => number) => {
    for (let j = 0; j < d; j++) out[row * d + j] = from(j);
    row++;
  };
  for (let i = 0; i < n; i++) {
    const a = (j: number) => base[i * 2 * d + j];
    const b = (j: number) => base[i * 2 * d + d + j];
    put(i, a);
    for (let k = 0; k < d; k++) put(i, (j) => (j === k ? b(j) : a(j)));
    put(i, b);
  }
  return out;
}
