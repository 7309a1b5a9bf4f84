import { W } from "../lexicon.js";
import { makeDraft, trimRegion, wordsIn } from "./region.js";
import { onlyAdverbial, phraseAfter, wordClass } from "./phrase.js";
import { speakerOfPhrase } from "./subjects.js";
import type { AttributionRule, Ctx, Cue, SentenceInfo } from "./types.js";

/**
 * "As X said" (pack `reporting.asSources`: "as", "wie", "comme", "como", "come", "jak", "как"):
 * a clause of its own that names the source of the rest of the sentence — "Wie die Polizei
 * mitteilte, wurden 19 Menschen verletzt.", "…, as the ministry said."
 */
export const asSource: AttributionRule = {
  name: "as-source",
  apply(ctx, s, { verbs, impersonal }) {
    const { text, tokens, cp } = ctx;
    for (const c of s.cues) {
      if (c.kind !== "as") continue;
      // (where verbs close subordinate clauses, the source may be in a prepositional phrase: "Wie aus Kreisen
      // der Regierung verlautete, …")
      const prep = cp.pack.grammar.verbSecond && c.to + 1 < s.t1 && (wordClass(cp, tokens[c.to]) & W.prep) !== 0;
      const p = phraseAfter(ctx, s, prep ? c.to + 1 : c.to);
      if (!p) continue;
      // the verb right after the phrase (dates and adverbs between): "wie EADS gestern mitteilte"
      const v = verbs.find((x) => x.from >= p.to && onlyAdverbial(ctx, s, p.to, x.from)) ?? verbFinal(ctx, s, c, p.to, [...verbs, ...impersonal]);
      if (!v) continue;
      const sp = speakerOfPhrase(ctx, s, { phrase: p, role: null }, prep);
      if (!sp) continue;
      // the clause ends after the verb (and its particle): the content is the rest of the sentence
      const comma = text.slice(v.end, s.end).search(/[,;]/u);
      const clauseEnd = comma < 0 ? s.end : v.end + comma;
      if (comma >= 0 && wordsIn(text, [v.end, clauseEnd]) > 1) continue;
      const before = trimRegion(text, s.start, c.start),
        after = trimRegion(text, clauseEnd + 1, s.end);
      const content = wordsIn(text, before) >= wordsIn(text, after) ? before : after;
      if (wordsIn(text, content) < 3 || wordClass(cp, tokens[c.from]) & W.det) continue;
      return makeDraft(ctx, s, sp.speaker, content, v, [[c.start, Math.min(clauseEnd, s.end)]], 0.8);
    }
    return null;
  },
};

/**
 * Where verbs close subordinate clauses (verb second), the first reporting verb after the phrase
 * that ends the clause opened by "wie", circumstance or an apposition between: "Wie der Spiegel in
 * seiner Ausgabe vom Montag berichtet, …", "Wie die Sprecherin der Stadt, Anna Berger, mitteilte, …".
 * No other verb of the pack, and at most one pair of commas, stands between.
 */
function verbFinal(ctx: Ctx, s: SentenceInfo, c: Cue, from: number, cues: readonly Cue[]): Cue | undefined {
  if (!ctx.cp.pack.grammar.verbSecond) return undefined;
  const { text } = ctx;
  const v = cues.filter((x) => x.from >= from).sort((a, b) => a.from - b.from)[0];
  if (!v || v.from - c.to > 14) return undefined;
  const between = text.slice(c.end, v.start);
  const commas = (between.match(/,/gu) ?? []).length;
  if (commas === 1 || commas > 2 || /[;:.!?„“”"«»()]/u.test(between)) return undefined;
  // (the verb closes its clause: a comma, or the end of the sentence, right after it)
  return /^\s*(?:[,;]|[.!?…]?\s*$)/u.test(text.slice(v.end, s.end)) ? v : undefined;
}
