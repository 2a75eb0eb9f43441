// Atomic writes: a file is written under a temporary name in the same folder and renamed into
// place, so a reader (or an interrupted run) sees the whole file or none of it. Only regular
// files are replaced: a symbolic link is written through (the file it names is replaced, the link
// stays); a folder, device (/dev/null), named pipe or socket is refused, never turned into a file.
import { chmodSync, closeSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from "node:fs";
import path from "node:path";
import { InputError } from "../errors.js";
import { writeError } from "./fserror.js";

let counter = 0;

/** A temporary name next to `target` (same folder, so rename is atomic). */
export function tempName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}-${++counter}`);
}

/** What a non-regular file is, in words. */
export function fileKind(st: Stats): string {
  if (st.isDirectory()) return "a folder";
  if (st.isCharacterDevice()) return "a device (such as /dev/null)";
  if (st.isBlockDevice()) return "a block device";
  if (st.isFIFO()) return "a named pipe";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

/** The regular file a write to `target` replaces (the file a link names), and its mode; undefined for a new file. */
function destination(target: string, shown: string): { file: string; mode?: number } {
  let st: Stats;
  try {
    st = lstatSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { file: target };
    throw writeError(error, shown);
  }
  if (st.isSymbolicLink()) {
    let real: Stats;
    try {
      real = statSync(target);
    } catch {
      throw new InputError(`cannot write ${shown}: it is a symbolic link to nothing`);
    }
    if (!real.isFile()) throw new InputError(`cannot write ${shown}: it is a link to ${fileKind(real)}; scrumlab writes only regular files`);
    return { file: realpathSync(target), mode: real.mode & 0o7777 };
  }
  if (!st.isFile()) throw new InputError(`cannot write ${shown}: it is ${fileKind(st)}; scrumlab writes only regular files`);
  return { file: target, mode: st.mode & 0o7777 };
}

/** `shown`: the name in messages (as the user wrote it). */
export function writeFileAtomic(target: string, content: string | Uint8Array, shown = target): void {
  const { file, mode } = destination(target, shown);
  const tmp = tempName(file);
  try {
    const fd = openSync(tmp, "wx");
    try {
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (mode !== undefined) chmodSync(tmp, mode);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw writeError(error, shown);
  }
}
