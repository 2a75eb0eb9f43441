// The playground in headless Chromium: it loads with no console error, and switching "merge PO
// and SM" changes the value chart and the shown totals to exactly what the CLI gives for the
// same settings and seed (the page's exported scenario run with `scrumlab run`).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseLine } from "../../src/output/csvread.js";
import { inProcess } from "../cli/helpers.js";
import { launch, mustRun, open, SCREENSHOTS } from "./browser.js";

const dir = mkdtempSync(path.join(tmpdir(), "scrumlab-playground-"));
let browser: Browser;

beforeAll(async () => {
  expect((await inProcess(["playground", "--out", path.join(dir, "playground.html")])).code).toBe(0);
  if (mustRun) browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function cliMean(yaml: string, metric: string): Promise<number> {
  const file = path.join(dir, `exported-${Date.now()}.yaml`);
  writeFileSync(file, yaml);
  const out = path.join(dir, `run-${Date.now()}`);
  const r = await inProcess(["run", file, "--jobs", "1", "--detail", "0", "--no-report", "--quiet", "--out", out]);
  expect(r.code, r.err).toBe(0);
  const rows = readFileSync(path.join(out, "summary.csv"), "utf8").trimEnd().split("\n").map(parseLine);
  return Number((rows.find((x) => x[1] === metric) as string[])[3]);
}

describe.skipIf(!mustRun)("the playground in headless Chromium", () => {
  it("redraws when the roles merge, with the totals the CLI gives", async () => {
    const { page, problems } = await open(browser, path.join(dir, "playground.html"));
    const current = page.locator('td[data-arm="current"][data-metric="value_delivered"]');
    await current.waitFor({ timeout: 30_000 });
    const before = Number(await current.getAttribute("data-mean"));
    const baseline = Number(await page.locator('td[data-arm="baseline"][data-metric="value_delivered"]').getAttribute("data-mean"));
    expect(before).toBe(baseline);
    const curve = async () => page.locator("#section-cumulative-value path.median").nth(1).getAttribute("d");
    const curveBefore = await curve();
    expect(await cliMean(await page.locator("#yaml").inputValue(), "value_delivered")).toBeCloseTo(before, 4);

    await page.locator("#control-roles-mergedPoSm").check();
    await expect.poll(async () => Number(await current.getAttribute("data-mean")), { timeout: 30_000 }).not.toBe(before);
    const after = Number(await current.getAttribute("data-mean"));
    expect(after).toBeLessThan(baseline);
    expect(await curve()).not.toBe(curveBefore);
    const yaml = await page.locator("#yaml").inputValue();
    expect(yaml).toContain("mergedPoSm: true");
    expect(await cliMean(yaml, "value_delivered")).toBeCloseTo(after, 4);
    const ageShown = Number(await page.locator('td[data-arm="current"][data-metric="impediment_age_mean_hours"]').getAttribute("data-mean"));
    expect(await cliMean(yaml, "impediment_age_mean_hours")).toBeCloseTo(ageShown, 4);
    await page.screenshot({ path: path.join(SCREENSHOTS, "playground.png"), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
