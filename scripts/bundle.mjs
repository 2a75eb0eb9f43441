// Bundles the browser scripts (one for the report, slides and sensitivity pages; the playground and its worker) with esbuild into dist/viz/, deterministically.
import { createRequire } from "node:module";
import { build } from "esbuild";

const require = createRequire(import.meta.url);

/**
 * zod re-exports every locale's messages (`z.locales`, about 260 kB minified) from its entry; the
 * pages never use them (scrumlab's messages are its own, and zod's English default is kept).
 * esbuild cannot drop a namespace re-export, so the locales' index resolves to English alone.
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(b) {
    b.onResolve({ filter: /locales\/index\.js$/ }, (args) => (/[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: "zod-locales", namespace: "zod-english-only" } : undefined));
    b.onLoad({ filter: /.*/, namespace: "zod-english-only" }, () => ({ contents: `export { default as en } from ${JSON.stringify(require.resolve("zod/v4/locales/en.js"))};`, resolveDir: process.cwd() }));
  },
};

await build({
  entryPoints: { "report-client": "viz/report/pages.ts", "playground-main": "viz/playground/main.ts", "playground-worker": "viz/playground/worker.ts" },
  outdir: "dist/viz",
  bundle: true,
  minify: true,
  format: "iife",
  // Browsers from 2021 on have class fields; lowered for es2020, every object the model makes built its
  // fields through a helper (Object.defineProperty per field), and the playground ran the model 1.6 x slower.
  target: ["chrome91", "edge91", "firefox90", "safari15"],
  legalComments: "none",
  logLevel: "warning",
  plugins: [zodEnglishOnly],
});
