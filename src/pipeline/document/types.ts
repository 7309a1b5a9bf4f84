import type { Token } from "../../text/tokens.js";
import type { Speaker, ClaimDate } from "../../schema/claim.js";
import type { Warning } from "../../schema/common.js";
import type { CompiledPack } from "../lexicon.js";
import type { Normalized } from "../normalize.js";
import type { Paragraph } from "../segment.js";
import type { ParaKind } from "../layout.js";
import type { DateExpr } from "../dates.js";
import type { Discourse } from "../speakers.js";
import type { Draft, SentenceInfo } from "../attribution/types.js";

/** The article's metadata as given or read from its HTML. */
export interface DocMeta {
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
}

/**
 * One article on its way through the document passes (src/pipeline/document/NN-*.ts). Each
 * pass reads what earlier ones filled in and adds its own part.
 */
export interface Doc {
  id: string;
  /** The text as given; every reported span indexes it. */
  original: string;
  norm: Normalized;
  /** The normalised text the passes read (offsets map back with toOriginal). */
  text: string;
  tokens: Token[];
  cp: CompiledPack;
  meta: DocMeta;
  warnings: Warning[];
  minConfidence: number;
  publishedAt: string | null;
  ref: Date | null;
  /** The issuer of a first-party document, when it is one. */
  issuer: Speaker | null;
  firstParty: boolean;
  /** Agencies and sources credited for the article. */
  via: Set<string>;
  // --- layout
  paras: Paragraph[];
  unclosed: number[];
  paraKinds: ParaKind[];
  infos: SentenceInfo[];
  /** Sentence indices of each paragraph. */
  sentencesOf: Map<number, number[]>;
  // --- attribution
  d: Discourse;
  drafts: (Draft | null)[];
  /** Sentences that are part of another sentence's claim (a quotation that goes on). */
  joined: Set<number>;
  /** The event date of the article: the first date of its lead paragraphs. */
  contextDate: DateExpr | null;
  /** The date of each draft's claim, and whether it is background (same index as drafts). */
  dates: ({ date: ClaimDate; background: boolean } | null)[];
}

/** A document pass: reads and fills in part of the document. */
export type DocPass = (doc: Doc) => void;
