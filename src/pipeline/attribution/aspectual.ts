import { W } from "../lexicon.js";
import { wordClass } from "./phrase.js";
import type { Ctx, Cue, SentenceInfo } from "./types.js";

/** Marks that end a clause or set a phrase off: a verb of aspect does not reach across one. */
const MARK = /[,;:.!?()„“”"«»–—]/u;

/**
 * The token where a verb of aspect (pack `reporting.aspectual`) opens before reporting verb `v`, or -1: right before it
 * ("kept saying", "continued to insist", "sigue diciendo", "continua a dire"), or, before a verb in its progressive
 * form (pack `grammar.progressiveEndings`), with a span of up to four words between that holds no cue, conjunction,
 * relative pronoun or mark ("has spent three weeks telling voters …", "spent much of the campaign arguing …").
 * The aspect verb reports nothing itself; the subject before it speaks.
 */
export function aspectualBefore(ctx: Ctx, s: SentenceInfo, v: Cue): number {
  const { tokens, text, cp } = ctx;
  const key = tokens[v.from]!.key;
  const progressive = cp.pack.grammar.progressiveEndings.some((e) => key.length > e.length + 2 && key.endsWith(e));
  for (let k = v.from - 1; k >= s.t0 && v.from - k <= 6; k--) {
    if (MARK.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return -1;
    const m = cp.aspectual.matchAt(tokens, k, text);
    if (m && m.to === v.from) return k;
    if (m && m.to < v.from && progressive && spanBetween(ctx, s, m.to, v.from)) return k;
    if (wordClass(cp, tokens[k]) & (W.conj | W.comp | W.rel) || s.cues.some((c) => c.kind === "verb" && c.from <= k && k < c.to && c !== v)) {
      // (a cue may be the aspect verb itself: "continued" reports on its own too, "…, he continued")
      if (!m) return -1;
    }
  }
  return -1;
}

/** Whether tokens [a, b) are a short span (a time, an object of "spend") with no cue, conjunction, relative or pronoun of a subject. */
function spanBetween(ctx: Ctx, s: SentenceInfo, a: number, b: number): boolean {
  if (b - a > 4) return false;
  for (let j = a; j < b; j++) {
    if (wordClass(ctx.cp, ctx.tokens[j]) & (W.conj | W.comp | W.rel | W.pronoun)) return false;
    if (s.cues.some((c) => (c.kind === "verb" || c.kind === "comp") && c.from <= j && j < c.to)) return false;
  }
  return true;
}
