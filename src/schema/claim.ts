import { z } from "zod";
import { PartialIsoDateSchema, SideSchema, SpanSchema, WarningSchema } from "./common.js";

/** What kind of speaker: a person, an institution (the Kremlin), a news medium, a group ("officials"), or unknown. */
export const SpeakerKindSchema = z.enum(["person", "institution", "media", "group", "unknown"]);
/** What kind of speaker: a person, an institution (the Kremlin), a news medium, a group ("officials"), or unknown. */
export type SpeakerKind = z.infer<typeof SpeakerKindSchema>;

/** Who made a claim: the schema of {@link Speaker}. */
export const SpeakerSchema = z.object({
  /** Canonical name in English ("Dmitry Peskov", "Kremlin"), never an inflected form; for a name not in the lexicon, as written in its base form. */
  name: z.string().describe("canonical name in English, never an inflected form"),
  /** Entity id in the shared lexicon ("dmitry-peskov"), or null for a name not in it. */
  id: z.string().nullable().describe("entity id in the shared lexicon, or null for a name not in it"),
  /** The words in the text naming the speaker (a name, a role, a pronoun); null when the subject is implicit. */
  mention: z.string().nullable().describe("the words in the text naming the speaker; null when the subject is implicit"),
  /** Where {@link Speaker.mention} is in the text. */
  mentionSpan: SpanSchema.nullable(),
  /** Person, institution, media, group or unknown. */
  kind: SpeakerKindSchema,
  /** The speaker's role when stated or known ("Kremlin spokesperson"), else null. */
  role: z.string().nullable(),
  /** The state the speaker speaks for, ISO 3166-1 alpha-2 ("US", "RU"); null for media and independents. */
  side: SideSchema.nullable().describe("state the speaker speaks for (ISO 3166-1 alpha-2); null for media and independents"),
});
/** Who made a claim: name, entity id, the words naming them, kind, role and side. */
export interface Speaker extends z.infer<typeof SpeakerSchema> {}

/** How a claim's date was found: `explicit` (a date in the text), `relative` ("on Tuesday", resolved against `publishedAt`), `context` (the event the passage reports) or `published` (the publication date). */
export const DateBasisSchema = z.enum(["explicit", "relative", "context", "published"]);
/**
 * A relative date expression that could not be resolved when the claim was extracted (the
 * article has no publication date): "on Tuesday", "yesterday", "joi", or a day and month with
 * no year ("ngày 29-12", "2 aprilie"). The comparison resolves it against the date of the event
 * the claim joins.
 */
export const RelativeDateSchema = z.object({
  /** ISO weekday the expression names (1 = Monday … 7 = Sunday), or null. */
  weekday: z
    .number()
    .int()
    .min(1)
    .max(7)
    .nullable()
    .describe("ISO weekday the expression names (1 = Monday … 7 = Sunday): the latest such day on or before the reference date"),
  /** Days from the reference date the expression names (0 today, -1 yesterday), or null. */
  offsetDays: z.number().int().nullable().describe("days from the reference date the expression names: 0 today, -1 yesterday"),
  /** A month named with no year ("29-12", "in October"), 1–12; the year is the event's. */
  month: z.number().int().min(1).max(12).nullable().optional().describe('a month named with no year ("29-12", "in October"): 1–12; the year is the event\'s'),
  /** The day of that month, when given. */
  day: z.number().int().min(1).max(31).nullable().optional().describe("the day of that month, when given"),
});
/** A relative date expression not yet resolved (the article has no publication date); see {@link RelativeDateSchema}. */
export interface RelativeDate extends z.infer<typeof RelativeDateSchema> {}

/** When a claim was made: the schema of {@link ClaimDate}. */
export const ClaimDateSchema = z.object({
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when the text gives no basis (a background statement). */
  iso: PartialIsoDateSchema.nullable().describe("when the claim was made; null when the text gives no basis"),
  /** How the date was found: explicit, relative, context or published; null with `iso` null. */
  basis: DateBasisSchema.nullable(),
  /** The date expression in the text ("on Tuesday", "28 ianuarie"), if any. */
  text: z.string().nullable().describe("the date expression in the text, if any"),
  /** Where {@link ClaimDate.text} is in the text. */
  span: SpanSchema.nullable(),
  /** An unresolved relative expression (basis `relative`, `iso` null), resolved against its event by the comparison. */
  relative: RelativeDateSchema.nullable()
    .optional()
    .describe("an unresolved relative expression (basis `relative`, iso null): resolved against the event by the comparison"),
});
/** When a claim was made, how that was found, and where the date is in the text. */
export interface ClaimDate extends z.infer<typeof ClaimDateSchema> {}

/** `direct` (a quotation), `indirect` (reported speech), `mixed` (reported with quoted fragments) or `statement` (a sentence of a first-party document, by its issuer). */
export const ClaimKindSchema = z.enum(["direct", "indirect", "mixed", "statement"]);
/** `direct` (a quotation), `indirect` (reported speech), `mixed` (reported with quoted fragments) or `statement` (a sentence of a first-party document, by its issuer). */
export type ClaimKind = z.infer<typeof ClaimKindSchema>;

/** One attributed assertion: the schema of {@link Claim} (JSON Schema: `claimdiff/schema/claim.json`). */
export const ClaimSchema = z
  .object({
    /** Stable within the result: `ARTICLEID:cN`. */
    id: z.string().describe("stable within the result: ARTICLEID:cN"),
    /** The id of the article it was found in. */
    articleId: z.string(),
    /** The language of that article (a pack code such as "ro"). */
    language: z.string(),
    /** The publication that carried the article, never a wire credit; null when unknown. */
    outlet: z.string().nullable(),
    /** News agencies credited for the article ("Reuters", "PAP"). */
    via: z.array(z.string()),
    /** Who made the claim. */
    speaker: SpeakerSchema,
    /** When the claim was made. */
    date: ClaimDateSchema,
    /** Direct, indirect, mixed or statement. */
    kind: ClaimKindSchema,
    /** The content claimed, exactly as in the text: `text.slice(...assertionSpan)`. */
    assertion: z.string().describe("the content claimed, exactly as in the text (text.slice(...assertionSpan))"),
    /** Where the assertion is in the text. */
    assertionSpan: SpanSchema,
    /** Spans of quoted material inside the assertion. */
    quotes: z.array(SpanSchema).describe("spans of quoted material inside the assertion"),
    /** The reporting expression ("a declarat", "according to"), or null (a statement of a first-party document). */
    cue: z.string().nullable().describe('the reporting expression, e.g. "a declarat", "according to"'),
    /** Where the cue is in the text. */
    cueSpan: SpanSchema.nullable(),
    /** The whole attribution in the text: quotation or content plus cue. */
    span: SpanSchema.describe("the whole attribution: quotation or content plus cue"),
    /** Language-independent concept ids (`ceasefire`, `sanctions`, `tone`, …): see `CORE_TOPICS`. */
    topics: z.array(z.string()).describe("language-independent concept ids"),
    /** A past statement quoted for context, not part of the event the article reports: kept out of the comparison's events. */
    background: z.boolean().describe("a past statement quoted for context, not part of the event the article reports"),
    /** How sure the extraction is, 0–1. */
    confidence: z.number().min(0).max(1),
  })
  .meta({ id: "Claim" });
/** One attributed assertion: who said what, when, in which outlet, with exact spans into the text. */
export interface Claim extends z.infer<typeof ClaimSchema> {}

/** What is known about an extracted article: the schema of {@link ArticleMeta}. */
export const ArticleMetaSchema = z.object({
  /** The article id (given, or "article"). */
  id: z.string(),
  /** The language the article was read in (a pack code). */
  language: z.string(),
  /** True when the language was detected rather than given. */
  languageDetected: z.boolean().describe("true when the language was detected rather than given"),
  /** The headline, given or read from the page. */
  title: z.string().nullable(),
  /** The publication that carried the article. */
  outlet: z.string().nullable(),
  /** Where it was published. */
  url: z.string().nullable(),
  /** Publication date or date-time (ISO 8601), given, read from the page or found in the text. */
  publishedAt: z.string().nullable(),
  /** Where `publishedAt` came from: the metadata given, the text (a dateline), the date in the article's url, or nowhere. */
  publishedAtSource: z.enum(["metadata", "text", "url", "none"]),
  /** Issuer of a first-party document, given or inferred from the url or outlet. */
  issuer: z.string().nullable().describe("issuer of a first-party document, given or inferred from url/outlet"),
  /** News agencies credited (given, or read from datelines and credit lines). */
  via: z.array(z.string()),
  /** Length of the text the spans index, in UTF-16 code units. */
  textLength: z.number().int().nonnegative(),
});
/** What is known about an extracted article: id, language, outlet, date, issuer, credits. */
export interface ArticleMeta extends z.infer<typeof ArticleMetaSchema> {}

/** The result of `extractClaims`: the schema of {@link ExtractionResult} (JSON Schema: `claimdiff/schema/extraction-result.json`). */
export const ExtractionResultSchema = z
  .object({
    /** What is known about the article. */
    article: ArticleMetaSchema,
    /** The text that offsets refer to (the given text, or the body kept from HTML input). */
    text: z.string(),
    /** The claims, in text order. */
    claims: z.array(ClaimSchema),
    /** Problems that did not stop the extraction (an unclosed quotation mark, an undetected language). */
    warnings: z.array(WarningSchema),
  })
  .meta({ id: "ExtractionResult", title: "claimdiff extraction result" });
/** The result of `extractClaims`: the article's metadata, its text, its claims and warnings. */
export interface ExtractionResult extends z.infer<typeof ExtractionResultSchema> {}
