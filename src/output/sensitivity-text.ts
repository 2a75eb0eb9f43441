// What a sensitivity analysis says, in words and as JSON: the headline printed at the end of
// `scrumlab sensitivity` and `merge`, and the sentences the report shows. Pure formatting.
import { boxText, MIN_BOX_CASES, type RobustnessSummary, type SensitivitySummary } from "./sensitivity-folder.js";

/** Parameters shown per metric in the headline (every one is in sensitivity.csv). */
export const SHOWN = 8;

const pct = (x: number) => `${Math.round(100 * x)} %`;
const num = (x: number) => (!Number.isFinite(x) ? "–" : Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toFixed(3));

/** The sentence a coach reads aloud: how often the effect holds, and where it fails. */
export function robustnessSentences(s: SensitivitySummary, r: RobustnessSummary): string[] {
  const m = s.meta;
  const other = m.scenarios[1]?.name ?? "the other scenario";
  const metric = r.metric.replace(/_pct$/, "");
  const sign = r.direction < 0 ? "lowers" : r.direction > 0 ? "raises" : "does not change";
  const by = m.threshold > 0 ? ` by more than ${m.threshold} %` : "";
  const out = [`Against ${m.reference}, ${other} ${sign} ${metric} by ${Math.abs(r.mean).toFixed(1)} % on average over the ${r.points.toLocaleString("en-US")} sample points. It ${sign} it${by} at ${pct(r.holds)} of the points; the change is within ${m.threshold} % at ${pct(r.small)} and goes the other way${by} at ${pct(r.reversed)}.`];
  if (r.holds === 1) out.push("The conclusion holds everywhere in the sampled ranges.");
  else if (r.box === null && Math.round((1 - r.holds) * r.points) < MIN_BOX_CASES) out.push(`It fails at only ${Math.round((1 - r.holds) * r.points)} points: too few to say where.`);
  else if (r.box === null) out.push("The points where it fails form no box of parameter ranges: they are scattered (noise, or many parameters at once).");
  else out.push(`It fails mainly where ${boxText(r.box)}: that box holds ${pct(r.box.mass)} of the points and ${pct(r.box.coverage)} of the failures, and the conclusion fails at ${pct(r.box.density)} of the points inside it.`);
  return out;
}

export function sensitivityHeadline(s: SensitivitySummary): string {
  const m = s.meta;
  const lines: string[] = [];
  const what = m.method === "sobol" ? "ST (total Sobol index) [95 % CI]   S1" : "mu* (mean |effect| across the range) [95 % CI]   sigma";
  lines.push(`${m.method === "sobol" ? "Sobol" : "Morris"} analysis of ${m.vary.length} parameters: ${m.points.toLocaleString("en-US")} points × ${m.runs} replications${m.reference !== null ? ` × 2 scenarios` : ""}`);
  for (const metric of s.metrics) {
    lines.push("", `${metric.metric}${m.reference !== null ? ` (percent change of ${m.scenarios[1].name} against ${m.reference})` : ""}: ${what}`);
    if (metric.undefinedPoints > 0) {
      lines.push(`  undefined at ${metric.undefinedPoints} points (the reference's mean is 0 there): no indices`);
      continue;
    }
    const shown = metric.indices.slice(0, SHOWN);
    const w = Math.max(...shown.map((r) => r.parameter.length));
    for (const r of shown) lines.push(`  ${r.parameter.padEnd(w)}  ${num(r.importance).padStart(8)} [${num(r.low)} … ${num(r.high)}]   ${num(m.method === "sobol" ? (r.s1 ?? NaN) : (r.sigma ?? NaN))}`);
    if (metric.indices.length > SHOWN) lines.push(`  … and ${metric.indices.length - SHOWN} more (every one is in sensitivity.csv)`);
  }
  for (const r of s.robustness) lines.push("", ...robustnessSentences(s, r));
  return `${lines.join("\n")}\n`;
}

/** The headline as JSON (--json): the meta, every index and the robustness, numbers as numbers (NaN as null). */
export function sensitivityJson(s: SensitivitySummary, folder: string): string {
  return `${JSON.stringify({ folder, ...s, sentences: s.robustness.flatMap((r) => robustnessSentences(s, r)) }, (_, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2)}\n`;
}
