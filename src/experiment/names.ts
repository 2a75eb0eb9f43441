// Names an experiment gives what it makes: a sweep point's label ("baseline · developers=5 ·
// mergedPoSm=false") and the default output folder, which never collides with an existing one
// (named after every compared scenario, numbered when taken; --force alone replaces).
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

import { safeName } from "../output/meta.js";

export { safeName };

/** The shortest dotted suffix of each path that tells it from the others ("developers", "productOwner.availability"). */
export function shortKeys(paths: string[]): string[] {
  return paths.map((p) => {
    const parts = p.split(".");
    for (let n = 1; n < parts.length; n++) {
      const tail = parts.slice(-n).join(".");
      if (paths.every((q) => q === p || !`.${q}`.endsWith(`.${tail}`))) return tail;
    }
    return p;
  });
}

const shown = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

/** "baseline · developers=5 · mergedPoSm=false": a sweep point, by its scenario and varied values. */
export function pointName(scenario: string, paths: string[], values: unknown[]): string {
  const keys = shortKeys(paths);
  return [scenario, ...keys.map((k, i) => `${k}=${shown(values[i])}`)].join(" · ");
}

/** The varied values alone: "developers=5 · mergedPoSm=false". */
export function pointValues(paths: string[], values: unknown[]): string {
  const keys = shortKeys(paths);
  return keys.map((k, i) => `${k}=${shown(values[i])}`).join(" · ");
}

const MAX_FOLDER_NAME = 120;

/** out/<command>-<what ran>: a run's scenario, every compared scenario ("a-vs-b-vs-c"), a sweep's scenario and varied keys. */
export function defaultFolderName(command: string, names: string[], varied: string[] = [], shard?: { index: number; count: number } | null): string {
  const shardPart = shard ? `-shard-${shard.index}-of-${shard.count}` : "";
  let what = names.map(safeName).join("-vs-");
  if (command === "sweep") what = [safeName(names[0]), ...shortKeys(varied).map(safeName)].join("-");
  if (what.length > MAX_FOLDER_NAME) what = `${safeName(names[0])}-and-${names.length - 1}-more`;
  return `${command}-${what}${shardPart}`;
}

/** The default folder under `base`: the name itself when free (absent or empty) or when --force replaces it, else name-2, name-3, … */
export function freeFolder(base: string, force: boolean): string {
  const taken = (dir: string) => existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0);
  if (force || !taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}
