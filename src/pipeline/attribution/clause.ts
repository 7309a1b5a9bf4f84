/**
 * The clause around a reporting verb: where it starts, whether the verb is a passive (its subject
 * did not speak) or a participle or infinitive at the end of a verb-second clause, and whether
 * reported content follows it.
 */
import { W } from "../lexicon.js";
import type { Matcher } from "../../text/matcher.js";
import type { Token } from "../../text/tokens.js";
import { wordClass, phraseAfter, separates, type Phrase } from "./phrase.js";
import type { Ctx, Cue, SentenceInfo } from "./types.js";
import { wordsIn } from "./region.js";

/**
 * The first token of the clause that holds token k: after the last clause separator before it. With
 * `pastQuotes`, quotation marks inside the clause do not end it, only other marks do ("wurde von X als
 * „…“ bezeichnet").
 */
export function clauseFrom(ctx: Ctx, s: SentenceInfo, k: number, pastQuotes = false): number {
  const { text, tokens } = ctx;
  for (let j = k; j > s.t0; j--) if (separates(ctx, j) && !(pastQuotes && /^[\s"“”„«»]*$/u.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)))) return j;
  return s.t0;
}

/** Whether the verb ends its clause: a punctuation mark, the end of the sentence or an auxiliary follows ("bestätigt.", "informiert worden"). */
export function endsClause(ctx: Ctx, s: SentenceInfo, v: Cue): boolean {
  const next = ctx.tokens[v.to];
  if (v.to >= s.t1 || !next) return true;
  if (/[.,;:!?)]/u.test(ctx.text.slice(v.end, next.start))) return true;
  return (wordClass(ctx.cp, next) & W.aux) !== 0;
}

/** Whether a verb form (its key) ends in a progressive ending of the pack (`grammar.progressiveEndings`): "saying". */
function progressive(cp: Ctx["cp"], key: string): boolean {
  return cp.pack.grammar.progressiveEndings.some((e) => key.length > e.length + 2 && key.endsWith(e));
}

/**
 * A passive: an auxiliary of the passive right before the verb ("was told", adverbs between), or,
 * in a verb-second language, anywhere before it in its clause ("wurde … bestätigt"). Returns the
 * agent's phrase ("by aides", "von einer Armeesprecherin") — or null for an agentless passive —
 * or undefined when the verb is no passive.
 */
export function passiveAgent(ctx: Ctx, s: SentenceInfo, v: Cue): Phrase | null | undefined {
  const { tokens, cp } = ctx;
  const v2 = cp.pack.grammar.verbSecond;
  // (A quotation inside a verb-second clause does not end it: "wurde von Beobachtern als „unfair“ kritisiert".)
  const from = clauseFrom(ctx, s, v.from, v2);
  let aux = -1;
  if (v2) {
    if (!endsClause(ctx, s, v)) return undefined;
    for (let j = from; j < v.from; j++)
      if (wordClass(cp, tokens[j]) & W.passive) {
        aux = j;
        break;
      }
    // "informiert worden", "bestätigt wurde": the auxiliary after the participle.
    if (aux < 0 && v.to < s.t1 && wordClass(cp, tokens[v.to]) & W.passive) aux = v.to;
  } else {
    let j = v.from - 1;
    while (j >= from && wordClass(cp, tokens[j]) & W.adv && !(wordClass(cp, tokens[j]) & W.passive)) j--;
    if (j >= from && wordClass(cp, tokens[j]) & W.passive && !progressive(cp, tokens[v.from]!.key)) aux = j;
    // A participle with its agent right after it and no auxiliary: a reduced passive ("the memo, first
    // reported by the Post, says …"). Where the pack lists its participles, one of them: a finite verb
    // before a word that also means "by" is active ("dijo por la tarde", "ha dichiarato dalla Casa Bianca").
    const participle = v.participle || !cp.pack.reporting.passives?.length;
    if (aux < 0 && participle && v.to < s.t1 && wordClass(cp, tokens[v.to]) & W.agent && (wordClass(cp, tokens[v.to + 1]) & W.det || tokens[v.to + 1]?.upper))
      aux = v.to;
  }
  if (aux < 0) return undefined;
  // The agent: "von X" inside the clause (verb second), "by X" right after the verb.
  // (adverbs may stand between: "was criticised sharply by", "criticato duramente da")
  let after = v.to;
  while (!v2 && after < s.t1 - 1 && wordClass(cp, tokens[after]) & W.adv && !(wordClass(cp, tokens[after]) & (W.agent | W.passive))) after++;
  const lo = v2 ? from : v.to,
    hi = v2 ? v.from : Math.min(s.t1, after + 1);
  // (the first such word only: where it opens a date or an adverb, the passive has no agent, and a
  // later one further on in the clause is no agent of this verb)
  for (let j = lo; j < hi; j++) if (wordClass(cp, tokens[j]) & W.agent) return agentPhrase(ctx, s, j);
  // (or after the quotation the verb takes as its complement: "was described as “a disaster” by critics")
  if (!v2) {
    const q = s.quotes.find((x) => x.start >= v.end && wordsIn(ctx.text, [v.end, x.start]) <= 1);
    let k = v.to;
    while (q && k < s.t1 && tokens[k]!.start < q.end) k++;
    if (q && k < s.t1 && /^\s*$/u.test(ctx.text.slice(q.end, tokens[k]!.start)) && wordClass(cp, tokens[k]) & W.agent) return agentPhrase(ctx, s, k);
  }
  return null;
}

/** Words of a date that name a time of their own (not numbers or the "de" of "5 de mayo"). */
const TIME = new Set(["month", "weekday", "day", "unit", "past"]);

/**
 * The agent's phrase after its preposition at token k, past any other that follows it ("de către"):
 * a phrase that starts right there, articles aside, and is no time ("da anni", "de ieri", "by Monday" are none; nor is
 * "de asemenea", an adverb). Null where none.
 */
function agentPhrase(ctx: Ctx, s: SentenceInfo, k: number): Phrase | null {
  const { cp, tokens } = ctx;
  let j = k + 1;
  while (j < s.t1 - 1 && wordClass(cp, tokens[j]) & W.agent) j++;
  const p = phraseAfter(ctx, s, j);
  if (!p) return null;
  // (only articles before it: "par le porte-parole", "von einer Armeesprecherin")
  for (let i = j; i < p.from; i++) if (!(wordClass(cp, tokens[i]) & W.det)) return null;
  for (let i = j; i < p.to; i++) if (cp.dates.matchAt(tokens, i, ctx.text)?.values.some((d) => TIME.has(d.type))) return null;
  return p;
}

/**
 * Whether reported content follows the verb in a verb-second language, where it is never bare:
 * a comma, a colon, a quotation or a complementizer before the clause ends ("sagte, …",
 * "teilte mit: …", "nannte … „…“", "erklärte, dass …").
 */
export function contentAfter(ctx: Ctx, s: SentenceInfo, v: Cue): boolean {
  const { text } = ctx;
  if (s.cues.some((c) => c.kind === "comp" && c.from >= v.to)) return true;
  if (s.quotes.some((q) => q.start >= v.end)) return true;
  return /[,:]/u.test(text.slice(v.end, s.end).replace(/[.!?]\s*$/u, ""));
}

/**
 * Whether the word at token k is the particle of a separable verb whose stem is the cue `v`: the
 * verb and the word together are a pattern of `matcher` ("teilte … mit", "sagte … zu", "stellte …
 * fest" in German, where the particle goes to the end of the clause).
 */
export function particleOf(ctx: Ctx, matcher: Matcher<unknown>, v: Cue, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || k < v.to || t.upper) return false;
  return withParticle(matcher, ctx.tokens.slice(v.from, v.to), t);
}

/** Whether the verb's words and the word `t` after them make one pattern of `matcher` ("teilte" + "mit"). */
export function withParticle(matcher: Matcher<unknown>, verb: readonly Token[], t: Token): boolean {
  const pair = [...verb, t];
  const m = matcher.matchAt(pair, 0);
  return !!m && m.to === pair.length;
}

/** The last word of the clause that starts after token k (before a comma, a colon or the end of the sentence). */
export function clauseEnd(ctx: Ctx, s: SentenceInfo, k: number): number {
  let j = k;
  while (j + 1 < s.t1 && !/[,;:.!?()„“”"«»]/u.test(ctx.text.slice(ctx.tokens[j]!.end, ctx.tokens[j + 1]!.start))) j++;
  return j;
}

/**
 * Like {@link clauseEnd}, but a quotation mark alone between two words does not end the clause: the
 * quoted words are part of it ("Trump's assertion that the election is “rigged” has alarmed …").
 */
export function clauseEndOverQuotes(ctx: Ctx, s: SentenceInfo, k: number): number {
  let j = k;
  while (j + 1 < s.t1) {
    const gap = ctx.text.slice(ctx.tokens[j]!.end, ctx.tokens[j + 1]!.start);
    if (/[,;:.!?()„“”"«»]/u.test(gap) && !/^\s*[„“”"«»]\s*$/u.test(gap)) break;
    j++;
  }
  return j;
}
