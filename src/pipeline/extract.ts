import { ARTICLE_FIELDS, ArticleInputSchema, LANGUAGE_FORM, PUBLISHED_AT_FORM, type ArticleInput } from "../schema/article.js";
import { isIsoDateOrDateTime } from "../schema/common.js";
import type { ArticleMeta, ExtractionResult, Speaker } from "../schema/claim.js";
import type { Warning } from "../schema/common.js";
import type { LanguagePack } from "../schema/pack.js";
import { ClaimdiffError, parseOrThrow } from "../errors.js";
import { notText } from "../text/not-text.js";
import { BUILTIN_PACKS, getLanguagePack } from "../lang/registry.js";
import { tokenizeRange } from "../text/tokens.js";
import { normalize } from "./normalize.js";
import { compilePack } from "./lexicon.js";
import { compile } from "../model/index.js";
import { blankPartyTags, publicationDate } from "./layout.js";
import { urlDate } from "./url-date.js";
import { refDate } from "./dates.js";
import { detectLanguage } from "./detect.js";
import { ExtractOptionsSchema, type ExtractOptions } from "./options.js";
import { htmlToArticle } from "../input/html.js";
import { DOCUMENT_PASSES, UNCLOSED_WARNINGS, buildClaims, eventDate, type Doc, type DocMeta, type LayoutCarry } from "./document/index.js";
import type { Claim } from "../schema/claim.js";

/**
 * An article longer than LONG characters is read window by window, each of about WINDOW characters
 * cut at a line break: its tokens and sentence records exist for one window at a time, so memory
 * stays a small multiple of the text (the records of a whole 20 MB text took ×50 its size). Each
 * window goes through every document pass, and what was said before carries on (the speakers
 * named, the event date, the layout's state): only a claim whose parts a window boundary
 * separates (a quotation running over paragraphs, content announced at the end of a paragraph)
 * can differ from reading the whole at once. News articles are far shorter than LONG.
 */
const LONG = 1 << 18;
const WINDOW = 1 << 13;

/** `[from, to)` windows of about {@link WINDOW} characters, cut after a line break where there is one, else at a space. */
function windowsOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (text.length <= LONG) return [[0, text.length]];
  let a = 0;
  while (text.length - a > WINDOW + (WINDOW >> 1)) {
    const target = a + WINDOW;
    let b = text.indexOf("\n", target) + 1;
    if (b <= 0 || b - target > WINDOW >> 2) b = text.lastIndexOf("\n", target) + 1;
    if (b <= a + (WINDOW >> 2)) b = text.lastIndexOf(" ", target) + 1;
    if (b <= a + (WINDOW >> 2)) break; // no boundary between words: one window
    out.push([a, b]);
    a = b;
  }
  out.push([a, text.length]);
  return out;
}

const parseOptions = (options: unknown) =>
  parseOrThrow(
    ExtractOptionsSchema,
    options,
    "invalid_options",
    "extraction options",
    "allowed: packs, fallbackLanguage, firstParty, minConfidence, lexicon, model.",
  );
let defaultOptions: ReturnType<typeof parseOptions> | undefined;

type ParsedArticle = ReturnType<typeof ArticleInputSchema.parse>;
const optional = (v: unknown) => v === undefined || typeof v === "string";
const nullable = (v: unknown) => v === undefined || v === null || typeof v === "string";

/**
 * The article as the schema would give it, checked by hand when it is a plain object whose fields
 * all hold what the schema accepts (the common case: a schema parse per article was a few per
 * cent of extraction); null for anything else, which the schema then checks and explains.
 */
function plainArticle(a: unknown): ParsedArticle | null {
  if (typeof a !== "object" || a === null || Object.getPrototypeOf(a) !== Object.prototype) return null;
  for (const k of Object.keys(a)) if (!ARTICLE_FIELDS.has(k)) return null;
  const r = a as Record<string, unknown>;
  if (!optional(r.id) || r.id === "" || !optional(r.text) || !optional(r.html)) return null;
  if (typeof r.text !== "string" && typeof r.html !== "string") return null;
  if (!nullable(r.title) || !nullable(r.outlet) || !nullable(r.url) || !nullable(r.issuer)) return null;
  const p = r.publishedAt;
  if (!(p === undefined || p === null || (typeof p === "string" && PUBLISHED_AT_FORM.test(p) && isIsoDateOrDateTime(p)))) return null;
  const l = r.language;
  if (!(l === undefined || l === null || (typeof l === "string" && LANGUAGE_FORM.test(l)))) return null;
  if (r.via !== undefined && !(Array.isArray(r.via) && r.via.every((x) => typeof x === "string"))) return null;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(r)) if (r[k] !== undefined) out[k] = k === "via" ? [...(r.via as string[])] : r[k];
  return out as ParsedArticle;
}

/**
 * Extracts the attributed claims of one article. See design/claims.md for what a claim is.
 *
 * @example
 * const { claims } = extractClaims({ id: "a1", text: "„Un summit trebuie organizat”, a declarat Peskov.", language: "ro", publishedAt: "2025-05-16" });
 * claims[0].speaker.name // "Dmitry Peskov"
 * @throws {ClaimdiffError} `invalid_article` / `invalid_options` / `unknown_language` with a message that says how to fix the input;
 *   `not_text` when the text is binary data or an encoded blob rather than language.
 */
export function extractClaims(article: ArticleInput, options: ExtractOptions = {}): ExtractionResult {
  const input =
    plainArticle(article) ??
    parseOrThrow(
      ArticleInputSchema,
      article,
      "invalid_article",
      "article",
      "pass an object with `text` (or `html`) and optional id, outlet, url, publishedAt, language, issuer.",
    );
  // (no options, the common case: their defaults are parsed once, not once per article)
  const none = options !== null && typeof options === "object" && Object.getPrototypeOf(options) === Object.prototype && Object.keys(options).length === 0;
  const opts = none ? (defaultOptions ??= parseOptions({})) : parseOptions(options);
  const warnings: Warning[] = [];
  let meta: DocMeta = {
    title: input.title ?? null,
    outlet: input.outlet ?? null,
    url: input.url ?? null,
    publishedAt: input.publishedAt ?? null,
    language: input.language ?? null,
  };
  let original = input.text ?? "";
  if (typeof input.html === "string" && typeof input.text !== "string") {
    const h = htmlToArticle(input.html);
    original = h.text;
    meta = {
      title: meta.title ?? h.title ?? null,
      outlet: meta.outlet ?? h.outlet ?? null,
      url: meta.url ?? h.url ?? null,
      publishedAt: meta.publishedAt ?? h.publishedAt ?? null,
      language: meta.language ?? h.language ?? null,
    };
  }
  const id = input.id ?? "article";
  const junk = notText(original);
  if (junk) {
    throw new ClaimdiffError(
      "not_text",
      junk === "binary"
        ? `Article "${id}" is not text: it holds binary data (control or replacement characters). Pass the article's text, decoded (for a PDF or a word-processor file, its extracted text).`
        : `Article "${id}" is not text: it is mostly an encoded blob (base64 or hex). Decode it and pass the article's text.`,
    );
  }
  const norm = normalize(original);
  let text = norm.text;
  const model = opts.model ?? compile(opts.packs, opts.lexicon);
  const packs: readonly LanguagePack[] = [...model.packs, ...BUILTIN_PACKS];

  let pack: LanguagePack;
  let detected = false;
  if (meta.language) pack = getLanguagePack(meta.language, model.packs);
  else {
    const d = detectLanguage(text, packs);
    detected = true;
    if (d) {
      pack = d.pack;
      if (!d.sure)
        warnings.push({
          code: "language_uncertain",
          message: `The language is uncertain: read as "${pack.code}", but the text may be in a language with no installed pack. Pass article.language to be sure.`,
          span: null,
        });
    } else {
      pack = getLanguagePack(opts.fallbackLanguage, model.packs);
      if (text.trim())
        warnings.push({
          code: "language_undetected",
          message: `Could not detect the language; used "${pack.code}". Pass article.language to be sure.`,
          span: null,
        });
    }
  }
  const cp = compilePack(pack, model);
  // (party tags after names are blanked in the copy the pipeline reads: "Warren (D-Mass.) said")
  text = blankPartyTags(text, cp);
  // Ids the lexicon or the pack refers to but nobody defines: their mentions resolve to no one.
  warnings.push(...model.problemsOf(pack));
  const windows = windowsOf(text);
  const last = windows.length - 1;
  let tokens = tokenizeRange(text, cp.fold, windows[0]![0], windows[0]![1]);

  let publishedAt = meta.publishedAt;
  let publishedAtSource: ArticleMeta["publishedAtSource"] = publishedAt ? "metadata" : "none";
  if (!publishedAt) {
    publishedAt = publicationDate(text, tokens, cp, last > 0 ? tokenizeRange(text, cp.fold, windows[last]![0], windows[last]![1]) : tokens);
    if (publishedAt) publishedAtSource = "text";
  }
  if (!publishedAt) {
    // (a dateline in the text is the article's own word; the address is the site's)
    publishedAt = urlDate(meta.url);
    if (publishedAt) publishedAtSource = "url";
  }
  const issuerEntity = input.issuer ? cp.lexicon.issuerFromName(input.issuer) : cp.lexicon.issuerFromSource(meta.url, meta.outlet);
  const issuerName = input.issuer ?? issuerEntity?.name ?? null;
  const issuer: Speaker | null = issuerEntity
    ? { name: issuerEntity.name, id: issuerEntity.id, mention: null, mentionSpan: null, kind: issuerEntity.kind, role: null, side: issuerEntity.side }
    : issuerName
      ? { name: issuerName, id: null, mention: null, mentionSpan: null, kind: "institution", role: null, side: null }
      : null;

  const via = new Set<string>(input.via ?? []);
  const carry: LayoutCarry = { bodySeen: 0, ended: false, unclosed: 0, dateline: null, datelineRef: null, lastDay: null };
  const d: Doc["d"] = { persons: [], last: null, lastPerson: null, date: publishedAt };
  const ref = refDate(publishedAt),
    firstParty = opts.firstParty ?? issuerName !== null;
  const claims: Claim[] = [];
  let contextDate: Doc["contextDate"] = null;
  for (let w = 0; w <= last; w++) {
    const [from, to] = windows[w]!;
    if (w > 0) tokens = tokenizeRange(text, cp.fold, from, to);
    const doc: Doc = {
      id,
      original,
      norm,
      text,
      tokens,
      from,
      to,
      carry,
      cp,
      meta,
      warnings,
      minConfidence: opts.minConfidence,
      publishedAt,
      ref,
      issuer,
      firstParty,
      via,
      paras: [],
      unclosed: new Set(),
      paraKinds: [],
      infos: [],
      sentencesOf: new Map(),
      d,
      drafts: [],
      joined: new Set(),
      contextDate,
      dates: [],
    };
    // (the event date is read in the lead paragraphs: the first window's)
    for (const pass of DOCUMENT_PASSES) if (w === 0 || pass !== eventDate) pass(doc);
    contextDate = doc.contextDate;
    for (const c of buildClaims(doc)) {
      c.id = `${id}:c${claims.length + 1}`;
      claims.push(c);
    }
  }
  if (carry.unclosed > UNCLOSED_WARNINGS)
    warnings.push({ code: "unclosed_quote", message: `${carry.unclosed - UNCLOSED_WARNINGS} more unclosed quotation marks.`, span: null });
  const viaList = [...via];
  for (const c of claims) c.via = viaList;

  if (!text.trim()) warnings.push({ code: "empty_text", message: "The article has no text: no claims.", span: null });
  return {
    article: {
      id,
      language: pack.code,
      languageDetected: detected,
      title: meta.title,
      outlet: meta.outlet,
      url: meta.url,
      publishedAt,
      publishedAtSource,
      issuer: issuerName,
      via: [...via],
      textLength: original.length,
    },
    text: original,
    claims,
    warnings,
  };
}
