// Reading scenario files from disk: the checks a file must pass before it is parsed (exists,
// is a file, not huge, not binary, UTF-8), and `extends` paths relative to the file naming them.
import { readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { ScenarioError, type Problem } from "./problems.js";
import { nameFromFile, resolveScenario, type Resolved, type Source } from "./resolve.js";

export const MAX_FILE_BYTES = 1024 * 1024;

export interface LoadOptions {
  sets?: readonly string[];
  /** Relative file names are resolved (and shown in messages) against this folder. */
  cwd?: string;
}

export function loadScenario(file: string, options: LoadOptions = {}): Resolved {
  const cwd = options.cwd ?? process.cwd();
  const source = readSource(file, cwd);
  if (!("text" in source)) throw new ScenarioError([source]);
  return resolveScenario(source, {
    sets: options.sets,
    defaultName: nameFromFile(file),
    readExtends: (from, target) => readSource(path.isAbsolute(target) ? target : path.join(path.dirname(from), target), cwd),
  });
}

/** A scenario file's text, or the problem that keeps it from being read. */
export function readSource(file: string, cwd: string): Source | Problem {
  const shown = path.normalize(file);
  const full = path.resolve(cwd, file);
  let size: number;
  let id: string;
  try {
    const st = statSync(full);
    if (st.isDirectory()) return { file: shown, message: "is a directory, not a scenario file" };
    if (!st.isFile()) return { file: shown, message: "is not a regular file" };
    size = st.size;
    id = realpathSync(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { file: shown, message: code === "ENOENT" ? "no such file" : `cannot be read (${code ?? String(error)})` };
  }
  if (size > MAX_FILE_BYTES) return { file: shown, message: `is ${(size / 1024 / 1024).toFixed(1)} MB; a scenario file is at most 1 MB` };
  let bytes: Buffer;
  try {
    bytes = readFileSync(full);
  } catch (error) {
    return { file: shown, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  if (bytes.includes(0)) return { file: shown, message: "is a binary file, not YAML or JSON text" };
  try {
    return { file: shown, id, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    return { file: shown, message: "is not UTF-8 text" };
  }
}
