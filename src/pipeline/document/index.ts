/**
 * The document passes, in order: each reads what the passes before it filled in. Layout first,
 * then the article's event date, first-party statements or sentence-by-sentence attribution,
 * the passages that inherit an attribution (quoted neighbours, quotations that run over
 * paragraphs, tweets), and the dating of every claim.
 */
import { eventDate, layout } from "./01-layout.js";
import { firstPartyStatements } from "./02-first-party.js";
import { attributeSentences } from "./03-sentences.js";
import { quotedNeighbours, runOnQuotes } from "./04-quoted-neighbours.js";
import { tweetSignatures } from "./05-tweets.js";
import { dating } from "./06-dating.js";
import type { DocPass } from "./types.js";

export { buildClaims } from "./07-claims.js";
export type { Doc, DocMeta, DocPass } from "./types.js";

export const DOCUMENT_PASSES: readonly DocPass[] = [
  layout, eventDate, firstPartyStatements, attributeSentences, quotedNeighbours, runOnQuotes, tweetSignatures, dating,
];
