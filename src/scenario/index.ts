// Scenario files: the resolved Scenario type, its defaults and schema, reading and resolving.
export type { Scenario, ImpedimentKind, ImpedimentRemoval, PlanningPolicy } from "./types.js";
export { DEFAULT_SCENARIO, defaultScenario } from "./defaults.js";
export { scenarioSchema, jsonSchema } from "./schema.js";
export { nameFromFile, parseScenarioText, resolveScenario, type Resolved, type ResolveOptions, type Source } from "./resolve.js";
export { loadScenario, readSource, MAX_FILE_BYTES } from "./load.js";
export { ScenarioError, formatProblem, type Problem } from "./problems.js";
export { formatResolvedScenario } from "./format.js";
