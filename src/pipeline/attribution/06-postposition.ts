import { implicit, makeDraft } from "./region.js";
import { resolve, speakerOfPhrase } from "./subjects.js";
import { phraseBefore } from "./phrase.js";
import type { AttributionRule } from "./types.js";

/** A postposition after its source: "Dem Kreml zufolge war das Gespräch offen.", "… befanden sich Berichten zufolge …". */
export const postposition: AttributionRule = {
  name: "postposition",
  apply(ctx, s) {
    for (const post of s.cues) {
      if (post.kind !== "post") continue;
      // the source right before it: a mention the lexicons know, or any phrase ("Berichten zufolge", "einer Rednerin zufolge")
      const m = s.mentions.filter((x) => x.to === post.from && x.ref.type !== "pronoun").pop();
      const known = m ? resolve(ctx, m) : null;
      const p = known ? null : phraseBefore(ctx, s, post.from);
      const ph = p ? speakerOfPhrase(ctx, s, { phrase: p, role: null }, true) : null;
      // "Den Angaben zufolge", "Berichten zufolge": a source noun in the postposition itself names no one —
      // the source already speaking goes on, or the source is unknown.
      const inCue = !known && !ph && post.to - post.from > 1;
      const sp =
        known ??
        ph?.speaker ??
        (inCue
          ? ctx.d.last
            ? implicit(ctx.d.last)
            : {
                name: "unknown",
                id: null,
                mention: ctx.text.slice(post.start, post.end),
                mentionSpan: [post.start, post.end] as [number, number],
                kind: "unknown" as const,
                role: null,
                side: null,
              }
          : null);
      const start = m?.start ?? p?.start ?? (inCue ? post.start : undefined);
      if (!sp || start === undefined) continue;
      // The content is the sentence without the source: after it when it opens the sentence, else around it.
      const opens = post.from - s.t0 <= 5;
      const content: [number, number] = opens ? [post.end, s.end] : [s.start, s.end];
      return makeDraft(ctx, s, sp, content, post, [[start, post.end]], 0.85);
    }
    return null;
  },
};
