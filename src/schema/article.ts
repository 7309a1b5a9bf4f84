import { z } from "zod";
import { isIsoDateOrDateTime } from "./common.js";

const PUBLISHED_AT = "publishedAt must be a date of the calendar in ISO form: a date (2017-01-28) or date-time (2017-01-28T18:40:00Z)";

/** The form of `publishedAt` (which must also name a date that exists: `isIsoDateOrDateTime`). */
export const PUBLISHED_AT_FORM = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/** The form of `language`: a BCP 47 tag. */
export const LANGUAGE_FORM = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
/** The fields of an article. */
export const ARTICLE_FIELDS: ReadonlySet<string> = new Set(["id", "text", "html", "title", "outlet", "url", "publishedAt", "language", "issuer", "via"]);

const isoDateOrDateTime = z.string().regex(PUBLISHED_AT_FORM, { message: PUBLISHED_AT }).refine(isIsoDateOrDateTime, { message: PUBLISHED_AT });

const optionalText = z.string().nullable().optional();

/**
 * The schema of {@link ArticleInput}: an article to extract claims from. Give `text` (plain
 * text) or `html` (a web page: the main body is kept and outlet, title, url and date are read
 * from its meta tags). Unknown fields are rejected, so a misspelt field (`txt`, `published`)
 * is an error rather than silently ignored.
 */
export const ArticleInputSchema = z
  .object({
    /** A stable id of the article (default "article"); claim ids are `ID:c1`, `ID:c2`, … */
    id: z
      .string()
      .min(1, { message: "id must not be empty" })
      .optional()
      .describe('a stable id of the article (default "article"); claim ids are ID:c1, ID:c2, …'),
    /** The article as plain text; claim spans index this string exactly as given. */
    text: z.string().optional().describe("the article as plain text; claim spans index this string exactly as given"),
    /** The article as a web page (used when `text` is absent): its body is kept as plain text, which claim spans then index. */
    html: z
      .string()
      .optional()
      .describe("the article as a web page (used when `text` is absent): the body is kept as plain text, which claim spans then index"),
    /** The headline. */
    title: optionalText.describe("the headline"),
    /** The publication that carried the article (never a wire credit such as Reuters on a partner site). */
    outlet: optionalText.describe("the publication that carried the article (never a wire credit)"),
    /** Where the article was published. A known official site (whitehouse.gov, kremlin.ru) marks a first-party document. */
    url: optionalText.describe("where the article was published"),
    /** Publication date or date-time, ISO 8601 (`2017-01-28`, `2017-01-28T18:40:00Z`); relative dates ("on Tuesday") resolve against it. */
    publishedAt: isoDateOrDateTime
      .nullable()
      .optional()
      .describe('publication date or date-time (ISO 8601); relative dates such as "on Tuesday" resolve against it'),
    /** BCP 47 language tag (`en`, `ro`, `pt-BR`); detected from the text when absent. */
    language: z
      .string()
      .regex(LANGUAGE_FORM, { message: 'language must be a BCP 47 tag such as "ro" or "pt-BR"' })
      .nullable()
      .optional()
      .describe('BCP 47 language tag ("en", "ro", "pt-BR"); detected from the text when absent'),
    /** For first-party documents (an official readout): the institution that issued it; every assertive sentence is then its statement. */
    issuer: optionalText.describe("for first-party documents (an official readout): the institution that issued it"),
    /** Agencies credited for the article, if known in advance (more are read from datelines and credit lines). */
    via: z.array(z.string()).optional().describe("agencies credited for the article, if known in advance"),
  })
  .strict()
  .refine((a) => typeof a.text === "string" || typeof a.html === "string", {
    message: "an article needs `text` (plain text) or `html` (a web page); pass one of them as a string",
    path: ["text"],
  })
  .meta({ id: "ArticleInput", title: "claimdiff article input" });

/** Every field of an article; see {@link ArticleInput}. */
type ArticleFields = z.input<typeof ArticleInputSchema>;

/**
 * An article to extract claims from: `text` (plain text) or `html` (a web page), and what is
 * known about it. Only these fields are accepted: `extractClaims({ txt: "…" })` does not
 * compile, and is rejected at run time with `invalid_article`.
 *
 * @example
 * const article: ArticleInput = { id: "wh-1", text: "The call was very good, Spicer said.", language: "en", publishedAt: "2017-01-28" };
 */
export type ArticleInput = Omit<ArticleFields, "text" | "html"> &
  (
    | {
        /** The article as plain text; claim spans index this string exactly as given. */
        text: string;
        /** A web page; ignored when `text` is given. */
        html?: string | undefined;
      }
    | {
        /** The article as plain text (absent: the page's body is used). */
        text?: undefined;
        /** The article as a web page: its body is kept as plain text, which claim spans then index. */
        html: string;
      }
  );
