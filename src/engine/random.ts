// A named random stream: seedrandom's Alea generator seeded from hash(seed, name), with the
// distributions the model draws from. Every draw in the project goes through one of these.
import seedrandom from "seedrandom";
import { deriveSeed } from "./hash.js";

export interface LognormalSpec {
  mean: number;
  cv: number;
}

export class RandomStream {
  readonly name: string;
  private readonly next: () => number;
  private spareNormal = NaN;
  /** The log-scale parameters of the last few lognormals drawn (the same few are drawn over and over). */
  private readonly ln: Array<{ mean: number; cv: number; mu: number; sigma: number }> = [];

  constructor(seed: number | string, name: string) {
    this.name = name;
    this.next = seedrandom.alea(String(deriveSeed(seed, "stream", name)));
  }

  /** Uniform in [min, max); [0, 1) by default. */
  uniform(min = 0, max = 1): number {
    return min + (max - min) * this.next();
  }

  /** Uniform integer in [min, max] inclusive. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  bernoulli(p: number): boolean {
    return this.next() < p;
  }

  /** Exponential with the given rate (mean 1/rate). */
  exponential(rate: number): number {
    checkPositive("exponential rate", rate);
    return -Math.log(1 - this.next()) / rate;
  }

  /** Normal by the polar Box-Muller method; the spare draw is kept for the next call. */
  normal(mean = 0, sd = 1): number {
    if (!Number.isNaN(this.spareNormal)) {
      const z = this.spareNormal;
      this.spareNormal = NaN;
      return mean + sd * z;
    }
    let u: number, v: number, s: number;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.spareNormal = v * f;
    return mean + sd * u * f;
  }

  /** Lognormal given by its own mean and coefficient of variation (not the log's). */
  lognormal({ mean, cv }: LognormalSpec): number {
    if (cv === 0) {
      checkPositive("lognormal mean", mean);
      return mean;
    }
    const c = this.ln;
    let i = 0;
    while (i < c.length && (c[i].mean !== mean || c[i].cv !== cv)) i++;
    if (i === c.length) {
      checkPositive("lognormal mean", mean);
      const sigma2 = Math.log(1 + cv * cv);
      if (c.length === 4) c.pop();
      c.unshift({ mean, cv, mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) });
      i = 0;
    }
    return Math.exp(c[i].mu + c[i].sigma * this.normal());
  }

  triangular(min: number, mode: number, max: number): number {
    if (!(min <= mode && mode <= max)) throw new RangeError(`triangular: need min <= mode <= max, got ${min}, ${mode}, ${max}`);
    if (max === min) return min;
    const u = this.next();
    const c = (mode - min) / (max - min);
    return u < c
      ? min + Math.sqrt(u * (max - min) * (mode - min))
      : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
  }

  /** Gamma(shape, scale) by Marsaglia and Tsang. */
  gamma(shape: number, scale = 1): number {
    checkPositive("gamma shape", shape);
    if (shape < 1) return this.gamma(shape + 1, scale) * Math.pow(this.next(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number, v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.next();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v * scale;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v * scale;
    }
  }

  beta(a: number, b: number): number {
    const x = this.gamma(a);
    const y = this.gamma(b);
    return x / (x + y);
  }

  /** PERT (modified beta, lambda = 4) between min and max with the given mode. */
  pert(min: number, mode: number, max: number): number {
    if (!(min <= mode && mode <= max)) throw new RangeError(`pert: need min <= mode <= max, got ${min}, ${mode}, ${max}`);
    if (max === min) return min;
    const a = 1 + (4 * (mode - min)) / (max - min);
    const b = 1 + (4 * (max - mode)) / (max - min);
    return min + this.beta(a, b) * (max - min);
  }

  /** Poisson: Knuth's product method for small means, PTRS (Hörmann 1993) above 30. */
  poisson(mean: number): number {
    if (!(mean >= 0) || !Number.isFinite(mean)) throw new RangeError(`poisson: mean must be a finite number >= 0, got ${mean}`);
    if (mean === 0) return 0;
    if (mean < 30) {
      const limit = Math.exp(-mean);
      let k = 0;
      let p = this.next();
      while (p > limit) {
        k++;
        p *= this.next();
      }
      return k;
    }
    const slam = Math.sqrt(mean);
    const loglam = Math.log(mean);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invalpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const u = this.next() - 0.5;
      const v = this.next();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -mean + k * loglam - logFactorial(k)) return k;
    }
  }

  /** One of items, uniformly or by the given non-negative weights. */
  choice<T>(items: readonly T[], weights?: readonly number[]): T {
    if (items.length === 0) throw new RangeError("choice: no items to choose from");
    if (!weights) return items[Math.floor(this.next() * items.length)];
    if (weights.length !== items.length) throw new RangeError(`choice: ${items.length} items but ${weights.length} weights`);
    let total = 0;
    for (const w of weights) {
      if (!(w >= 0)) throw new RangeError(`choice: weights must be >= 0, got ${w}`);
      total += w;
    }
    if (total <= 0) throw new RangeError("choice: weights sum to zero");
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i];
      if (r < 0) return items[i];
    }
    return items[items.length - 1];
  }

  /** Fisher-Yates shuffle, in place; returns the array. */
  shuffle<T>(array: T[]): T[] {
    for (let i = array.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = array[i];
      array[i] = array[j];
      array[j] = tmp;
    }
    return array;
  }
}

function checkPositive(what: string, x: number): void {
  if (!(x > 0) || !Number.isFinite(x)) throw new RangeError(`${what} must be a finite number > 0, got ${x}`);
}

function logFactorial(k: number): number {
  // Stirling series; exact enough for k >= 10, table below.
  if (k < 10) {
    let f = 1;
    for (let i = 2; i <= k; i++) f *= i;
    return Math.log(f);
  }
  const x = k + 1;
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
}
