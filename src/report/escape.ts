/**
 * Escaping for the report renderers. Every string that comes from input (article text, names,
 * outlets, explanations) goes through one of these before it reaches HTML or Markdown output.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes `& < > " '` so the string is inert both as element content and inside a quoted
 * attribute value.
 *
 * @example
 * escapeHtml(`<img src=x onerror="alert(1)">`) // "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Returns the URL, normalised, when it is an absolute `http:` or `https:` URL, else `null`
 * (so `javascript:`, `data:`, relative and malformed URLs are never emitted as links).
 *
 * @example
 * safeHttpUrl("https://kresy.pl/a b") // "https://kresy.pl/a%20b"
 * safeHttpUrl("javascript:alert(1)")  // null
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
}

/**
 * Makes a string safe to use as an HTML `id` and URL fragment: characters outside
 * `[A-Za-z0-9_.-]` become `-`.
 *
 * @example
 * toAnchorId("src", "000_2d9b:c3") // "src-000_2d9b-c3"
 */
export function toAnchorId(prefix: string, value: string): string {
  return `${prefix}-${value.replace(/[^A-Za-z0-9_.-]/g, "-")}`;
}

/**
 * Backslash-escapes the characters that carry meaning in CommonMark/GFM inline text
 * (emphasis, links, images, code, raw HTML, autolinks and e-mail links, tables, strikethrough,
 * entities), the
 * block markers `#`, `+`, `-`, `=` and `1.` at the start of a line, and the `://` of a URL and
 * the `.` of `www.` (so GFM does not turn them into links), so article text shows up literally
 * and no HTML from it reaches a Markdown renderer's output.
 *
 * @example
 * escapeMarkdown("*very* good <b>") // "\\*very\\* good \\<b\\>"
 */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/[\\`*_[\]<>|~&@]/g, (c) => `\\${c}`)
    .replace(/^([ \t]*)([#+=-])/gm, "$1\\$2")
    .replace(/^([ \t]*\d+)([.)])/gm, "$1\\$2")
    .replace(/:(?=\/\/)/g, "\\:")
    .replace(/\b(www)\./gi, "$1\\.");
}

/**
 * {@link escapeMarkdown} for a table cell: line breaks become spaces so the row stays intact.
 *
 * @example
 * escapeMarkdownCell("a | b\nc") // "a \\| b c"
 */
export function escapeMarkdownCell(value: string): string {
  return escapeMarkdown(value.replace(/[\r\n]+/g, " "));
}
