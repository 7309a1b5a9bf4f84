import { normalizePublishedAt } from "./dates.js";
import type { DomDocument, DomElement } from "./dom.js";

/** Metadata read from a web page's head, JSON-LD and markup; null when absent. */
export interface PageMetadata {
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
}

/** JSON-LD `@type`s that describe the article itself. */
const ARTICLE_TYPE = /(?:Article|BlogPosting|ReportageNews|Report)$/;

/** What the JSON-LD blocks of a page say about the article. */
interface LdFacts {
  headline: string | null;
  datePublished: string | null;
  publisher: string | null;
  url: string | null;
  language: string | null;
}

/**
 * Reads title, outlet, canonical URL, publication date and language from a parsed page: Open
 * Graph and other meta tags, `<link rel=canonical>`, JSON-LD (`NewsArticle` and kin, also inside
 * `@graph` arrays), `<time datetime>` and `<html lang>`. Must run before Readability, which
 * removes scripts (and with them the JSON-LD). Never throws.
 *
 * @example
 * readMetadata(parseDocument(html)) // { title: "…", outlet: "Kresy.pl", publishedAt: "2017-05-02T…", … }
 */
export function readMetadata(doc: DomDocument): PageMetadata {
  const ld = readJsonLd(doc);
  const outlet = firstText(meta(doc, "og:site_name"), meta(doc, "application-name"), ld.publisher);
  const rawTitle = firstText(meta(doc, "og:title"), ld.headline, meta(doc, "twitter:title"), doc.title, text(doc.querySelector("h1")));
  return {
    title: rawTitle === null ? null : stripSiteSuffix(rawTitle, outlet),
    outlet,
    url: firstUrl(attr(doc.querySelector('link[rel~="canonical"]'), "href"), meta(doc, "og:url"), ld.url),
    publishedAt: firstDate(
      meta(doc, "article:published_time"),
      ld.datePublished,
      attr(doc.querySelector('[itemprop="datePublished"]'), "content") ?? attr(doc.querySelector('[itemprop="datePublished"]'), "datetime"),
      meta(doc, "og:published_time"),
      meta(doc, "pubdate"),
      meta(doc, "publishdate"),
      meta(doc, "publish-date"),
      meta(doc, "parsely-pub-date"),
      meta(doc, "sailthru.date"),
      meta(doc, "dc.date.issued"),
      meta(doc, "dcterms.created"),
      meta(doc, "dc.date"),
      meta(doc, "date"),
      attr(doc.querySelector("time[pubdate]"), "datetime"),
      attr(doc.querySelector("article time[datetime]"), "datetime"),
      attr(doc.querySelector("time[datetime]"), "datetime"),
    ),
    language: firstLanguage(
      attr(doc.documentElement, "lang"),
      attr(doc.documentElement, "xml:lang"),
      attr(doc.querySelector('meta[http-equiv="content-language" i]'), "content"),
      meta(doc, "og:locale"),
      ld.language,
    ),
  };
}

/** Content of `<meta property=NAME>` or `<meta name=NAME>` (case-insensitive name). */
function meta(doc: DomDocument, name: string): string | null {
  const wanted = name.toLowerCase();
  const all = doc.querySelectorAll("meta");
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    const key = (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop") ?? "").trim().toLowerCase();
    if (key === wanted) {
      const content = el.getAttribute("content");
      if (content !== null && content.trim() !== "") return content;
    }
  }
  return null;
}

function attr(el: DomElement | null, name: string): string | null {
  return el ? el.getAttribute(name) : null;
}

function text(el: DomElement | null): string | null {
  return el ? el.textContent : null;
}

function firstText(...values: (string | null | undefined)[]): string | null {
  for (const v of values) {
    const t = typeof v === "string" ? v.replace(/\s+/g, " ").trim() : "";
    if (t !== "") return t;
  }
  return null;
}

function firstDate(...values: (string | null | undefined)[]): string | null {
  for (const v of values) {
    const d = normalizePublishedAt(v);
    if (d) return d;
  }
  return null;
}

/** The first value that is an absolute http(s) URL. */
function firstUrl(...values: (string | null | undefined)[]): string | null {
  for (const v of values) {
    if (typeof v !== "string" || v.trim() === "") continue;
    try {
      const url = new URL(v.trim());
      if (url.protocol === "http:" || url.protocol === "https:") return url.href;
    } catch {
      // not a URL: try the next source
    }
  }
  return null;
}

const BCP47 = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;

/** The first value that is a BCP 47 tag ("ro", "pl-PL"; "ro_RO" and "en-us, ro" accepted). */
function firstLanguage(...values: (string | null | undefined)[]): string | null {
  for (const v of values) {
    if (typeof v !== "string") continue;
    const tag = v.split(",")[0]!.trim().replace(/_/g, "-");
    if (tag.length > 35 || !BCP47.test(tag)) continue;
    const [primary, ...rest] = tag.split("-");
    return [primary!.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join("-");
  }
  return null;
}

const SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " · ", " / "];

/** "Headline | Outlet" → "Headline" when the suffix is the outlet's name. */
function stripSiteSuffix(title: string, outlet: string | null): string {
  if (!outlet) return title;
  const lower = title.toLowerCase();
  const site = outlet.toLowerCase();
  for (const sep of SEPARATORS) {
    const suffix = `${sep}${site}`;
    if (lower.endsWith(suffix) && title.length > suffix.length) return title.slice(0, title.length - suffix.length).trim();
  }
  return title;
}

/** Facts from every `<script type="application/ld+json">`; malformed blocks are ignored. */
function readJsonLd(doc: DomDocument): LdFacts {
  const facts: LdFacts = { headline: null, datePublished: null, publisher: null, url: null, language: null };
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]!.textContent ?? "");
    } catch {
      continue;
    }
    for (const node of ldNodes(data)) {
      if (!isArticleNode(node)) continue;
      facts.headline ??= str(node["headline"]) ?? str(node["name"]);
      facts.datePublished ??= str(node["datePublished"]) ?? str(node["dateCreated"]);
      facts.publisher ??= publisherName(node["publisher"]);
      facts.url ??= str(node["url"]) ?? entityId(node["mainEntityOfPage"]);
      facts.language ??= str(node["inLanguage"]);
    }
  }
  return facts;
}

type LdNode = Record<string, unknown>;

/** Every object in a JSON-LD document: top-level arrays and `@graph` arrays flattened (bounded). */
function ldNodes(data: unknown): LdNode[] {
  const out: LdNode[] = [];
  const queue: unknown[] = [data];
  while (queue.length > 0 && out.length < 200) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item.slice(0, 200));
    else if (item !== null && typeof item === "object") {
      const node = item as LdNode;
      out.push(node);
      if (Array.isArray(node["@graph"])) queue.push(...(node["@graph"] as unknown[]).slice(0, 200));
    }
  }
  return out;
}

function isArticleNode(node: LdNode): boolean {
  const type = node["@type"];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === "string" && ARTICLE_TYPE.test(t));
}

function publisherName(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === "string") return first;
  if (first !== null && typeof first === "object") return str((first as LdNode)["name"]);
  return null;
}

function entityId(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value !== null && typeof value === "object") return str((value as LdNode)["@id"]) ?? str((value as LdNode)["url"]);
  return null;
}

function str(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}
