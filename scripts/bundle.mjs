// Bundles the browser scripts (the report page, its slides, the playground and its worker) with esbuild into dist/viz/, deterministically.
import { build } from "esbuild";

await build({
  entryPoints: { "report-client": "viz/report/client.ts", "slides-client": "viz/report/slides.ts", "playground-main": "viz/playground/main.ts", "playground-worker": "viz/playground/worker.ts", "sensitivity-client": "viz/report/sensitivity-client.ts" },
  outdir: "dist/viz",
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  legalComments: "none",
  logLevel: "warning",
});
