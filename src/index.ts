// scrumlab's library surface: the engine, and the model, scenarios and experiments built on it.
export * from "./engine/index.js";
