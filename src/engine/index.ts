// The engine's public surface: clock and queue, random streams, seed derivation.
export { Simulation, Priority, SimulationError, DEFAULT_MAX_EVENTS } from "./simulation.js";
export type { SimulationOptions, ScheduleOptions, EventHandle } from "./simulation.js";
export { RandomStream } from "./random.js";
export type { LognormalSpec } from "./random.js";
export { deriveSeed, hash53 } from "./hash.js";
