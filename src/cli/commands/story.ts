// scrumlab story SCENARIO [--vs OTHER]: one replication told sprint by sprint, and with --vs
// the same seed under both, with the measured attribution of the difference.
import { InvalidArgumentError } from "commander";
import type { Register } from "../program.js";
import { subcommand } from "../program.js";
import { addSetOption } from "./scenario-options.js";
import { integer } from "./experiment-options.js";
import { InputError } from "../../errors.js";

/** Each attribution replication runs both scenarios and every differing setting alone; beyond this the story would take minutes. */
export const MAX_ATTRIBUTION_RUNS = 1000;

interface StoryOptions {
  vs?: string;
  seed?: number;
  replication: number;
  format: "text" | "markdown";
  width: number;
  attributionRuns: number;
  set: string[];
  extendsRoot?: string;
}

export const register: Register = (program, io) => {
  addSetOption(subcommand(program, "story", io))
    .description("tell one replication sprint by sprint; with --vs, side by side with why they differ")
    .argument("<scenario>", "scenario file")
    .option("--vs <other>", "a second scenario, run on the same seed", (value: string, previous?: string) => {
      if (previous !== undefined) throw new InvalidArgumentError(`--vs is given twice (${previous}, ${value}): a story compares one scenario with one other`);
      return value;
    })
    .option("--seed <s>", "master seed (default: the scenario's)", integer(0, "a seed"))
    .option("--replication <k>", "which replication to tell", integer(0, "a replication number"), 0)
    .option("--format <format>", "text or markdown", (v: string) => {
      if (v !== "text" && v !== "markdown") throw new InvalidArgumentError(`expected text or markdown, found ${JSON.stringify(v)}`);
      return v;
    }, "text")
    .option("--width <n>", "wrap text at this many columns", integer(40, "a width"), 80)
    .option("--attribution-runs <n>", `replications the attribution of --vs averages over (the story itself is one; at most ${MAX_ATTRIBUTION_RUNS})`, integer(1, "a number of replications", MAX_ATTRIBUTION_RUNS), 1)
    .addHelpText("after", "\nExample:\n  scrumlab story scenarios/merged-po-sm.yaml --vs scenarios/baseline.yaml\n  scrumlab story scenarios/impediments-unremoved.yaml --format markdown > handout.md")
    .action(async (file: string, o: StoryOptions) => {
      const { loadScenario } = await import("../../scenario/load.js");
      const { tellPaced, render } = await import("../../story/index.js");
      const { tooCostly, storyWarning } = await import("../../experiment/budget.js");
      const load = (f: string) => {
        const loaded = loadScenario(f, { sets: o.set, cwd: io.cwd, extendsRoot: o.extendsRoot, stdin: io.stdin });
        for (const w of loaded.warnings) io.stderr(`warning: ${w}\n`);
        const why = tooCostly(loaded.scenario);
        if (why !== undefined) throw new InputError(`${f}: ${why}`);
        return loaded.scenario;
      };
      const scenario = load(file);
      const vs = o.vs === undefined ? undefined : load(o.vs);
      const long = vs === undefined ? undefined : storyWarning(scenario, vs, o.attributionRuns);
      if (long !== undefined) io.stderr(`warning: ${long}\n`);
      const { pause } = await import("../../experiment/abort.js");
      const told = await tellPaced(scenario, vs, { seed: o.seed, replication: o.replication, attributionReplications: o.attributionRuns }, () => pause(io.signal));
      const color = o.format === "text" && io.stdoutIsTTY === true && io.env.NO_COLOR === undefined;
      io.stdout(render(told, { format: o.format, width: o.width, color }));
    });
};
