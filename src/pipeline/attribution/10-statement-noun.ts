import type { Mention } from "../speakers.js";
import { makeDraft } from "./region.js";
import { resolve, speakerOfPhrase } from "./subjects.js";
import { phraseAfter, possessedFrom, possessor, wordClass } from "./phrase.js";
import { W } from "../lexicon.js";
import { clauseEndOverQuotes } from "./clause.js";
import type { AttributionRule, Ctx, Draft, SentenceInfo } from "./types.js";

/** A statement noun and its source: "într-un comunicat al Kremlinului", "in a statement by the Kremlin". */
export const statementNoun: AttributionRule = {
  name: "statement-noun",
  apply(ctx, s, { nouns }) {
    const { text } = ctx;
    for (const c of nouns) {
      const near = (x: Mention) => x.from >= c.to && x.from <= c.to + 2 && x.ref.type !== "pronoun";
      // (a noun that closes with its preposition names whom it was told, not who spoke: "в беседе с Ван И", "w rozmowie z PAP")
      const m = c.toWhom ? undefined : (s.mentions.find(near) ?? s.names.find(near));
      const sp = m ? resolve(ctx, m) : null;
      if (sp && m) return makeDraft(ctx, s, sp, c.from - s.t0 > 2 ? [s.start, c.start] : [m.end, s.end], c, [[c.start, m.end]], 0.7);
      // "Der Airbus-Chef schloss sich dieser Einschätzung mit den Worten an: „…“": a quotation after the colon
      // that follows the statement noun is said by the subject that opens the sentence.
      const colon = text.indexOf(":", c.end);
      const q = colon >= 0 && colon < s.end ? s.quotes.find((x) => x.start > colon && /^\s*$/u.test(text.slice(colon + 1, x.start))) : undefined;
      const subj = q ? phraseAfter(ctx, s, s.t0) : null;
      const who = subj && subj.from === s.t0 ? speakerOfPhrase(ctx, s, { phrase: subj, role: null }) : null;
      if (q && who) return makeDraft(ctx, s, who.speaker, [q.start, s.end], c, [[subj!.start, colon + 1]], 0.7);
    }
    return possessedClaim(ctx, s);
  },
};

/**
 * A claim named by a noun with its possessor and its clause (pack `reporting.claimNouns`): "Trump's
 * claim that the election was rigged …", "Clinton's repeated argument that …" — the possessor said
 * the clause, up to the end of its clause. Lower-case words may stand between the possessor and the
 * noun; the complementizer follows the noun.
 */
function possessedClaim(ctx: Ctx, s: SentenceInfo): Draft | null {
  const { text, tokens, cp } = ctx;
  if (cp.claimNouns.size === 0) return null;
  for (const comp of s.cues) {
    const k = comp.from - 1;
    if (comp.kind !== "comp" || k <= s.t0 || !cp.claimNouns.has(tokens[k]!.key)) continue;
    if (!/^,?\s*$/u.test(text.slice(tokens[k]!.end, comp.start))) continue;
    // (a possessor, or a possessive pronoun: "his repeated warning that …")
    const owner = (x: Mention) =>
      x.to <= k &&
      k - x.to <= 3 &&
      x.ref.type !== "pronoun" &&
      (possessor(ctx, s, x) || x.ref.type === "anaphor") &&
      tokens.slice(x.to, k).every((t) => t.start < x.end + 3 || (!t.upper && !t.digits));
    const named = s.mentions.find(owner) ?? s.names.find(owner);
    const m = named ?? describedOwner(ctx, s, k);
    if (!m) continue;
    // (a name no lexicon settles, a bare role: the possessor as written)
    const sp =
      (named && resolve(ctx, named)) ?? speakerOfPhrase(ctx, s, { phrase: { from: m.from, to: m.to, start: m.start, end: m.end }, role: null })?.speaker;
    if (!sp) continue;
    let end = tokens[mainVerbBefore(ctx, comp.to, clauseEndOverQuotes(ctx, s, comp.to))]!.end;
    // (with the closing mark of a quotation it ends in: "… that the election is “rigged”")
    const closing = s.quotes.find((q) => q.start < end && end < q.end && /^[.,!?]?[”"’»]$/u.test(text.slice(end, q.end)));
    if (closing) end = closing.end;
    const cue = { kind: "noun" as const, from: k, to: comp.to, start: tokens[k]!.start, end: comp.end };
    const d = makeDraft(
      ctx,
      s,
      { ...sp, mention: text.slice(m.start, m.end), mentionSpan: [m.start, m.end] },
      [comp.end, end],
      cue,
      [[m.start, comp.end]],
      0.6,
    );
    if (d) return d;
  }
  return null;
}

/**
 * A description in lower case with its determiner that owns the noun of saying at token k, a possessive mark
 * after it and at most two lower-case words between: "The governor's claim that …", "the company's repeated
 * denial that …". Null where none: the possessor is a name or a pronoun, or no determiner opens it.
 */
function describedOwner(ctx: Ctx, s: SentenceInfo, k: number): { from: number; to: number; start: number; end: number } | null {
  const { tokens, cp } = ctx;
  for (let j = k - 1; j > s.t0 && k - j <= 4; j--) {
    const t = tokens[j]!;
    if (t.upper || t.digits) return null;
    if (possessedFrom(ctx, j + 1, t.end, s.t1) < 0) continue;
    // (the owner: a noun of no class, after its determiner and at most one more word in lower case — "the state's")
    if (wordClass(cp, t) !== 0) return null;
    for (let d = j - 1; d >= s.t0 && j - d <= 2; d--) {
      const w = tokens[d]!;
      if (wordClass(cp, w) & W.det && !(wordClass(cp, w) & W.pronoun)) return { from: d, to: j + 1, start: w.start, end: t.end };
      if (w.digits || wordClass(cp, w) !== 0 || (w.upper && d > s.t0)) return null;
    }
    return null;
  }
  return null;
}

/**
 * The last word of a nominal claim's clause, tokens `[from, last]`, where the sentence's own verb
 * follows it (pack `grammar.auxiliaries`, `grammar.passive`): "Trump's claim that the election is
 * rigged | has no basis", "… that she never sent classified emails | has been contradicted". The
 * cut is made at a group of auxiliaries after a word of content, once the clause has a verb of its
 * own — an auxiliary before (not one in a relative clause) or a pronoun subject right after the
 * complementizer. Else `last`.
 */
function mainVerbBefore(ctx: Ctx, from: number, last: number): number {
  const { tokens, cp } = ctx;
  let verb = (wordClass(cp, tokens[from]) & W.pronoun) !== 0;
  let relative = false;
  let group = false;
  for (let k = from; k <= last; k++) {
    const t = tokens[k]!;
    const c = wordClass(cp, t);
    if (c & W.rel) relative = true;
    if (c & W.aux && !t.upper) {
      if (!group && verb && k > from + 1 && !(wordClass(cp, tokens[k - 1]) & (W.conj | W.comp | W.rel | W.pronoun | W.aux | W.det | W.prep | W.join)))
        return k - 1;
      if (!relative) verb = true;
      group = true;
    } else if (!(c & W.adv) || t.upper) group = false;
  }
  return last;
}
