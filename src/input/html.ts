import type { ArticleInput } from "../schema/article.js";
import { ClaimdiffError } from "../errors.js";
import { blockText, nestingDepth, parseDocument, stripBoilerplate, type DomDocument, type DomElement } from "./dom.js";
import { readMetadata } from "./meta.js";
import { lazy } from "./lazy.js";

/** Mozilla Readability, loaded on the first page read. */
const readability = lazy<typeof import("@mozilla/readability")>("@mozilla/readability");

/** An article read from a web page: the main text (what claim spans refer to) and its metadata. */
export interface HtmlArticle {
  /** The article body as plain text, one paragraph per line ("\n"). */
  text: string;
  /** The headline (og:title, JSON-LD headline, `<title>` without the outlet's suffix). */
  title: string | null;
  /** The publication (og:site_name, application-name, JSON-LD publisher). */
  outlet: string | null;
  /** The canonical http(s) URL of the page. */
  url: string | null;
  /** `YYYY-MM-DD` or an ISO date-time. */
  publishedAt: string | null;
  /** BCP 47 tag from the page ("ro", "pl-PL"), or null. */
  language: string | null;
}

/**
 * Reads a news page: keeps the article body (Mozilla Readability over linkedom) as plain text
 * with one paragraph per line, dropping navigation, ads, share bars, related links, comments and
 * figure captions; reads outlet (og:site_name, application-name, JSON-LD publisher), title
 * (og:title, JSON-LD headline, <title>), URL (canonical, og:url), publication date
 * (article:published_time, JSON-LD datePublished incl. `@graph`, <time datetime>) normalised to
 * ISO, and language (<html lang>). Fields given in `base` (e.g. from a sidecar file) win over
 * what the page says. Never throws on malformed HTML: when Readability finds no article, the
 * whole body's text is kept. Linear in the page at any nesting depth (markup nested deeper than
 * 256 levels is flattened to its text).
 *
 * @throws {ClaimdiffError} `invalid_input` when `html` is not a string.
 * @example
 * const page = htmlToArticle(await readFile("kresy.html", "utf8"), { language: "pl" });
 * page.outlet // "Kresy.pl"
 * page.text.split("\n")[0] // first paragraph
 */
export function htmlToArticle(html: string, base: Partial<ArticleInput> = {}): HtmlArticle {
  if (typeof html !== "string")
    throw new ClaimdiffError("invalid_input", `Invalid input: htmlToArticle needs the page as a string, not ${html === null ? "null" : typeof html}.`);
  if (base === null || typeof base !== "object")
    throw new ClaimdiffError("invalid_input", 'Invalid input: the fields given to htmlToArticle must be an object such as { language: "ro" }.');
  // One parse: metadata first (Readability removes the scripts that hold JSON-LD), then the text.
  const doc = parseDocument(html);
  const meta = safely(() => readMetadata(doc), {
    title: null,
    outlet: null,
    url: null,
    publishedAt: null,
    language: null,
  });
  const text = articleText(doc);
  return {
    text,
    title: pick(base.title, meta.title),
    outlet: pick(base.outlet, meta.outlet),
    url: pick(base.url, meta.url),
    publishedAt: pick(base.publishedAt, meta.publishedAt),
    language: pick(base.language, meta.language),
  };
}

/**
 * Readability's work grows superlinearly with nesting depth; real pages stay far below these
 * limits, deeper ones are read with the plain body text instead.
 */
const MAX_DEPTH_FOR_READABILITY = 120;
const MAX_ELEMENTS_FOR_READABILITY = 60_000;

/**
 * The text of the article: Readability's, or the whole body's when Readability is not tried
 * (too deep), finds nothing or fails. The body's text is taken before Readability runs, since
 * Readability rewrites the document it reads: one parse serves both.
 */
function articleText(doc: DomDocument): string {
  const body = doc.body;
  if (!body) return "";
  const whole = safely(() => blockText(body), "");
  if (safely(() => nestingDepth(body, MAX_DEPTH_FOR_READABILITY) >= MAX_DEPTH_FOR_READABILITY, true)) return whole;
  const readable = safely(() => {
    stripBoilerplate(body);
    const { Readability } = readability();
    const reader = new Readability<DomElement>(doc as never, {
      serializer: (node) => node as unknown as DomElement,
      keepClasses: true,
      maxElemsToParse: MAX_ELEMENTS_FOR_READABILITY,
    });
    const content = reader.parse()?.content;
    if (!content) return null;
    const text = blockText(content);
    return text.trim() === "" ? null : text;
  }, null);
  return readable ?? whole;
}

function pick(given: string | null | undefined, found: string | null): string | null {
  return typeof given === "string" && given.trim() !== "" ? given : found;
}

function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
