// The story of a run: one replication of a scenario (and optionally of a second one on the same
// seed, with the measured attribution of the difference), ready to render as text or Markdown.
import { runScenario } from "../model/run.js";
import type { Scenario } from "../scenario/types.js";
import { attributionSteps } from "./attribution.js";
import { narrate } from "./narrate.js";
import type { Told } from "./render.js";

export { render, attributionFigures, type Told, type RenderOptions } from "./render.js";
export { brief } from "./brief.js";
export { impedimentOutcomes, outcomesText, type ImpedimentOutcomes } from "./outcomes.js";
export { attribute, attributionSteps, MECHANISMS, type Attribution, type Contribution } from "./attribution.js";
export { narrate, type Story, type SprintStory, type Moment } from "./narrate.js";

export interface TellOptions {
  seed?: number;
  replication?: number;
  /** Replications averaged by the attribution (the story itself is always one replication). */
  attributionReplications?: number;
}

export function tell(scenario: Scenario, vs: Scenario | undefined, options: TellOptions = {}): Told {
  const steps = tellSteps(scenario, vs, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** tell(), awaiting `pause` after every replication: a long attribution can be stopped (the CLI's pause checks for a signal). */
export async function tellPaced(scenario: Scenario, vs: Scenario | undefined, options: TellOptions, pause: () => Promise<void>): Promise<Told> {
  const steps = tellSteps(scenario, vs, options);
  for (;;) {
    await pause();
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function* tellSteps(scenario: Scenario, vs: Scenario | undefined, options: TellOptions): Generator<void, Told> {
  const seed = options.seed ?? scenario.seed;
  const replication = options.replication ?? 0;
  const run = (s: Scenario) => runScenario(s, { seed, replication, trace: true, detail: true });
  const main = run(scenario);
  const story = narrate(scenario, main);
  if (vs === undefined) return { story, runs: { seed, main: { scenario, result: main } } };
  yield;
  // The attribution explains scenario − vs; when only one of them merges the roles, it is
  // measured from the one that does not (the merged role is split into its mechanisms).
  const [reference, other] = vs.roles.mergedPoSm && !scenario.roles.mergedPoSm ? [scenario, vs] : [vs, scenario];
  const attribution = yield* attributionSteps(reference, other, { seed, replication, replications: options.attributionReplications ?? 1 });
  const second = run(vs);
  return { story, vs: narrate(vs, second), attribution, runs: { seed, main: { scenario, result: main }, vs: { scenario: vs, result: second } } };
}
