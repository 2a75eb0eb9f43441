// report.html and the SVG files: untrusted names shown as text and embedded safely, a CSP that
// lets only the page's own script run, the same bytes for the same folder, atomic writes, and
// `scrumlab report DIR [--svg]`.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { readReportData } from "../../src/output/report/data.js";
import { escapeHtml, reportHtml, scriptJson } from "../../src/output/report/html.js";
import { writeReport } from "../../src/output/report/index.js";
import { svgFile, toXml } from "../../src/output/report/svg.js";
import type { ReportData } from "../../viz/data.js";
import { inProcess, tempDir } from "../cli/helpers.js";
import { syntheticFolders, writeSynthetic } from "./synthetic.js";

const HOSTILE = '</script><script>window.__xss=1</script><!-- <img src=x onerror="window.__xss=2"> & \u2028';
let dirs: { run: string; compare: string; sweep: string };
let hostileDir: string;

beforeAll(async () => {
  dirs = await syntheticFolders(tempDir("scrumlab-report-"));
  hostileDir = path.join(tempDir("scrumlab-report-"), "hostile");
  await writeSynthetic(hostileDir, { command: "compare", arms: [{ name: "base" }, { name: HOSTILE, description: HOSTILE, merged: true }] });
});

describe("embedding untrusted text", () => {
  it("scriptJson can close no element and start no comment, and reads back unchanged", () => {
    const text = scriptJson({ name: HOSTILE });
    expect(text).not.toMatch(/<|>|\u2028/);
    expect(JSON.parse(text)).toEqual({ name: HOSTILE });
  });

  it("escapeHtml leaves no markup", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });

  it("a hostile scenario name and description appear as text only; the page has exactly its two script elements", async () => {
    const html = reportHtml(await readReportData(hostileDir), "/* client */");
    expect(html.match(/<script/g)?.length).toBe(2);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<!-- <img");
    const { document } = parseHTML(html);
    expect(document.querySelectorAll("script").length).toBe(2);
    expect(document.querySelector("header")?.textContent).toContain(HOSTILE);
    const embedded = JSON.parse(document.getElementById("report-data")?.textContent ?? "") as ReportData;
    expect(embedded.arms[1].name).toBe(HOSTILE);
  });

  it("the Content-Security-Policy allows no network and only the inlined script, by its hash", async () => {
    const script = "console.log('the client');";
    const html = reportHtml(await readReportData(dirs.run), script);
    const csp = (/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "").replace(/&#39;/g, "'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain(`script-src 'sha256-${createHash("sha256").update(script).digest("base64")}'`);
    expect(html).toContain(`<script>${script}</script>`);
    expect(html).not.toMatch(/https?:\/\//);
  });
});

describe("writeReport", () => {
  it("writes the same bytes for the same folder, and leaves no temporary file", async () => {
    await writeReport(dirs.compare);
    const first = readFileSync(path.join(dirs.compare, "report.html"));
    await writeReport(dirs.compare);
    expect(readFileSync(path.join(dirs.compare, "report.html")).equals(first)).toBe(true);
    expect(readdirSync(dirs.compare).filter((f) => f.startsWith("."))).toEqual([]);
  });

  it("shows what ran in the header: scenarios, weeks, seed, runs, version — descriptions below — and no clock", async () => {
    await writeReport(dirs.compare);
    const { document } = parseHTML(readFileSync(path.join(dirs.compare, "report.html"), "utf8"));
    const header = document.querySelector("header")?.textContent ?? "";
    for (const text of ["baseline", "merged-po-sm", "part-time-po", "6 weeks simulated (6 sprints of 1 week)", "seed 42", "20 replications per scenario", "scrumlab 0.0.0-synthetic", "reference: baseline"]) expect(header).toContain(text);
    expect(document.getElementById("what-ran")?.textContent).toContain("A full-time PO and SM, three developers.");
    expect(readFileSync(path.join(dirs.compare, "report.html"), "utf8")).not.toMatch(/20\d\d-\d\d-\d\d/);
  });

  it("tells a sweep's reader which points the per-point charts show", async () => {
    await writeReport(dirs.sweep);
    const { document } = parseHTML(readFileSync(path.join(dirs.sweep, "report.html"), "utf8"));
    expect(document.querySelector(".note")?.textContent).toContain("The sweep has 10 points; the sweep chart shows them all, the other charts and the table an even spread of 6");
  });
});

describe("SVG files", () => {
  it("escape what linkedom leaves raw in attributes, so the file is well-formed XML", () => {
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    const t = document.createElementNS("http://www.w3.org/2000/svg", "text");
    t.setAttribute("data-tip", `R&D <team> "quoted"`);
    t.textContent = "a < b & c";
    svg.append(t, document.createElementNS("http://www.w3.org/2000/svg", "g"));
    expect(toXml(svg as unknown as Node)).toBe('<svg><text data-tip="R&amp;D &lt;team&gt; &quot;quoted&quot;">a &lt; b &amp; c</text><g/></svg>');
    expect(svgFile(svg as unknown as SVGSVGElement)).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg>/);
  });
});

describe("scrumlab report", () => {
  it("rebuilds report.html and, with --svg, writes every chart that applies, sized for slides", async () => {
    const r = await inProcess(["report", dirs.compare, "--svg"]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("report.html");
    const files = readdirSync(path.join(dirs.compare, "charts")).sort();
    expect(files).toEqual(["cumulative-flow.svg", "cumulative-value.svg", "cycle-time.svg", "forest.svg", "hours-by-role.svg", "impediments.svg", "value-distribution.svg", "value-per-sprint.svg", "velocity.svg"]);
    const svg = readFileSync(path.join(dirs.compare, "charts", "velocity.svg"), "utf8");
    expect(svg).toContain('viewBox="0 0 1280 720"');
    expect(svg).toContain('class="title"');
  });

  it("refuses a folder without meta.json (exit 2)", async () => {
    const r = await inProcess(["report", tempDir()]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("not a scrumlab output folder");
  });
});
