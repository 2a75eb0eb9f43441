// Atomic writes: a file is written under a temporary name in the same folder and renamed into
// place, so a reader (or an interrupted run) sees the whole file or none of it.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

let counter = 0;

/** A temporary name next to `target` (same folder, so rename is atomic). */
export function tempName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}-${++counter}`);
}

export function writeFileAtomic(target: string, content: string | Uint8Array): void {
  const tmp = tempName(target);
  try {
    const fd = openSync(tmp, "w");
    try {
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
