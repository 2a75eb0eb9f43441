// The playground page: a preset (a shipped scenario), a loaded file or a shared link as the base,
// the controls on top of it, the baseline beside it; a change shows a first result from a few
// replications at once, then refines to the scenario's runs — at its seed, so the final figures
// are those of `scrumlab run` on the exported file. Controls that do nothing are greyed out.
import type { ReportData } from "../data.js";
import { installTooltip } from "../tooltip.js";
import { stableColors } from "../palette.js";
import type { Scenario } from "../../src/scenario/types.js";
import { buildControls, syncControls } from "./controls.js";
import { resolveText, scenarioOfFragment, scenarioYaml, shareFragment, withOverrides, type Preset } from "./state.js";
import { download, drawCharts, drawTable } from "./view.js";

interface PageData {
  presets: Preset[];
  version: string;
}

const page = JSON.parse((document.getElementById("playground-data") as HTMLElement).textContent ?? "{}") as PageData;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const workerUrl = URL.createObjectURL(new Blob([$("worker-source").textContent ?? ""], { type: "text/javascript" }));
const worker = new Worker(workerUrl);
/** Helpers that run batches of replications for the worker, one per processor up to four (none on one), each linked to it by a message channel. */
const HELPERS = Math.min(4, navigator.hardwareConcurrency ?? 1);
if (HELPERS >= 2) {
  const ports = Array.from({ length: HELPERS }, () => {
    const channel = new MessageChannel();
    new Worker(workerUrl).postMessage({ port: channel.port1 }, [channel.port1]);
    return channel.port2;
  });
  worker.postMessage({ helpers: ports }, ports);
}
const resolved = new Map(page.presets.map((p) => [p.name, resolveText(p.text, p.file, page.presets).scenario]));
const baseline = resolved.get("baseline") as Scenario;
const names = page.presets.map((p) => p.name);

let base: Scenario = baseline;
let baseLabel = "baseline";
let overrides: Record<string, unknown> = {};
let asked = 0;
const started = new Map<number, number>();
/** Milliseconds from a change to its first drawn result (read by bench/playground.mjs). */
const latencies: number[] = [];
(window as unknown as { __scrumlabLatency: number[] }).__scrumlabLatency = latencies;

const YOURS = "your setting";
const current = () => withOverrides(base, overrides, `${base.name} (changed)`);

function request(): void {
  const s = current();
  syncControls(s);
  const id = ++asked;
  started.set(id, performance.now());
  $("status").textContent = "running…";
  $("status").dataset.final = "false";
  // Shown as "your setting" (a name changes no figure); the downloaded file keeps the scenario's name.
  worker.postMessage({ id, baseline, current: { ...s, name: YOURS }, seed: s.seed, runs: s.runs, colors: stableColors([baseline.name, s.name], names) });
}

let lastData: ReportData | undefined;
window.addEventListener("resize", () => lastData && drawCharts($("charts"), lastData));

worker.onmessage = (event: MessageEvent<{ id: number; runs: number; final: boolean; data: ReportData; ms: number }>) => {
  const { id, runs, final, data } = event.data;
  if (id !== asked) return; // a newer request is on its way
  lastData = data;
  drawTable($("totals"), data);
  drawCharts($("charts"), data);
  const t0 = started.get(id);
  if (t0 !== undefined) {
    latencies.push(performance.now() - t0);
    started.delete(id);
  }
  const s = current();
  $("status").textContent = final
    ? `${runs} replications of each, seed ${s.seed}: the figures of scrumlab run on the downloaded scenario`
    : `first ${runs} of ${s.runs} replications of each… refining`;
  $("status").dataset.final = String(final);
};

function setBase(s: Scenario, labelText: string): void {
  base = s;
  baseLabel = labelText;
  overrides = {};
  $("base").textContent = labelText;
  $("problems").textContent = "";
  request();
}

function loadText(text: string, file: string): void {
  try {
    const { scenario, warnings } = resolveText(text, file, page.presets);
    setBase(scenario, `${file} (loaded)`);
    $("problems").textContent = warnings.map((w) => `warning: ${w}`).join("\n");
    ($("preset") as HTMLSelectElement).value = "";
  } catch (error) {
    $("problems").textContent = error instanceof Error ? error.message : String(error);
  }
}

function setup(): void {
  const preset = $("preset") as HTMLSelectElement;
  preset.append(new Option("a loaded scenario", ""), ...page.presets.map((p) => new Option(`${p.name} — ${p.summary}`, p.name)));
  preset.value = "baseline";
  preset.addEventListener("change", () => {
    const s = resolved.get(preset.value);
    if (s) setBase(s, s.name);
  });
  buildControls($("controls"), (path, value) => {
    overrides[path] = value;
    request();
  });
  $("reset").addEventListener("click", () => setBase(base, baseLabel));
  const file = $("file") as HTMLInputElement;
  $("load").addEventListener("click", () => file.click());
  file.addEventListener("change", async () => {
    const f = file.files?.[0];
    if (f) loadText(await f.text(), f.name);
    file.value = "";
  });
  document.addEventListener("dragover", (e) => {
    e.preventDefault();
    document.body.classList.add("dragging");
  });
  document.addEventListener("dragleave", () => document.body.classList.remove("dragging"));
  document.addEventListener("drop", async (e) => {
    e.preventDefault();
    document.body.classList.remove("dragging");
    const f = e.dataTransfer?.files[0];
    if (f) loadText(await f.text(), f.name);
  });
  $("share").addEventListener("click", () => {
    const link = `${location.href.split("#")[0]}${shareFragment(current())}`;
    history.replaceState(null, "", link);
    ($("link") as HTMLInputElement).value = link;
    $("link").hidden = false;
    ($("link") as HTMLInputElement).select();
    void navigator.clipboard?.writeText(link).catch(() => undefined);
  });
  $("download").addEventListener("click", () => download("playground.yaml", new Blob([scenarioYaml(current())], { type: "text/yaml" })));
  installTooltip(document, $("tooltip"));
  let shared: Scenario | null = null;
  try {
    shared = scenarioOfFragment(location.hash, page.presets);
  } catch (error) {
    $("problems").textContent = `the link's setting: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (shared) {
    preset.value = "";
    setBase(shared, "a shared link");
  } else setBase(baseline, "baseline");
}

setup();
