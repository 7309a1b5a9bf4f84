import { ArticleInputSchema, type ArticleInput } from "../schema/article.js";
import type { ExtractionResult, Speaker } from "../schema/claim.js";
import type { Warning } from "../schema/common.js";
import type { LanguagePack } from "../schema/pack.js";
import { ClaimdiffError, parseOrThrow } from "../errors.js";
import { notText } from "../text/not-text.js";
import { BUILTIN_PACKS, getLanguagePack } from "../lang/registry.js";
import { tokenize } from "../text/tokens.js";
import { normalize } from "./normalize.js";
import { compilePack } from "./lexicon.js";
import { compile } from "../model/index.js";
import { publicationDate } from "./layout.js";
import { refDate } from "./dates.js";
import { detectLanguage } from "./detect.js";
import { ExtractOptionsSchema, type ExtractOptions } from "./options.js";
import { htmlToArticle } from "../input/html.js";
import { DOCUMENT_PASSES, buildClaims, type Doc, type DocMeta } from "./document/index.js";

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
  const input = parseOrThrow(ArticleInputSchema, article, "invalid_article", "article", "pass an object with `text` (or `html`) and optional id, outlet, url, publishedAt, language, issuer.");
  const opts = parseOrThrow(ExtractOptionsSchema, options, "invalid_options", "extraction options", "allowed: packs, fallbackLanguage, firstParty, minConfidence, lexicon, model.");
  const warnings: Warning[] = [];
  let meta: DocMeta = { title: input.title ?? null, outlet: input.outlet ?? null, url: input.url ?? null, publishedAt: input.publishedAt ?? null, language: input.language ?? null };
  let original = input.text ?? "";
  if (typeof input.html === "string" && typeof input.text !== "string") {
    const h = htmlToArticle(input.html);
    original = h.text;
    meta = {
      title: meta.title ?? h.title ?? null, outlet: meta.outlet ?? h.outlet ?? null, url: meta.url ?? h.url ?? null,
      publishedAt: meta.publishedAt ?? h.publishedAt ?? null, language: meta.language ?? h.language ?? null,
    };
  }
  const id = input.id ?? "article";
  const junk = notText(original);
  if (junk) {
    throw new ClaimdiffError("not_text", junk === "binary"
      ? `Article "${id}" is not text: it holds binary data (control or replacement characters). Pass the article's text, decoded (for a PDF or a word-processor file, its extracted text).`
      : `Article "${id}" is not text: it is mostly an encoded blob (base64 or hex). Decode it and pass the article's text.`);
  }
  const norm = normalize(original);
  const text = norm.text;
  const model = opts.model ?? compile(opts.packs, opts.lexicon);
  const packs: readonly LanguagePack[] = [...model.packs, ...BUILTIN_PACKS];

  let pack: LanguagePack;
  let detected = false;
  if (meta.language) pack = getLanguagePack(meta.language, model.packs);
  else {
    const d = detectLanguage(text, packs);
    detected = true;
    if (d) pack = d.pack;
    else {
      pack = getLanguagePack(opts.fallbackLanguage, model.packs);
      if (text.trim()) warnings.push({ code: "language_undetected", message: `Could not detect the language; used "${pack.code}". Pass article.language to be sure.`, span: null });
    }
  }
  const cp = compilePack(pack, model);
  // Ids the lexicon or the pack refers to but nobody defines: their mentions resolve to no one.
  warnings.push(...model.problemsOf(pack));
  const tokens = tokenize(text, cp.fold);

  let publishedAt = meta.publishedAt;
  let publishedAtSource: "metadata" | "text" | "none" = publishedAt ? "metadata" : "none";
  if (!publishedAt) {
    publishedAt = publicationDate(text, tokens, cp);
    if (publishedAt) publishedAtSource = "text";
  }
  const issuerEntity = input.issuer ? cp.lexicon.issuerFromName(input.issuer) : cp.lexicon.issuerFromSource(meta.url, meta.outlet);
  const issuerName = input.issuer ?? issuerEntity?.name ?? null;
  const issuer: Speaker | null = issuerEntity
    ? { name: issuerEntity.name, id: issuerEntity.id, mention: null, mentionSpan: null, kind: issuerEntity.kind, role: null, side: issuerEntity.side }
    : issuerName ? { name: issuerName, id: null, mention: null, mentionSpan: null, kind: "institution", role: null, side: null } : null;

  const doc: Doc = {
    id, original, norm, text, tokens, cp, meta, warnings, minConfidence: opts.minConfidence,
    publishedAt, ref: refDate(publishedAt), issuer, firstParty: opts.firstParty ?? issuerName !== null,
    via: new Set<string>(input.via ?? []),
    paras: [], unclosed: [], paraKinds: [], infos: [], sentencesOf: new Map(),
    d: { persons: [], last: null, lastPerson: null, date: publishedAt }, drafts: [], joined: new Set(), contextDate: null, dates: [],
  };
  for (const pass of DOCUMENT_PASSES) pass(doc);
  const claims = buildClaims(doc);

  if (!text.trim()) warnings.push({ code: "empty_text", message: "The article has no text: no claims.", span: null });
  return {
    article: {
      id, language: pack.code, languageDetected: detected, title: meta.title, outlet: meta.outlet, url: meta.url,
      publishedAt, publishedAtSource, issuer: issuerName, via: [...doc.via], textLength: original.length,
    },
    text: original,
    claims,
    warnings,
  };
}
