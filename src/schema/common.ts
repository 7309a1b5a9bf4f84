import { z } from "zod";

/** `[start, end)` offsets in UTF-16 code units (JavaScript string indices) into the original text. */
export const SpanSchema = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([s, e]) => e >= s, { message: "span end must not precede its start" })
  .describe("[start, end) offsets in UTF-16 code units into the article text exactly as given");
export type Span = z.infer<typeof SpanSchema>;

/** ISO 3166-1 alpha-2 code of the state a speaker speaks for. */
export const SideSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: "side must be an ISO 3166-1 alpha-2 code such as \"US\" or \"RU\"" });

/** A calendar date at day, month or year precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const PartialIsoDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: "expected YYYY-MM-DD, YYYY-MM or YYYY" });

export const WarningSchema = z.object({
  code: z.string().describe("stable machine-readable code, e.g. `unclosed-quote`"),
  message: z.string(),
  span: SpanSchema.nullable().optional(),
  input: z.string().optional().describe("the input the warning is about (a file path or an article id), when it is not the result's own article"),
});
export type Warning = z.infer<typeof WarningSchema>;
