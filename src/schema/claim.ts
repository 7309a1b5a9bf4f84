import { z } from "zod";
import { PartialIsoDateSchema, SideSchema, SpanSchema, WarningSchema } from "./common.js";

export const SpeakerKindSchema = z.enum(["person", "institution", "media", "group", "unknown"]);
export type SpeakerKind = z.infer<typeof SpeakerKindSchema>;

export const SpeakerSchema = z.object({
  name: z.string().describe("canonical name in English, never an inflected form"),
  id: z.string().nullable().describe("entity id in the shared lexicon, or null for a name not in it"),
  mention: z.string().nullable().describe("the words in the text naming the speaker; null when the subject is implicit"),
  mentionSpan: SpanSchema.nullable(),
  kind: SpeakerKindSchema,
  role: z.string().nullable(),
  side: SideSchema.nullable().describe("state the speaker speaks for (ISO 3166-1 alpha-2); null for media and independents"),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

export const DateBasisSchema = z.enum(["explicit", "relative", "context", "published"]);
/**
 * A relative date expression that could not be resolved when the claim was extracted (the
 * article has no publication date): "on Tuesday", "yesterday", "joi", or a day and month with
 * no year ("ngày 29-12", "2 aprilie"). The comparison resolves it against the date of the event
 * the claim joins.
 */
export const RelativeDateSchema = z.object({
  weekday: z.number().int().min(1).max(7).nullable().describe("ISO weekday the expression names (1 = Monday … 7 = Sunday): the latest such day on or before the reference date"),
  offsetDays: z.number().int().nullable().describe("days from the reference date the expression names: 0 today, -1 yesterday"),
  month: z.number().int().min(1).max(12).nullable().optional().describe("a month named with no year (\"29-12\", \"in October\"): 1–12; the year is the event's"),
  day: z.number().int().min(1).max(31).nullable().optional().describe("the day of that month, when given"),
});
export type RelativeDate = z.infer<typeof RelativeDateSchema>;

export const ClaimDateSchema = z.object({
  iso: PartialIsoDateSchema.nullable().describe("when the claim was made; null when the text gives no basis"),
  basis: DateBasisSchema.nullable(),
  text: z.string().nullable().describe("the date expression in the text, if any"),
  span: SpanSchema.nullable(),
  relative: RelativeDateSchema.nullable().optional().describe("an unresolved relative expression (basis `relative`, iso null): resolved against the event by the comparison"),
});
export type ClaimDate = z.infer<typeof ClaimDateSchema>;

export const ClaimKindSchema = z.enum(["direct", "indirect", "mixed", "statement"]);
export type ClaimKind = z.infer<typeof ClaimKindSchema>;

export const ClaimSchema = z
  .object({
    id: z.string().describe("stable within the result: ARTICLEID:cN"),
    articleId: z.string(),
    language: z.string(),
    outlet: z.string().nullable(),
    via: z.array(z.string()),
    speaker: SpeakerSchema,
    date: ClaimDateSchema,
    kind: ClaimKindSchema,
    assertion: z.string().describe("the content claimed, exactly as in the text (text.slice(...assertionSpan))"),
    assertionSpan: SpanSchema,
    quotes: z.array(SpanSchema).describe("spans of quoted material inside the assertion"),
    cue: z.string().nullable().describe("the reporting expression, e.g. \"a declarat\", \"according to\""),
    cueSpan: SpanSchema.nullable(),
    span: SpanSchema.describe("the whole attribution: quotation or content plus cue"),
    topics: z.array(z.string()).describe("language-independent concept ids"),
    background: z.boolean().describe("a past statement quoted for context, not part of the event the article reports"),
    confidence: z.number().min(0).max(1),
  })
  .meta({ id: "Claim" });
export type Claim = z.infer<typeof ClaimSchema>;

export const ArticleMetaSchema = z.object({
  id: z.string(),
  language: z.string(),
  languageDetected: z.boolean().describe("true when the language was detected rather than given"),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedAtSource: z.enum(["metadata", "text", "none"]),
  issuer: z.string().nullable().describe("issuer of a first-party document, given or inferred from url/outlet"),
  via: z.array(z.string()),
  textLength: z.number().int().nonnegative(),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

export const ExtractionResultSchema = z
  .object({
    article: ArticleMetaSchema,
    /** The text that offsets refer to (the given text, or the body kept from HTML input). */
    text: z.string(),
    claims: z.array(ClaimSchema),
    warnings: z.array(WarningSchema),
  })
  .meta({ id: "ExtractionResult", title: "claimdiff extraction result" });
export type ExtractionResult = z.infer<typeof ExtractionResultSchema>;
