// What every self-contained page shares (report, slides, playground): escaping — a tagged
// template that escapes every interpolation unless it is markup this code built — JSON that is
// safe inside <script>, and the head with a Content-Security-Policy that allows no network, no
// form submission, no <base>, and only the page's own script (by its hash).
import { createHash } from "node:crypto";

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Markup this code built (never text from a file). */
export class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

type Part = Markup | string | number | boolean | null | undefined | Part[];

function part(v: Part): string {
  if (v instanceof Markup) return v.html;
  if (Array.isArray(v)) return v.map(part).join("");
  if (v === null || v === undefined || v === false) return "";
  return escapeHtml(String(v));
}

/** html`<b>${name}</b>`: every interpolated value is escaped unless it is Markup (arrays are joined). */
export function html(strings: TemplateStringsArray, ...values: Part[]): Markup {
  return new Markup(strings.reduce((out, s, i) => out + s + (i < values.length ? part(values[i]) : ""), ""));
}

/** JSON safe inside a <script> element: no "</script", no "<!--". */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** The Content-Security-Policy of a page whose one script has this text. */
export function contentSecurityPolicy(script: string, extra = "", img = "data:"): string {
  const hash = createHash("sha256").update(script).digest("base64");
  return `default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; img-src ${img}; form-action 'none'; base-uri 'none'${extra}`;
}

/** The head of a self-contained page: no network, only this page's own script may run (its hash). */
export function pageHead(title: string, script: string, style: string, csp = "", img = "data:"): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(script, csp, img))}">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>`;
}
