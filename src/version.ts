// The tool's version, read once from package.json.
import { readFileSync } from "node:fs";
import { fromRoot } from "./paths.js";

let cached: string | undefined;

export function toolVersion(): string {
  if (cached === undefined) cached = (JSON.parse(readFileSync(fromRoot("package.json"), "utf8")) as { version: string }).version;
  return cached;
}
