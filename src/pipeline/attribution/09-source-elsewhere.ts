import { makeDraft, trimRegion, wordsIn } from "./region.js";
import { semicolonClause, sourceSpeaker } from "./sources.js";
import type { AttributionRule } from "./types.js";

/** A source phrase elsewhere: "…, according to the official Russian communication." or "A, theo X, B…". */
export const sourceElsewhere: AttributionRule = {
  name: "source-elsewhere",
  apply(ctx, s, { sources }) {
    const { text } = ctx;
    for (const c of sources) {
      const src = sourceSpeaker(ctx, s, c);
      if (!src) continue;
      // The content is the larger side of the sentence, each side up to a semicolon: a clause after one is
      // the writer's ("…, according to the Congressional Budget Office; lawmakers are expected to …").
      const before = trimRegion(text, ...semicolonClause(text, s.start, c.start, c.start));
      const after = trimRegion(text, ...semicolonClause(text, src.end, s.end, src.end));
      const region: [number, number] = before[1] - before[0] >= after[1] - after[0] ? before : after;
      // A byline ("Vũ Anh (Theo Reuters)") has no content of a few words around its source.
      if (wordsIn(text, region) < 3) return null;
      return makeDraft(ctx, s, src.sp, region, c, [[c.start, src.end]], 0.75);
    }
    return null;
  },
};
