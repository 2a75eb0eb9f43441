// The playground in headless Chromium at 1280×720 (a projector): everything on one screen with no
// scrolling; controls with no effect greyed out with their reason; a preset, a loaded file (picker
// and drop) and a shared link each give, once refined, exactly the numbers `scrumlab run` gives
// for the same scenario, seed and runs; a bad file shows the CLI's message; reset; the charts
// export as SVG and PNG. (The latency of a slider move is a benchmark: bench/playground.mjs.)
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseLine } from "../../src/output/csvread.js";
import { headlineMetrics } from "../../viz/metrics.js";
import { inProcess } from "../cli/helpers.js";
import { haveChromium, launch, mustRun, open, SCREENSHOTS } from "./browser.js";

const dir = mkdtempSync(path.join(tmpdir(), "scrumlab-playground-"));
const file = path.join(dir, "playground.html");
let browser: Browser;

beforeAll(async () => {
  expect((await inProcess(["playground", "--out", file])).code).toBe(0);
  if (mustRun) browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function openPlayground(hash = ""): Promise<{ page: Page; problems: string[] }> {
  const { page, problems } = await open(browser, file + hash, { width: 1280, height: 720 });
  await settled(page);
  return { page, problems };
}

/** Waits for the refined (final) result. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById("status")?.dataset.final === "true", null, { timeout: 90_000 });
}

/** The means the page shows for the current setting, by metric. */
async function shown(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLElement>('td[data-arm="current"]')].map((td) => [td.dataset.metric, Number(td.dataset.mean)])));
}

/** The means `scrumlab run` gives for a scenario (file or name). */
async function cli(scenario: string): Promise<Record<string, number>> {
  const out = path.join(dir, `run-${Math.random().toString(36).slice(2)}`);
  const r = await inProcess(["run", scenario, "--jobs", "1", "--detail", "0", "--no-report", "--quiet", "--out", out]);
  expect(r.code, r.err).toBe(0);
  const rows = readFileSync(path.join(out, "summary.csv"), "utf8").trimEnd().split("\n").map(parseLine);
  return Object.fromEntries(rows.slice(1).map((x) => [x[1], Number(x[3])]));
}

function expectSame(page: Record<string, number>, run: Record<string, number>): void {
  for (const m of headlineMetrics()) expect(page[m], m).toBeCloseTo(run[m], 6);
}

describe.skipIf(!mustRun)("the playground in headless Chromium", () => {
  it("fits 1280×720: every control and every chart visible without scrolling", async () => {
    const { page, problems } = await openPlayground();
    const size = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
    expect(size).toEqual([1280, 720]);
    const boxes = await page.evaluate(() => [...document.querySelectorAll("label.control, .chart-cell, #totals, #preset, #load, #share, #reset, #download")].map((e) => ({ id: e.id || e.textContent?.slice(0, 30), r: e.getBoundingClientRect().toJSON() as DOMRect })));
    expect(boxes.length).toBeGreaterThan(20);
    for (const { id, r } of boxes) {
      expect(r.top, `${id} top`).toBeGreaterThanOrEqual(0);
      expect(r.bottom, `${id} bottom`).toBeLessThanOrEqual(720);
      expect(r.right, `${id} right`).toBeLessThanOrEqual(1280);
      expect(r.height, `${id} is drawn`).toBeGreaterThan(10);
    }
    expect(await page.locator(".chart-cell svg").count()).toBe(4);
    expect(await page.locator('th:text-is("Sprint Goals met ↑")').count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, "playground.png") });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("greys out, with the reason, the controls that do nothing in the current setting", async () => {
    const { page } = await openPlayground();
    const sm = page.locator("#control-roles-scrumMaster-availability");
    const mechanism = page.locator("#control-roles-merged-noCommitmentCheck");
    expect(await mechanism.isDisabled()).toBe(true);
    expect(await sm.isDisabled()).toBe(false);
    expect(await page.locator("fieldset", { has: mechanism }).locator("legend").textContent()).toContain("only when PO and SM are merged");
    await page.locator("#control-roles-mergedPoSm").check();
    await expect.poll(() => mechanism.isDisabled()).toBe(false);
    expect(await sm.isDisabled()).toBe(true);
    expect(await page.locator("#control-roles-scrumMaster-availability-why").textContent()).toBe("uses PO availability");
    await page.locator("#control-roles-mergedPoSm").uncheck();
    await page.locator("#control-roles-scrumMaster-present").uncheck();
    await expect.poll(() => page.locator("#control-practices-shielding").isDisabled()).toBe(true);
    await page.close();
  });

  it("a preset gives the figures of scrumlab run and compare; reset goes back", async () => {
    const { page, problems } = await openPlayground();
    await page.selectOption("#preset", "merged-po-sm");
    await settled(page);
    const merged = await shown(page);
    expectSame(merged, await cli("merged-po-sm"));
    const baseline = await page.evaluate(() => Number(document.querySelector<HTMLElement>('td[data-arm="baseline"][data-metric="value_delivered"]')?.dataset.mean));
    const out = path.join(dir, "compare");
    expect((await inProcess(["compare", "baseline", "merged-po-sm", "--jobs", "1", "--detail", "0", "--no-report", "--quiet", "--out", out])).code).toBe(0);
    const rows = readFileSync(path.join(out, "comparison.csv"), "utf8").split("\n").map(parseLine);
    const value = rows.find((r) => r[2] === "value_delivered") as string[];
    expect(baseline).toBeCloseTo(Number(value[4]), 6);
    expect(merged.value_delivered).toBeCloseTo(Number(value[5]), 6);
    await page.locator("#control-team-developers").fill("4");
    await expect.poll(async () => (await shown(page)).value_delivered).not.toBeCloseTo(merged.value_delivered, 3);
    await page.locator("#reset").click();
    await settled(page);
    expect((await shown(page)).value_delivered).toBeCloseTo(merged.value_delivered, 6);
    expect(await page.locator("#control-team-developers").inputValue()).toBe("7");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("a file loaded with the picker, or dropped on the page, gives the CLI's numbers", async () => {
    const yaml = path.join(dir, "my-team.yaml");
    writeFileSync(yaml, "extends: ./baseline.yaml\nname: my-team\nruns: 60\nseed: 7\nteam:\n  developers: 5\nroles:\n  productOwner:\n    availability: 0.5\n");
    writeFileSync(path.join(dir, "baseline.yaml"), readFileSync("scenarios/baseline.yaml"));
    const expected = await cli(yaml);
    const { page, problems } = await openPlayground();
    await page.locator("#file").setInputFiles(yaml);
    await expect.poll(() => page.locator("#base").textContent()).toBe("my-team.yaml (loaded)");
    await settled(page);
    expect(await page.locator("#status").textContent()).toContain("60 replications of each, seed 7");
    expectSame(await shown(page), expected);
    // the same file dropped on the page
    await page.selectOption("#preset", "baseline");
    await settled(page);
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "dropped.yaml", { type: "text/yaml" }));
      document.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, readFileSync(yaml, "utf8"));
    await expect.poll(() => page.locator("#base").textContent()).toBe("dropped.yaml (loaded)");
    await settled(page);
    expectSame(await shown(page), expected);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("refuses a bad file with the message scrumlab validate prints, and keeps the setting", async () => {
    const bad = path.join(dir, "bad.yaml");
    writeFileSync(bad, "team:\n  developers: 0\nroles:\n  productOwner:\n    availability: 50\n");
    const validate = await inProcess(["validate", "bad.yaml"], dir);
    const { page } = await openPlayground();
    const before = await shown(page);
    await page.locator("#file").setInputFiles(bad);
    await expect.poll(() => page.locator("#problems").textContent()).not.toBe("");
    const message = (await page.locator("#problems").textContent()) ?? "";
    expect(validate.err).toBe(`${message}\nscrumlab: 1 of 1 file is not valid\n`);
    expect(message).toBe("bad.yaml:2:15: team.developers: expected a whole number from 1 to 50, found 0\nbad.yaml:5:19: roles.productOwner.availability: expected a number from 0 to 1, found 50; a share is written from 0 to 1 — did you mean 0.5?");
    expect(await page.locator("#base").textContent()).toBe("baseline");
    expect(await shown(page)).toEqual(before);
    await page.close();
  });

  it("shares the setting as a link that opens to the same numbers", async () => {
    const { page } = await openPlayground();
    await page.locator("#control-roles-mergedPoSm").check();
    await page.locator("#control-roles-merged-lessCandidRetros").uncheck();
    await settled(page);
    const numbers = await shown(page);
    await page.locator("#share").click();
    const link = await page.locator("#link").inputValue();
    expect(link).toContain("#set=");
    expect(decodeURIComponent(link)).toContain("set=roles.mergedPoSm=true");
    expect(decodeURIComponent(link)).toContain("set=roles.merged.lessCandidRetros=false");
    const other = await openPlayground(link.slice(link.indexOf("#")));
    expect(await other.page.locator("#base").textContent()).toBe("a shared link");
    expect(await shown(other.page)).toEqual(numbers);
    expect(await other.page.locator("#control-roles-merged-lessCandidRetros").isChecked()).toBe(false);
    await other.page.close();
    await page.close();
  });

  it("exports the charts as SVG and PNG (at least 1600 px wide), and the setting as a file scrumlab runs", async () => {
    const { page } = await openPlayground();
    const svg = page.waitForEvent("download");
    await page.locator("#section-cumulative-value button", { hasText: "SVG" }).click();
    const svgFile = await (await svg).path();
    expect((await svg).suggestedFilename()).toBe("cumulative-value.svg");
    expect(readFileSync(svgFile, "utf8")).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg [^>]*class="chart chart-cumulative-value"/);
    const png = page.waitForEvent("download");
    await page.locator("#section-hours-by-role button", { hasText: "PNG" }).click();
    const bytes = readFileSync(await (await png).path());
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1600);
    await page.locator("#control-roles-productOwner-availability").fill("0.5");
    await settled(page);
    const numbers = await shown(page);
    const yaml = page.waitForEvent("download");
    await page.locator("#download").click();
    const saved = path.join(dir, "playground.yaml");
    await (await yaml).saveAs(saved);
    expect(readFileSync(saved, "utf8")).toContain("availability: 0.5");
    expectSame(numbers, await cli(saved));
    await page.close();
  });
});

describe.skipIf(mustRun)("the playground in headless Chromium (skipped)", () => {
  it("needs /usr/bin/chromium", () => {
    expect(haveChromium).toBe(false);
  });
});
