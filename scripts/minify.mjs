// Minifies the compiled modules in dist/src/ in place (each file stays an ES module with its own
// exports and imports; names kept, so error classes and stack traces still read): the package
// carries no comments or whitespace of the sources. Runs in `npm run build`, after tsc.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { transform } from "esbuild";

const all = (dir) => readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? all(path.join(dir, n)) : [path.join(dir, n)]));
let before = 0;
let after = 0;
for (const file of all("dist/src").filter((f) => f.endsWith(".js"))) {
  const source = readFileSync(file, "utf8");
  const { code } = await transform(source, { loader: "js", format: "esm", target: "node20", minify: true, keepNames: true, legalComments: "none" });
  // bin/scrumlab.js and the worker are entry points: a shebang line, if any, is kept by esbuild.
  writeFileSync(file, code);
  before += Buffer.byteLength(source);
  after += Buffer.byteLength(code);
}
console.log(`minify: dist/src ${(before / 1024).toFixed(0)} kB → ${(after / 1024).toFixed(0)} kB`);
