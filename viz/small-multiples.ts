// A grid of equal panels inside a frame (up to three columns), for one panel per arm.
import { panel, type Frame } from "./frame.js";

export const COLUMNS = 3;

export function gridRows(n: number): number {
  return Math.ceil(Math.max(1, n) / Math.min(COLUMNS, Math.max(1, n)));
}

/** Panel i of n, with `gapX` between columns and `gapY` between rows. */
export function gridPanels(f: Frame, n: number, gapX: number, gapY: number): Frame[] {
  const cols = Math.min(COLUMNS, Math.max(1, n));
  const rows = gridRows(n);
  const w = (f.width - gapX * (cols - 1)) / cols;
  const h = (f.height - gapY * (rows - 1)) / rows;
  return Array.from({ length: n }, (_, i) => panel(f, (i % cols) * (w + gapX), Math.floor(i / cols) * (h + gapY), w, h));
}

/** A chart height that gives each row of panels about `perRow` pixels. */
export function gridHeight(n: number, perRow: number, base = 140): number {
  return Math.max(440, base + gridRows(n) * perRow);
}
