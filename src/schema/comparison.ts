import { z } from "zod";
import { ClaimSchema, ArticleMetaSchema } from "./claim.js";
import { PartialIsoDateSchema, WarningSchema } from "./common.js";

/** The kind of event claims report: a phone call, a video call, a meeting, a summit, a statement, or other. */
export const EventTypeSchema = z.enum(["phone-call", "video-call", "meeting", "summit", "statement", "other"]);
/** The kind of event claims report: a phone call, a video call, a meeting, a summit, a statement, or other. */
export type EventType = z.infer<typeof EventTypeSchema>;

/** A piece of a word diff: the schema of {@link DiffPart}. */
export const DiffPartSchema = z.object({
  /** The words. */
  value: z.string(),
  /** Only in the second wording. */
  added: z.boolean(),
  /** Only in the first wording. */
  removed: z.boolean(),
});
/** A piece of a word diff between two wordings: common, added or removed words. */
export interface DiffPart extends z.infer<typeof DiffPartSchema> {}

/** One side's account of an event: the schema of {@link Account}. */
export const AccountSchema = z.object({
  /** ISO alpha-2 side, or "none" for speakers with no side. */
  side: z.string().describe('ISO alpha-2 side, or "none" for speakers with no side'),
  /** The speakers of this side who made claims about the event. */
  speakers: z.array(z.string()),
  /** Their claim ids. */
  claims: z.array(z.string()),
  /** The topics their claims cover. */
  topics: z.array(z.string()),
});
/** One side's account of an event: its speakers, claims and topics. */
export interface Account extends z.infer<typeof AccountSchema> {}

/** `same-report`: one statement reported twice (the same Kremlin quotation in two outlets); `corroboration`: both sides say it. */
export const AlignmentRelationSchema = z.enum(["same-report", "corroboration"]);
/** Claims that assert the same thing: the schema of {@link Alignment}. */
export const AlignmentSchema = z.object({
  /** The claim ids, two or more. */
  claims: z.array(z.string()).min(2),
  /** Same report, or corroboration across sides. */
  relation: AlignmentRelationSchema,
  /** How alike they are, 0–1. */
  score: z.number().min(0).max(1),
  /** The language-independent keys the claims share (topics, entities, quantities). */
  keys: z.array(z.string()).describe("the language-independent keys the claims share"),
  /** Word diff of the two wordings, for same-language pairs; null otherwise. */
  diff: z.array(DiffPartSchema).nullable().describe("word diff of the two wordings, for same-language pairs"),
});
/** Claims that assert the same thing, across outlets and languages. */
export interface Alignment extends z.infer<typeof AlignmentSchema> {}

/** `omission` (one side covers a topic the other leaves out), `characterization` (the same thing in other evaluative terms), `factual` (conflicting numbers, durations, dates or participants), `stance` (affirm against deny, urgency against conditions). */
export const DisagreementTypeSchema = z.enum(["omission", "characterization", "factual", "stance"]);
/** `omission`, `characterization`, `factual` or `stance`: see {@link DisagreementTypeSchema}. */
export type DisagreementType = z.infer<typeof DisagreementTypeSchema>;

/** Where the accounts of an event differ: the schema of {@link Disagreement}. */
export const DisagreementSchema = z.object({
  /** Omission, characterization, factual or stance. */
  type: DisagreementTypeSchema,
  /** The topic (concept id) they differ on. */
  topic: z.string(),
  /** Ids of the claims involved, from every side. */
  claims: z.array(z.string()).describe("ids of the claims involved, from every side"),
  /** Side → the ids of its claims involved. */
  sides: z.record(z.string(), z.array(z.string())).describe("side → claim ids"),
  /** Every concept the flagged passage carries, `topic` first. */
  topics: z.array(z.string()).optional().describe("every concept the flagged passage carries, the `topic` first (an omitted passage may name several)"),
  /** One line a journalist can paste, quoting both sides. */
  explanation: z.string(),
  /** Word diff of the two wordings when they share a language; null otherwise. */
  diff: z.array(DiffPartSchema).nullable(),
  /** How sure the comparison is, 0–1. */
  confidence: z.number().min(0).max(1),
});
/** Where the accounts of an event differ, with the claims of each side and an explanation. */
export interface Disagreement extends z.infer<typeof DisagreementSchema> {}

/** One event the claims report: the schema of {@link ClaimEvent}. */
export const EventSchema = z.object({
  /** Stable within the result. */
  id: z.string(),
  /** Phone call, video call, meeting, summit, statement or other. */
  type: EventTypeSchema,
  /** When it took place, or null. */
  date: PartialIsoDateSchema.nullable(),
  /** The people and institutions taking part (canonical names). */
  participants: z.array(z.string()),
  /** The topics its claims cover. */
  topics: z.array(z.string()),
  /** Ids of the articles that report it. */
  articles: z.array(z.string()),
  /** Ids of its claims. */
  claims: z.array(z.string()),
  /** Each side's account. */
  accounts: z.array(AccountSchema),
  /** Claims that assert the same thing. */
  alignments: z.array(AlignmentSchema),
  /** Where the accounts differ. */
  disagreements: z.array(DisagreementSchema),
});
/** One event the claims report (a phone call, a summit): its accounts, alignments and disagreements. */
export interface ClaimEvent extends z.infer<typeof EventSchema> {}

/** The result of `compareClaims`: the schema of {@link ComparisonResult} (JSON Schema: `claimdiff/schema/comparison-result.json`). */
export const ComparisonResultSchema = z
  .object({
    /** The articles compared, each with its claims (and its text, when it was given). */
    articles: z.array(
      ArticleMetaSchema.extend({
        /** The article's claims. */
        claims: z.array(ClaimSchema),
        /** The article's text, which the claims' spans index (absent when only claims were given). */
        text: z.string().optional(),
        /** Id of the article whose text this one carries (a wire copy): its claims are that article's. */
        copyOf: z
          .string()
          .nullable()
          .optional()
          .describe(
            "id of the article whose text this one carries (a wire copy, a republication): its claims are that article's, compared once and not repeated here",
          ),
      }),
    ),
    /** The events, with accounts, alignments and disagreements. */
    events: z.array(EventSchema),
    /** Ids of the claims kept out of every event (past statements quoted for context). */
    background: z.array(z.string()).describe("claims kept out of every event (past statements quoted for context)"),
    /** Problems that did not stop the comparison, and inputs that could not be read (with `input`). */
    warnings: z.array(WarningSchema),
  })
  .meta({ id: "ComparisonResult", title: "claimdiff comparison result" });
/** The result of `compareClaims`: the articles, the events with their accounts, alignments and disagreements, background claims and warnings. */
export interface ComparisonResult extends z.infer<typeof ComparisonResultSchema> {}
