// The scenarios shipped in scenarios/ (next to the package, not the working directory).
import { readdirSync } from "node:fs";
import path from "node:path";
import { fromRoot } from "../paths.js";
import { loadScenario } from "./load.js";

export const SCENARIO_FOLDER = fromRoot("scenarios");

export interface Shipped {
  name: string;
  file: string;
  folder: string;
  /** The first sentence of the description. */
  summary: string;
}

export function shippedScenarios(folder = SCENARIO_FOLDER): Shipped[] {
  return readdirSync(folder)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const file = path.join(folder, f);
      const { scenario } = loadScenario(file);
      const first = /^(.*?[.!?])(\s|$)/.exec(scenario.description.trim());
      return { name: scenario.name, file, folder, summary: first ? first[1] : scenario.description.trim() };
    });
}
