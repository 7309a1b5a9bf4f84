import { makeDraft } from "./region.js";
import { resolve } from "./subjects.js";
import type { AttributionRule } from "./types.js";

/** A postposition after its source at the start: "Dem Kreml zufolge war das Gespräch offen." */
export const postposition: AttributionRule = {
  name: "postposition",
  apply(ctx, s) {
    const post = s.cues.find((c) => c.kind === "post" && c.from - s.t0 <= 5);
    if (!post) return null;
    const m = s.mentions.filter((x) => x.to === post.from && x.ref.type !== "pronoun").pop();
    const sp = m ? resolve(ctx, m) : null;
    return m && sp ? makeDraft(ctx, s, sp, [post.end, s.end], post, [[m.start, post.end]], 0.85) : null;
  },
};
