import type { Claim } from "../schema/claim.js";
import type { ResultArticle } from "./model.js";

/** How a source is named to readers: outlet, title and date (never its id). */
export interface SourceLabel {
  /** The outlet, else the issuer, else the web site of its URL, else "unnamed outlet". */
  outlet: string;
  /** False when the source names no outlet, issuer or web site ("unnamed outlet"). */
  named: boolean;
  /** The title, else the first line of its text (shortened), else null. */
  title: string | null;
  /** The publication date (YYYY-MM-DD), else null. */
  date: string | null;
  language: string;
}

const TITLE_MAX = 120;

/**
 * Names a source article for readers: outlet, title and date. Ids are for link anchors only.
 *
 * @example
 * sourceLabel(article) // { outlet: "Kresy.pl", title: "Rozmowa…", date: "2017-05-02", language: "pl" }
 */
export function sourceLabel(article: ResultArticle): SourceLabel {
  const outlet = nonEmpty(article.outlet) ?? nonEmpty(article.issuer) ?? hostOf(article.url);
  return {
    outlet: outlet ?? "unnamed outlet",
    named: outlet !== null,
    title: nonEmpty(article.title) ?? firstLine(article.text),
    date: typeof article.publishedAt === "string" && article.publishedAt.length >= 4 ? article.publishedAt.slice(0, 10) : null,
    language: article.language,
  };
}

/**
 * The source as one line of text: "Outlet · Title · 2017-05-02" (date unknown is said).
 *
 * @example
 * sourceLine(article) // "Kresy.pl · Bardzo dobra rozmowa · 2017-05-02"
 */
export function sourceLine(article: ResultArticle): string {
  const l = sourceLabel(article);
  return [l.outlet, ...(l.title ? [l.title] : []), l.date ?? "date unknown"].join(" · ");
}

function nonEmpty(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const t = value.replace(/\s+/g, " ").trim();
  return t === "" ? null : t;
}

function hostOf(url: string | null | undefined): string | null {
  if (typeof url !== "string") return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === "http:" || u.protocol === "https:" ? u.hostname.replace(/^www\./, "") || null : null;
  } catch {
    return null;
  }
}

function firstLine(text: string | undefined): string | null {
  if (typeof text !== "string") return null;
  // Only the head of the text is looked at, whatever its size.
  const head = text.slice(0, 2000);
  const line = head
    .split(/\r?\n|\r/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .find((l) => l !== "");
  if (!line) return null;
  return shorten(line, TITLE_MAX);
}

/**
 * Cuts text to at most `max` characters at a word boundary, with "…" when cut.
 *
 * @example
 * shorten("a long sentence indeed", 12) // "a long…"
 */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const OPENING = new Set(['"', "'", "“", "”", "„", "‟", "«", "»", "‹", "›", "‘", "’", "‚", "「", "『", "＂"]);
const CLOSING = new Set(['"', "'", "”", "“", "»", "«", "›", "‹", "’", "‘", "」", "』", "＂"]);
const INNER_PUNCT = new Set([",", ".", "!", "?", "…", ";", ":"]);

/**
 * A claim's wording as the source prints it: its assertion, and — when the assertion is a
 * quotation whose marks stand just outside it in the text — those very marks (with the
 * punctuation between the words and the closing mark). The report adds no quotation marks of
 * its own, so none are ever doubled.
 *
 * @example
 * // text: 'He said: “We are ready,” and left.'  assertion: "We are ready"
 * quotedAssertion(claim, article) // "“We are ready,”"
 */
export function quotedAssertion(claim: Claim, article: ResultArticle | undefined): string {
  const text = article?.text;
  const [start, end] = claim.assertionSpan;
  if (typeof text !== "string" || start < 1 || end > text.length || text.slice(start, end) !== claim.assertion) return claim.assertion;
  const before = text[start - 1]!;
  if (!OPENING.has(before)) return claim.assertion;
  let close = end;
  if (INNER_PUNCT.has(text[close] ?? "")) close++;
  if (!CLOSING.has(text[close] ?? "")) return claim.assertion;
  return text.slice(start - 1, close + 1);
}
