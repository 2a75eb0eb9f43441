// Scenario discovery by PRIM (Friedman and Fisher 1999, as the EMA workbench does it): a box of
// parameter ranges where the cases of interest (here: the points where a conclusion fails) are
// concentrated. Peeling: from the whole space, repeatedly cut off a share `alpha` of the points
// at one end of one parameter, the cut that most raises the share of cases inside, until the box
// holds less than `minMass` of the points. The box kept is the one on this trajectory with the
// best coverage × density; pasting then widens it where that adds cases without lowering the
// density; last, restrictions are dropped while the box keeps `keep` (90 %) of its coverage ×
// density, so the box reads as a short sentence.
// Coverage: share of all cases inside the box; density: share of the points inside that are
// cases; mass: share of all points inside. Works in unit coordinates; ties stay together.

export interface Restriction {
  dim: number;
  /** Bounds in unit coordinates; a side without a restriction is 0 or 1. */
  lo: number;
  hi: number;
}

export interface PrimBox {
  restrictions: Restriction[];
  coverage: number;
  density: number;
  mass: number;
  /** Points inside the box. */
  inside: Uint8Array;
}

export interface PrimOptions {
  alpha?: number;
  minMass?: number;
  /** A restriction is dropped if the box without it keeps this share of coverage × density. */
  keep?: number;
}

type Bounds = Array<[number, number]>;

export function prim(x: ArrayLike<number>, target: ArrayLike<number>, d: number, options: PrimOptions = {}): PrimBox | null {
  const alpha = options.alpha ?? 0.05;
  const minMass = options.minMass ?? 0.05;
  const keep = options.keep ?? 0.9;
  const n = target.length;
  let cases = 0;
  for (let i = 0; i < n; i++) cases += target[i] ? 1 : 0;
  if (n === 0 || cases === 0) return null;
  const at = (i: number, j: number) => x[i * d + j];
  /** For each point, the one parameter it lies outside the box on (−1: inside, −2: outside on several). */
  const outsideOn = (b: Bounds) => {
    const o = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      let w = -1;
      for (let j = 0; j < d && w !== -2; j++) if (at(i, j) < b[j][0] || at(i, j) > b[j][1]) w = w === -1 ? j : -2;
      o[i] = w;
    }
    return o;
  };
  const stats = (b: Bounds) => {
    const o = outsideOn(b);
    let m = 0;
    let c = 0;
    for (let i = 0; i < n; i++) if (o[i] === -1) {
      m++;
      if (target[i]) c++;
    }
    return { mass: m / n, coverage: c / cases, density: m > 0 ? c / m : 0 };
  };
  const score = (s: { coverage: number; density: number }) => s.coverage * s.density;
  const withBound = (b: Bounds, j: number, lo: number, hi: number) => b.map((r, k) => (k === j ? [lo, hi] : r)) as Bounds;

  // Peeling: only the points inside the current box are looked at.
  let box: Bounds = Array.from({ length: d }, () => [0, 1]);
  let inside = Array.from({ length: n }, (_, i) => i);
  const trajectory: Array<{ bounds: Bounds; score: number }> = [{ bounds: box, score: cases / n }];
  for (;;) {
    let best: { bounds: Bounds; keep: number[]; density: number } | null = null;
    for (let j = 0; j < d; j++) {
      const values = inside.map((i) => at(i, j)).sort((a, b) => a - b);
      if (values.length === 0 || values[0] === values[values.length - 1]) continue;
      const k = Math.max(1, Math.ceil(alpha * values.length));
      const low = values.find((v) => v > values[k - 1]); // ties stay together
      const high = [...values].reverse().find((v) => v < values[values.length - k]);
      const cuts: Array<[number, number]> = [];
      if (low !== undefined) cuts.push([low, box[j][1]]);
      if (high !== undefined) cuts.push([box[j][0], high]);
      for (const [lo, hi] of cuts) {
        const kept = inside.filter((i) => at(i, j) >= lo && at(i, j) <= hi);
        if (kept.length < minMass * n) continue;
        let c = 0;
        for (const i of kept) if (target[i]) c++;
        const density = c / kept.length;
        if (best === null || density > best.density + 1e-12 || (Math.abs(density - best.density) <= 1e-12 && kept.length > best.keep.length)) best = { bounds: withBound(box, j, lo, hi), keep: kept, density };
      }
    }
    if (best === null) break;
    box = best.bounds;
    inside = best.keep;
    let c = 0;
    for (const i of inside) if (target[i]) c++;
    trajectory.push({ bounds: box, score: (c / cases) * (c / inside.length) });
  }
  let chosen = trajectory.reduce((a, b) => (b.score > a.score + 1e-12 ? b : a)).bounds;

  // Pasting: widen one side to take in the nearest points outside, while density does not fall.
  for (;;) {
    const current = stats(chosen);
    const o = outsideOn(chosen);
    const step = Math.max(1, Math.ceil(alpha * current.mass * n));
    let best: { bounds: Bounds; s: ReturnType<typeof stats> } | null = null;
    for (let j = 0; j < d; j++) {
      const [lo, hi] = chosen[j];
      const below: number[] = [];
      const above: number[] = [];
      for (let i = 0; i < n; i++) if (o[i] === j) (at(i, j) < lo ? below : above).push(at(i, j));
      below.sort((a, b) => b - a);
      above.sort((a, b) => a - b);
      const cand: Bounds[] = [];
      if (below.length > 0) cand.push(withBound(chosen, j, below[Math.min(below.length, step) - 1], hi));
      if (above.length > 0) cand.push(withBound(chosen, j, lo, above[Math.min(above.length, step) - 1]));
      for (const c of cand) {
        const s = stats(c);
        if (s.density + 1e-12 >= current.density && s.coverage > current.coverage && (best === null || score(s) > score(best.s))) best = { bounds: c, s };
      }
    }
    if (best === null) break;
    chosen = best.bounds;
  }

  // Dropping the restrictions that add little (the box keeps `keep` of its coverage × density).
  const floor = keep * score(stats(chosen));
  for (;;) {
    let best: { bounds: Bounds; v: number } | null = null;
    for (let j = 0; j < d; j++) {
      if (chosen[j][0] === 0 && chosen[j][1] === 1) continue;
      const wider = withBound(chosen, j, 0, 1);
      const v = score(stats(wider));
      if (v >= floor && (best === null || v > best.v)) best = { bounds: wider, v };
    }
    if (best === null) break;
    chosen = best.bounds;
  }

  const s = stats(chosen);
  const o = outsideOn(chosen);
  // a bound that leaves out no sample point is no restriction
  const restrictions = chosen
    .map(([lo, hi], dim) => ({ dim, lo, hi }))
    .filter((r) => {
      let cut = false;
      for (let i = 0; i < n && !cut; i++) cut = at(i, r.dim) < r.lo || at(i, r.dim) > r.hi;
      return cut;
    });
  return { restrictions, coverage: s.coverage, density: s.density, mass: s.mass, inside: Uint8Array.from(o, (w) => (w === -1 ? 1 : 0)) };
}
