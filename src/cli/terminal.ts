// Text bound for a terminal, made harmless: C0 and C1 control characters (escape sequences that
// retitle the window, clear the screen, rewrite the clipboard, hide text) and the bidi controls
// that reorder what is shown (Trojan-Source style) are written as visible \uXXXX escapes. Line
// breaks and tabs stay; so do the two sequences scrumlab itself writes (bold on, bold off).
// The \uXXXX form is also a valid JSON escape, so --json output stays valid and means the same.

// eslint-disable-next-line no-control-regex
const UNSAFE = /\u001b\[(?:1|22)m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => (c.length > 1 ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}
