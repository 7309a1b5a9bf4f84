/**
 * The document passes, in order: each reads what the passes before it filled in. Layout first,
 * then the article's event date, first-party statements or sentence-by-sentence attribution,
 * attributions whose content is elsewhere (after a colon, before the cue), verbs of agreeing
 * under the source of their passage, the passages that
 * inherit an attribution (quoted neighbours, quotations that run over paragraphs, reported speech
 * that goes on, tweets), and
 * the dating of every claim.
 */
import { eventDate, layout } from "./01-layout.js";
import { firstPartyStatements } from "./02-first-party.js";
import { attributeSentences } from "./03-sentences.js";
import { pendingContent } from "./04-pending.js";
import { jointUnderSource } from "./05-joint.js";
import { quotedNeighbours, runOnQuotes } from "./06-quoted-neighbours.js";
import { continuation } from "./07-continuation.js";
import { tweetSignatures } from "./08-tweets.js";
import { dating } from "./09-dating.js";
import type { DocPass } from "./types.js";

export { buildClaims } from "./10-claims.js";
export { eventDate } from "./01-layout.js";
export { UNCLOSED_WARNINGS } from "./01-layout.js";
export type { Doc, DocMeta, DocPass, LayoutCarry } from "./types.js";

export const DOCUMENT_PASSES: readonly DocPass[] = [
  layout,
  eventDate,
  firstPartyStatements,
  attributeSentences,
  pendingContent,
  jointUnderSource,
  quotedNeighbours,
  runOnQuotes,
  continuation,
  tweetSignatures,
  dating,
];
