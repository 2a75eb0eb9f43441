// The playground's setting as data: a base scenario (a shipped preset, a loaded file or a shared
// link) and the controls' overrides on top — resolved by the same resolver as the CLI, so the
// messages are the CLI's and the scenario is the one `scrumlab run` would run. A setting is
// shared as the URL fragment "#set=path=value&set=…" (the --set options that make it from the
// defaults) and exported as a scenario file of the keys that differ from the defaults.
import { stringify } from "yaml";
import { DEFAULT_SCENARIO } from "../../src/scenario/defaults.js";
import { differingLeaves, getPath, setPath } from "../../src/scenario/paths.js";
import { resolveScenario, type Source } from "../../src/scenario/resolve.js";
import type { Scenario } from "../../src/scenario/types.js";

export interface Preset {
  name: string;
  summary: string;
  /** The shipped file's name and text (what `extends: ./baseline.yaml` reads in the browser). */
  file: string;
  text: string;
}

/** Resolves a scenario file's text as the CLI does; `extends` may name a shipped scenario (the only files the page has). */
export function resolveText(text: string, file: string, presets: Preset[], sets: string[] = []): { scenario: Scenario; warnings: string[] } {
  const readExtends = (_from: string, target: string): Source | { file: string; message: string } => {
    const base = target.split(/[\\/]/).pop() ?? target;
    const shipped = presets.find((p) => p.file === base);
    return shipped ? { file: target, text: shipped.text, id: shipped.file } : { file: target, message: "the playground can only extend a shipped scenario (e.g. ./baseline.yaml); paste the parent's keys into this file instead" };
  };
  const resolved = resolveScenario({ file, text }, { sets, defaultName: file.replace(/\.(ya?ml|json)$/i, ""), readExtends });
  return { scenario: resolved.scenario, warnings: resolved.warnings };
}

/** A value as --set text (YAML): strings as they are, the rest as JSON (which YAML reads). */
const setValue = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

/** The --set options that make `s` from the defaults (its name included; its description, which changes no number, left out). */
export function setsFromDefaults(s: Scenario): string[] {
  return differingLeaves(DEFAULT_SCENARIO, s, new Set(["description"])).map((p) => `${p}=${setValue(getPath(s, p))}`);
}

/** "#set=…&set=…": the setting as a link. */
export function shareFragment(s: Scenario): string {
  return `#${setsFromDefaults(s).map((x) => `set=${encodeURIComponent(x)}`).join("&")}`;
}

/** The --set options of a link's fragment ("" or not ours: none). */
export function setsOfFragment(fragment: string): string[] {
  return fragment.replace(/^#/, "").split("&").filter((p) => p.startsWith("set=")).map((p) => decodeURIComponent(p.slice(4)));
}

/** The scenario a link stands for, resolved from the defaults and its --set options. */
export function scenarioOfFragment(fragment: string, presets: Preset[]): Scenario | null {
  const sets = setsOfFragment(fragment);
  return sets.length === 0 ? null : resolveText("{}\n", "shared-link", presets, sets).scenario;
}

/** A scenario file of the keys that differ from the defaults: `scrumlab run` on it gives the playground's numbers. */
export function scenarioYaml(s: Scenario): string {
  const out: Record<string, unknown> = { name: s.name, description: s.description, seed: s.seed, runs: s.runs };
  for (const p of differingLeaves(DEFAULT_SCENARIO, s)) if (!["name", "description", "seed", "runs"].includes(p)) setPath(out, p, getPath(s, p));
  return `# scrumlab run playground.yaml   (the numbers the playground shows)\n${stringify(out, { lineWidth: 0 })}`;
}

/** The base scenario with the controls' values on top (a copy). */
export function withOverrides(base: Scenario, overrides: Record<string, unknown>, name?: string): Scenario {
  const s = structuredClone(base);
  for (const [p, v] of Object.entries(overrides)) setPath(s as unknown as Record<string, unknown>, p, v);
  if (name !== undefined && Object.keys(overrides).length > 0) s.name = name;
  return s;
}
