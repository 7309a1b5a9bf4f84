import { makeDraft, trimRegion, wordsIn } from "./region.js";
import { sourceSpeaker } from "./sources.js";
import type { AttributionRule } from "./types.js";

/** A source phrase elsewhere: "…, according to the official Russian communication." or "A, theo X, B…". */
export const sourceElsewhere: AttributionRule = {
  name: "source-elsewhere",
  apply(ctx, s, { sources }) {
    const { text } = ctx;
    for (const c of sources) {
      const src = sourceSpeaker(ctx, s, c);
      if (!src) continue;
      // The content is the larger side of the sentence.
      const before = trimRegion(text, s.start, c.start);
      const after = trimRegion(text, src.end, s.end);
      const region: [number, number] = before[1] - before[0] >= after[1] - after[0] ? [s.start, c.start] : [src.end, s.end];
      // A byline ("Vũ Anh (Theo Reuters)") has no content of a few words around its source.
      if (wordsIn(text, region) < 3) return null;
      return makeDraft(ctx, s, src.sp, region, c, [[c.start, src.end]], 0.75);
    }
    return null;
  },
};
