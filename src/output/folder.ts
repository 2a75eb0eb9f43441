// An output folder written safely. A new folder is written as a hidden sibling and renamed into
// place when complete; an existing folder (empty, or a scrumlab folder replaced with --force;
// also a mount point, or a folder reached through a symbolic link) is filled in place from a
// hidden working folder inside it, so its identity, owner and mount stay. A lock refuses a
// second writer at once; on failure or interruption the working folder is removed. --force
// replaces only what guard.ts allows: never a folder holding files scrumlab did not write.
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from "node:fs";
import path from "node:path";
import { InputError } from "../errors.js";
import { writeFileAtomic } from "./atomic.js";
import { makeDirs } from "./dirs.js";
import { fsReason } from "./fserror.js";
import { notReplaceable, protectedReason, WORKING_PREFIX, type Guard } from "./guard.js";
import { acquireLock, releaseLock, removeStale } from "./lock.js";

/** Folders being written by this process, removed by discardOpenFolders() when a signal forces an exit. */
const OPEN = new Set<OutputFolder>();

/** Removes every folder this process is still writing (synchronously: for an exit forced by a signal). */
export function discardOpenFolders(): void {
  for (const f of [...OPEN]) f.discard();
}

const statOf = (p: string, follow: boolean): Stats | undefined => {
  try {
    return follow ? statSync(p) : lstatSync(p);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "ENOTDIR") return undefined;
    throw new InputError(`cannot use ${p} as the output folder: ${fsReason(error)}`);
  }
};

export class OutputFolder {
  private readonly open = new Map<string, TableWriter>();
  private done = false;

  private constructor(
    /** The folder as named. */
    readonly target: string,
    /** Where the files are written until commit. */
    readonly temp: string,
    private readonly lock: string,
    /** Fill an existing folder in place (its real path), rather than rename a new one into place. */
    private readonly fill: { folder: string; old: string[] } | null,
  ) {
    OPEN.add(this);
  }

  /** `guard`: the working folder and the inputs, which --force never replaces. */
  static create(target: string, force: boolean, guard: Guard = { cwd: process.cwd(), inputs: [] }): OutputFolder {
    const shown = `--out ${target}`;
    const link = statOf(target, false);
    if (link === undefined) return OutputFolder.createNew(target, shown);
    const st = link.isSymbolicLink() ? statOf(target, true) : link;
    if (st === undefined) throw new InputError(`${shown}: a symbolic link to nothing`);
    if (!st.isDirectory()) throw new InputError(`${shown}: exists and is not a folder`);
    const folder = realpathSync(target);
    const lock = path.join(folder, `${WORKING_PREFIX}lock`);
    acquireLock(lock, shown);
    try {
      removeStale(folder, `${WORKING_PREFIX}partial-`);
      removeStale(folder, `${WORKING_PREFIX}old-`);
      const old = readdirSync(folder).filter((n) => !n.startsWith(WORKING_PREFIX));
      if (old.length > 0) {
        if (!force) throw new InputError(`${shown}: the folder is not empty; use --force to replace it`);
        const why = protectedReason(folder, guard) ?? notReplaceable(folder);
        if (why !== undefined) throw new InputError(`${shown}: --force does not replace this folder: ${why}`);
      }
      const temp = path.join(folder, `${WORKING_PREFIX}partial-${process.pid}`);
      mkdir(temp, shown);
      return new OutputFolder(target, temp, lock, { folder, old });
    } catch (error) {
      releaseLock(lock);
      throw error;
    }
  }

  private static createNew(target: string, shown: string): OutputFolder {
    const parent = path.dirname(path.resolve(target));
    const base = path.basename(target);
    makeDirs(parent, shown);
    const lock = path.join(parent, `.${base}.lock`);
    acquireLock(lock, shown);
    try {
      removeStale(parent, `.${base}.partial-`);
      if (statOf(target, false) !== undefined) throw new InputError(`${shown}: appeared while scrumlab was starting; run again`);
      const temp = path.join(parent, `.${base}.partial-${process.pid}`);
      mkdir(temp, shown);
      return new OutputFolder(target, temp, lock, null);
    } catch (error) {
      releaseLock(lock);
      throw error;
    }
  }

  file(name: string): string {
    return path.join(this.temp, name);
  }

  write(name: string, text: string): void {
    writeFileAtomic(this.file(name), text);
  }

  table(name: string, header: string): TableWriter {
    const w = new TableWriter(this.file(name), header);
    this.open.set(name, w);
    return w;
  }

  /** Close every table and put the files in place: rename the new folder, or fill the existing one (replacing its old scrumlab files). */
  commit(): void {
    for (const w of this.open.values()) w.close();
    const shown = `--out ${this.target}`;
    if (this.fill === null) {
      if (statOf(this.target, false) !== undefined) throw new InputError(`${shown}: appeared while this run was writing; nothing was replaced (run again, or choose another --out)`);
      renameSync(this.temp, this.target);
    } else {
      const { folder, old } = this.fill;
      const now = readdirSync(folder).filter((n) => !n.startsWith(WORKING_PREFIX));
      const added = now.filter((n) => !old.includes(n));
      if (added.length > 0) throw new InputError(`${shown}: ${added.slice(0, 3).map((n) => JSON.stringify(n)).join(", ")} appeared while this run was writing; nothing was replaced`);
      const bin = path.join(folder, `${WORKING_PREFIX}old-${process.pid}`);
      if (now.length > 0) {
        mkdirSync(bin);
        for (const n of now) renameSync(path.join(folder, n), path.join(bin, n));
      }
      for (const n of readdirSync(this.temp)) renameSync(path.join(this.temp, n), path.join(folder, n));
      rmSync(this.temp, { recursive: true, force: true });
      rmSync(bin, { recursive: true, force: true });
    }
    this.close();
  }

  /** Remove everything written (nothing of the folder's old content is touched). */
  discard(): void {
    for (const w of this.open.values()) w.close();
    rmSync(this.temp, { recursive: true, force: true });
    this.close();
  }

  private close(): void {
    if (this.done) return;
    this.done = true;
    releaseLock(this.lock);
    OPEN.delete(this);
  }
}

function mkdir(dir: string, shown: string): void {
  try {
    mkdirSync(dir);
  } catch (error) {
    throw new InputError(`cannot write ${shown}: ${fsReason(error)}`);
  }
}

/** A CSV file written chunk by chunk; remembers where each chunk starts (for shard merges). */
export class TableWriter {
  private fd: number | null;
  bytes = 0;

  constructor(
    readonly file: string,
    header: string,
  ) {
    this.fd = openSync(file, "w");
    this.append(header);
  }

  append(text: string): void {
    if (text !== "") this.appendBytes(Buffer.from(text, "utf8"));
  }

  appendBytes(buf: Uint8Array): void {
    if (buf.length === 0 || this.fd === null) return;
    let off = 0;
    while (off < buf.length) off += writeSync(this.fd, buf, off);
    this.bytes += buf.length;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
