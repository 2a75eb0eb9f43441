// The commented starter scenario of `scrumlab init`: the keys a coach changes most, with their
// defaults and meanings; every other key keeps its default (see docs/scenarios.md).
import { DEFAULT_SCENARIO } from "./defaults.js";
import { getPath } from "./paths.js";
import { nodeAt } from "./spec.js";
import { schemaModeline } from "./schema.js";

const SHOWN = [
  "horizon.weeks",
  "calendar.sprintDays",
  "calendar.hoursPerDay",
  "team.developers",
  "roles.productOwner.availability",
  "roles.productOwner.proxy",
  "roles.scrumMaster.present",
  "roles.scrumMaster.availability",
  "roles.mergedPoSm",
  "roles.merged.sharedTimeBudget",
  "roles.merged.conflictOfInterest",
  "roles.merged.noCommitmentCheck",
  "roles.merged.lessCandidRetros",
  "roles.merged.noOrderingTeaching",
  "practices.impedimentRemoval",
  "practices.dailyScrum",
  "practices.refinement",
  "practices.sprintReview",
  "practices.retrospective",
  "practices.shielding",
  "practices.wipLimit",
  "practices.planning",
  "arrivals.load",
  "environment.interruptionsPerDay",
  "environment.managementSupport",
  "environment.teamConflictRate",
  "environment.technicalRate",
];

/** `schemaPath`: where the JSON Schema is, from the file's folder, for editor completion (no modeline without it). */
export function starterScenario(name: string, schemaPath?: string): string {
  const out = [
    ...(schemaPath === undefined ? [] : [schemaModeline(schemaPath)]),
    "# A scrumlab scenario. Every key not written here keeps its default:",
    "# see docs/scenarios.md (the first line gives VS Code's YAML extension the schema: completion).",
    "# Run it:      scrumlab run this-file.yaml",
    "# Compare it:  scrumlab compare baseline.yaml this-file.yaml",
    "",
    `name: ${JSON.stringify(name)}`,
    "description: >-",
    "  What this scenario demonstrates, in words a coach can read aloud.",
    `seed: ${DEFAULT_SCENARIO.seed}`,
  ];
  const open: string[] = [];
  for (const path of SHOWN) {
    const keys = path.split(".");
    let depth = 0;
    while (depth < open.length && open[depth] === keys[depth]) depth++;
    open.length = depth;
    for (let i = depth; i < keys.length - 1; i++) {
      const section = nodeAt(keys.slice(0, i + 1).join("."));
      if (i === 0) out.push("");
      out.push(`${"  ".repeat(i)}${keys[i]}:${section ? `  # ${section.description}` : ""}`);
      open.push(keys[i]);
    }
    const leaf = nodeAt(path);
    out.push(`${"  ".repeat(keys.length - 1)}${keys[keys.length - 1]}: ${JSON.stringify(getPath(DEFAULT_SCENARIO, path))}${leaf ? `  # ${leaf.description}` : ""}`);
  }
  return `${out.join("\n")}\n`;
}
