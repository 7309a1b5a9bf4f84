import { makeDraft } from "./region.js";
import { sourceSpeaker } from "./sources.js";
import type { AttributionRule } from "./types.js";

/** A source phrase that opens the sentence (or its first clause): "According to X, …", "Według Kremla, …". */
export const openingSource: AttributionRule = {
  name: "opening-source",
  apply(ctx, s, { sources, verbs }) {
    const { text } = ctx;
    const opensClause = (from: number, start: number) => from - s.t0 <= 3 || /,\s*$/.test(text.slice(s.start, start));
    const opening = sources.find((c) => opensClause(c.from, c.start) && verbs.every((v) => v.from > c.from) && s.mentions.some((m) => m.from >= c.to && m.from <= c.to + 3));
    if (!opening) return null;
    const src = sourceSpeaker(ctx, s, opening);
    if (!src) return null;
    let a = src.end;
    const comma = text.indexOf(",", a);
    if (comma >= 0 && comma < s.end && comma - a < 40) a = comma + 1;
    return makeDraft(ctx, s, src.sp, [a, s.end], opening, [[opening.start, src.end]], 0.85);
  },
};
