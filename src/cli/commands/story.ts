// scrumlab story SCENARIO [--vs OTHER]: one replication told in a brief a coach reads aloud (at
// most 40 lines), or with --full sprint by sprint; with --vs the same seed under both, with the
// measured attribution of the difference.
import { InvalidArgumentError } from "commander";
import type { Register } from "../command.js";
import { subcommand } from "../command.js";
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
  full?: boolean;
  set: string[];
  extendsRoot?: string;
}

export const register: Register = (program, io) => {
  addSetOption(subcommand(program, "story", io))
    .description("tell one replication in a brief to read aloud (--full: sprint by sprint); with --vs, against another and why they differ")
    .argument("<scenario>", "scenario file, or a name from `scrumlab list`")
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
    .option("--full", "tell every sprint, side by side with --vs (the brief is at most 40 lines)")
    .option("--attribution-runs <n>", `replications the attribution of --vs averages over (the story itself is one; at most ${MAX_ATTRIBUTION_RUNS})`, integer(1, "a number of replications", MAX_ATTRIBUTION_RUNS), 20)
    .addHelpText("after", "\nExample:\n  scrumlab story merged-po-sm --vs baseline\n  scrumlab story impediments-unremoved --format markdown > handout.md")
    .action(async (file: string, o: StoryOptions) => {
      const { loadScenario } = await import("../../scenario/load.js");
      const { tellPaced, render, brief } = await import("../../story/index.js");
      const { tooCostly, storyWarning } = await import("../../experiment/budget.js");
      const load = (f: string) => {
        const loaded = loadScenario(f, { sets: o.set, cwd: io.cwd, extendsRoot: o.extendsRoot, stdin: io.stdin });
        for (const w of loaded.warnings) io.stderr(`warning: ${w}\n`);
        const why = tooCostly(loaded.scenario);
        if (why !== undefined) throw new InputError(`${f}: ${why}`);
        return loaded.scenario;
      };
      const { scenarioArgs } = await import("./scenario-options.js");
      const [main, other] = await scenarioArgs(o.vs === undefined ? [file] : [file, o.vs], io.cwd);
      const scenario = load(main);
      const vs = other === undefined ? undefined : load(other);
      const long = vs === undefined ? undefined : storyWarning(scenario, vs, o.attributionRuns);
      if (long !== undefined) io.stderr(`warning: ${long}\n`);
      const { pause } = await import("../../experiment/abort.js");
      const told = await tellPaced(scenario, vs, { seed: o.seed, replication: o.replication, attributionReplications: o.attributionRuns }, () => pause(io.signal));
      const color = o.format === "text" && io.stdoutIsTTY === true && io.env.NO_COLOR === undefined;
      io.stdout((o.full ? render : brief)(told, { format: o.format, width: o.width, color }));
    });
};
