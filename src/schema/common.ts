import { z } from "zod";

/** The schema of {@link Span}. */
export const SpanSchema = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([s, e]) => e >= s, { message: "span end must not precede its start" })
  .describe("[start, end) offsets in UTF-16 code units into the article text exactly as given");
/** `[start, end)` offsets in UTF-16 code units (JavaScript string indices) into the text exactly as given: `text.slice(start, end)`. */
export type Span = z.infer<typeof SpanSchema>;

/** ISO 3166-1 alpha-2 code of the state a speaker speaks for. */
export const SideSchema = z.string().regex(/^[A-Z]{2}$/, { message: 'side must be an ISO 3166-1 alpha-2 code such as "US" or "RU"' });

/** Days in a month of the Gregorian calendar (`month` 1–12). */
function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;

/**
 * True for an ISO date (`2017-01-28`) or date-time (`2017-01-28T18:40:00Z`, `…+01:00`) that
 * exists in the calendar: month 1–12, a day the month has, hours 0–23, minutes and seconds 0–59,
 * a zone offset within ±23:59. `2021-13-45` and `2021-02-29` are not dates.
 *
 * @example
 * isIsoDateOrDateTime("2024-02-29") // true
 * isIsoDateOrDateTime("2021-02-29") // false
 */
export function isIsoDateOrDateTime(value: string): boolean {
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, zh, zm] = m;
  const month = Number(mo),
    day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(Number(y), month)) return false;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59))) return false;
  if (zh !== undefined && (Number(zh) > 23 || Number(zm) > 59)) return false;
  return true;
}

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a month and day that exist. */
function isPartialIsoDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  return m[3] === undefined || (Number(m[3]) >= 1 && Number(m[3]) <= daysIn(Number(m[1]), month));
}

/** A calendar date at day, month or year precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const PartialIsoDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: "expected YYYY-MM-DD, YYYY-MM or YYYY" })
  .refine(isPartialIsoDate, { message: "expected a date of the calendar as YYYY-MM-DD, YYYY-MM or YYYY" });

/**
 * The codes of warnings, in the casing of the error codes (snake_case):
 * - `unclosed_quote`: a quotation mark opens and never closes;
 * - `language_undetected`: the language could not be detected (the default pack was used);
 * - `language_uncertain`: the language was detected with low confidence (perhaps a language with no pack);
 * - `empty_text`: the article has no text;
 * - `no_language_pack`: claims in a language with no pack (compared by names and numbers only);
 * - `low_confidence`: claims below `minConfidence` left out of the comparison;
 * - `copies_collapsed`: articles copying another's text (a wire story) compared once;
 * - `duplicate_claim_id`: a claim id given twice (the second one is left out);
 * - `input_failed`: an input (a file) that could not be read;
 * - `unknown_lexicon_id`: an extension names a lexicon id that does not exist.
 */
export const WarningCodeSchema = z.enum([
  "unclosed_quote",
  "language_undetected",
  "language_uncertain",
  "empty_text",
  "no_language_pack",
  "low_confidence",
  "copies_collapsed",
  "duplicate_claim_id",
  "input_failed",
  "unknown_lexicon_id",
]);
/** The code of a {@link Warning}: one of {@link WarningCodeSchema}'s values. */
export type WarningCode = z.infer<typeof WarningCodeSchema>;

/** The schema of {@link Warning}. */
export const WarningSchema = z.object({
  /** Stable machine-readable code (see {@link WarningCodeSchema}). */
  code: WarningCodeSchema.describe("stable machine-readable code, e.g. `unclosed_quote`"),
  /** What happened, in words. */
  message: z.string(),
  /** Where in the text, when it is about a place in it. */
  span: SpanSchema.nullable().optional(),
  /** The input the warning is about (a file path or an article id), when it is not the result's own article: the command line lists inputs it could not read this way. */
  input: z.string().optional().describe("the input the warning is about (a file path or an article id), when it is not the result's own article"),
});
/** A problem that did not stop the work: a code, a message, and where. */
export interface Warning extends z.infer<typeof WarningSchema> {}
