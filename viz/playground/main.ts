// The playground page: controls for the main practices, the baseline beside the current
// settings, charts that redraw when a setting changes (the model runs in a Web Worker), the
// fixed seed shown, and the settings exported as a scenario file the CLI runs.
import { stringify } from "yaml";
import type { ReportData } from "../data.js";
import { CHARTS, chartHeight } from "../charts/index.js";
import { installTooltip } from "../tooltip.js";
import { CONTROLS, PLAYGROUND_RUNS, PLAYGROUND_SEED } from "./settings.js";
import { getPath, setPath } from "../../src/scenario/paths.js";
import { DEFAULT_SCENARIO } from "../../src/scenario/defaults.js";

const settings: Record<string, unknown> = {};
const SHOWN_CHARTS = ["cumulative-value", "forest", "value-distribution", "hours-by-role"].map((id) => CHARTS.find((c) => c.id === id) as (typeof CHARTS)[number]);
const worker = new Worker(URL.createObjectURL(new Blob([(document.getElementById("worker-source") as HTMLElement).textContent ?? ""], { type: "text/javascript" })));
let asked = 0;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

function buildControls(): void {
  const form = document.getElementById("controls") as HTMLFormElement;
  form.addEventListener("submit", (e) => e.preventDefault());
  const groups = new Map<string, HTMLElement>();
  for (const c of CONTROLS) {
    let group = groups.get(c.group);
    if (!group) {
      group = el("fieldset", {}, el("legend", { textContent: c.group }));
      groups.set(c.group, group);
      form.append(group);
    }
    const value = getPath(DEFAULT_SCENARIO, c.path);
    const id = `control-${c.path.replace(/\./g, "-")}`;
    let input: HTMLInputElement | HTMLSelectElement;
    const out = el("output", { id: `${id}-value` });
    if (c.kind === "toggle") input = el("input", { type: "checkbox", checked: Boolean(value) });
    else if (c.kind === "slider") {
      input = el("input", { type: "range", min: String(c.min), max: String(c.max), step: String(c.step), value: String(value) });
      out.textContent = String(value);
    } else {
      input = el("select");
      for (const o of c.options) input.append(el("option", { value: String(o), textContent: String(o), selected: o === value }));
    }
    input.id = id;
    input.dataset.path = c.path;
    input.addEventListener("input", () => {
      const v = c.kind === "toggle" ? (input as HTMLInputElement).checked : c.kind === "slider" ? Number(input.value) : typeof value === "number" ? Number(input.value) : input.value;
      if (c.kind === "slider") out.textContent = String(v);
      if (JSON.stringify(v) === JSON.stringify(value)) delete settings[c.path];
      else settings[c.path] = v;
      request();
    });
    group.append(el("label", { htmlFor: id }, input, ` ${c.label} `, out));
  }
}

function request(): void {
  const id = ++asked;
  (document.getElementById("status") as HTMLElement).textContent = "running…";
  worker.postMessage({ id, settings: { ...settings }, runs: PLAYGROUND_RUNS, seed: PLAYGROUND_SEED });
}

worker.onmessage = (event: MessageEvent<{ id: number; data: ReportData; ms: number }>) => {
  if (event.data.id !== asked) return; // a newer request is on its way
  draw(event.data.data);
  (document.getElementById("status") as HTMLElement).textContent = `${PLAYGROUND_RUNS} replications of each, seed ${PLAYGROUND_SEED}, in ${Math.round(event.data.ms)} ms`;
  (document.getElementById("yaml") as HTMLTextAreaElement).value = scenarioYaml();
};

function draw(data: ReportData): void {
  const totals = document.getElementById("totals") as HTMLElement;
  totals.replaceChildren();
  const rows: Array<[string, string, number]> = [["value_delivered", "value delivered", 0], ["items_done", "items done", 1], ["say_do_ratio", "say/do ratio", 2], ["impediment_age_mean_hours", "impediment age (h)", 1], ["clarification_wait_mean_hours", "wait for answers (h)", 1], ["interruption_hours", "developers' interruption hours", 1]];
  totals.append(el("tr", {}, el("th"), el("th", { textContent: "baseline" }), el("th", { textContent: "your settings" }), el("th", { textContent: "difference (95 % CI)" })));
  for (const [metric, label, digits] of rows) {
    const a = data.totals.find((t) => t.arm === 0 && t.metric === metric);
    const b = data.totals.find((t) => t.arm === 1 && t.metric === metric);
    const d = data.comparison.find((c) => c.metric === metric);
    if (!a || !b || !d) continue;
    const cell = (x: number) => el("td", { textContent: x.toFixed(digits) });
    const ca = cell(a.mean);
    ca.dataset.metric = metric;
    ca.dataset.arm = "baseline";
    ca.dataset.mean = String(a.mean);
    const cb = cell(b.mean);
    cb.dataset.metric = metric;
    cb.dataset.arm = "current";
    cb.dataset.mean = String(b.mean);
    totals.append(el("tr", {}, el("th", { textContent: label }), ca, cb, el("td", { textContent: `${d.mean_diff >= 0 ? "+" : ""}${d.mean_diff.toFixed(digits)} (${d.ci95_low.toFixed(digits)} … ${d.ci95_high.toFixed(digits)})` })));
  }
  const charts = document.getElementById("charts") as HTMLElement;
  charts.replaceChildren();
  for (const chart of SHOWN_CHARTS) {
    charts.append(el("section", { className: "chart-section", id: `section-${chart.id}` }, chart.draw({ document, width: 760, height: chartHeight(chart, data, 380) }, data)));
  }
}

/** The settings as a scenario file: `scrumlab run` on it gives the numbers shown. */
function scenarioYaml(): string {
  const scenario: Record<string, unknown> = { name: "playground", description: `Exported from the scrumlab playground: ${Object.keys(settings).length === 0 ? "the baseline" : Object.entries(settings).map(([k, v]) => `${k} = ${String(v)}`).join(", ")}.`, seed: PLAYGROUND_SEED, runs: PLAYGROUND_RUNS };
  for (const [path, value] of Object.entries(settings).sort(([a], [b]) => a.localeCompare(b))) {
    setPath(scenario, path, value);
  }
  return `# scrumlab run playground.yaml   (the same numbers as the playground)\n${stringify(scenario)}`;
}

function exportButton(): void {
  (document.getElementById("download") as HTMLButtonElement).addEventListener("click", () => {
    const a = el("a", { href: URL.createObjectURL(new Blob([scenarioYaml()], { type: "text/yaml" })), download: "playground.yaml" });
    a.click();
  });
  installTooltip(document, document.getElementById("tooltip") as HTMLElement);
}

(document.getElementById("seed") as HTMLElement).textContent = String(PLAYGROUND_SEED);
buildControls();
exportButton();
request();
