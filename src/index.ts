// scrumlab's library surface: the engine, the model, scenario files and the statistics.
export * from "./engine/index.js";
export { runScenario } from "./model/run.js";
export { DUTIES, RUN_METRICS, SPRINT_METRICS } from "./model/result.js";
export type { RunResult, RunOptions, RunTotals, SprintMetrics, ItemLife, ImpedimentLife, AgentInfo, Duty, Role } from "./model/result.js";
export type { TraceRecord } from "./model/trace.js";
export { DEFAULT_SCENARIO, defaultScenario, loadScenario, resolveScenario, jsonSchema, formatResolvedScenario, ScenarioError } from "./scenario/index.js";
export type { Scenario } from "./scenario/index.js";
export { summarize, pairedDifference } from "./experiment/stats.js";
export { tell, render } from "./story/index.js";
export * as sensitivity from "./sensitivity/index.js";
export { RANGES } from "./scenario/ranges.js";
