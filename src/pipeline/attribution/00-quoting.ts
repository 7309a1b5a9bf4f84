import type { Speaker } from "../../schema/claim.js";
import type { Match } from "../../text/matcher.js";
import { W, type QuotingWord } from "../lexicon.js";
import { makeDraft, wordsIn } from "./region.js";
import { skipDates } from "./sentence.js";
import { phraseAfter, phraseBefore, type Phrase, wordClass } from "./phrase.js";
import { resolve, speakerOfPhrase, subjectPhraseBefore } from "./subjects.js";
import type { AttributionRule, Ctx, Cue, Draft, SentenceCues, SentenceInfo } from "./types.js";

/**
 * Quoting (pack `reporting.quoting`): someone relays what another said, and the one quoted speaks —
 * the object of an active verb ("Reuters quoted a minister as saying …", "Die Zeitung zitiert
 * einen Augenzeugen mit den Worten: „…“", "Reuters dẫn lời một quan chức cho biết …", "— цитирует
 * ТАСС слова министра"), the subject of a passive ("X was quoted by Reuters as saying …", "Y wird
 * von X mit den Worten zitiert", "Y được Reuters dẫn lời nói …") or the phrase before a reduced one
 * ("Le ministre, cité par Reuters, a déclaré …"). The medium is credited in the article's `via`
 * when the lexicon knows it as one. A quoting verb whose object is followed by nothing that opens
 * what was said ("quoted a poem", "cytował wiersz") reports nothing, and is taken out of the
 * sentence's verbs so that no later rule reads it as a report of its subject.
 */
export const quoting: AttributionRule = {
  name: "quoting",
  apply(ctx, s, cues) {
    const { cp, tokens, text } = ctx;
    if (cp.quoting.count === 0) return null;
    // (the first words of quoting only: a sentence full of them stays linear)
    const found = cp.quoting
      .findAll(tokens, text, s.t0, s.t1)
      .slice(0, MAX_WORDS)
      .filter((m) => !inQuote(s, tokens[m.from]!.start));
    if (found.length === 0) return null;
    for (const m of found) {
      if (!m.values.includes("verb") && !m.values.includes("participle") && !m.values.includes("wordsVerb")) continue;
      const d = m.values.includes("participle") ? reduced(ctx, s, m, found) : active(ctx, s, cues, m, found);
      if (d) return d;
    }
    return null;
  },
};

type QMatch = Match<QuotingWord>;

/** Words of quoting read per sentence. */
const MAX_WORDS = 16;

const inQuote = (s: SentenceInfo, at: number) => s.quotes.some((q) => q.start < at && at < q.end);

/** "Le ministre, cité par Reuters, a déclaré …", "un oficial citat de Reuters a spus …": the phrase before the participle is quoted. */
function reduced(ctx: Ctx, s: SentenceInfo, m: QMatch, found: QMatch[]): Draft | null {
  // (not a noun after its article: "un citat de Eminescu" is a quotation, not someone quoted)
  if (m.from <= s.t0 || wordClass(ctx.cp, ctx.tokens[m.from - 1]) & W.det) return null;
  // (the participle set off by commas: "Le ministre, cité par Reuters, a déclaré")
  const p = subjectPhraseBefore(ctx, s, m.from)?.phrase ?? phraseBefore(ctx, s, m.from, true);
  if (!p) return null;
  const medium = clip(ctx, phraseAfter(ctx, s, m.to), found) ?? mentionAfter(ctx, s, m.to);
  return finish(ctx, s, p, medium, m, medium ? medium.to : m.to, found, false);
}

function active(ctx: Ctx, s: SentenceInfo, cues: SentenceCues, m: QMatch, found: QMatch[]): Draft | null {
  const { cp, tokens, text } = ctx;
  // (a verb that quotes only words: "приводит слова министра", "Слова министра приводит ТАСС")
  const onlyWords = !m.values.includes("verb");
  // A passive: an auxiliary of the passive up to three words before the verb ("was quoted", "wird von X mit
  // den Worten zitiert"); its subject is quoted, its agent the medium.
  let aux = -1;
  for (let j = m.from - 1; !onlyWords && j >= s.t0 && j >= m.from - 10 && !/[,;:.!?]/u.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start)); j--)
    if (wordClass(cp, tokens[j]) & W.passive) {
      aux = j;
      break;
    }
  if (aux >= 0) {
    // (verb second: the subject may follow the auxiliary — "In dem Bericht wird ein Polizist mit den Worten zitiert")
    // (up to the agent: "wurde die Ministerin von Reuters … zitiert")
    let after = phraseAfter(ctx, s, aux + 1);
    for (let j = aux + 2; after && j < after.to; j++) if (wordClass(cp, tokens[j]) & W.agent) after = { ...after, to: j, end: tokens[j - 1]!.end };
    const sub =
      subjectPhraseBefore(ctx, s, aux) ?? (cp.pack.grammar.verbSecond && after && after.from === aux + 1 && after.to < m.from ? { phrase: after } : null);
    if (!sub) return null;
    // (the agent after the verb, "quoted by Reuters as saying", or before it, "von Reuters mit den Worten zitiert")
    let medium: Phrase | null = null;
    let k = m.to;
    if (k < s.t1 && wordClass(cp, tokens[k]) & W.agent) {
      medium = clip(ctx, phraseAfter(ctx, s, k + 1), found);
      if (medium) k = medium.to;
    } else
      for (let j = aux + 1; j < m.from; j++)
        if (wordClass(cp, tokens[j]) & W.agent) {
          medium = clip(ctx, phraseAfter(ctx, s, j + 1), found);
          break;
        }
    // (verb last: the link stands between the agent and the verb — "mit den Worten zitiert: „…“")
    const linkBefore = found.find((x) => x.values.includes("link") && x.from > aux && x.to <= m.from);
    return finish(ctx, s, sub.phrase, medium, m, k, found, !!linkBefore);
  }
  // "Y được Reuters dẫn lời nói …": a mark of the passive before the medium.
  const mark = onlyWords ? undefined : found.find((x) => x.values.includes("passiveMark") && x.to < m.from && m.from - x.to <= 6);
  if (mark) {
    const sub = subjectPhraseBefore(ctx, s, mark.from);
    const medium = phraseBetween(ctx, s, mark.to, m.from);
    if (!sub) return null;
    return finish(ctx, s, sub.phrase, medium, m, m.to, found, false);
  }
  // The active: the object after the verb is quoted ("слова" first where the pack names the words:
  // "цитирует слова министра"); the medium is the subject before it, or after it when a quotation
  // closes right before the verb ("«…», — цитирует ТАСС слова министра").
  const qBefore = s.quotes.find((q) => q.end <= m.start && /^[\s,–—-]*$/u.test(text.slice(q.end, m.start)));
  let k = skipDates(s, m.to, tokens);
  let medium: Phrase | null = null;
  const wordsAt = (j: number) => found.find((x) => x.values.includes("words") && x.from === j);
  if (qBefore && !wordsAt(k)) {
    medium = clip(ctx, phraseAfter(ctx, s, k), found);
    if (medium) k = medium.to;
  } else {
    const sub = subjectPhraseBefore(ctx, s, m.from);
    medium = sub ? sub.phrase : null;
  }
  const w = wordsAt(k);
  if (w) k = w.to;
  // ("citó a un testigo": a preposition that marks the object of a person, or an article)
  // (or a known mention or a name there that no phrase starts with: "dẫn lời ông Dmitry Peskov")
  const object = onlyWords && !w ? null : (clip(ctx, phraseAfter(ctx, s, k), found) ?? mentionAfter(ctx, s, k));
  // "Слова министра приводит агентство Reuters: «…»": the words and their owner before the verb.
  if (!object || object.from !== k) {
    const before = found.find((x) => x.values.includes("words") && x.to < m.from);
    if (before) {
      const owner = phraseBetween(ctx, s, before.to, m.from);
      const after = clip(ctx, phraseAfter(ctx, s, m.to), found);
      if (owner) return finish(ctx, s, owner, after, m, after ? after.to : m.to, found, false, undefined, true);
    }
    return null;
  }
  const d = finish(ctx, s, object, medium, m, object.to, found, false, qBefore, !!w);
  // A quoting verb whose object opens nothing quoted ("cytował wiersz Mickiewicza") is no report.
  if (!d && !qBefore) cues.verbs = cues.verbs.filter((v) => !(v.from < m.to && m.from < v.to));
  return d;
}

/**
 * The claim of the one quoted (`quoted`), once what they said is found after token k: a link of the
 * pack ("as saying", "mit den Worten"), a reporting verb (after a relative pronoun: "care a spus"), a
 * colon and a quotation, or a quotation right after — or the quotation before the quoting verb.
 */
function finish(
  ctx: Ctx,
  s: SentenceInfo,
  quoted: Phrase,
  medium: Phrase | null,
  m: QMatch,
  k: number,
  found: QMatch[],
  linked: boolean,
  qBefore?: { start: number; end: number },
  words = false,
): Draft | null {
  const { cp, tokens, text } = ctx;
  let sp = speakerOfPhrase(ctx, s, { phrase: quoted, role: null }, true);
  if (!sp || sp.speaker.name === "unknown") return null;
  // (a name that ends the phrase after a title is who it names: "dẫn lời ông Trần Minh Khoa")
  const name = sp.speaker.kind === "unknown" ? s.names.find((n) => n.from > quoted.from && n.to === quoted.to && n.to - n.from >= 2) : undefined;
  const named = name ? resolve(ctx, name) : null;
  if (name && named) sp = { speaker: { ...named, mention: text.slice(quoted.start, quoted.end), mentionSpan: [quoted.start, quoted.end] }, m: name };
  let cue: Cue = { kind: "verb", from: m.from, to: m.to, start: m.start, end: m.end };
  let from = -1;
  let j = skipDates(s, k, tokens);
  const gap = (a: number, b: number) => text.slice(a, b);
  const last = tokens[k - 1]!.end;
  const link = found.find((x) => x.values.includes("link") && x.from >= k && x.from <= j + 1 && /^[\s,]*$/u.test(gap(last, x.start)));
  if (link) {
    cue = { kind: "verb", from: link.from, to: link.to, start: link.start, end: link.end };
    from = link.end;
    j = link.to;
  } else {
    // (a relative pronoun, after a comma or not, then a reporting verb: "care a spus", "który powiedział", "che ha detto")
    let r = j;
    if (r < s.t1 && wordClass(cp, tokens[r]) & (W.rel | W.comp)) r++;
    const v = s.cues.find((c) => (c.kind === "verb" || c.kind === "cverb") && c.from >= r && c.from <= r + 1 && /^[\s,]*$/u.test(gap(last, tokens[j]!.start)));
    if (v && (r > j || v.from === j)) {
      cue = { ...v, kind: "verb" };
      from = v.end;
      j = v.to;
    }
  }
  let content: [number, number] | null = null;
  if (from >= 0 || linked) {
    const at = from >= 0 ? from : m.end;
    const comp =
      s.cues.find((c) => c.kind === "comp" && c.from >= j && c.from <= skipDates(s, j, tokens)) ??
      (j < s.t1 && wordClass(cp, tokens[j]) & W.comp ? { end: tokens[j]!.end } : undefined);
    const q = s.quotes.find((x) => x.start >= at && /^[\s:,]*$/u.test(gap(at, x.start)) && /^[\s.!?…]*$/u.test(gap(x.end, s.end)));
    content = comp ? [comp.end, s.end] : q ? [q.start, q.end] : [tokens[skipDates(s, j, tokens)]?.start ?? at, s.end];
  } else {
    // (A colon and a quotation after an object: where the verb of quoting is no reporting verb of the
    // pack, the object must name someone — a person or role the lexicon knows, or a name — since "quoted
    // a price: “…”" quotes a thing; so does a noun of the words quoted, "цитирует слова министра".)
    const cueVerb = s.cues.some((c) => c.kind === "verb" && c.from < m.to && m.from < c.to);
    const someone =
      cueVerb ||
      words ||
      sp.m.ref.type === "role" ||
      (sp.m.ref.type === "entity" && sp.speaker.kind === "person") ||
      s.names.some((n) => n.from >= quoted.from && n.to <= quoted.to);
    const q = someone ? s.quotes.find((x) => x.start >= last && /^\s*:\s*$/u.test(gap(last, x.start))) : undefined;
    if (q) content = [q.start, /^[\s.!?…]*$/u.test(gap(q.end, s.end)) ? q.end : s.end];
    else if (qBefore) content = [s.start, qBefore.end];
  }
  if (!content || wordsIn(text, content) < 1) return null;
  const attribution: [number, number][] = [[Math.min(quoted.start, m.start, medium?.start ?? m.start), Math.max(cue.end, medium?.end ?? 0, quoted.end)]];
  const d = makeDraft(ctx, s, sp.speaker, content, cue, attribution, 0.85);
  if (!d) return null;
  const via = medium ? mediumOf(ctx, s, medium) : null;
  return via ? { ...d, via } : d;
}

/** The name of a medium the lexicon knows in a phrase ("la agencia EFE"), else null. */
function mediumOf(ctx: Ctx, s: SentenceInfo, p: Phrase): string | null {
  for (const x of s.mentions) {
    if (x.from < p.from || x.to > p.to || x.ref.type !== "entity") continue;
    const sp: Speaker | null = resolve(ctx, x);
    if (sp?.kind === "media") return sp.name;
  }
  return null;
}

/**
 * The words from token k to the end of a known mention or a name that starts at most one word after it
 * ("agenția Reuters" where a source cue holds "agenția", "ông Dmitry Peskov"), or null.
 */
function mentionAfter(ctx: Ctx, s: SentenceInfo, k: number): Phrase | null {
  const x = s.mentions.find((m) => m.from >= k && m.from <= k + 1 && m.ref.type === "entity") ?? s.names.find((m) => m.from >= k && m.from <= k + 1);
  return x && k < s.t1 ? { from: k, to: x.to, start: ctx.tokens[k]!.start, end: x.end } : null;
}

/** A phrase cut before the first word of quoting in it ("Reuters as saying"). */
function clip(ctx: Ctx, p: Phrase | null, found: QMatch[]): Phrase | null {
  if (!p) return null;
  const cut = found.find((x) => x.from > p.from && x.from < p.to);
  return cut ? { ...p, to: cut.from, end: ctx.tokens[cut.from - 1]!.end } : p;
}

/** The phrase that fills tokens [a, b) whole, or null. */
function phraseBetween(ctx: Ctx, s: SentenceInfo, a: number, b: number): Phrase | null {
  if (a >= b) return null;
  const p = phraseAfter(ctx, s, a);
  if (!p || p.from !== a) return null;
  return p.to >= b ? { from: a, to: b, start: ctx.tokens[a]!.start, end: ctx.tokens[b - 1]!.end } : null;
}
