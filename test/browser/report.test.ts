// The report in a real browser: the report of a run, a compare and a sweep (real CLI folders)
// load from file:// with no console error and no request, every chart draws marks, a tooltip
// appears on hover, a hostile scenario name is shown as text, never run, and the SVG files of
// `report --svg` are well-formed. Screenshots go to test-output/.
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inProcess } from "../cli/helpers.js";
import { haveChromium, launch, mustRun, open, SCREENSHOTS } from "./browser.js";

const dir = mkdtempSync(path.join(tmpdir(), "scrumlab-browser-"));
const hostileName = '<img src=x onerror="window.__xss=1"> & co';
let browser: Browser;

beforeAll(async () => {
  const hostile = path.join(dir, "hostile.yaml");
  writeFileSync(hostile, `extends: ${path.resolve("scenarios/merged-po-sm.yaml")}\nname: '${hostileName}'\ndescription: "<script>window.__xss = 2</script> =cmd|' /C calc'!A0"\n`);
  const run = (args: string[]) => inProcess([...args, "--runs", "30", "--detail", "3", "--jobs", "1", "--quiet"]);
  expect((await run(["run", "scenarios/baseline.yaml", "--out", path.join(dir, "run")])).code).toBe(0);
  expect((await run(["compare", "scenarios/baseline.yaml", hostile, "scenarios/part-time-po.yaml", "--out", path.join(dir, "compare")])).code).toBe(0);
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
    expect(await page.locator("header").textContent()).toContain("<script>window.__xss = 2</script>");
    expect(await page.locator("header img, main img").count()).toBe(0);
    expect(await page.locator("#section-value-per-sprint .legend").textContent()).toContain(hostileName);
    // bars are arm by arm, 12 sprints each: the 13th is the hostile scenario's first
    await page.locator("#section-value-per-sprint svg rect[data-tip]").nth(12).hover({ force: true });
    await expect.poll(() => page.locator("#tooltip").textContent()).toContain(hostileName);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  });

  it("opens every SVG file of report --svg as well-formed XML with marks", async () => {
    expect((await inProcess(["report", path.join(dir, "compare"), "--svg"])).code).toBe(0);
    const files = readdirSync(path.join(dir, "compare", "charts"));
    expect(files.length).toBe(9);
    const page = await browser.newPage();
    for (const f of files) {
      await page.goto(`file://${path.join(dir, "compare", "charts", f)}`);
      expect(await page.evaluate(() => document.documentElement.localName), f).toBe("svg");
      expect(await page.evaluate(() => document.getElementsByTagName("parsererror").length), f).toBe(0);
      expect(await page.locator("circle, rect[data-tip], path.layer").count(), f).toBeGreaterThan(0);
    }
    await page.close();
  });
});

describe.skipIf(mustRun)("report.html in headless Chromium (skipped)", () => {
  it("needs /usr/bin/chromium (apt-get install chromium; .ci/run installs it)", () => {
    expect(haveChromium).toBe(false);
  });
});
