import { makeDraft } from "./region.js";
import { sourceSpeaker } from "./sources.js";
import type { AttributionRule } from "./types.js";
import { wordClass } from "./phrase.js";
import { W } from "../lexicon.js";

/** A source phrase that opens the sentence (or its first clause): "According to X, …", "Według Kremla, …". */
export const openingSource: AttributionRule = {
  name: "opening-source",
  apply(ctx, s, { sources, verbs }) {
    const { text } = ctx;
    const opensClause = (from: number, start: number) => from - s.t0 <= 3 || /,\s*$/.test(text.slice(s.start, start));
    // The source is named right after the phrase (a mention the lexicons know), or is a phrase the comma
    // closes ("Według rzecznika straży pożarnej, …", "По словам начальника пожарной охраны, …").
    const closedByComma = (c: { to: number }) => {
      const k = Math.min(s.t1, c.to + 10);
      const seg = text.slice(ctx.tokens[c.to]?.start ?? s.end, ctx.tokens[k - 1]?.end ?? s.end);
      return /^[^,;:.!?„“”"«»]{2,}, /u.test(seg);
    };
    const opening = sources.find(
      (c) =>
        opensClause(c.from, c.start) &&
        verbs.every((v) => v.from > c.from) &&
        (s.mentions.some((m) => m.from >= c.to && m.from <= c.to + 3) || closedByComma(c)),
    );
    if (!opening) return null;
    const src = sourceSpeaker(ctx, s, opening);
    if (!src) return null;
    let a = src.end;
    const comma = text.indexOf(",", a);
    // (the comma that closes the source phrase — not one inside the content when the cue alone names the source: "Demnach hat der Sohn, …")
    if (comma >= 0 && comma < s.end && comma - a < 40 && (src.end > opening.end || /^\s*,/u.test(text.slice(a, comma + 1)))) a = comma + 1;
    // A source set off by commas after the subject ("The agreement, according to officials, would …"): the
    // subject before it belongs to the content.
    // (not after an adverbial or a conjunction: "Кроме того, по данным СМИ, …", "E, riporta la Tass, …")
    const inside =
      opening.from > s.t0 + 1 &&
      /,\s*$/u.test(text.slice(s.start, opening.start)) &&
      !/^\s*[„“"«]/u.test(text.slice(s.start, s.start + 2)) &&
      !(wordClass(ctx.cp, ctx.tokens[s.t0]) & (W.conj | W.adv | W.prep | W.join | W.comp));
    return makeDraft(ctx, s, src.sp, [inside ? s.start : a, s.end], opening, [[opening.start, src.end]], 0.85);
  },
};
