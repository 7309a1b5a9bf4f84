import { Readability } from "@mozilla/readability";
import type { ArticleInput } from "../schema/article.js";
import { blockText, nestingDepth, parseDocument, stripBoilerplate, type DomElement } from "./dom.js";
import { readMetadata } from "./meta.js";

/** An article read from a web page: the main text (what claim spans refer to) and its metadata. */
export interface HtmlArticle {
  /** The article body as plain text, one paragraph per line ("\n"). */
  text: string;
  title: string | null;
  outlet: string | null;
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
 * whole body's text is kept.
 *
 * @example
 * const page = htmlToArticle(await readFile("kresy.html", "utf8"), { language: "pl" });
 * page.outlet // "Kresy.pl"
 * page.text.split("\n")[0] // first paragraph
 */
export function htmlToArticle(html: string, base: Partial<ArticleInput> = {}): HtmlArticle {
  const doc = parseDocument(typeof html === "string" ? html : "");
  const meta = safely(() => readMetadata(doc), {
    title: null,
    outlet: null,
    url: null,
    publishedAt: null,
    language: null,
  });
  const text = readableText(doc) ?? bodyText(html);
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
 * limits, hostile ones are read with the plain body-text fallback instead.
 */
const MAX_DEPTH_FOR_READABILITY = 120;
const MAX_ELEMENTS_FOR_READABILITY = 60_000;

/** The text of Readability's article, or null when it finds none (or fails, or is not tried). */
function readableText(doc: ReturnType<typeof parseDocument>): string | null {
  return safely(() => {
    if (!doc.body || nestingDepth(doc.body, MAX_DEPTH_FOR_READABILITY) >= MAX_DEPTH_FOR_READABILITY) return null;
    // Readability mutates the document; metadata has been read already.
    stripBoilerplate(doc.body);
    const reader = new Readability<DomElement>(doc as never, {
      serializer: (node) => node as unknown as DomElement,
      keepClasses: true,
      maxElemsToParse: MAX_ELEMENTS_FOR_READABILITY,
    });
    const parsed = reader.parse();
    const content = parsed?.content;
    if (!content) return null;
    const text = blockText(content);
    return text.trim() === "" ? null : text;
  }, null);
}

/** The whole body's text, from a fresh parse (Readability may have gutted the first one). */
function bodyText(html: string): string {
  return safely(() => {
    const body = parseDocument(typeof html === "string" ? html : "").body;
    return body ? blockText(body) : "";
  }, "");
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
