// The playground's latency in Chromium at 1280×720: from a slider move to the first result
// drawn (the table and the four charts), the median of 20 moves, and the time until the
// refined result (the scenario's 200 replications). Measured by the page itself (from the
// control's input to the end of drawing: window.__scrumlabLatency). A benchmark, not a test.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const ROOT = path.resolve(import.meta.dirname, "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Twenty moves, each to a new setting: developers 2…12 (but 7), then PO availability 0.1…0.9 and management support 0.5. */
const MOVE_LIST: Array<[string, string]> = [
  ...[2, 3, 4, 5, 6, 8, 9, 10, 11, 12].map((d): [string, string] => ["#control-team-developers", String(d)]),
  ...[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((a): [string, string] => ["#control-roles-productOwner-availability", String(a)]),
  ["#control-environment-managementSupport", "0.5"],
];
const MOVES = MOVE_LIST.length;

export interface PlaygroundFigures {
  firstMedian: number;
  firstP90: number;
  refinedMedian: number;
  moves: number;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

export async function measurePlayground(): Promise<PlaygroundFigures | null> {
  if (!existsSync(CHROMIUM)) return null;
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "scrumlab-bench-playground-")), "playground.html");
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin/scrumlab.js"), "playground", "--out", file], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`bench: scrumlab playground failed:\n${r.stderr}`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`file://${file}`);
    const final = () => page.waitForFunction(() => document.getElementById("status")?.dataset.final === "true", null, { timeout: 120_000 });
    await final();
    const first: number[] = [];
    const refined: number[] = [];
    for (let i = 0; i < MOVES; i++) {
      const before = await page.evaluate(() => (window as unknown as { __scrumlabLatency: number[] }).__scrumlabLatency.length);
      const t0 = Date.now();
      // A slider move to a setting not seen before (nothing cached): developers, then PO availability.
      const [control, value] = MOVE_LIST[i];
      await page.locator(control).fill(value);
      await page.waitForFunction((n) => (window as unknown as { __scrumlabLatency: number[] }).__scrumlabLatency.length > n, before, { timeout: 60_000 });
      first.push(await page.evaluate(() => (window as unknown as { __scrumlabLatency: number[] }).__scrumlabLatency.at(-1) as number));
      await final();
      refined.push(Date.now() - t0);
    }
    return { firstMedian: quantile(first, 0.5), firstP90: quantile(first, 0.9), refinedMedian: quantile(refined, 0.5), moves: MOVES };
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const f = await measurePlayground();
  console.log(f === null ? `no Chromium at ${CHROMIUM}` : `playground, ${f.moves} slider moves: first result median ${f.firstMedian.toFixed(0)} ms (P90 ${f.firstP90.toFixed(0)} ms), refined to 200 replications median ${f.refinedMedian.toFixed(0)} ms`);
}
