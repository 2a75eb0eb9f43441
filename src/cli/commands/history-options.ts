// What import, forecast and backtest share: reading tracker files (missing or unreadable files
// named, exit 2), dates given as options, the holidays file, and where a file may be written.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { InvalidArgumentError, type Command } from "commander";
import { InputError } from "../../errors.js";
import { parseTrackerDate } from "../../import/dates.js";
import type { CliIO } from "../io.js";
import { integer } from "./experiment-options.js";

/** The options forecast and backtest share: seed, trials, period length, points, holidays. */
export function addHistoryOptions(command: Command): Command {
  return command
    .option("--seed <s>", "seed of the random draws; the same seed gives the same numbers", integer(0, "a seed"), 1)
    .option("--trials <n>", "Monte Carlo trials per forecast", integer(100, "a number of trials"), 10_000)
    .option("--period-days <d>", "period length of an item history, in days", integer(1, "a number of days"), 14)
    .option("--points", "count story points instead of items (item histories)")
    .option("--holidays <file>", "non-working days, one date per line (weekends are never worked)");
}

/** Files as text, each named as given on the command line. */
export function readFiles(files: readonly string[], io: CliIO): Array<{ name: string; text: string }> {
  return files.map((name) => {
    const full = path.resolve(io.cwd, name);
    if (!existsSync(full)) throw new InputError(`${name}: no such file`);
    if (statSync(full).isDirectory()) throw new InputError(`${name}: a folder, not a file`);
    return { name, text: readFileSync(full, "utf8") };
  });
}

/** A commander parser of a date option (YYYY-MM-DD or any form the importers read) to a day number. */
export function dayArgument(what: string): (value: string) => number {
  return (value) => {
    const d = parseTrackerDate(value);
    if (d === undefined) throw new InvalidArgumentError(`expected ${what} as YYYY-MM-DD, found ${JSON.stringify(value)}`);
    return d;
  };
}

/** Holidays: one date per line (the first cell of a CSV line); blank lines, "#" comments and a header line are skipped. */
export function readHolidays(file: string, io: CliIO): number[] {
  const [{ name, text }] = readFiles([file], io);
  const days: number[] = [];
  let first = true;
  text.replace(/^\uFEFF/, "").split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const cell = line.split(/[,;\t]/)[0].trim().replace(/^"|"$/g, "");
    const d = parseTrackerDate(cell);
    const header = first && /^[a-z _]+$/i.test(cell); // a header such as "date"
    first = false;
    if (header) return;
    if (d === undefined) throw new InputError(`${name}:${i + 1}: expected a date (YYYY-MM-DD), found ${JSON.stringify(cell)}`);
    days.push(d);
  });
  return days;
}

/** May `target` be written? Not over a file scrumlab did not write (unless forced), never over a folder. */
export function checkWritable(target: string, shown: string, force: boolean, ours: (text: string) => boolean): void {
  if (!existsSync(target)) return;
  if (statSync(target).isDirectory()) throw new InputError(`${shown}: is a folder; give a file name`);
  if (!force && !ours(readFileSync(target, "utf8").slice(0, 4096))) throw new InputError(`${shown} already exists and was not written by scrumlab; use --force to overwrite it`);
}
