import { W } from "../lexicon.js";
import { makeDraft, trimRegion, wordsIn } from "./region.js";
import { onlyAdverbial, phraseAfter, wordClass } from "./phrase.js";
import { speakerOfPhrase } from "./subjects.js";
import type { AttributionRule } from "./types.js";

/**
 * "As X said" (pack `reporting.asSources`: "as", "wie", "comme", "como", "come", "jak", "как"):
 * a clause of its own that names the source of the rest of the sentence — "Wie die Polizei
 * mitteilte, wurden 19 Menschen verletzt.", "…, as the ministry said."
 */
export const asSource: AttributionRule = {
  name: "as-source",
  apply(ctx, s, { verbs }) {
    const { text, tokens, cp } = ctx;
    for (const c of s.cues) {
      if (c.kind !== "as") continue;
      const p = phraseAfter(ctx, s, c.to);
      if (!p) continue;
      // the verb right after the phrase (dates and adverbs between): "wie EADS gestern mitteilte"
      const v = verbs.find((x) => x.from >= p.to && onlyAdverbial(ctx, s, p.to, x.from));
      if (!v) continue;
      const sp = speakerOfPhrase(ctx, s, { phrase: p, role: null });
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
