// The message of the ScenarioError a call throws, or "no error": for exact-message assertions.
import { ScenarioError } from "../../src/scenario/index.js";

export function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ScenarioError) return error.message;
    throw error;
  }
  return "no error";
}
