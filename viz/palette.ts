// Colour-blind-safe colours (Okabe & Ito, 2008) for arms — the same colour for a scenario in every
// report (by its name: the baseline blue, a shipped scenario by its place in `scrumlab list`, any
// other by a hash of its name) — and duty colours in families: product work oranges, Scrum Master
// work purples, development blues, Scrum events greys, time lost reds.

/** Okabe–Ito, yellow last (it reads poorly on white). */
export const OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442"];

export function armColor(i: number): string {
  return OKABE_ITO[i % OKABE_ITO.length];
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** The colour index a name prefers: 0 for the baseline, then 1–5 by place among the shipped names (or a hash); black and yellow only when those are taken. */
function preferred(name: string, shipped: readonly string[]): number {
  if (name === "baseline") return 0;
  const others = shipped.filter((s) => s !== "baseline");
  const place = others.indexOf(name);
  return 1 + ((place >= 0 ? place : hash(name)) % 5);
}

/** One colour per name: each its preferred one when free, else the next free one (in the order given), so a scenario keeps its colour across reports. */
export function stableColors(names: readonly string[], shipped: readonly string[]): string[] {
  const used = new Set<number>();
  return names.map((name) => {
    let i = preferred(name, shipped);
    for (let k = 0; k < OKABE_ITO.length && used.has(i); k++) i = (i + 1) % OKABE_ITO.length;
    used.add(i);
    return OKABE_ITO[i];
  });
}

/** Duty groups, in the order bars stack them, each a family of shades. */
export const DUTY_GROUPS: Array<{ id: string; label: string; duties: Record<string, string> }> = [
  { id: "development", label: "development work", duties: { development: "#0072B2", rework: "#56B4E9", refactoring: "#1F4E79" } },
  { id: "product", label: "product work", duties: { clarification: "#E69F00", refinement: "#F0C35A", "stakeholder-work": "#B07A00", reporting: "#F5DDA0" } },
  { id: "scrum-master", label: "Scrum Master work", duties: { "impediment-removal": "#CC79A7", coaching: "#E5B3D2", shielding: "#8E4F76" } },
  { id: "events", label: "Scrum events", duties: { "sprint-planning": "#555555", "daily-scrum": "#777777", "sprint-review": "#999999", retrospective: "#BBBBBB" } },
  { id: "overhead", label: "coordination and unplanned work", duties: { coordination: "#009E73", unplanned: "#7FCDB4" } },
  { id: "lost", label: "time lost", duties: { interruption: "#D55E00", "context-switch": "#F4A582", idle: "#E8E8E8", starved: "#C9C9C9" } },
];

/** Every duty's colour; a duty the model adds later is grey, in an "other" group. */
export const DUTY_COLORS: Record<string, string> = Object.assign({}, ...DUTY_GROUPS.map((g) => g.duties));

export function dutyGroup(duty: string): { id: string; label: string } {
  const g = DUTY_GROUPS.find((x) => Object.hasOwn(x.duties, duty));
  return g ? { id: g.id, label: g.label } : { id: "other", label: "other" };
}

/** The colour of an arm: its own (set from its name when the data was read), else by its place among the drawn arms (a sweep's points). */
export function colorOf(data: { drawn: number[]; arms: Array<{ color?: string }> }, arm: number): string {
  const own = data.arms[arm]?.color;
  if (own) return own;
  const i = data.drawn.indexOf(arm);
  return armColor(i < 0 ? arm : i);
}

/** Legend items for the drawn arms. */
export function armLegend(data: { drawn: number[]; arms: Array<{ label: string; color?: string }> }): Array<{ label: string; color: string }> {
  return data.drawn.map((a) => ({ label: data.arms[a].label, color: colorOf(data, a) }));
}
