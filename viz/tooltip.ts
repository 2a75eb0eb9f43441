// Hover text: marks carry it in data-tip (for the page's tooltip) and in an SVG <title> (for
// standalone SVG files); one page-level listener shows a floating tooltip for any data-tip.
import type { Selection } from "d3";

/** Hover text on marks: data-tip for the page's tooltip, <title> for standalone SVG. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function tip<D>(sel: Selection<any, D, any, any>, text: (d: D) => string): void {
  sel.attr("data-tip", text as never).append("title").text(text as never);
}

/** Shows `box` next to the pointer with the data-tip of the element under it (set as text, never HTML). */
export function installTooltip(document: Document, box: HTMLElement): void {
  document.addEventListener("mouseover", (event) => {
    const target = (event.target as Element | null)?.closest?.("[data-tip]");
    box.hidden = !target;
    if (target) box.textContent = target.getAttribute("data-tip");
  });
  document.addEventListener("mousemove", (event) => {
    box.style.left = `${event.pageX + 14}px`;
    box.style.top = `${event.pageY + 14}px`;
  });
}
