import { makeDraft } from "./region.js";
import { resolve, speakerOfPhrase } from "./subjects.js";
import { phraseAfter } from "./phrase.js";
import type { AttributionRule } from "./types.js";

/** A statement noun and its source: "într-un comunicat al Kremlinului", "in a statement by the Kremlin". */
export const statementNoun: AttributionRule = {
  name: "statement-noun",
  apply(ctx, s, { nouns }) {
    const { text } = ctx;
    for (const c of nouns) {
      const m = s.mentions.find((x) => x.from >= c.to && x.from <= c.to + 2 && x.ref.type !== "pronoun");
      const sp = m ? resolve(ctx, m) : null;
      if (sp && m) return makeDraft(ctx, s, sp, c.from - s.t0 > 2 ? [s.start, c.start] : [m.end, s.end], c, [[c.start, m.end]], 0.7);
      // "Der Airbus-Chef schloss sich dieser Einschätzung mit den Worten an: „…“": a quotation after the colon
      // that follows the statement noun is said by the subject that opens the sentence.
      const colon = text.indexOf(":", c.end);
      const q = colon >= 0 && colon < s.end ? s.quotes.find((x) => x.start > colon && /^\s*$/u.test(text.slice(colon + 1, x.start))) : undefined;
      const subj = q ? phraseAfter(ctx, s, s.t0) : null;
      const who = subj && subj.from === s.t0 ? speakerOfPhrase(ctx, s, { phrase: subj, role: null }) : null;
      if (q && who) return makeDraft(ctx, s, who.speaker, [q.start, s.end], c, [[subj!.start, colon + 1]], 0.7);
    }
    return null;
  },
};
