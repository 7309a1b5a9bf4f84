import { z } from "zod";

/** A claim of a gold annotation: where it is, who said it, and whether it must be found. */
const GoldClaimSchema = z
  .object({
    /** Unique id, referenced by the events' alignments and disagreements. */
    id: z.string(),
    /** `[start, end)` in UTF-16 code units into the article text as stored. */
    span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
    /** Whether a system must find it (optional claims neither help nor hurt). */
    required: z.boolean(),
    /** The canonical speaker name; `speakerAlt` lists names that count as right too. */
    speaker: z.string().optional(),
    speakerAlt: z.array(z.string()).optional(),
    /** ISO alpha-2 side, or null. */
    side: z.string().nullable().optional(),
    /** `YYYY-MM-DD` (or shorter) when the claim was made; null for a dateless background claim. */
    date: z.string().nullable().optional(),
    kind: z.string().optional(),
    topics: z.array(z.string()).optional(),
    event: z.string().nullable().optional(),
  })
  .passthrough();

/**
 * The gold annotation format (`claimdiff-gold/1`) that {@link scoreResult} and `claimdiff eval`
 * read: per article its language and claims, and the events with the alignments and
 * disagreements a comparison should find. Extra fields (notes) are allowed.
 */
export const GoldSchema = z
  .object({
    schema: z.string().optional(),
    spanUnit: z.string().optional(),
    /** Article id → its language and gold claims. */
    articles: z.record(z.string(), z.object({ language: z.string().optional(), claims: z.array(GoldClaimSchema) }).passthrough()),
    /** The events, with the alignments and disagreements expected. */
    events: z.array(z.object({ id: z.string() }).passthrough()).optional(),
  })
  .passthrough()
  .meta({ id: "Gold", title: "claimdiff gold annotation" });

/** A gold annotation; see {@link GoldSchema}. */
export type Gold = z.input<typeof GoldSchema>;
