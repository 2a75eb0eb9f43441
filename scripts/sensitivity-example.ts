// npm run docs:sensitivity: runs the commands of docs/sensitivity.md as written, and puts their
// real output, the worked example's figures and its charts (docs/img/sensitivity-*.svg) into
// the page, between its <!-- sensitivity:NAME --> markers. Run it again after a model change:
// every number on the page comes from here. Takes a few minutes on 2 cores.
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseLine } from "../src/output/csvread.js";
import { isFixed, RANGES } from "../src/scenario/ranges.js";
import { nodeAt } from "../src/scenario/spec.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const DOC = path.join(ROOT, "docs/sensitivity.md");
const TOP = 5;
const THRESHOLD = 5;

/** Runs `scrumlab …` as shown (after removing its --out folder) and returns what it printed. */
function scrumlab(command: string): string {
  const args = command.split(/\s+/).slice(1);
  const out = args[args.indexOf("--out") + 1];
  rmSync(path.join(ROOT, out), { recursive: true, force: true });
  console.error(`$ ${command}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin/scrumlab.js"), ...args], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${command} failed (${r.status}):\n${r.stderr}`);
  console.error(`  ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return r.stdout.replaceAll(`${ROOT}${path.sep}`, ""); // the folder as a reader's clone has it
}

function records(file: string): Array<Record<string, string>> {
  const [h, ...rows] = readFileSync(path.join(ROOT, file), "utf8").trimEnd().split("\n").map(parseLine);
  return rows.map((r) => Object.fromEntries(h.map((k, i) => [k, r[i]])));
}

const block = (command: string, output: string) => ["```sh", command, "```", "", "```text", output.trimEnd(), "```"].join("\n");
const pct = (x: number) => `${(100 * x).toFixed(0)} %`;

const blocks: Record<string, string> = {};

// 1. What drives delivered value at all?
const screen = "scrumlab sensitivity scenarios/baseline.yaml --vary auto --samples 20 --runs 10 --out out/sensitivity-baseline";
blocks.screen = block(screen, scrumlab(screen));

// 2. The worked example: does the merged role's cost survive every plausible assumption?
const example = `scrumlab sensitivity scenarios/baseline.yaml --vs scenarios/merged-po-sm.yaml --vary auto --samples 20 --runs 10 --threshold ${THRESHOLD} --out out/sensitivity-merged`;
blocks.example = block(example, scrumlab(example));
const samples = records("out/sensitivity-merged/samples.csv");
const costs = samples.filter((s) => Number(s.value_delivered_pct) < 0).length;
const gains = samples.filter((s) => Number(s.value_delivered_pct) > 0).length;
const rob = records("out/sensitivity-merged/robustness.csv")[0];
const top = records("out/sensitivity-merged/sensitivity.csv").filter((r) => r.metric === "value_delivered_pct").slice(0, TOP);
const box = records("out/sensitivity-merged/box.csv");
const effects = samples.map((s) => Number(s.value_delivered_pct)).sort((a, b) => a - b);
blocks.figures = [
  `- **Share of the space where the merged role costs value:** ${pct(costs / samples.length)} of the ${samples.length.toLocaleString("en-US")} sample points (${gains} gain${gains === 1 ? "" : "s"}); the mean effect is ${Number(rob.mean_effect).toFixed(1)} %, from ${effects[0].toFixed(1)} % to ${effects[effects.length - 1].toFixed(1)} % across the points.`,
  `- **Share where it costs more than ${THRESHOLD} %:** ${pct(Number(rob.share_holds))}; within ${THRESHOLD} % of no change: ${pct(Number(rob.share_small))}; a gain of more than ${THRESHOLD} %: ${pct(Number(rob.share_reversed))}.`,
  `- **Top ${TOP} drivers of its cost** (μ*: how many percentage points the effect moves when the key crosses its range; 95 % bootstrap interval; σ: interactions):`,
  "",
  "  | key | μ* | 95 % CI | σ | μ (direction) |",
  "  |---|---:|---|---:|---:|",
  ...top.map((r) => `  | \`${r.parameter}\` | ${Number(r.mu_star).toFixed(2)} | ${Number(r.mu_star_ci_low).toFixed(2)} … ${Number(r.mu_star_ci_high).toFixed(2)} | ${Number(r.sigma).toFixed(2)} | ${Number(r.mu) >= 0 ? "+" : ""}${Number(r.mu).toFixed(2)} |`),
  "",
  rob.box === ""
    ? `- **Where the cost falls below ${THRESHOLD} % or turns into a gain:** nowhere in a box of ranges (the conclusion holds everywhere, or its failures are scattered).`
    : `- **Where the cost falls below ${THRESHOLD} % or turns into a gain (the PRIM box):** ${rob.box} — ${pct(Number(rob.box_mass))} of the points, holding ${pct(Number(rob.box_coverage))} of those where the conclusion fails; it fails at ${pct(Number(rob.box_density))} of the points inside (${box.length} key${box.length === 1 ? "" : "s"} restricted, \`box.csv\`).`,
].join("\n");

// 3. A Sobol analysis of the top drivers, with a space-filling design.
const ranges = top.map((r) => {
  const range = RANGES[r.parameter];
  if (range === undefined || isFixed(range)) throw new Error(`${r.parameter}: no range`);
  const leaf = nodeAt(r.parameter);
  return `--vary ${r.parameter}=${range.lo}:${range.hi}${range.log ? ":log" : ""}${leaf?.kind === "number" && leaf.integer ? ":int" : ""}`;
});
const sobol = `scrumlab sensitivity scenarios/baseline.yaml --vs scenarios/merged-po-sm.yaml ${ranges.join(" ")} --method sobol --samples 128 --runs 10 --threshold ${THRESHOLD} --out out/sensitivity-merged-sobol`;
blocks.sobol = block(sobol, scrumlab(sobol));

for (const [dir, chart, name] of [
  ["out/sensitivity-merged", "tornado", "sensitivity-tornado"],
  ["out/sensitivity-merged-sobol", "sensitivity-scatter", "sensitivity-scatter"],
]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin/scrumlab.js"), "report", dir, "--svg"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`report ${dir} --svg failed:\n${r.stderr}`);
  copyFileSync(path.join(ROOT, dir, "charts", `${chart}.svg`), path.join(ROOT, "docs/img", `${name}.svg`));
}

let doc = readFileSync(DOC, "utf8");
for (const [name, text] of Object.entries(blocks)) {
  const start = `<!-- sensitivity:${name}:start -->`;
  const end = `<!-- sensitivity:${name}:end -->`;
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error(`docs/sensitivity.md lacks the ${start} … ${end} markers`);
  doc = `${doc.slice(0, a + start.length)}\n${text}\n${doc.slice(b)}`;
}
writeFileSync(DOC, doc);
console.error("wrote docs/sensitivity.md, docs/img/sensitivity-tornado.svg and docs/img/sensitivity-scatter.svg");
