// Problems found in a scenario, each with where it is (file, line, column, key path) and what
// was expected and found; and the error that carries them (exit code 2, no stack trace).
import { InputError } from "../errors.js";

export interface Position {
  file: string;
  line?: number;
  col?: number;
}

export interface Problem extends Position {
  /** Dotted key path, when the problem is about a key. */
  path?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.col ?? 1}` : p.file;
  const path = p.path !== undefined && p.path.length > 80 ? `${p.path.slice(0, 77)}...` : p.path;
  return `${where}: ${path ? `${path}: ` : ""}${p.message}`;
}

/** Problems shown in one message; a file with thousands of unknown keys names the first ones. */
export const MAX_SHOWN = 20;

export class ScenarioError extends InputError {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const more = problems.length - MAX_SHOWN;
    super([...problems.slice(0, MAX_SHOWN).map(formatProblem), ...(more > 0 ? [`… and ${more.toLocaleString("en-US")} more problems`] : [])].join("\n"));
    this.problems = problems;
  }
}

/** How a value looks in a message: 1.5, "abc", true, a list, a mapping, nothing. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

/** The closest name within edit distance 3 (and less than half the word), for "did you mean". */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best !== undefined && bestDistance <= Math.min(3, Math.ceil(word.length / 2)) ? best : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}
