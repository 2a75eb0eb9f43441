// The calibrate command's work, loaded only when it runs: read the history, fit, print the fit,
// write the scenario and its report (each atomically; neither over a file scrumlab did not write).
import path from "node:path";
import { InputError } from "../../errors.js";
import type { CliIO } from "../io.js";
import { checkWritable, readFiles } from "./history-options.js";
import { calibrateTeam, teamBase, type TeamOptions } from "./team-options.js";

export interface CalibrateOptions extends TeamOptions {
  out: string;
  asOf?: number;
  seed?: number;
  report?: string | false;
  json?: boolean;
  force?: boolean;
}

export async function runCalibrate(file: string, o: CalibrateOptions, io: CliIO): Promise<void> {
  if (!/\.ya?ml$/i.test(o.out)) throw new InputError(`--out ${o.out}: a scenario file is written as YAML; give a name ending in .yaml`);
  const report = o.report === false ? undefined : (o.report ?? o.out.replace(/\.ya?ml$/i, ".html"));
  const target = path.resolve(io.cwd, o.out);
  const reportTarget = report === undefined ? undefined : path.resolve(io.cwd, report);
  if (reportTarget === target) throw new InputError(`--report ${report}: the same file as --out`);
  const { CALIBRATE_MARK, scenarioYaml, calibratedDescription } = await import("../../output/calibrate/scenario.js");
  const { GENERATOR } = await import("../../output/forecast/page.js");
  checkWritable(target, o.out, o.force === true, (head) => head.startsWith(CALIBRATE_MARK));
  if (reportTarget && report) checkWritable(reportTarget, report, o.force === true, (head) => head.includes(GENERATOR));
  const { importFiles } = await import("../../import/index.js");
  const { history } = importFiles(readFiles([file], io));
  const name = path.basename(o.out).replace(/\.ya?ml$/i, "");
  const base = await teamBase(name, o, o.seed);
  const { target: flow, fit } = await calibrateTeam(history, base, o, io);
  const shown = path.basename(file);
  fit.scenario.name = name;
  fit.scenario.description = calibratedDescription(shown, flow);
  const { fitText, fitJson } = await import("../../output/calibrate/text.js");
  const text = fitText(fit, flow, shown);
  const { writeFileAtomic } = await import("../../output/atomic.js");
  if (reportTarget && report) {
    const { fitPage } = await import("../../output/calibrate/report.js");
    writeFileAtomic(reportTarget, await fitPage(fit, flow, { title: `scrumlab calibrate: ${shown} → ${path.basename(o.out)}`, text }));
  }
  writeFileAtomic(target, scenarioYaml(fit, flow, { history: shown, file: path.basename(o.out), report: report === undefined ? undefined : path.basename(report) }));
  if (o.json) io.stdout(`${JSON.stringify(fitJson(fit, flow, { history: shown, scenario: o.out, report }), null, 2)}\n`);
  else io.stdout(`${text}wrote ${o.out}${report ? ` and ${report}` : ""}\n`);
}
