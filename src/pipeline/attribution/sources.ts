import type { Speaker } from "../../schema/claim.js";
import { resolve, speakerOfPhrase, subjectAfter } from "./subjects.js";
import { phraseAfter, wordClass } from "./phrase.js";
import { W } from "../lexicon.js";
import { nominative } from "../speakers.js";
import type { Ctx, Cue, SentenceInfo } from "./types.js";

/**
 * The source a source phrase names ("according to X", "według X", "theo thông báo của Nhà
 * Trắng") and where the source ends; a possessive in or after the phrase ("por su parte", "по его
 * словам", "według ich oświadczenia") is the source already speaking.
 */
export function sourceSpeaker(ctx: Ctx, s: SentenceInfo, cue: Cue): { sp: Speaker; end: number } | null {
  const { text, tokens } = ctx;
  const inside = ctx.cp.mentions.findAll(tokens, text, cue.from, cue.to).find((x) => x.values.some((v) => v.type === "anaphor"));
  if (inside && ctx.d.last) return { sp: { ...ctx.d.last, mention: text.slice(inside.start, inside.end), mentionSpan: [inside.start, inside.end] }, end: cue.end };
  const ana = s.mentions.find((x) => x.from === cue.to && (x.ref.type === "anaphor" || x.ref.type === "pronoun"));
  // "Według Johna Boltona Putin…", "Potrivit lui Keith Kellogg": a name the lexicon lacks, right after the phrase.
  const known = s.mentions.find((x) => x.from >= cue.to && x.from <= cue.to + 1 && x.ref.type !== "pronoun" && x.ref.type !== "anaphor");
  const unknown = known ? undefined : s.names.find((x) => x.from >= cue.to && x.from <= cue.to + 1 && x.to - x.from >= 2);
  const m = ana ?? known ?? unknown ?? subjectAfter(ctx, s, cue.to, 3) ?? s.mentions.find((x) => x.from >= cue.to && x.from <= cue.to + 1) ?? null;
  // After a possessive, its noun belongs to the source phrase when a comma closes it ("Według ich oświadczenia, …").
  const nounAfter = !!m && ana?.ref.type === "anaphor" && m.to < s.t1 && /^\s*,/u.test(text.slice(tokens[m.to]!.end, tokens[m.to]!.end + 2));
  if (m) {
    const sp = resolve(ctx, m);
    // An unknown name governed by the source phrase is in its case: its base form ("Według Johna Boltona" → John Bolton).
    if (sp && m.ref.type === "name") sp.name = nominative(sp.name, ctx.cp);
    if (sp) return { sp, end: nounAfter ? tokens[m.to]!.end : m.end };
  }
  // "according to a Turkish foreign ministry source", "nach jüngsten Untersuchungen": a source no
  // lexicon knows, the phrase right after the cue (in the case the cue governs: its base form).
  // Where nouns are capitalised, a source phrase names one: "laut geworden", "dachte laut" hold no source.
  const caps = ctx.cp.pack.matching.capitalizedNouns;
  const next = tokens[cue.to];
  const named = (k: number): boolean => k < s.t1 && k < cue.to + 3 && (tokens[k]!.upper || (!(wordClass(ctx.cp, tokens[k]) & W.prep) && named(k + 1)));
  if (caps && next && cue.to < s.t1 && !/^\s*[,:]/u.test(text.slice(cue.end, next.start)) && !named(cue.to)) return null;
  const p = phraseAfter(ctx, s, cue.to);
  if (p && p.from === cue.to) {
    // A source phrase that ends in a verb ("jak poinformowała", "как сообщил") takes its source as a
    // subject, in the base form already; a preposition ("według", "по словам") governs another case.
    const verbal = ctx.cp.cues.findAll(tokens, text, cue.to - 1, cue.to).some((x) => x.values.includes("verb"));
    const ph = speakerOfPhrase(ctx, s, { phrase: p, role: null }, !verbal);
    if (ph) return { sp: ph.speaker, end: p.end };
  }
  // "Demnach …", "Potrivit acestuia": the source already speaking goes on.
  const prev = ctx.d.last;
  return prev ? { sp: { ...prev, mention: null, mentionSpan: null }, end: cue.end } : null;
}
