/**
 * claimdiff: extract attributed claims from news articles in many languages and compare the
 * accounts of the same event across sides, outlets and languages.
 *
 * The core entry: extraction, comparison, reports, language packs and the schemas. Further
 * entries load only when imported: `claimdiff/html` (reading web pages), `claimdiff/node`
 * (reading files, worker threads) and `claimdiff/eval` (scoring against a gold annotation).
 *
 * @example
 * ```ts
 * import { extractClaims, compareClaims, renderMarkdown } from "claimdiff";
 * const a = extractClaims({ id: "wh", text: "The call was “very good”, Spicer said on Saturday.", language: "en", publishedAt: "2017-01-29" });
 * console.log(renderMarkdown(compareClaims([a])));
 * ```
 *
 * @packageDocumentation
 * @module claimdiff
 */
export { extractClaims } from "./pipeline/extract.js";
export { ExtractOptionsSchema, type ExtractOptions } from "./pipeline/options.js";
export { extractClaimsStream, type StreamOptions, type ArticleSource } from "./stream.js";
export { ClaimdiffError, type ClaimdiffErrorCode } from "./errors.js";
export { defineLanguagePack, extendLanguagePack, type Extension as LanguagePackExtension } from "./lang/define.js";
export { getLanguagePack, listLanguages, BUILTIN_PACKS } from "./lang/registry.js";
export { detectLanguage } from "./pipeline/detect.js";
export { ArticleInputSchema, type ArticleInput } from "./schema/article.js";
export {
  ClaimSchema,
  ExtractionResultSchema,
  ArticleMetaSchema,
  SpeakerSchema,
  ClaimDateSchema,
  ClaimKindSchema,
  SpeakerKindSchema,
  DateBasisSchema,
  RelativeDateSchema,
  type Claim,
  type RelativeDate,
  type ExtractionResult,
  type ArticleMeta,
  type Speaker,
  type ClaimDate,
  type ClaimKind,
  type SpeakerKind,
} from "./schema/claim.js";
export {
  ComparisonResultSchema,
  EventSchema,
  AlignmentSchema,
  DisagreementSchema,
  AccountSchema,
  EventTypeSchema,
  DisagreementTypeSchema,
  AlignmentRelationSchema,
  DiffPartSchema,
  type DiffPart,
  type ComparisonResult,
  type ClaimEvent,
  type Alignment,
  type Disagreement,
  type Account,
  type DisagreementType,
  type EventType,
} from "./schema/comparison.js";
export {
  CompareDataSchema,
  LanguagePackSchema,
  NameRuleSchema,
  type CompareData,
  type CompareDataInput,
  type LanguagePack,
  type LanguagePackInput,
} from "./schema/pack.js";
export { SpanSchema, WarningSchema, WarningCodeSchema, type Span, type Warning, type WarningCode } from "./schema/common.js";
export { CORE_TOPICS } from "./lexicon/topics.js";
export { BUILTIN_LEXICON, extendLexicon, type LexiconExtension, type Partial1 } from "./lexicon/index.js";
export { LexiconSchema, type Lexicon, type LexiconInput } from "./lexicon/types.js";
export { compile, type Model, type MentionEntry } from "./model/index.js";
export type { LexiconModel } from "./model/lexicon.js";
export {
  compareClaims,
  compareClaimsAsync,
  CompareOptionsSchema,
  type CompareOptions,
  type EmbedFunction,
  type CompareInput,
  type ComparisonInputArticle,
} from "./compare/index.js";
export { renderMarkdown, type MarkdownOptions } from "./report/markdown.js";
export { renderHtml, type HtmlOptions } from "./report/html.js";
export { renderJson, renderNdjson } from "./report/json.js";
export { VERSION } from "./version.js";
