// scrumlab's library surface: the engine, the model, scenario files, the statistics, and
// experiments and their output folders (src/api.ts).
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
export { experiment, readOutput, tableRows, type ExperimentOptions, type ExperimentOutput, type OutputData, type Row } from "./api.js";
export type { Meta, MetaScenario } from "./output/meta.js";
export type { ArmSummary } from "./experiment/aggregate.js";
export type { Summary, PairedDifference } from "./experiment/stats.js";
export { ScrumlabError, InputError, RunError, InterruptedError } from "./errors.js";
