// The docs run as written: every shell block of README.md, then of docs/coaching.md, runs
// verbatim, in order, with bash -e, in a fresh copy of the repository (the files git knows,
// without node_modules, dist or out) — as a new user would: `npm install` and `npm link` are run
// as the README says, with `node_modules/.bin` and npm link's folder on the PATH. Each block must
// exit 0; a ```text block right after it is what it prints, exactly (UPDATE_COACHING=1 rewrites
// it: `npm run docs:coaching`). A block that cannot run here (a cluster, other hosts) is marked
// <!-- docs-test: skip (why) --> above it and is checked for syntax only.
//
// To save time and the network: node_modules is the repository's, hard-linked (so `npm install`
// finds everything up to date, offline), and dist/ is the repository's build (`npm test` builds
// it first), so npm runs no install scripts.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "./cli/helpers.js";

const DOCS = ["README.md", "docs/coaching.md"];
const UPDATE = process.env.UPDATE_COACHING === "1";

export interface Block {
  doc: string;
  line: number;
  code: string;
  skip: string | null;
  /** The ```text block right after it: what it prints. */
  output: { text: string; start: number; end: number } | null;
}

/** The shell blocks of a Markdown text, with the output block that follows each and any skip marker before it. */
export function shellBlocks(doc: string, text: string): Block[] {
  const lines = text.split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(sh|bash|shell)\s*$/.test(lines[i])) continue;
    const end = lines.indexOf("```", i + 1);
    const marker = lines[i - 1] === "" ? lines[i - 2] : lines[i - 1];
    const skip = /^<!-- docs-test: skip \((.+)\) -->$/.exec(marker ?? "")?.[1] ?? null;
    let output: Block["output"] = null;
    if (lines[end + 1] === "```text") {
      const close = lines.indexOf("```", end + 2);
      output = { text: lines.slice(end + 2, close).join("\n"), start: end + 2, end: close };
    }
    blocks.push({ doc, line: i + 1, code: lines.slice(i + 1, end).join("\n"), skip, output });
    i = end;
  }
  return blocks;
}

const blocks = DOCS.flatMap((doc) => shellBlocks(doc, readFileSync(path.join(ROOT, doc), "utf8")));
let copy = "";
let env: Record<string, string> = {};

beforeAll(() => {
  const base = tempDir("scrumlab-docs-");
  copy = path.join(base, "scrumlab");
  // The files git tracks (and new ones it does not ignore), as they are in the working tree.
  const files = spawnSync("git", ["ls-files", "-co", "--exclude-standard", "-z"], { cwd: ROOT, encoding: "utf8" }).stdout.split("\0").filter((f) => f !== "" && !f.startsWith("node_modules/") && !f.startsWith("out/"));
  expect(files.length).toBeGreaterThan(50);
  for (const f of files) {
    mkdirSync(path.dirname(path.join(copy, f)), { recursive: true });
    cpSync(path.join(ROOT, f), path.join(copy, f));
  }
  cpSync(path.join(ROOT, "dist"), path.join(copy, "dist"), { recursive: true });
  const linked = spawnSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(copy, "node_modules")]);
  if (linked.status !== 0) cpSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"), { recursive: true, verbatimSymlinks: true });
  const global = path.join(base, "npm-global");
  const keep = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => v !== undefined && !/^(npm_|CI$|FORCE_COLOR|VITEST)/i.test(k))) as Record<string, string>;
  env = {
    ...keep,
    PATH: `${path.join(global, "bin")}${path.delimiter}${path.join(copy, "node_modules", ".bin")}${path.delimiter}${process.env.PATH ?? ""}`,
    NO_COLOR: "1",
    npm_config_prefix: global,
    npm_config_offline: "true",
    npm_config_ignore_scripts: "true",
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
    npm_config_loglevel: "error",
  };
}, 120_000);

describe("README.md and docs/coaching.md run as written, in a fresh copy", () => {
  it("have shell blocks, and every skipped one says why", () => {
    expect(blocks.filter((b) => b.doc === "README.md" && b.skip === null).length).toBeGreaterThanOrEqual(4);
    expect(blocks.filter((b) => b.doc === "docs/coaching.md" && b.skip === null).length).toBeGreaterThanOrEqual(8);
    expect(blocks.filter((b) => b.output !== null).length).toBeGreaterThanOrEqual(3);
  });

  it.each(blocks.map((b) => [`${b.doc}:${b.line} ${b.code.split("\n")[0].slice(0, 70)}`, b] as const))("%s", (_name, b) => {
    if (b.skip !== null) {
      const syntax = spawnSync("bash", ["-n", "-c", b.code], { encoding: "utf8" });
      expect(syntax.status, syntax.stderr).toBe(0);
      return;
    }
    const r = spawnSync("bash", ["-e", "-o", "pipefail", "-c", b.code], { cwd: copy, env, encoding: "utf8", timeout: 240_000 });
    expect(r.status, `${b.doc}:${b.line} exited ${r.status}\n${r.stderr}`).toBe(0);
    expect(r.stderr, "no warning or error on stderr").not.toMatch(/error|internal/i);
    if (b.output === null) return;
    if (UPDATE) {
      // Re-read: an earlier rewrite may have moved this block.
      const file = path.join(ROOT, b.doc);
      const text = readFileSync(file, "utf8");
      const at = shellBlocks(b.doc, text).find((x) => x.code === b.code && x.output !== null)?.output;
      if (at === undefined || at === null) throw new Error(`${b.doc}:${b.line}: its output block moved away`);
      const lines = text.split("\n");
      lines.splice(at.start, at.end - at.start, ...r.stdout.trimEnd().split("\n"));
      writeFileSync(file, lines.join("\n"));
      return;
    }
    expect(r.stdout.trimEnd()).toBe(b.output.text.trimEnd());
  }, 240_000);
});
