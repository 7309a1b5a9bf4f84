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
  /** The tokens of `[from, to)`. */
  tokens: Token[];
  /**
   * The part of the text the passes read: the whole text, or one window of a long article (cut
   * at a line break; see extract.ts). Offsets stay offsets into the whole text.
   */
  from: number;
  to: number;
  /** What the layout carries from one window of a long article to the next. */
  carry: LayoutCarry;
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
  /** Positions of opening quotation marks left unclosed in their paragraph. */
  unclosed: ReadonlySet<number>;
  paraKinds: ParaKind[];
  infos: SentenceInfo[];
  /** Sentence indices of each paragraph. */
  sentencesOf: Map<number, number[]>;
  // --- attribution
  d: Discourse;
  drafts: (Draft | null)[];
  /** Sentences that are part of another sentence's claim (a quotation that goes on). */
  joined: Set<number>;
  /** Sentences of narration opened by a person (index → that person): who a bare quotation after them quotes. */
  narrators?: Map<number, Speaker>;
  /**
   * Sentences with no claim whose reporting verb has a subject but no content ("Die Firma äußerte
   * Zweifel an der Darstellung."), index → that speech act: a claim once the next sentence goes on
   * in the mood of reported speech (see 07-continuation.ts).
   */
  speechActs?: Map<number, Draft>;
  /** The event date of the article: the first date of its lead paragraphs. */
  contextDate: DateExpr | null;
  /** The date of each draft's claim, and whether it is background (same index as drafts). */
  dates: ({ date: ClaimDate; background: boolean } | null)[];
}

/** Layout state that goes on from one window of a long article to the next. */
export interface LayoutCarry {
  /** Paragraphs of the body seen (a dateline opens one of the first two). */
  bodySeen: number;
  /** A marker of the end of the body was seen: what follows is no article text. */
  ended: boolean;
  /** Unclosed quotation marks found (the first 20 are warned about one by one). */
  unclosed: number;
  /** The day a wire dateline states ("MOSCOW, May 16 (Reuters) -"): the day the report was filed. */
  dateline: DateExpr | null;
  /** That day, when relative days count from it rather than from the publication date. */
  datelineRef: Date | null;
  /** The last day the text stated so far: what "one day later" counts from (see `resolveLater`). */
  lastDay: DateExpr | null;
}

/** A document pass: reads and fills in part of the document. */
export type DocPass = (doc: Doc) => void;
