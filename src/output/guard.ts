// What --force may replace: only a scrumlab output folder (its meta.json says so) that holds
// nothing but files scrumlab writes — never the root, the home folder, the working folder, or a
// folder holding the working folder or an input file. What scrumlab did not create, it never deletes.
import { readdirSync, readFileSync, realpathSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** The files and folders an output folder of scrumlab holds (commands that write new kinds add them here). */
export const OUTPUT_ENTRIES = /^(meta\.json|report\.html|slides\.html|backtest\.html|.+\.csv|.+\.resolved\.yaml|charts)$/;
/** Files an operating system drops into any folder; deleting them loses nothing. */
const SYSTEM_ENTRIES = new Set([".DS_Store", "Thumbs.db", "desktop.ini"]);
/** scrumlab's own working entries (a lock, a folder being written) inside an output folder. */
export const WORKING_PREFIX = ".scrumlab-";

export interface Guard {
  /** The working folder. */
  cwd: string;
  /** The files the command reads (scenario files, shard folders). */
  inputs: string[];
}

const real = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
};

/** `parent` is `child` or one of its ancestors. */
export function holds(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/** Why the folder (a real path) must never be replaced, or undefined. */
export function protectedReason(folder: string, guard: Guard): string | undefined {
  if (folder === path.parse(folder).root) return "it is the root folder";
  if (folder === real(os.homedir())) return "it is your home folder";
  const cwd = real(guard.cwd);
  if (holds(folder, cwd)) return folder === cwd ? "it is the working folder" : "it holds the working folder";
  for (const input of guard.inputs) if (holds(folder, real(path.resolve(guard.cwd, input)))) return `it holds the input ${input}`;
  return undefined;
}

/** Why the folder is not a scrumlab output folder that may be replaced, or undefined. */
export function notReplaceable(folder: string): string | undefined {
  let meta: unknown;
  try {
    meta = JSON.parse(readFileSync(path.join(folder, "meta.json"), "utf8"));
  } catch {
    meta = undefined;
  }
  if (meta === null || typeof meta !== "object" || (meta as { tool?: unknown }).tool !== "scrumlab") return "it is not a scrumlab output folder (it has no meta.json written by scrumlab)";
  const foreign = readdirSync(folder).filter((n) => !OUTPUT_ENTRIES.test(n) && !SYSTEM_ENTRIES.has(n) && !n.startsWith(WORKING_PREFIX));
  if (foreign.length > 0) return `it holds ${foreign.slice(0, 3).map((n) => JSON.stringify(n)).join(", ")}${foreign.length > 3 ? ` and ${foreign.length - 3} more` : ""}, which scrumlab did not write`;
  return undefined;
}
