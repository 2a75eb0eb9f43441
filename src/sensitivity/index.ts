// Sensitivity and robustness analysis, pure: sample designs in unit coordinates (Sobol'
// sequence, Saltelli, Morris), value transforms, and the analyses of outputs computed on them
// (Sobol indices, Morris effects, robustness of a paired effect, PRIM scenario discovery).
export { MAX_DIMENSIONS, directionNumbers, sobolPoints } from "./sequence.js";
export { checkRange, formatRange, fromUnit, parseRange, type Range } from "./transform.js";
export { saltelliSample } from "./saltelli.js";
export { MORRIS_LEVELS, morrisDelta, morrisSample } from "./morris-sample.js";
export { sobolIndices, type SobolIndex } from "./sobol.js";
export { elementaryEffects, morrisIndices, type MorrisIndex } from "./morris.js";
export { holdsAt, robustness, type Robustness } from "./robustness.js";
export { prim, type PrimBox, type PrimOptions, type Restriction } from "./prim.js";
export { percentileInterval, resample, RESAMPLES, type Interval } from "./bootstrap.js";

/** The two analyses: Morris screening, Sobol indices. */
export type Method = "morris" | "sobol";
