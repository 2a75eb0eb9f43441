// The report in a real browser: the report of a run, a compare and a sweep (real CLI folders)
// load from file:// with no console error and no request, every chart draws marks, a tooltip
// appears on hover, a hostile scenario name is shown as text, never run, and the SVG files of
// `report --svg` are well-formed (names with control characters too). At 1280×720 the first
// screen holds the headline table with its numbers and CIs; printed (PDF, A4 landscape) every
// chart is on the same page as its title; the slides move with the arrow keys. Screenshots go
// to test-output/.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inProcess } from "../cli/helpers.js";
import { haveChromium, launch, mustRun, open, SCREENSHOTS } from "./browser.js";

const havePdftotext = spawnSync("pdftotext", ["-v"]).status === 0;

const dir = mkdtempSync(path.join(tmpdir(), "scrumlab-browser-"));
const hostileName = '<img src=x onerror="window.__xss=1"> & co';
let browser: Browser;

beforeAll(async () => {
  const hostile = path.join(dir, "hostile.yaml");
  writeFileSync(hostile, `extends: ${path.resolve("scenarios/merged-po-sm.yaml")}\nname: '${hostileName}'\ndescription: "<script>window.__xss = 2</script> =cmd|' /C calc'!A0"\n`);
  writeFileSync(path.join(dir, "control.yaml"), `extends: ${path.resolve("scenarios/part-time-po.yaml")}\nname: "ctl\\u0001\\u001b[31m\\u0008 end"\n`);
  const run = (args: string[]) => inProcess([...args, "--runs", "30", "--detail", "3", "--jobs", "1", "--quiet"]);
  expect((await run(["run", "scenarios/baseline.yaml", "--out", path.join(dir, "run")])).code).toBe(0);
  expect((await run(["compare", "scenarios/baseline.yaml", hostile, "scenarios/part-time-po.yaml", "--out", path.join(dir, "compare")])).code).toBe(0);
  expect((await run(["compare", "baseline", "merged-po-sm", "impediments-unremoved", "part-time-po", "no-retrospectives", "--out", path.join(dir, "five")])).code).toBe(0);
  expect((await run(["compare", "baseline", path.join(dir, "control.yaml"), "--out", path.join(dir, "control")])).code).toBe(0);
  expect((await run(["sweep", "scenarios/baseline.yaml", "--vary", "roles.productOwner.availability=0.2:1:0.4", "--vary", "roles.mergedPoSm=false,true", "--out", path.join(dir, "sweep")])).code).toBe(0);
  if (mustRun) browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!mustRun)("report.html in headless Chromium", () => {
  it.each([
    ["run", 8],
    ["compare", 9],
    ["sweep", 9],
  ] as const)("the %s report loads cleanly and draws every chart", async (kind, charts) => {
    const { page, problems } = await open(browser, path.join(dir, kind, "report.html"));
    await page.waitForSelector("section.chart-section svg");
    const sections = await page.locator("section.chart-section").all();
    expect(sections.length).toBe(charts);
    for (const s of sections) {
      const marks = await s.locator("svg circle, svg rect[data-tip], svg path.median, svg path.layer, svg path.band").count();
      expect(marks, `${await s.getAttribute("id")} has marks`).toBeGreaterThan(0);
      expect(await s.locator(".error").count()).toBe(0);
    }
    const mark = page.locator("section.chart-section svg circle[data-tip], section.chart-section svg rect[data-tip]").first();
    await mark.hover({ force: true });
    const tooltip = page.locator("#tooltip");
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toBe(await mark.getAttribute("data-tip"));
    await page.mouse.move(1, 1);
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await page.screenshot({ path: path.join(SCREENSHOTS, `report-${kind}.png`), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows a hostile scenario name as text and never runs it", async () => {
    const { page, problems } = await open(browser, path.join(dir, "compare", "report.html"));
    await page.waitForSelector("section.chart-section svg");
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator("header").textContent()).toContain(hostileName);
    expect(await page.locator("#what-ran").textContent()).toContain("<script>window.__xss = 2</script>");
    expect(await page.locator("header img, main img").count()).toBe(0);
    expect(await page.locator("#section-value-per-sprint .legend").textContent()).toContain(hostileName);
    // bars are arm by arm, 12 sprints each: the 13th is the hostile scenario's first
    await page.locator("#section-value-per-sprint svg rect[data-tip]").nth(12).hover({ force: true });
    await expect.poll(() => page.locator("#tooltip").textContent()).toContain(hostileName);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(["compare", "control"])("opens every SVG file of report --svg of the %s folder as well-formed XML with marks", async (folder) => {
    expect((await inProcess(["report", path.join(dir, folder), "--svg"])).code).toBe(0);
    const files = readdirSync(path.join(dir, folder, "charts"));
    expect(files.length).toBe(9);
    const page = await browser.newPage();
    for (const f of files) {
      await page.goto(`file://${path.join(dir, folder, "charts", f)}`);
      expect(await page.evaluate(() => document.documentElement.localName), f).toBe("svg");
      expect(await page.evaluate(() => document.getElementsByTagName("parsererror").length), f).toBe(0);
      expect(await page.locator("circle, rect[data-tip], path.layer").count(), f).toBeGreaterThan(0);
    }
    await page.close();
  });

  it("at 1280×720 the first screen holds the headline table: numbers, CIs, the change in words", async () => {
    const { page, problems } = await open(browser, path.join(dir, "five", "report.html"), { width: 1280, height: 720 });
    await page.waitForSelector("section.chart-section svg");
    const table = await page.locator("#headline-table").boundingBox();
    expect(table).not.toBeNull();
    expect((table?.y ?? 999) + (table?.height ?? 999)).toBeLessThanOrEqual(720);
    expect((table?.x ?? 999) + (table?.width ?? 999)).toBeLessThanOrEqual(1280);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1280);
    const rows = page.locator("#headline-table tbody tr");
    expect(await rows.count()).toBe(5);
    for (let i = 0; i < 5; i++) {
      expect(await rows.nth(i).locator(".mean").first().textContent()).toMatch(/^[\d,.]+( %)?$/);
      expect(await rows.nth(i).locator(".ci").first().textContent()).toMatch(/^[\d,.]+( %)? – [\d,.]+( %)?$/);
    }
    expect(await rows.nth(1).locator('td[data-metric="value_delivered"] .change').textContent()).toMatch(/^−\d+\.\d ± \d+\.\d % worse$/);
    await page.screenshot({ path: path.join(SCREENSHOTS, "report-first-screen.png") });
    expect(problems).toEqual([]);
    await page.close();
  });

  it.skipIf(!havePdftotext && process.env.CI === undefined)("printed (A4 landscape), every chart is on the same page as its title", async () => {
    const { page } = await open(browser, path.join(dir, "five", "report.html"), { width: 1280, height: 720 });
    await page.waitForSelector("section.chart-section svg");
    const charts = await page.$$eval("section.chart-section", (ss) => ss.map((s) => ({ title: s.querySelector("h2")?.textContent ?? "", axis: s.querySelector("svg .axis-label")?.textContent ?? "" })));
    const pdf = path.join(dir, "report.pdf");
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.close();
    const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(text.status, "pdftotext (poppler-utils)").toBe(0);
    const pages = text.stdout.split("\f").map((p) => p.replace(/\s+/g, " "));
    expect(charts.length).toBe(9);
    for (const c of charts) {
      const onPage = pages.findIndex((p) => p.includes(c.title));
      expect(onPage, `"${c.title}" printed`).toBeGreaterThanOrEqual(0);
      expect(pages[onPage], `"${c.title}": its chart (axis "${c.axis}") on the same page`).toContain(c.axis.slice(0, 30));
    }
    expect(pages.filter((p) => p.trim() !== "").length).toBeLessThanOrEqual(16);
  });

  it("slides: one chart per screen, arrow keys to move, the takeaway in large type", async () => {
    expect((await inProcess(["report", path.join(dir, "five"), "--slides"])).code).toBe(0);
    const { page, problems } = await open(browser, path.join(dir, "five", "slides.html"), { width: 1280, height: 720 });
    await page.waitForSelector("section.slide svg", { state: "attached" });
    const visible = () => page.$$eval("section.slide", (ss) => ss.filter((s) => getComputedStyle(s).display !== "none").map((s) => s.id));
    expect(await visible()).toEqual(["slide-0"]);
    expect(await page.locator("#slide-0 #headline-table").count()).toBe(1);
    await page.keyboard.press("ArrowRight");
    expect(await visible()).toEqual(["slide-forest"]);
    expect(await page.locator("#counter").textContent()).toBe("2 / 10");
    const takeaway = page.locator("#slide-forest .takeaway");
    expect(await takeaway.textContent()).toMatch(/^Against baseline, value delivered changes by merged-po-sm −\d/);
    expect(Number.parseFloat(await takeaway.evaluate((e) => getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(20);
    const box = await page.locator("#slide-forest svg").boundingBox();
    expect((box?.y ?? 999) + (box?.height ?? 999)).toBeLessThanOrEqual(720);
    await page.keyboard.press("End");
    expect(await page.locator("#counter").textContent()).toBe("10 / 10");
    await page.keyboard.press("ArrowLeft");
    expect(await page.locator("#counter").textContent()).toBe("9 / 10");
    await page.keyboard.press("Home");
    expect(await visible()).toEqual(["slide-0"]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "slides.png") });
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.skipIf(mustRun)("report.html in headless Chromium (skipped)", () => {
  it("needs /usr/bin/chromium (apt-get install chromium; .ci/run installs it)", () => {
    expect(haveChromium).toBe(false);
  });
});
