import { implicitSubject, unnamedSpeaker } from "../speakers.js";
import { implicit, makeDraft, sepBefore } from "./region.js";
import { resolve, speakerOfPhrase } from "./subjects.js";
import { bodyOpening, phraseBefore, separates, soft, wordClass } from "./phrase.js";
import { W } from "../lexicon.js";
import type { AttributionRule, Ctx, SentenceInfo } from "./types.js";

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
      // (or in the prepositional phrase right after it, with no separator between: "si legge in resoconto della
      // Casa Bianca", "heißt es in einem Bericht des Ministeriums")
      const reach = noun ? 2 : prepPhrase(ctx, s, at) ? 4 : 1;
      const named = comp0
        ? undefined
        : s.mentions.find(
            (m) => m.from >= at && m.from <= at + reach && m.ref.type !== "pronoun" && m.ref.type !== "anaphor" && !sepWithin(ctx, at - 1, m.from),
          );
      // "Aus Regierungskreisen hieß es, …", "In einem Positionspapier des Ministeriums heißt es, …": the
      // source in a prepositional phrase that opens the clause before the cue (in the case it governs).
      const before = named ? null : phraseBefore(ctx, s, c.from);
      // (Or the phrase right after a statement noun that opens the sentence — its complement, who issued it: "In einer
      // Mitteilung der Stadt heißt es, …" — the city speaks, not the notice.)
      const issued =
        before && before.to === c.from && wordClass(ctx.cp, ctx.tokens[before.from]) & W.det && nouns.some((n) => n.from === s.t0 && n.to === before.from);
      // (its article, in the genitive, is no part of the name: "der Stadt" is "Stadt")
      const opener =
        before && issued && before.to - before.from >= 2
          ? { ...before, from: before.from + 1, start: ctx.tokens[before.from + 1]!.start }
          : before && before.from - 1 >= s.t0 && wordClass(ctx.cp, ctx.tokens[before.from - 1]) & W.prep && before.from - 1 === s.t0
            ? before
            : null;
      // (A public body after a compound preposition of origin: "Din partea Ministerului Sănătății s-a transmis că …".)
      const body = named ? null : bodyOpening(ctx, s, c.from);
      const fromBefore = body ?? (opener ? speakerOfPhrase(ctx, s, { phrase: opener, role: null }, true) : null);
      if (fromBefore) {
        const comp = s.cues.find((x) => x.kind === "comp" && x.from >= c.to && x.from <= c.to + 3);
        const d = makeDraft(ctx, s, fromBefore.speaker, [comp ? comp.end : c.end, s.end], c, [[ctx.tokens[s.t0]!.start, comp ? comp.end : c.end]], 0.75);
        if (d) return d;
      }
      const imp = implicitSubject(ctx.d, ctx.cp, ctx.tokens, c);
      // Set off by a comma after content and closing the sentence, it reports what comes before it ("Der Preis
      // sei noch offen, hieß es."): its source is unnamed when no one has spoken yet.
      // (So is one with only where it was said after it, a preposition and a name or two: "…, poinformowano w
      // Brukseli.", "…, сообщается в Москве." — said there, by no one named, so no speaker who went before.)
      const where = !named && !comp0 && placeAfter(ctx, s, c.to);
      const closing = !named && !comp0 && c.from - s.t0 >= 3 && (c.to >= s.t1 || where) && sepBefore(ctx.text, s.start, c.start);
      if (closing) {
        const end = where ? ctx.tokens[s.t1 - 1]!.end : c.end;
        const d = makeDraft(ctx, s, imp && !where ? implicit(imp) : unnamed, [s.start, c.start], c, [[c.start, end]], 0.6);
        if (d) return d;
      }
      const comp = s.cues.find((x) => x.kind === "comp" && x.from >= c.to && x.from <= c.to + 3);
      // With no one who has spoken yet, a clause right after it (a complementizer, or a comma and the rest of the
      // sentence: "Es wird befürchtet, dass …", "Dem Mann wird vorgeworfen, …") is an unnamed source's claim.
      const clause = !named && (comp0 !== undefined || (/^\s*,/u.test(ctx.text.slice(c.end, s.end)) && s.t1 - c.to >= 3));
      const sp = named ? resolve(ctx, named) : imp ? implicit(imp) : clause ? unnamed : null;
      if (!sp) continue;
      // Set off by dashes or commas inside what it attributes ("Successivi negoziati - si legge in resoconto della
      // Casa Bianca - dovranno …"): the whole sentence is the content.
      const inside = named && c.from > s.t0 && separates(ctx, c.from) && named.to < s.t1 && separates(ctx, named.to);
      if (inside) return makeDraft(ctx, s, sp, [s.start, s.end], c, [[c.start, named.end]], 0.8);
      return makeDraft(ctx, s, sp, [comp ? comp.end : c.end, s.end], c, [[c.start, comp ? comp.end : c.end]], named ? 0.8 : 0.6);
    }
    return null;
  },
};

const unnamed = unnamedSpeaker();

/** Whether the sentence ends with a preposition at token `k` and one or two capitalised words after it, no cue among them: "w Brukseli", "в Москве". */
function placeAfter(ctx: Ctx, s: SentenceInfo, k: number): boolean {
  const { tokens } = ctx;
  if (k >= s.t1 || !(wordClass(ctx.cp, tokens[k]) & W.prep) || s.t1 - k < 2 || s.t1 - k > 3) return false;
  for (let j = k + 1; j < s.t1; j++) if (!tokens[j]!.upper || !soft(ctx, j)) return false;
  return !s.cues.some((x) => x.from > k);
}

/** Whether token k opens a prepositional phrase ("in resoconto", "in einem Bericht"). */
const prepPhrase = (ctx: Ctx, s: SentenceInfo, k: number): boolean => k < s.t1 && (wordClass(ctx.cp, ctx.tokens[k]) & W.prep) !== 0;

/** Whether a clause separator stands between tokens a and b. */
function sepWithin(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) if (separates(ctx, k)) return true;
  return false;
}
