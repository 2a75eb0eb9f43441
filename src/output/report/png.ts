// Charts as PNG images for slide decks: the SVG files rasterized by resvg (a Rust SVG renderer,
// prebuilt for each platform as an npm package: no browser, no network), at least 1600 px wide,
// with the system's fonts.
import type { ResvgRenderOptions } from "@resvg/resvg-js";

/** Width of the PNG images: 1.5 × the 1280 px slide, sharp on a 1080p projector. */
export const PNG_WIDTH = 1920;

const OPTIONS: ResvgRenderOptions = {
  fitTo: { mode: "width", value: PNG_WIDTH },
  background: "#ffffff",
  font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
};

/** Each SVG file's text as PNG bytes. */
export async function rasterize(charts: Array<{ id: string; svg: string }>): Promise<Array<{ id: string; png: Buffer }>> {
  const { Resvg } = await import("@resvg/resvg-js");
  return charts.map(({ id, svg }) => ({ id, png: Buffer.from(new Resvg(svg, OPTIONS).render().asPng()) }));
}
