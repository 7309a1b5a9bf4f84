import { z } from "zod";
import { DisagreementTypeSchema, type DisagreementType } from "../schema/comparison.js";
import type { LanguagePack } from "../schema/pack.js";
import { parseOrThrow } from "../errors.js";
import { isLexicon, type Lexicon } from "../lexicon/index.js";
import { isModel, type Model } from "../model/index.js";

/** A semantic embedding function: one vector per text, in order. May be async. */
export type EmbedFunction = (texts: string[]) => number[][] | Promise<number[][]>;

const isPackLike = (v: unknown): v is LanguagePack =>
  typeof v === "object" && v !== null && typeof (v as { code?: unknown }).code === "string" && typeof (v as { matching?: unknown }).matching === "object";

/** Every disagreement rule, in the order they run. */
export const ALL_RULES: readonly DisagreementType[] = ["omission", "characterization", "factual", "stance"];

/**
 * Topics that describe how an event was held rather than what was said in it (the call itself,
 * its length, keeping in touch) or that nearly every account mentions ("relations"): an account
 * that lacks them has left nothing out, and two claims sharing only these say nothing alike.
 */
export const DEFAULT_PROCEDURAL_TOPICS: readonly string[] = [
  "phone-call",
  "video-call",
  "duration",
  "phone-contact",
  "contacts",
  "follow-up",
  "relations",
  "cooperation",
  "security",
];

const unit = (what: string) =>
  z
    .number({ error: `${what} must be a number between 0 and 1` })
    .min(0, { error: `${what} must be at least 0` })
    .max(1, { error: `${what} must be at most 1` });

/**
 * Options of {@link compareClaims}. Every field is optional; defaults are tuned on the seeds.
 */
export const CompareOptionsSchema = z
  .object({
    /** Score (0–1) from which two claims count as asserting the same thing. */
    threshold: unit("threshold").default(0.45),
    /** String similarity (0–1) from which two same-language wordings align on their own. */
    textThreshold: unit("textThreshold").default(0.75),
    /** Cosine similarity (0–1) from which two embedded claims align on their own (with `embed`). */
    embedThreshold: unit("embedThreshold").default(0.85),
    /** Which disagreement rules run. */
    rules: z.array(DisagreementTypeSchema, { error: "rules must be a list of: omission, characterization, factual, stance" }).default([...ALL_RULES]),
    /** Claims below this confidence are left out of the comparison. */
    minConfidence: unit("minConfidence").default(0),
    /** Claims dated up to this many days apart may report the same event (a readout published the next day). */
    eventWindowDays: z.number().int({ error: "eventWindowDays must be a whole number of days" }).min(0).max(7).default(1),
    /** An account needs at least this many claims before another side's topics count as omitted from it. */
    minAccountClaims: z.number().int().min(1).default(2),
    /**
     * Procedural or generic topics: never reported as omissions, weak evidence for alignment,
     * and no help in telling which event a claim belongs to.
     */
    proceduralTopics: z.array(z.string()).default([...DEFAULT_PROCEDURAL_TOPICS]),
    /** User language packs, looked up before the built-in ones. */
    packs: z.array(z.custom<LanguagePack>(isPackLike, { error: "each pack must be a language pack made with defineLanguagePack()" })).default([]),
    /** The people, institutions, roles and topics known (default `BUILTIN_LEXICON`; see `extendLexicon`). */
    lexicon: z.custom<Lexicon>(isLexicon, { error: "lexicon must be BUILTIN_LEXICON or a lexicon made with extendLexicon()" }).optional(),
    /** A model compiled with `compile(packs, lexicon)`, used instead of `packs` and `lexicon`. */
    model: z.custom<Model>(isModel, { error: "model must be made with compile(packs, lexicon)" }).optional(),
    /**
     * Optional semantic similarity: `(texts) => vectors`. A synchronous function works with
     * `compareClaims`; an async one needs `compareClaimsAsync`.
     */
    embed: z.custom<EmbedFunction>((v) => typeof v === "function", { error: "embed must be a function (texts: string[]) => number[][]" }).optional(),
  })
  .strict();

/** Options as the caller writes them. */
/** Options of `compareClaims`; every field optional: see {@link CompareOptionsSchema}. */
export interface CompareOptions extends z.input<typeof CompareOptionsSchema> {}
/** Options with every default filled in. */
export type ResolvedCompareOptions = z.output<typeof CompareOptionsSchema>;

/**
 * Validates comparison options and fills their defaults.
 *
 * @throws {ClaimdiffError} `invalid_options` with zod's prettified message.
 * @example
 * resolveCompareOptions({ rules: ["omission"], threshold: 0.6 }).minConfidence // 0
 */
export function resolveCompareOptions(options: unknown = {}): ResolvedCompareOptions {
  return parseOrThrow(
    CompareOptionsSchema,
    options ?? {},
    "invalid_options",
    "comparison options",
    "see CompareOptionsSchema (threshold, textThreshold, embedThreshold, rules, minConfidence, eventWindowDays, minAccountClaims, proceduralTopics, packs, lexicon, model, embed).",
  );
}
