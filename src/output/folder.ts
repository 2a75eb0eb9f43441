// An output folder written atomically: everything goes into a hidden temporary sibling, which
// is renamed into place only when complete; on failure or interruption it is removed. An
// existing non-empty folder is replaced only with --force.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import { InputError, RunError } from "../errors.js";
import { writeFileAtomic } from "./atomic.js";

export class OutputFolder {
  readonly temp: string;
  private readonly open = new Map<string, TableWriter>();

  private constructor(readonly target: string) {
    this.temp = path.join(path.dirname(target), `.${path.basename(target)}.partial-${process.pid}`);
    rmSync(this.temp, { recursive: true, force: true });
    mkdirSync(this.temp, { recursive: true });
  }

  static create(target: string, force: boolean): OutputFolder {
    if (existsSync(target)) {
      if (!statSync(target).isDirectory()) throw new InputError(`--out ${target}: exists and is not a folder`);
      if (readdirSync(target).length > 0 && !force) throw new InputError(`--out ${target}: the folder is not empty; use --force to replace it`);
    }
    try {
      mkdirSync(path.dirname(target), { recursive: true });
      return new OutputFolder(target);
    } catch (error) {
      throw new RunError(`cannot write the output folder ${target} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
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

  /** Close every table and move the folder into place (replacing an old one). */
  commit(): void {
    for (const w of this.open.values()) w.close();
    const old = path.join(path.dirname(this.target), `.${path.basename(this.target)}.old-${process.pid}`);
    if (existsSync(this.target)) renameSync(this.target, old);
    renameSync(this.temp, this.target);
    rmSync(old, { recursive: true, force: true });
  }

  discard(): void {
    for (const w of this.open.values()) w.close();
    rmSync(this.temp, { recursive: true, force: true });
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
