// Colour-blind-safe colours (Okabe & Ito, 2008) for arms, and a fixed colour per duty (grouped by kind).

export const OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

export function armColor(i: number): string {
  return OKABE_ITO[i % OKABE_ITO.length];
}

/** Duties grouped by kind: building (blues/greens), Scrum events (greys), product work (oranges), SM work (purples), waste (reds). */
export const DUTY_COLORS: Record<string, string> = {
  development: "#0072B2",
  rework: "#56B4E9",
  clarification: "#E69F00",
  refinement: "#F0C35A",
  "stakeholder-work": "#B07A00",
  reporting: "#F5DDA0",
  "sprint-planning": "#555555",
  "daily-scrum": "#777777",
  "sprint-review": "#999999",
  retrospective: "#BBBBBB",
  "impediment-removal": "#CC79A7",
  coaching: "#E5B3D2",
  shielding: "#8E4F76",
  interruption: "#D55E00",
  "context-switch": "#F4A582",
  idle: "#E8E8E8",
};

/** The colour of an arm in the charts: by its place among the drawn arms (a sweep draws a spread of its points). */
export function colorOf(data: { drawn: number[] }, arm: number): string {
  const i = data.drawn.indexOf(arm);
  return armColor(i < 0 ? arm : i);
}

/** Legend items for the drawn arms. */
export function armLegend(data: { drawn: number[]; arms: Array<{ label: string }> }): Array<{ label: string; color: string }> {
  return data.drawn.map((a) => ({ label: data.arms[a].label, color: colorOf(data, a) }));
}
