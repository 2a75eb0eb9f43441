// File-system errors in words: what went wrong writing a path the user named (an output folder,
// a file for `init` or `playground`). A path that cannot be written is bad input (InputError,
// exit 2); a device that fails while writing (full, quota, I/O) is a failure (RunError, exit 1).
import { InputError, RunError } from "../errors.js";

const REASONS: Record<string, string> = {
  ENOENT: "its folder does not exist",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENAMETOOLONG: "the name is too long",
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is exceeded",
  EIO: "an input/output error",
  EBUSY: "it is in use (a mount point?)",
  EXDEV: "it is on another file system",
  ELOOP: "too many symbolic links",
  EEXIST: "it already exists",
  ENOTEMPTY: "it is not empty",
  EINVAL: "the file system does not allow it",
  EMFILE: "too many open files",
};

/** Failures of the device rather than of the path. */
const DEVICE = new Set(["ENOSPC", "EDQUOT", "EIO"]);

/** The reason of an error thrown by node:fs, in words ("permission denied"). */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code !== undefined && code in REASONS) return REASONS[code];
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** True for an error node:fs throws (it has an errno code and a system call). */
export function isFsError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string" && (error as NodeJS.ErrnoException).syscall !== undefined;
}

/** `cannot write <shown>: <reason>` (InputError, or RunError for a failing device); other errors pass through. */
export function writeError(error: unknown, shown: string): unknown {
  if (!isFsError(error)) return error;
  const message = `cannot write ${shown}: ${fsReason(error)}`;
  return DEVICE.has(error.code ?? "") ? new RunError(message) : new InputError(message);
}
