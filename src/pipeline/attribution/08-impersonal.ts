import { implicit, makeDraft } from "./region.js";
import { resolve, speakerOfPhrase } from "./subjects.js";
import { phraseBefore, wordClass } from "./phrase.js";
import { W } from "../lexicon.js";
import type { AttributionRule } from "./types.js";

/**
 * An impersonal verb: the source of the passage goes on ("Podkreślono także…"), or the source
 * is named right after it or after a statement noun ("se arată într-un comunicat al Kremlinului").
 */
export const impersonalVerb: AttributionRule = {
  name: "impersonal",
  apply(ctx, s, { impersonal, nouns }) {
    for (const c of impersonal) {
      const noun = nouns.find((n) => n.from >= c.to && n.from <= c.to + 1);
      const at = noun ? noun.to : c.to;
      const comp0 = s.cues.find((x) => x.kind === "comp" && x.from >= c.to && x.from <= c.to + 1);
      const named = comp0 ? undefined : s.mentions.find((m) => m.from >= at && m.from <= at + (noun ? 2 : 1) && m.ref.type !== "pronoun" && m.ref.type !== "anaphor");
      // "Aus Regierungskreisen hieß es, …", "In einem Positionspapier des Ministeriums heißt es, …": the
      // source in a prepositional phrase that opens the clause before the cue (in the case it governs).
      const before = named ? null : phraseBefore(ctx, s, c.from);
      const opener = before && before.from - 1 >= s.t0 && wordClass(ctx.cp, ctx.tokens[before.from - 1]) & W.prep && before.from - 1 === s.t0 ? before : null;
      const fromBefore = opener ? speakerOfPhrase(ctx, s, { phrase: opener, role: null }, true) : null;
      if (fromBefore) {
        const comp = s.cues.find((x) => x.kind === "comp" && x.from >= c.to && x.from <= c.to + 3);
        const d = makeDraft(ctx, s, fromBefore.speaker, [comp ? comp.end : c.end, s.end], c, [[ctx.tokens[s.t0]!.start, comp ? comp.end : c.end]], 0.75);
        if (d) return d;
      }
      const sp = named ? resolve(ctx, named) : ctx.d.last ? implicit(ctx.d.last) : null;
      if (!sp) continue;
      const comp = s.cues.find((x) => x.kind === "comp" && x.from >= c.to && x.from <= c.to + 3);
      return makeDraft(ctx, s, sp, [comp ? comp.end : c.end, s.end], c, [[c.start, comp ? comp.end : c.end]], named ? 0.8 : 0.6);
    }
    return null;
  },
};
