// An output being written is marked by a lock file holding the writer's process id and host,
// so a second scrumlab writing to the same place is refused at once (not clobbered at the end),
// and what a process that no longer runs left behind (killed by SIGKILL, a power cut) is
// recognized as stale and removed.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { InputError } from "../errors.js";
import { fsReason } from "./fserror.js";

/** Is process `pid` of this host running? (EPERM: it runs, as another user.) */
export function alive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const HOST = os.hostname();

/** The owner written in a lock file: "pid host". */
function owner(file: string): { pid: number; host: string } | undefined {
  try {
    const [pid, host] = readFileSync(file, "utf8").trim().split(" ");
    return { pid: Number(pid), host: host ?? HOST };
  } catch {
    return undefined;
  }
}

/** Takes the lock `file` for the output `shown`; a live owner refuses, a dead one's lock is taken over. */
export function acquireLock(file: string, shown: string): void {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, `${process.pid} ${HOST}\n`, { flag: "wx" });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw new InputError(`cannot write ${shown}: ${fsReason(error)}`);
    }
    const o = owner(file);
    if (o !== undefined && (o.host !== HOST || alive(o.pid))) {
      const who = o.host === HOST ? `process ${o.pid}` : `process ${o.pid} on ${o.host}`;
      throw new InputError(`${shown}: another scrumlab (${who}) is writing there; wait for it to finish or choose another --out (if none is running, delete ${file})`);
    }
    rmSync(file, { force: true }); // stale: its process is gone
  }
  throw new InputError(`${shown}: cannot take the lock ${file}`);
}

/** Removes the lock if it is this process's. */
export function releaseLock(file: string): void {
  if (owner(file)?.pid === process.pid) rmSync(file, { force: true });
}

/** Entries `<prefix><pid>` in `dir` left by processes of this host that no longer run: removed. */
export function removeStale(dir: string, prefix: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (Number.isSafeInteger(pid) && pid > 0 && !alive(pid)) rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}
