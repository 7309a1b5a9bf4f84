import { implicit, makeDraft } from "./region.js";
import { skipDates } from "./sentence.js";
import { resolve, subjectAfter } from "./subjects.js";
import type { AttributionRule } from "./types.js";

/** Dash dialogue closed by its cue: "—Le dejé claro… —dijo el viernes el presidente—". */
export const dashDialogue: AttributionRule = {
  name: "dash-dialogue",
  apply(ctx, s, { verbs }) {
    if (!s.speech) return null;
    const v = verbs.find((c) => c.start >= s.speech![1] && c.start - s.speech![1] <= 2);
    if (!v) return null;
    const after = subjectAfter(ctx, s, skipDates(s, v.to, ctx.tokens), 3);
    const sp = after ? resolve(ctx, after) : ctx.d.last ? implicit(ctx.d.last) : null;
    return sp ? makeDraft(ctx, s, sp, [s.speech[0], s.speech[1]], v, [[v.start, after ? after.end : v.end]], after ? 0.9 : 0.6) : null;
  },
};
