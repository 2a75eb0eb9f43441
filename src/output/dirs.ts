// Creating the folders on the way to an output, one level at a time. Node's recursive mkdir
// loops forever where the file system answers ENOENT for a folder whose parent exists (procfs:
// `--out /proc/xx`); here every level is created once, and any refusal is an error.
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { InputError } from "../errors.js";
import { fsReason } from "./fserror.js";

/** Creates `dir` and its missing parents; an InputError naming `shown` when a level cannot be made. */
export function makeDirs(dir: string, shown = dir): void {
  const missing: string[] = [];
  for (let d = path.resolve(dir); ; ) {
    try {
      if (!statSync(d).isDirectory()) throw new InputError(`cannot create ${shown}: ${d} is a file, not a folder`);
      break;
    } catch (error) {
      if (error instanceof InputError) throw error;
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw new InputError(`cannot create ${shown}: ${fsReason(error)}`);
      missing.push(d);
      const up = path.dirname(d);
      if (up === d) throw new InputError(`cannot create ${shown}: the file system has no root folder`);
      d = up;
    }
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST" && statSync(d).isDirectory()) continue;
      // ENOENT although the parent exists: a file system that allows no new folders (procfs, sysfs).
      throw new InputError(`cannot create ${shown}: ${code === "ENOENT" ? "the file system does not allow new folders there" : fsReason(error)}`);
    }
  }
}
