// The playground's controls: built from CONTROLS, set from the current scenario, reporting each
// change, and greyed out — with the reason beside them — when they have no effect.
import { getPath } from "../../src/scenario/paths.js";
import type { Scenario } from "../../src/scenario/types.js";
import { inactiveControls } from "./inactive.js";
import { CONTROLS, type Control } from "./settings.js";
import { el } from "./view.js";

type Input = HTMLInputElement | HTMLSelectElement;

export const idOf = (path: string) => `control-${path.replace(/\./g, "-")}`;

/** Builds the controls into `form`; `changed(path, value)` is called on every input. */
export function buildControls(form: HTMLFormElement, changed: (path: string, value: unknown) => void): void {
  form.addEventListener("submit", (e) => e.preventDefault());
  const groups = new Map<string, HTMLElement>();
  for (const c of CONTROLS) {
    let group = groups.get(c.group);
    if (!group) {
      group = el("fieldset", {}, el("legend", {}, c.group, el("span", { className: "why" })));
      groups.set(c.group, group);
      form.append(group);
    }
    const id = idOf(c.path);
    const input: Input = c.kind === "toggle" ? el("input", { type: "checkbox" }) : c.kind === "slider" ? el("input", { type: "range", min: String(c.min), max: String(c.max), step: String(c.step) }) : el("select");
    if (c.kind === "select") for (const o of c.options) input.append(el("option", { value: String(o), textContent: String(o) }));
    input.id = id;
    input.dataset.path = c.path;
    input.addEventListener("input", () => changed(c.path, valueOf(c, input)));
    const out = el("output", { id: `${id}-value` });
    const why = el("span", { className: "why", id: `${id}-why` });
    group.append(el("label", { htmlFor: id, className: `control ${c.kind}` }, input, el("span", { className: "name", textContent: c.label }), out, why));
  }
}

function valueOf(c: Control, input: Input): unknown {
  if (c.kind === "toggle") return (input as HTMLInputElement).checked;
  if (c.kind === "slider") return Number(input.value);
  return typeof c.options[0] === "number" ? Number(input.value) : input.value;
}

/** Shows `s` in the controls, greying out (and explaining) those that do nothing in it — once per group when the whole group is out for one reason. */
export function syncControls(s: Scenario): void {
  const inactive = inactiveControls(s);
  const groupReason = new Map<string, string>();
  for (const g of new Set(CONTROLS.map((c) => c.group))) {
    const reasons = new Set(CONTROLS.filter((c) => c.group === g).map((c) => inactive.get(c.path)));
    const only = [...reasons][0];
    if (reasons.size === 1 && only !== undefined) groupReason.set(g, only);
  }
  for (const c of CONTROLS) {
    const input = document.getElementById(idOf(c.path)) as Input;
    const value = getPath(s, c.path);
    if (c.kind === "toggle") (input as HTMLInputElement).checked = Boolean(value);
    else input.value = String(value);
    const out = document.getElementById(`${idOf(c.path)}-value`) as HTMLOutputElement;
    out.textContent = c.kind === "slider" ? String(value) : "";
    const reason = inactive.get(c.path);
    input.disabled = reason !== undefined;
    const label = input.closest("label") as HTMLElement;
    label.classList.toggle("inactive", reason !== undefined);
    label.title = reason ?? "";
    (document.getElementById(`${idOf(c.path)}-why`) as HTMLElement).textContent = reason && !groupReason.has(c.group) ? reason : "";
    const legend = (label.closest("fieldset") as HTMLElement).querySelector("legend .why") as HTMLElement;
    legend.textContent = groupReason.has(c.group) ? ` — ${groupReason.get(c.group)}` : "";
  }
}
