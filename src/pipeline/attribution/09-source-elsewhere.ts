import { makeDraft, trimRegion, wordsIn } from "./region.js";
import { semicolonClause, sourceSpeaker, titleAfter } from "./sources.js";
import type { AttributionRule } from "./types.js";

/** A source phrase elsewhere: "…, according to the official Russian communication." or "A, theo X, B…". */
export const sourceElsewhere: AttributionRule = {
  name: "source-elsewhere",
  apply(ctx, s, { sources }) {
    const { text } = ctx;
    for (const c of sources) {
      // ("plant laut „Spiegel“ neue Steuern": a medium's title in quotation marks after the phrase)
      const src = titleAfter(ctx, s, c) ?? sourceSpeaker(ctx, s, c);
      if (!src) continue;
      // The content is the larger side of the sentence, each side up to a semicolon: a clause after one is
      // the writer's ("…, according to the Congressional Budget Office; lawmakers are expected to …").
      const before = trimRegion(text, ...semicolonClause(text, s.start, c.start, c.start));
      const after = trimRegion(text, ...semicolonClause(text, src.end, s.end, src.end));
      // (a source with no punctuation on either side stands inside one clause, which runs on through it and is the
      // content whole: "Die Regierung plant laut „Spiegel“ neue Steuern."); not over a quotation in it, which stays
      // a claim of its own.
      const quoted = (r: [number, number]) => s.quotes.some((q) => q.start < r[1] && q.end > r[0]);
      const inside =
        !quoted(before) &&
        !quoted(after) &&
        before[1] > before[0] &&
        after[1] > after[0] &&
        /^\s+$/u.test(text.slice(before[1], c.start)) &&
        /^\s+$/u.test(text.slice(src.end, after[0]));
      const region: [number, number] = inside ? [before[0], after[1]] : before[1] - before[0] >= after[1] - after[0] ? before : after;
      // A byline ("Vũ Anh (Theo Reuters)") has no content of a few words around its source.
      if (wordsIn(text, region) < 3) return null;
      return makeDraft(ctx, s, src.sp, region, c, [[c.start, src.end]], 0.75);
    }
    return null;
  },
};
