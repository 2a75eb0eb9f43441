// The message of the ScenarioError a call throws, or "no error": for exact-message assertions;
// and a temporary folder of scenario files.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
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

/** A temporary folder holding `files` (name → text; names may have folders). */
export function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "scrumlab-scenarios-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
