// The fully resolved scenario as YAML, with the seed and the number of runs of the experiment
// that used it, so that running the file again reproduces that experiment exactly.
import { stringify } from "yaml";
import type { Scenario } from "./types.js";

export interface FormatMeta {
  version: string;
  runs?: number;
  seed?: number;
}

export function formatResolvedScenario(scenario: Scenario, meta: FormatMeta): string {
  const resolved: Scenario = { ...scenario, seed: meta.seed ?? scenario.seed, runs: meta.runs ?? scenario.runs };
  const header = [
    `# Resolved by scrumlab ${meta.version}: every key of the scenario as it ran (defaults filled in,`,
    "# `extends` and --set applied). `scrumlab run` on this file reproduces the run exactly.",
  ];
  return `${header.join("\n")}\n${stringify(resolved, { lineWidth: 0 })}`;
}
