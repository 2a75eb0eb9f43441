// Morris's elementary-effects design (Morris 1991, as SALib samples it): r trajectories of
// D + 1 points on a p-level grid of the unit cube. A trajectory starts at a random grid point
// and moves one parameter at a time, each once, in a random order, by Δ = p / (2(p − 1)) up or
// down (random direction), so every point stays on the grid.
import type { RandomStream } from "../engine/random.js";

export const MORRIS_LEVELS = 4;

export function morrisDelta(levels: number): number {
  return levels / (2 * (levels - 1));
}

/** r·(D + 1) points of D coordinates, row by row, trajectory after trajectory. */
export function morrisSample(r: number, d: number, random: RandomStream, levels = MORRIS_LEVELS): Float64Array {
  if (!Number.isInteger(r) || r < 2) throw new RangeError(`Morris sample: at least 2 trajectories, not ${r}`);
  if (!Number.isInteger(levels) || levels < 2 || levels % 2 !== 0) throw new RangeError(`Morris sample: an even number of levels >= 2, not ${levels}`);
  const delta = morrisDelta(levels);
  const out = new Float64Array(r * (d + 1) * d);
  for (let t = 0; t < r; t++) {
    const base = Array.from({ length: d }, () => random.integer(0, levels / 2 - 1) / (levels - 1));
    const up = Array.from({ length: d }, () => random.bernoulli(0.5));
    const order = random.shuffle(Array.from({ length: d }, (_, j) => j));
    const x = base.map((b, j) => (up[j] ? b : b + delta));
    const first = t * (d + 1) * d;
    out.set(x, first);
    order.forEach((j, step) => {
      x[j] = up[j] ? base[j] + delta : base[j];
      out.set(x, first + (step + 1) * d);
    });
  }
  return out;
}
