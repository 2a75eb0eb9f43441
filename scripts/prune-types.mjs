// Keeps in dist/ only the type declarations the package's API reaches (dist/src/index.d.ts and
// what it imports, transitively), so the tarball carries no types of the CLI's internals.
// Runs at the end of `npm run build`.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";

const entry = "dist/src/index.d.ts";
const reached = new Set();
const stack = [path.normalize(entry)];
while (stack.length > 0) {
  const file = stack.pop();
  if (reached.has(file) || !existsSync(file)) continue;
  reached.add(file);
  for (const m of readFileSync(file, "utf8").matchAll(/from\s+"(\.[^"]+)"|import\("(\.[^"]+)"\)/g)) {
    stack.push(path.normalize(path.join(path.dirname(file), (m[1] ?? m[2]).replace(/\.js$/, ".d.ts"))));
  }
}
const all = (dir) => readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? all(path.join(dir, n)) : [path.join(dir, n)]));
let removed = 0;
for (const file of all("dist")) {
  if (file.endsWith(".d.ts") && !reached.has(path.normalize(file))) {
    rmSync(file);
    removed++;
  }
}
if (!reached.has(path.normalize(entry))) throw new Error(`${entry} is missing: the build did not write the package's types`);
console.log(`types: kept ${reached.size} declaration files the API reaches, removed ${removed}`);
