// The scenarios shipped in scenarios/ (next to the package, not the working directory), and
// the file a name from `scrumlab list` stands for, so a name works wherever a path does.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fromRoot } from "../paths.js";
import { loadScenario } from "./load.js";
import { closest } from "./problems.js";

export const SCENARIO_FOLDER = fromRoot("scenarios");

export interface Shipped {
  name: string;
  file: string;
  folder: string;
  /** The first sentence of the description. */
  summary: string;
}

export function shippedScenarios(folder = SCENARIO_FOLDER): Shipped[] {
  return shippedFiles(folder).map((file) => {
    const { scenario } = loadScenario(file);
    const first = /^(.*?[.!?])(\s|$)/.exec(scenario.description.trim());
    return { name: scenario.name, file, folder, summary: first ? first[1] : scenario.description.trim() };
  });
}

function shippedFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(folder, f));
}

/** The shipped scenarios' names, in `scrumlab list` order (file names; the shipped files are named after their scenario). */
export function shippedNames(folder = SCENARIO_FOLDER): string[] {
  return shippedFiles(folder).map((f) => path.basename(f).replace(/\.ya?ml$/, ""));
}

/** A plain name (no folder, no extension), as `scrumlab list` prints it. */
const isPlainName = (arg: string) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(arg) && !/\.(ya?ml|json)$/i.test(arg);

/**
 * The file a scenario argument stands for: the path itself when it exists (a file always wins),
 * else the shipped scenario of that name (by file name, then by the `name:` inside). Unknown
 * names are returned unchanged, so the loader reports the missing file as usual.
 */
export function scenarioFile(arg: string, cwd: string, folder = SCENARIO_FOLDER): string {
  if (existsSync(path.resolve(cwd, arg)) || !isPlainName(arg)) return arg;
  const byStem = shippedFiles(folder).find((f) => path.basename(f).replace(/\.ya?ml$/, "") === arg);
  if (byStem !== undefined) return byStem;
  return shippedScenarios(folder).find((s) => s.name === arg)?.file ?? arg;
}

/** "; did you mean merged-po-sm?" for a plain name close to a shipped one, else a pointer to `list`. */
export function shippedHint(arg: string, folder = SCENARIO_FOLDER): string {
  if (!isPlainName(arg)) return "";
  const near = closest(arg, shippedFiles(folder).map((f) => path.basename(f).replace(/\.ya?ml$/, "")));
  return near ? `; did you mean the shipped scenario "${near}"? (scrumlab list shows them all)` : "; a shipped scenario's name also works here (scrumlab list shows them)";
}
