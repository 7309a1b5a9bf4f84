import { implicit, makeDraft } from "./region.js";
import { resolve, speakerOfPhrase } from "./subjects.js";
import { compoundOf, phraseAfter, phraseBefore, wordClass, type Phrase } from "./phrase.js";
import { W } from "../lexicon.js";
import { knowledgeOnly } from "./sources.js";
import type { Ctx, SentenceInfo } from "./types.js";
import type { Speaker } from "../../schema/claim.js";
import { unnamedSpeaker, type Mention } from "../speakers.js";
import type { AttributionRule } from "./types.js";

/** A postposition after its source: "Dem Kreml zufolge war das Gespräch offen.", "… befanden sich Berichten zufolge …". */
export const postposition: AttributionRule = {
  name: "postposition",
  apply(ctx, s) {
    for (const post of s.cues) {
      if (post.kind !== "post") continue;
      // the source right before it: a mention the lexicons know, or any phrase ("Berichten zufolge", "einer Rednerin zufolge")
      const m = s.mentions.filter((x) => x.to === post.from && x.ref.type !== "pronoun").pop();
      const known = m ? resolve(ctx, m) : null;
      let p = known ? null : phraseBefore(ctx, s, post.from);
      // "eigenen Angaben zufolge": where nouns are capitalised, a phrase of lower-case words only names no
      // one — it points back to the clause's subject ("Der Minister hat eigenen Angaben zufolge …").
      // ("bisherigen Erkenntnissen zufolge": what is known so far names no source)
      if (p && knowledgeOnly(ctx, s, p)) continue;
      const own = !!p && ctx.cp.pack.matching.capitalizedNouns && !hasUpper(ctx, p.from, p.to);
      if (own) p = null;
      // "Ersten Angaben zufolge", "Offiziellen Schätzungen zufolge": words with an adjective's ending before a noun of
      // information are that noun's attributes, capitalised only where they open the sentence — no owner, so the
      // source is the phrase itself as a description, never the adjective alone.
      const described = p && !m ? describedSource(ctx, s, p, post) : null;
      const ph = described
        ? { speaker: described }
        : p
          ? speakerOfPhrase(ctx, s, { phrase: p, role: null }, true)
          : own
            ? subjectOfClause(ctx, s, post.from)
            : null;
      // "Den Angaben zufolge", "Berichten zufolge": a source noun in the postposition itself names no one —
      // the source already speaking goes on, or the source is unknown.
      const inCue = !known && !ph && (post.to - post.from > 1 || own);
      const sp =
        known ??
        ph?.speaker ??
        (inCue ? (ctx.d.last ? implicit(ctx.d.last) : unnamedSpeaker(ctx.text.slice(post.start, post.end), [post.start, post.end])) : null);
      const start = m?.start ?? p?.start ?? (own || inCue ? post.start : undefined);
      if (!sp || start === undefined) continue;
      // The content is the sentence without the source: after it when it opens the sentence, else around it
      // ("Die Firma erwirtschaftet Schätzungen zufolge …": the subject before the source is content).
      // (an article before the cue's own noun is part of the source: "Den Angaben zufolge")
      let lead = s.t0;
      while (lead < s.t1 && ctx.tokens[lead]!.end <= start && wordClass(ctx.cp, ctx.tokens[lead]) & W.det) lead++;
      // (attributes of the source before it: "Übereinstimmenden Medienberichten zufolge")
      lead = attributesTo(ctx, s, lead, start);
      const opens = post.from - s.t0 <= 5 && start <= (ctx.tokens[lead]?.start ?? s.start);
      const content: [number, number] = opens ? [post.end, s.end] : [s.start, s.end];
      return makeDraft(ctx, s, sp, content, post, [[start, post.end]], 0.85);
    }
    return null;
  },
};

/**
 * A source phrase that is only attributes of a noun of information (pack `reporting.sourceNouns`): words with an
 * adjective's ending (pack `grammar.adjectiveEndings`) that no lexicon knows, then the noun — in the cue itself
 * ("Ersten | Angaben zufolge") or closing the phrase ("Offiziellen Schätzungen | zufolge"). The speaker is unknown,
 * named by the whole description as written.
 */
function describedSource(ctx: Ctx, s: SentenceInfo, p: Phrase, post: { from: number; to: number; end: number }): Speaker | null {
  const { cp, tokens, text } = ctx;
  const endings = cp.pack.grammar.adjectiveEndings;
  if (endings.length === 0 || p.to !== post.from) return null;
  const isSource = (k: number) => cp.sourceNouns.has(tokens[k]!.key) || (cp.pack.matching.capitalizedNouns && compoundOf(tokens[k]!.key, cp.sourceNouns, 6));
  // the noun: the cue's own first word, else the phrase's last word
  const inCue = post.to - post.from > 1 && isSource(post.from);
  const last = inCue ? p.to : p.to - 1;
  if (!inCue && !isSource(last)) return null;
  let from = p.from;
  while (from < last && wordClass(cp, tokens[from]) & W.det) from++;
  if (last <= from) return null;
  for (let k = from; k < last; k++) {
    const w = tokens[k]!.key;
    if (!endings.some((e) => w.length > e.length + 2 && w.endsWith(e))) return null;
    // (where nouns are capitalised, an attribute has its capital only from opening the sentence)
    if (k > s.t0 && tokens[k]!.upper && cp.pack.matching.capitalizedNouns) return null;
  }
  if (s.mentions.some((x) => x.from < last && x.to > p.from)) return null;
  const end = tokens[inCue ? post.from : last]!.end;
  return {
    name: text.slice(tokens[from]!.start, end),
    id: null,
    mention: text.slice(p.start, end),
    mentionSpan: [p.start, end],
    kind: "unknown",
    role: null,
    side: null,
  };
}

/**
 * The token after the words with an adjective's ending (pack `grammar.adjectiveEndings`) from token k, when they
 * run to the source at offset `start`; k itself when they do not. Where nouns are capitalised only the first of them
 * may carry a capital (the sentence's own): "Übereinstimmenden Medienberichten", not "Die Preise steigen Experten …".
 */
function attributesTo(ctx: Ctx, s: SentenceInfo, k: number, start: number): number {
  const { cp, tokens } = ctx;
  const endings = cp.pack.grammar.adjectiveEndings;
  let j = k;
  while (j < tokens.length && tokens[j]!.end <= start) {
    const t = tokens[j]!;
    if (!endings.some((e) => t.key.length > e.length + 2 && t.key.endsWith(e))) return k;
    // (after an article, a capital is a noun's: "Die Preise steigen Experten zufolge")
    if ((j > s.t0 || j > k) && t.upper && cp.pack.matching.capitalizedNouns) return k;
    j++;
  }
  return j > k && tokens[j]?.start === start ? j : k;
}

/** Whether a word in capitals stands among tokens `[a, b)`. */
function hasUpper(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.tokens[k]!.upper) return true;
  return false;
}

/** The subject phrase that opens the sentence, when it ends before token k ("Der Minister hat eigenen Angaben zufolge …"). */
function subjectOfClause(ctx: Ctx, s: SentenceInfo, k: number): { speaker: Speaker; m: Mention } | null {
  const p = phraseAfter(ctx, s, s.t0);
  if (!p || p.from !== s.t0 || p.to >= k) return null;
  return speakerOfPhrase(ctx, s, { phrase: p, role: null });
}
