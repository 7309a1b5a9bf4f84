import { z } from "zod";

const isoDateOrDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, {
    message: "publishedAt must be an ISO date (2017-01-28) or date-time (2017-01-28T18:40:00Z)",
  });

const optionalText = z.string().nullable().optional();

/**
 * An article to extract claims from. Give `text` (plain text) or `html` (a web page: the main
 * body is kept and outlet, title, url and date are read from its meta tags).
 */
export const ArticleInputSchema = z
  .object({
    id: z.string().min(1, { message: "id must not be empty" }).optional(),
    text: z.string().optional(),
    html: z.string().optional(),
    title: optionalText,
    outlet: optionalText.describe("the publication that carried the article (never a wire credit)"),
    url: optionalText,
    publishedAt: isoDateOrDateTime.nullable().optional(),
    language: z
      .string()
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/, { message: "language must be a BCP 47 tag such as \"ro\" or \"pt-BR\"" })
      .nullable()
      .optional(),
    issuer: optionalText.describe("for first-party documents (an official readout): the institution that issued it"),
    via: z.array(z.string()).optional().describe("agencies credited for the article, if known in advance"),
  })
  .passthrough()
  .refine((a) => typeof a.text === "string" || typeof a.html === "string", {
    message: "an article needs `text` (plain text) or `html` (a web page); pass one of them as a string",
    path: ["text"],
  });
export type ArticleInput = z.input<typeof ArticleInputSchema>;
