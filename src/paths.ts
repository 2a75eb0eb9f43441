// Where the package is on disk (its root holds package.json, scenarios/ and dist/), found by
// walking up from this module, so it is right from src/ (tests, tsx) and from dist/ alike.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, "package.json");
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "scrumlab") return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error("scrumlab: cannot find the package root (package.json)");
    dir = up;
  }
}

export const PACKAGE_ROOT = findRoot();

export function fromRoot(...parts: string[]): string {
  return path.join(PACKAGE_ROOT, ...parts);
}
