import { z } from "zod";
import type { LanguagePackSchema } from "../schema/pack.js";
import { isLanguagePack } from "../lang/define.js";
import { isLexicon, type Lexicon } from "../lexicon/index.js";
import { isModel, type Model } from "../model/index.js";

/** Options of {@link extractClaims}. */
export const ExtractOptionsSchema = z
  .object({
    /** Extra or replacement language packs (from defineLanguagePack / extendLanguagePack). */
    packs: z
      .array(z.custom<z.output<typeof LanguagePackSchema>>(isLanguagePack, { message: "packs must hold language packs made with defineLanguagePack()" }))
      .default([]),
    /** Language to use when the article gives none and detection finds none. */
    fallbackLanguage: z.string().default("en"),
    /** Treat the article as a first-party document of its issuer even without `issuer`/known url. */
    firstParty: z.boolean().optional(),
    /** Drop claims below this confidence. */
    minConfidence: z.number().min(0).max(1).default(0),
    /** The people, institutions, roles and topics known (default `BUILTIN_LEXICON`; see `extendLexicon`). */
    lexicon: z.custom<Lexicon>(isLexicon, { message: "lexicon must be BUILTIN_LEXICON or a lexicon made with extendLexicon()" }).optional(),
    /** A model compiled with `compile(packs, lexicon)`, used instead of `packs` and `lexicon`. */
    model: z.custom<Model>(isModel, { message: "model must be made with compile(packs, lexicon)" }).optional(),
  })
  .strict();
/** Options of `extractClaims`: extra packs, the fallback language, first-party reading, a confidence floor, the lexicon or a compiled model. */
export interface ExtractOptions extends z.input<typeof ExtractOptionsSchema> {}
