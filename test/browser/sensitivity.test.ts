// The sensitivity report in a real browser: a --vs folder from the CLI loads from file:// with no
// console error and no request, draws the tornado and the scatter with marks, shows the
// robustness in words, a tooltip on hover; `report --svg` writes both charts as SVG files.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inProcess } from "../cli/helpers.js";
import { launch, mustRun, open, SCREENSHOTS } from "./browser.js";

const dir = path.join(mkdtempSync(path.join(tmpdir(), "scrumlab-browser-sens-")), "sens");
let browser: Browser;

beforeAll(async () => {
  const r = await inProcess(["sensitivity", "scenarios/baseline.yaml", "--vs", "scenarios/merged-po-sm.yaml", "--vary", "team.developers=3:9", "--vary", "environment.interruptionsPerDay=1:8:log", "--vary", "calendar.hoursPerDay=5:8", "--samples", "4", "--runs", "2", "--threshold", "10", "--jobs", "1", "--quiet", "--out", dir]);
  expect(r.code, r.err).toBe(0);
  if (mustRun) browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!mustRun)("sensitivity report.html in headless Chromium", () => {
  it("loads cleanly, says how robust the effect is and draws both charts", async () => {
    const { page, problems } = await open(browser, path.join(dir, "report.html"));
    await page.waitForSelector("section.chart-section svg");
    expect(await page.locator("section.chart-section").count()).toBe(2);
    expect(await page.locator("#section-tornado rect.importance").count()).toBe(3);
    expect(await page.locator("#section-sensitivity-scatter g.dots circle").count()).toBe(3 * 16);
    expect(await page.locator(".error").count()).toBe(0);
    expect(await page.locator("header .note").textContent()).toMatch(/merged-po-sm lowers value_delivered by [\d.]+ % on average over the 16 sample points/);
    const mark = page.locator("#section-tornado rect.importance").first();
    await mark.hover({ force: true });
    await expect.poll(() => page.locator("#tooltip").isVisible()).toBe(true);
    expect(await page.locator("#tooltip").textContent()).toBe(await mark.getAttribute("data-tip"));
    await page.screenshot({ path: path.join(SCREENSHOTS, "sensitivity-report.png"), fullPage: true });
    expect(problems).toEqual([]);
  });

  it("writes its charts as SVG files with report --svg", async () => {
    const r = await inProcess(["report", dir, "--svg"]);
    expect(r.code, r.err).toBe(0);
    for (const id of ["tornado", "sensitivity-scatter"]) expect(existsSync(path.join(dir, "charts", `${id}.svg`)), id).toBe(true);
    const { page, problems } = await open(browser, path.join(dir, "charts", "tornado.svg"));
    expect(await page.locator("rect.importance").count()).toBe(3);
    expect(problems).toEqual([]);
  });
});
