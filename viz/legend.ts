// A legend of coloured swatches laid out in rows that fit a width, then an optional grey note
// (e.g. "line: median · band: P10–P90") so that per-item labels need not repeat it.
import type { Selection } from "d3";

export interface LegendItem {
  label: string;
  /** The swatch's colour; null: a bold group heading (no swatch) before the items it groups. */
  color: string | null;
}

export const LEGEND_ROW = 18;
const CHAR = 7.2; // px per character at 12 px, a safe over-estimate for the system sans fonts

interface Placed {
  text: string;
  color: string | null;
  kind: "item" | "heading" | "note";
  x: number;
  row: number;
}

function place(items: LegendItem[], note: string | undefined, width: number): Placed[] {
  let x = 0;
  let row = 0;
  // The note's parts ("line: median · band: P10–P90") may each start a new row.
  const notes = note ? note.split(" · ").map((text, i, parts) => ({ text: i < parts.length - 1 ? `${text} ·` : text, color: null, kind: "note" as const })) : [];
  const all = [...items.map((i) => ({ text: i.label, color: i.color, kind: i.color === null ? ("heading" as const) : ("item" as const) })), ...notes];
  return all.map((item) => {
    const w = (item.kind === "item" ? 30 : item.kind === "note" ? 5 : 10) + item.text.length * CHAR;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    const placed = { ...item, x, row };
    x += w;
    return placed;
  });
}

/** How many rows the legend takes at this width (0 when empty). */
export function legendRows(items: LegendItem[], note: string | undefined, width: number): number {
  const placed = place(items, note, width);
  return placed.length === 0 ? 0 : placed[placed.length - 1].row + 1;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function drawLegend(parent: Selection<any, unknown, null, undefined>, items: LegendItem[], note: string | undefined, width: number): void {
  for (const item of place(items, note, width)) {
    const g = parent.append("g").attr("transform", `translate(${item.x},${item.row * LEGEND_ROW})`);
    if (item.kind === "note") {
      g.append("text").attr("fill", "#555").text(item.text);
      continue;
    }
    if (item.kind === "heading" || item.color === null) {
      g.append("text").attr("font-weight", 600).text(item.text);
      continue;
    }
    g.append("rect").attr("width", 12).attr("height", 12).attr("y", -10).attr("fill", item.color);
    g.append("text").attr("x", 16).text(item.text);
  }
}
