// The report of a sensitivity folder: its summary read back from the files (meta.json,
// sensitivity.csv, robustness.csv, box.csv, samples.csv), the page (self-contained, the same
// bytes for the same folder) and the charts as SVG files. Consumers of the files only.
import { checkSensitivityMeta, readMetaJson } from "../meta.js";
import { readFileSync } from "node:fs";
import path from "node:path";
import { analysedColumns, type BoxSummary, type IndexRow, type SensitivityMeta, type SensitivitySummary } from "../sensitivity-folder.js";
import type { SensitivityData } from "../../../viz/sensitivity-data.js";
import { metricLabel } from "../../../viz/sensitivity-data.js";
import { armColor } from "../../../viz/palette.js";
import { writeFileAtomic } from "../atomic.js";
import { robustnessSentences } from "../sensitivity-text.js";
import { escapeHtml, pageHead, scriptJson, STYLE } from "./html.js";
import { svgFile } from "./svg.js";
import { eachRow, num } from "./tables.js";

/** Parameters with a scatter panel, and the most dots a panel draws. */
export const SCATTER_PARAMETERS = 6;
export const SCATTER_POINTS = 1500;

const orNull = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? null : x);

export async function readSensitivitySummary(dir: string): Promise<SensitivitySummary> {
  const meta = checkSensitivityMeta(readMetaJson(dir), path.join(dir, "meta.json"));
  const metrics = new Map(analysedColumns(meta).map((c) => [c, [] as IndexRow[]]));
  const sobol = meta.method === "sobol";
  await eachRow(dir, "sensitivity.csv", (_, col) => {
    const r: IndexRow = sobol
      ? { parameter: col("parameter"), importance: num(col("st")), low: num(col("st_ci_low")), high: num(col("st_ci_high")), s1: num(col("s1")), s1Low: num(col("s1_ci_low")), s1High: num(col("s1_ci_high")) }
      : { parameter: col("parameter"), importance: num(col("mu_star")), low: num(col("mu_star_ci_low")), high: num(col("mu_star_ci_high")), sigma: num(col("sigma")), mu: num(col("mu")) };
    metrics.get(col("metric"))?.push(r);
  });
  const boxes = new Map<string, BoxSummary["restrictions"]>();
  await eachRow(dir, "box.csv", (_, col) => {
    const list = boxes.get(col("metric")) ?? boxes.set(col("metric"), []).get(col("metric"));
    list?.push({ parameter: col("parameter"), low: col("low") === "" ? null : num(col("low")), high: col("high") === "" ? null : num(col("high")) });
  });
  const robustness: SensitivitySummary["robustness"] = [];
  await eachRow(dir, "robustness.csv", (_, col) => {
    if (col("direction") === "") return;
    const restrictions = boxes.get(col("metric")) ?? [];
    const box = restrictions.length > 0 ? { mass: num(col("box_mass")), coverage: num(col("box_coverage")), density: num(col("box_density")), restrictions } : null;
    const direction = col("direction") === "positive" ? 1 : col("direction") === "negative" ? -1 : 0;
    robustness.push({ metric: col("metric"), threshold: num(col("threshold")), points: num(col("points")), mean: num(col("mean_effect")), direction, holds: num(col("share_holds")), small: num(col("share_small")), reversed: num(col("share_reversed")), box });
  });
  return { meta, metrics: [...metrics].map(([metric, indices]) => ({ metric, indices, undefinedPoints: indices.every((r) => Number.isNaN(r.importance)) ? meta.points : 0 })), robustness };
}

export async function readSensitivityData(dir: string): Promise<SensitivityData> {
  const s = await readSensitivitySummary(dir);
  const m = s.meta;
  const first = s.metrics[0];
  const shown = first ? first.indices.filter((r) => Number.isFinite(r.importance)).slice(0, SCATTER_PARAMETERS).map((r) => r.parameter) : [];
  const rob = s.robustness.find((r) => r.metric === first?.metric);
  const stride = Math.max(1, Math.ceil(m.points / SCATTER_POINTS));
  const scatter = shown.map((parameter) => ({ metric: first.metric, parameter, points: [] as Array<[number, number, number]> }));
  let k = 0;
  await eachRow(dir, "samples.csv", (_, col) => {
    if (k++ % stride !== 0) return;
    const y = num(col(first.metric));
    if (!Number.isFinite(y)) return;
    const fails = rob && rob.direction !== 0 ? (Math.sign(y) === rob.direction && Math.abs(y) > rob.threshold ? 0 : 1) : 0;
    for (const sc of scatter) sc.points.push([num(col(sc.parameter)), y, fails]);
  });
  return {
    kind: "sensitivity",
    meta: { method: m.method, version: m.version, seed: m.seed, runs: m.runs, samples: m.samples, points: m.points, scenarios: m.scenarios.map((x) => ({ name: x.name, description: x.description })), reference: m.reference, threshold: m.threshold, vary: m.vary },
    metrics: s.metrics.map((x) => ({ metric: x.metric, indices: x.indices.map((r) => ({ parameter: r.parameter, importance: orNull(r.importance), low: orNull(r.low), high: orNull(r.high), second: orNull(m.method === "sobol" ? r.s1 : r.sigma), secondLow: orNull(r.s1Low), secondHigh: orNull(r.s1High) })) })),
    scatter,
    robustness: s.robustness.map((r) => ({ metric: r.metric, holds: r.holds, small: r.small, reversed: r.reversed, sentences: robustnessSentences(s, r), box: r.box?.restrictions ?? [] })),
  };
}

export function sensitivityHtml(data: SensitivityData, script: string): string {
  const m = data.meta;
  const names = m.scenarios.map((s) => s.name);
  const title = `scrumlab sensitivity: ${names.length > 1 ? `${names[1]} against ${names[0]}` : names[0]}`;
  const facts = [
    `${m.method === "sobol" ? `Sobol indices, N = ${m.samples}` : `Morris, ${m.samples} trajectories`}`,
    `${m.vary.length} parameters`,
    `${m.points.toLocaleString("en-US")} sample points × ${m.runs} replications (the same seeds at every point)`,
    `seed ${m.seed}`,
    `scrumlab ${escapeHtml(m.version)}`,
  ];
  const scenarios = m.scenarios.map((s, i) => `<div class="scenario" style="border-color:${armColor(i)}"><b>${escapeHtml(s.name)}</b>${escapeHtml(s.description)}</div>`).join("");
  const findings = data.robustness.map((r) => `<p class="note"><b>${escapeHtml(metricLabel(r.metric))}.</b> ${r.sentences.map(escapeHtml).join(" ")}</p>`).join("\n");
  const ranges = m.vary.map((v) => `<tr><td>${escapeHtml(v.path)}</td><td>${v.lo} to ${v.hi}${v.log ? " (log)" : ""}${v.int ? ", whole" : ""}</td></tr>`).join("");
  return `${pageHead(title, script, STYLE)}
<body data-page="sensitivity">
<header>
<h1>${escapeHtml(title)}</h1>
<p class="facts">${facts.join(" · ")}</p>
<div class="scenarios">${scenarios}</div>
${findings}
<details><summary>The ranges varied</summary><table>${ranges}</table></details>
</header>
<main id="charts"></main>
<footer>Every figure comes from the CSV files next to this report (sensitivity.csv, samples.csv${m.reference !== null ? ", robustness.csv, box.csv" : ""}); see docs/outputs.md and docs/sensitivity.md.</footer>
<div id="tooltip" hidden></div>
<script type="application/json" id="report-data">${scriptJson(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}

export async function writeSensitivityReport(dir: string, data?: SensitivityData): Promise<void> {
  const { clientScript } = await import("./index.js");
  writeFileAtomic(path.join(dir, "report.html"), sensitivityHtml(data ?? (await readSensitivityData(dir)), clientScript()));
}

/** Each chart that applies, drawn into a server-side DOM. */
export async function renderSensitivitySvgs(data: SensitivityData, size: { width: number; height: number }): Promise<Array<{ id: string; svg: string }>> {
  const { parseHTML } = await import("linkedom");
  const { SENSITIVITY_CHARTS } = await import("../../../viz/charts/sensitivity.js");
  return SENSITIVITY_CHARTS.filter((c) => c.applies(data)).map((chart) => {
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    const svg = chart.draw({ document: document as unknown as Document, width: size.width, height: Math.max(size.height, chart.height(data)) }, data);
    return { id: chart.id, svg: svgFile(svg) };
  });
}
