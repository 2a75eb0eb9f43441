// Key moments of the story on the charts: for the scenario of a run, and each scenario of a
// compare but the reference, the story of its representative replication (the one the flow
// chart shows) is told, and its weightiest moment is marked at its sprint — so the picture and
// `scrumlab story` agree. A moment of less than three working days is no story: not marked.
import { existsSync } from "node:fs";
import path from "node:path";
import { readMeta, resolvedFile } from "../meta.js";
import { runScenario } from "../../model/run.js";
import { loadScenario } from "../../scenario/load.js";
import { narrate } from "../../story/narrate.js";
import type { ReportData } from "../../../viz/data.js";

function shortLabel(kind: string, text: string): string {
  const stood = /stood for ([\d.,]+ (days|hours))/.exec(text);
  const waited = /waited ([\d.,]+ (days|hours))/.exec(text);
  if (kind === "impediment" && stood) return `impediment stood ${stood[1]}`;
  if (kind === "impediment") return "impediment still open";
  if (kind === "question" && waited) return `answer waited ${waited[1]}`;
  if (kind === "interruptions") return "interruptions";
  return kind;
}

/** A moment's weight is about its length in working days. */
const MIN_WEIGHT = 3;

export async function annotate(dir: string, data: ReportData): Promise<ReportData> {
  if (data.meta.command === "sweep") return data;
  const annotations: ReportData["annotations"] = [];
  const meta = readMeta(dir);
  for (const arm of data.drawn.filter((a) => data.meta.command === "run" || a > 0)) {
    const replication = data.cfd.find((c) => c.arm === arm)?.replication;
    const file = path.join(dir, resolvedFile(meta, arm));
    if (replication === null || replication === undefined || !existsSync(file)) continue;
    let story: ReturnType<typeof narrate>;
    try {
      // An annotation is optional: a resolved file that does not load (changed, foreign) leaves the chart without it.
      const scenario = loadScenario(file).scenario;
      story = narrate(scenario, runScenario(scenario, { seed: data.meta.seed, replication, trace: true, detail: true }));
    } catch {
      continue;
    }
    const best = story.sprints.flatMap((s) => s.moments.map((m) => ({ ...m, sprint: s.sprint }))).filter((m) => m.kind !== "quiet" && m.weight >= MIN_WEIGHT).sort((a, b) => b.weight - a.weight || a.t - b.t)[0];
    if (best === undefined) continue;
    const who = data.arms.length > 1 ? `${data.arms[arm].label}: ` : "";
    annotations.push({ chart: "*", arm, sprint: best.sprint, label: `${who}${shortLabel(best.kind, best.text)}`, detail: `${data.arms[arm].label}, replication ${replication}, sprint ${best.sprint}: ${best.text}` });
  }
  return { ...data, annotations };
}
