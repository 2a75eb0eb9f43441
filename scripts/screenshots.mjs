// Screenshots for the README: the top of a compare report and the hours-per-role chart
// (node scripts/screenshots.mjs <report folder>; needs /usr/bin/chromium).
import { chromium } from "playwright-core";
import path from "node:path";

const dir = path.resolve(process.argv[2] ?? "out/start");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const page = await browser.newPage({ viewport: { width: 1100, height: 1400 }, deviceScaleFactor: 1 });
await page.goto(`file://${path.join(dir, "report.html")}`);
await page.waitForSelector("section.chart-section svg");
await page.screenshot({ path: "docs/img/compare-report.png", clip: { x: 0, y: 0, width: 1100, height: 1400 } });
await page.locator("#section-hours-by-role").screenshot({ path: "docs/img/hours-by-role.png" });
await browser.close();
console.log("wrote docs/img/compare-report.png and docs/img/hours-by-role.png");
