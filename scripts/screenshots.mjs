// Screenshots for the README, at a projector's 1280×720: the first screen of a compare report
// (the headline table), its hours-per-role chart, and the playground with the merged PO/SM preset
// (node scripts/screenshots.mjs [report folder]; default out/start, which `npm start` writes;
// needs /usr/bin/chromium).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { chromium } from "playwright-core";

const dir = path.resolve(process.argv[2] ?? "out/start");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
await page.goto(`file://${path.join(dir, "report.html")}`);
await page.waitForSelector("section.chart-section svg");
await page.screenshot({ path: "docs/img/compare-report.png" });
await page.locator("#section-hours-by-role").screenshot({ path: "docs/img/hours-by-role.png" });

const playground = path.join(dir, "playground.html");
spawnSync(process.execPath, ["bin/scrumlab.js", "playground", "--out", playground], { stdio: "inherit" });
await page.goto(`file://${playground}`);
const final = () => page.waitForFunction(() => document.getElementById("status")?.dataset.final === "true", null, { timeout: 120_000 });
await final();
await page.selectOption("#preset", "merged-po-sm");
await final();
await page.screenshot({ path: "docs/img/playground.png" });
await browser.close();
console.log("wrote docs/img/compare-report.png, docs/img/hours-by-role.png and docs/img/playground.png");
