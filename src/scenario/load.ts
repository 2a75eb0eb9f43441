// Reading scenario files from disk (or stdin, named "-"): the checks a file must pass before it
// is parsed (exists, is a file, not huge, not binary, UTF-8), and `extends` confined to scenario
// files inside the scenario's folder or the shipped scenarios (a received file must not make
// scrumlab read /etc/passwd or a credentials file and echo it in an error); a resolved file's
// `extends` is never followed.
import { readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { fromRoot } from "../paths.js";
import { ScenarioError, type Problem } from "./problems.js";
import { nameFromFile, resolveScenario, type Resolved, type Source } from "./resolve.js";

export const MAX_FILE_BYTES = 1024 * 1024;
/** How a scenario read from stdin is shown in messages. */
export const STDIN = "<stdin>";

export interface LoadOptions {
  sets?: readonly string[];
  /** Relative file names are resolved (and shown in messages) against this folder. */
  cwd?: string;
  /** `extends` may name files inside this folder only (default: the folder of the file loaded; the working folder for stdin). */
  extendsRoot?: string;
  /** The bytes of stdin, for the file "-" (default: read file descriptor 0). */
  stdin?: () => string | Uint8Array;
}

export function loadScenario(file: string, options: LoadOptions = {}): Resolved {
  const cwd = options.cwd ?? process.cwd();
  const fromStdin = file === "-";
  const source = fromStdin ? decodeSource(toBytes((options.stdin ?? (() => readFileSync(0)))()), STDIN, STDIN) : readSource(file, cwd);
  if (!("text" in source)) throw new ScenarioError([source]);
  const root = real(path.resolve(cwd, options.extendsRoot ?? (fromStdin ? "." : path.dirname(file))));
  const resolvedFile = /\.resolved\.ya?ml$/i.test(file);
  return resolveScenario(source, {
    sets: options.sets,
    defaultName: fromStdin ? "stdin" : nameFromFile(file),
    readExtends: resolvedFile ? undefined : (from, target) => readParent(from === STDIN ? "." : path.dirname(from), target, root, cwd),
  });
}

/** The file an `extends` names, if it is a scenario file inside the root or a shipped scenario; the problem otherwise. */
function readParent(folder: string, target: string, root: string, cwd: string): Source | Problem {
  const shown = path.isAbsolute(target) ? target : path.join(folder, target);
  if (!/\.(ya?ml|json)$/i.test(target)) return { file: shown, message: "extends names a scenario file (.yaml, .yml or .json)" };
  const full = real(path.resolve(cwd, shown));
  const inside = (dir: string) => {
    const rel = path.relative(dir, full);
    return !rel.startsWith("..") && !path.isAbsolute(rel);
  };
  if (!inside(root) && !inside(real(fromRoot("scenarios")))) return { file: shown, message: `it is outside ${root}; extends stays inside the scenario's folder or names a shipped scenario (--extends-root DIR allows a wider folder)` };
  return readSource(shown, cwd);
}

const real = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
};

const toBytes = (data: string | Uint8Array): Buffer => (typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data));

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
  if (size > MAX_FILE_BYTES) return tooBig(shown, size);
  let bytes: Buffer;
  try {
    bytes = readFileSync(full);
  } catch (error) {
    return { file: shown, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  return decodeSource(bytes, shown, id);
}

const tooBig = (file: string, size: number): Problem => ({ file, message: `is ${(size / 1024 / 1024).toFixed(1)} MB; a scenario file is at most 1 MB` });

/** Bytes as scenario text: not too big, not binary, UTF-8 (a byte-order mark dropped). */
function decodeSource(bytes: Buffer, shown: string, id: string): Source | Problem {
  if (bytes.length > MAX_FILE_BYTES) return tooBig(shown, bytes.length);
  if (bytes.includes(0)) return { file: shown, message: "is a binary file, not YAML or JSON text" };
  try {
    return { file: shown, id, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    return { file: shown, message: "is not UTF-8 text" };
  }
}
