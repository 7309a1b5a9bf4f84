import { implicit, makeDraft } from "./region.js";
import { skipDates } from "./sentence.js";
import { resolve, subjectAfter } from "./subjects.js";
import type { AttributionRule, Ctx, SentenceInfo } from "./types.js";

/** How far after the speaker the dash that closes the attribution may stand (circumstance: "—dijo X en Madrid—"). */
const CLOSE_REACH = 60;

/**
 * Where dash dialogue goes on after its attribution in the same sentence, or null: the attribution closed by a dash,
 * then (a comma, a semicolon, a colon and) the rest of the speech in lower case — "—A —añadió Lorite—, y B.", "– A –
 * powiedział minister – ale B." The dash must close the attribution within a few words, with no stop before it.
 */
function resumeAfter(ctx: Ctx, s: SentenceInfo, at: number): number | null {
  const { text, cp } = ctx;
  const lim = Math.min(s.end, at + CLOSE_REACH);
  for (let i = at; i < lim; i++) {
    const ch = text.charAt(i);
    if (/[.!?…«»„“”"]/u.test(ch)) return null;
    if (!cp.dashes.has(ch)) continue;
    return /^[,;:]?\s+\p{Ll}/u.test(text.slice(i + 1, i + 4)) ? s.end : null;
  }
  return null;
}

/** Dash dialogue closed by its cue: "—Le dejé claro… —dijo el viernes el presidente—", and the speech that goes on after it ("—…, y B"). */
export const dashDialogue: AttributionRule = {
  name: "dash-dialogue",
  apply(ctx, s, { verbs }) {
    if (!s.speech) return null;
    const v = verbs.find((c) => c.start >= s.speech![1] && c.start - s.speech![1] <= 2);
    if (!v) return null;
    const after = subjectAfter(ctx, s, skipDates(s, v.to, ctx.tokens), 3);
    const sp = after ? resolve(ctx, after) : ctx.d.last ? implicit(ctx.d.last) : null;
    if (!sp) return null;
    const attribution = after ? after.end : v.end;
    const end = resumeAfter(ctx, s, attribution) ?? s.speech[1];
    return makeDraft(ctx, s, sp, [s.speech[0], end], v, [[v.start, attribution]], after ? 0.9 : 0.6);
  },
};
