// Bundles the browser scripts (the report page) with esbuild into dist/viz/, deterministically.
import { build } from "esbuild";

await build({
  entryPoints: { "report-client": "viz/report/client.ts" },
  outdir: "dist/viz",
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  legalComments: "none",
  logLevel: "warning",
});
