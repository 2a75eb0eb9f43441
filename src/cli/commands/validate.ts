// scrumlab validate FILE…: "ok" (and warnings) per valid file, or its errors; exit 0 or 2.
import type { Register } from "../command.js";
import { subcommand } from "../command.js";
import { addSetOption } from "./scenario-options.js";
import { InputError } from "../../errors.js";

export const register: Register = (program, io) => {
  addSetOption(subcommand(program, "validate", io))
    .description("check scenario files: ok, or every error with its file, line, column and key")
    .argument("<files...>", "scenario files (YAML or JSON), or names from `scrumlab list`")
    .addHelpText("after", "\nExample:\n  scrumlab validate scenarios/*.yaml\n  scrumlab validate my-team.yaml --set team.developers=9")
    .option("--json", "print one entry per file as JSON on stdout: ok, warnings, and errors with file, line, col, path and message")
    .action(async (files: string[], options: { set: string[]; extendsRoot?: string; json?: boolean }) => {
      const { loadScenario } = await import("../../scenario/load.js");
      const { scenarioArgs } = await import("./scenario-options.js");
      const { ScenarioError } = await import("../../scenario/problems.js");
      let failed = 0;
      const results: Array<{ file: string; ok: boolean; warnings: string[]; errors: object[] }> = [];
      for (const file of files) {
        try {
          const [resolved] = await scenarioArgs([file], io.cwd);
          const { warnings } = loadScenario(resolved, { sets: options.set, cwd: io.cwd, extendsRoot: options.extendsRoot, stdin: io.stdin });
          results.push({ file, ok: true, warnings, errors: [] });
          if (options.json) continue;
          io.stdout(`${file}: ok\n`);
          for (const w of warnings) io.stdout(`  warning: ${w}\n`);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          failed++;
          results.push({ file, ok: false, warnings: [], errors: error instanceof ScenarioError ? error.problems : [{ file, message: error.message }] });
          if (!options.json) io.stderr(`${error.message}\n`);
        }
      }
      if (options.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
      if (failed > 0) throw new InputError(`${failed} of ${files.length} file${files.length > 1 ? "s are" : " is"} not valid`);
    });
};
