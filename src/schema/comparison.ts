import { z } from "zod";
import { ClaimSchema, ArticleMetaSchema } from "./claim.js";
import { PartialIsoDateSchema, WarningSchema } from "./common.js";

export const EventTypeSchema = z.enum(["phone-call", "video-call", "meeting", "summit", "statement", "other"]);
export type EventType = z.infer<typeof EventTypeSchema>;

export const DiffPartSchema = z.object({
  value: z.string(),
  added: z.boolean(),
  removed: z.boolean(),
});
export type DiffPart = z.infer<typeof DiffPartSchema>;

export const AccountSchema = z.object({
  side: z.string().describe("ISO alpha-2 side, or \"none\" for speakers with no side"),
  speakers: z.array(z.string()),
  claims: z.array(z.string()),
  topics: z.array(z.string()),
});
export type Account = z.infer<typeof AccountSchema>;

export const AlignmentRelationSchema = z.enum(["same-report", "corroboration"]);
export const AlignmentSchema = z.object({
  claims: z.array(z.string()).min(2),
  relation: AlignmentRelationSchema,
  score: z.number().min(0).max(1),
  keys: z.array(z.string()).describe("the language-independent keys the claims share"),
  diff: z.array(DiffPartSchema).nullable().describe("word diff of the two wordings, for same-language pairs"),
});
export type Alignment = z.infer<typeof AlignmentSchema>;

export const DisagreementTypeSchema = z.enum(["omission", "characterization", "factual", "stance"]);
export type DisagreementType = z.infer<typeof DisagreementTypeSchema>;

export const DisagreementSchema = z.object({
  type: DisagreementTypeSchema,
  topic: z.string(),
  claims: z.array(z.string()).describe("ids of the claims involved, from every side"),
  sides: z.record(z.string(), z.array(z.string())).describe("side → claim ids"),
  topics: z.array(z.string()).optional().describe("every concept the flagged passage carries, the `topic` first (an omitted passage may name several)"),
  explanation: z.string(),
  diff: z.array(DiffPartSchema).nullable(),
  confidence: z.number().min(0).max(1),
});
export type Disagreement = z.infer<typeof DisagreementSchema>;

export const EventSchema = z.object({
  id: z.string(),
  type: EventTypeSchema,
  date: PartialIsoDateSchema.nullable(),
  participants: z.array(z.string()),
  topics: z.array(z.string()),
  articles: z.array(z.string()),
  claims: z.array(z.string()),
  accounts: z.array(AccountSchema),
  alignments: z.array(AlignmentSchema),
  disagreements: z.array(DisagreementSchema),
});
export type ClaimEvent = z.infer<typeof EventSchema>;

export const ComparisonResultSchema = z
  .object({
    articles: z.array(ArticleMetaSchema.extend({
      claims: z.array(ClaimSchema),
      text: z.string().optional(),
      copyOf: z.string().nullable().optional().describe("id of the article whose text this one carries (a wire copy, a republication): its claims are that article's, compared once and not repeated here"),
    })),
    events: z.array(EventSchema),
    background: z.array(z.string()).describe("claims kept out of every event (past statements quoted for context)"),
    warnings: z.array(WarningSchema),
  })
  .meta({ id: "ComparisonResult", title: "claimdiff comparison result" });
export type ComparisonResult = z.infer<typeof ComparisonResultSchema>;
