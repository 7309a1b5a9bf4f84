import { implicit, makeDraft } from "./region.js";
import { resolve, speakerOfPhrase } from "./subjects.js";
import { phraseAfter, phraseBefore, wordClass } from "./phrase.js";
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
      const ph = p ? speakerOfPhrase(ctx, s, { phrase: p, role: null }, true) : own ? subjectOfClause(ctx, s, post.from) : null;
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
      const opens = post.from - s.t0 <= 5 && start <= (ctx.tokens[lead]?.start ?? s.start);
      const content: [number, number] = opens ? [post.end, s.end] : [s.start, s.end];
      return makeDraft(ctx, s, sp, content, post, [[start, post.end]], 0.85);
    }
    return null;
  },
};

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
