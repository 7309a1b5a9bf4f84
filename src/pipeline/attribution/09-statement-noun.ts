import { makeDraft } from "./region.js";
import { resolve } from "./subjects.js";
import type { AttributionRule } from "./types.js";

/** A statement noun and its source: "într-un comunicat al Kremlinului", "in a statement by the Kremlin". */
export const statementNoun: AttributionRule = {
  name: "statement-noun",
  apply(ctx, s, { nouns }) {
    for (const c of nouns) {
      const m = s.mentions.find((x) => x.from >= c.to && x.from <= c.to + 2 && x.ref.type !== "pronoun");
      const sp = m ? resolve(ctx, m) : null;
      if (!sp || !m) continue;
      return makeDraft(ctx, s, sp, c.from - s.t0 > 2 ? [s.start, c.start] : [m.end, s.end], c, [[c.start, m.end]], 0.7);
    }
    return null;
  },
};
