import type { Token } from "../../text/tokens.js";
import type { Speaker, ClaimKind } from "../../schema/claim.js";
import type { CompiledPack, CueKind } from "../lexicon.js";
import type { Quote } from "../quotes.js";
import type { DateExpr } from "../dates.js";
import type { Discourse, Mention } from "../speakers.js";

/** A reporting expression found outside quotations. */
export interface Cue {
  kind: CueKind;
  from: number;
  to: number;
  start: number;
  end: number;
  /** A verb that reports only with content after it (pack `reporting.contentVerbs`): "found that …". */
  needsContent?: boolean;
  /** A verb of agreeing or discussing (pack `reporting.jointVerbs`): another source in the passage speaks for it. */
  joint?: boolean;
  /** A past participle of the pack's list (`reporting.passives`): "qualifiée", "calificado". */
  participle?: boolean;
  /** A statement noun that closes with its preposition ("в беседе с", "w rozmowie z"): whom it was told follows. */
  toWhom?: boolean;
}

/** Everything the attribution rules need to know about one sentence. */
export interface SentenceInfo {
  start: number;
  end: number;
  para: number;
  t0: number;
  t1: number;
  quotes: Quote[];
  /**
   * Titles of media in quotation marks named by the noun before them ("dem Sender „Radio Nord“", "das Magazin
   * „Spiegel“"): names, not speech, which the layout keeps out of `quotes` and keeps here.
   */
  titles: Quote[];
  cues: Cue[];
  mentions: Mention[];
  /** Runs of capitalised words outside the lexicon: speakers of last resort ("Analyst Jane Moriarty"). */
  names: Mention[];
  dates: DateExpr[];
  /** The sentence marks a past, undated statement ("repeatedly", "la un moment dat", "từng"). */
  undated: boolean;
  /** Dialogue opened by a dash: its content, up to the closing dash ("– … – powiedział Spicer"). */
  speech: [number, number] | null;
  /**
   * Indexes of this sentence built once by the rules that need them (a sentence made from another
   * gets its own). Kept on the sentence rather than in weak maps keyed by it: a weak map of
   * short-lived keys makes every young-generation collection slower.
   */
  memo: SentenceMemo;
}

/** See {@link SentenceInfo.memo}. */
export interface SentenceMemo {
  /** sentence.ts: for each token, the tokens left to the end that are not part of a date. */
  rest?: Int32Array;
  /** phrase.ts: tokens that belong to a cue, a date or a quotation. */
  blocked?: Uint8Array;
  /** subjects.ts: the mentions before each position, subject-like or any. */
  mentions?: { cand: Int32Array; like: Int32Array; next: Int32Array };
}

/** An attribution found in a sentence, before ids, topics and dates are filled in. */
export interface Draft {
  speaker: Speaker;
  kind: ClaimKind;
  assertion: [number, number];
  cue: Cue | null;
  span: [number, number];
  /** Region of the sentence that is attribution, not content (for the statement date). */
  attribution: [number, number][];
  confidence: number;
  /** Spans of the quotations the claim reports, when it joins several (a split or continued quotation). */
  parts?: [number, number][];
  /** A date written in a tweet signature that attributes the claim. */
  sigDate?: DateExpr;
  /**
   * An attribution with no content of its own: its content is the paragraph after it ("X
   * stwierdził:" — `next`) or the quotation before it ("Tak powiedział X." — `before`). Until a
   * document pass finds it, the assertion is empty; with none, there is no claim.
   */
  pending?: "next" | "before";
  /** The medium that relayed the claim ("Reuters quoted X as saying"), a media entity of the lexicon: credited in the article's `via`. */
  via?: string;
  /** A second attribution coordinated in the same sentence ("A said X, and B said Y"): a claim of its own. */
  also?: Draft;
}

/** What the attribution rules read: the text, its tokens, the pack, and what the reader knows so far. */
export interface Ctx {
  text: string;
  tokens: readonly Token[];
  cp: CompiledPack;
  d: Discourse;
  /** The sentence being attributed (its mentions before a role resolve "both leaders"). */
  sentence?: SentenceInfo;
  /**
   * Read a verb-second reporting verb with no content after it as a speech act all the same ("Die
   * Firma äußerte Zweifel an der Darstellung."): only to find whom a sentence in the mood of
   * reported speech after it continues (document/07-continuation.ts).
   */
  bare?: boolean;
}

/** The cues of a sentence by kind, reporting verbs that a negation cancels left out. */
export interface SentenceCues {
  verbs: Cue[];
  impersonal: Cue[];
  sources: Cue[];
  trailing: Cue[];
  nouns: Cue[];
}

/**
 * One attribution rule: reads a sentence and returns its attribution, or null to let the next
 * rule try. Rules run in the order of their file names (src/pipeline/attribution/NN-*.ts).
 */
export interface AttributionRule {
  name: string;
  apply(ctx: Ctx, s: SentenceInfo, cues: SentenceCues): Draft | null;
}
