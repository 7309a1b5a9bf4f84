/**
 * Open-vocabulary speakers: the noun phrase that stands where a speaker stands — before its
 * reporting verb ("the fire chief said", "Financial industry insiders say"), after it ("said a
 * spokeswoman for Trump hotels, Jennifer Rodstrom", "sagte der Einsatzleiter der Feuerwehr") or
 * after a source phrase ("according to a ministry source") — found with the pack's function
 * words (`grammar`), whether or not a lexicon knows the speaker.
 */
import { tokenize, type Token } from "../../text/tokens.js";
import type { Speaker } from "../../schema/claim.js";
import { W, type CompiledPack } from "../lexicon.js";
import {
  bodyBase,
  DOMAIN,
  familyNames,
  noteFamilyFirst,
  genitiveName,
  isNameParticle,
  isPerson,
  isRole,
  nominative,
  pastAcronyms,
  pronounInName,
  resolveMention,
  type Mention,
  partyPlural,
} from "../speakers.js";
import { roleHoldersOn } from "../../lexicon/index.js";
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { stateNames } from "../../lexicon/places.js";
import { baseForm, endingOf, genitiveCase } from "../endings.js";
import type { Ctx, SentenceInfo } from "./types.js";

/** Longest speaker phrase, in words ("a senior official of the foreign ministry of Ukraine"). */
const MAX_WORDS = 10;
/**
 * The same in tokens where words are pairs of syllables (pack `compare.pairWords`: "Giám đốc Sở Y tế tỉnh
 * Nghệ An Nguyễn Văn Hải" is eleven syllables).
 */
const maxWords = (cp: CompiledPack) => (cp.pack.compare.pairWords ? 2 * MAX_WORDS : MAX_WORDS);

/** A noun phrase that may name a speaker: tokens `[from, to)`, offsets `[start, end)`. */
export interface Phrase {
  from: number;
  to: number;
  start: number;
  end: number;
}

/** A phrase as the mention of a speaker no lexicon names. */
export const asMention = (p: Phrase): Mention => ({ from: p.from, to: p.to, start: p.start, end: p.end, ref: { type: "name" } });

/** Classes a function word loses when written as an acronym. */
const ACRONYM_CLASHES = W.pronoun | W.det | W.prep | W.conj | W.adv | W.nonName;
const ALL_CAPS = /^\p{Lu}+$/u;

/** What the pack knows of a word: bits of {@link W} (a lower-case word with an adverb ending is an adverb). */
export const wordClass = (cp: CompiledPack, t: Token | undefined): number => {
  if (!t) return 0;
  const c = cp.words.get(t.key);
  // A capitalised word that is both an adverb or auxiliary and a month's name is a name (English "May":
  // "May said", "Mrs May told MPs", "said May"), not the modal ("the date may change").
  if ((c === W.adv || c === (W.adv | W.aux)) && t.upper && cp.monthWords.has(t.key)) return 0;
  // A word of two letters or more written all in capitals is an acronym, not the function word of that
  // spelling: "A US official said" (not the pronoun "us"), "IT experts".
  if (c !== undefined && t.upper && t.text.length >= 2 && t.text.length <= 5 && c & ACRONYM_CLASHES && ALL_CAPS.test(t.text)) return 0;
  // A capitalised word that is only an auxiliary of the passive is a noun ("Stati Uniti", "capo dello
  // Stato", "l'Est"): the auxiliary before a participle is written in lower case.
  if (c === (W.aux | W.passive) && t.upper) return 0;
  if (c !== undefined) return c;
  return !t.upper && cp.adverbSuffix && cp.adverbSuffix.test(t.key) ? W.adv : 0;
};
const FUNCTION = W.det | W.prep | W.join | W.conj | W.adv | W.nonName | W.pronoun | W.rel | W.comp | W.passive;

/** Tokens of the sentence that belong to a cue, a date or a quotation: no part of a speaker's phrase. */
function blocked(s: SentenceInfo, tokens: readonly Token[]): Uint8Array {
  let b = s.memo.blocked;
  if (b) return b;
  b = new Uint8Array(Math.max(0, s.t1 - s.t0));
  for (const c of s.cues) if (c.kind !== "neg" && c.kind !== "undated") for (let k = c.from; k < c.to; k++) if (k >= s.t0 && k < s.t1) b[k - s.t0] = 1;
  // Dates and quotations are sorted and disjoint: one walk over the tokens (a scan per token is quadratic on a sentence of dates).
  let di = 0,
    qi = 0;
  for (let k = s.t0; k < s.t1; k++) {
    const t = tokens[k]!;
    while (di < s.dates.length && s.dates[di]!.end < t.end) di++;
    while (qi < s.quotes.length && s.quotes[qi]!.end <= t.end) qi++;
    const d = s.dates[di],
      q = s.quotes[qi];
    if ((d && d.start <= t.start && t.end <= d.end) || (q && q.start < t.start && t.end < q.end)) b[k - s.t0] = 1;
  }
  s.memo.blocked = b;
  return b;
}

/**
 * Whether the word at token j, a preposition that is also a conjunction ("after", "since", "als",
 * "während"), opens a clause whose verb is at token k, so that it governs none of the words between
 * them ("… a day after | Mr. Trump told a rally that …"). In a verb-second language (pack
 * `grammar.verbSecond`) a clause so opened puts its verb last: a verb with more words of its clause
 * after it is a main clause's, and the word before the phrase is a preposition ("Als Grund gab die
 * Schule an, …": "als" governs "Grund", the school speaks).
 */
export function opensClause(ctx: Ctx, s: SentenceInfo, j: number, k: number): boolean {
  const { cp, tokens, text } = ctx;
  if ((wordClass(cp, tokens[j]) & (W.prep | W.conj)) !== (W.prep | W.conj)) return false;
  if (!cp.pack.grammar.verbSecond) return true;
  const end = s.cues.find((c) => c.from === k)?.to ?? k + 1;
  const next = tokens[end];
  if (end >= s.t1 || !next) return true;
  return /[.,;:!?)]/u.test(text.slice(tokens[end - 1]!.end, next.start)) || (wordClass(cp, next) & W.aux) !== 0;
}

const TITLE_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const UPPER_START = /^[\p{Lu}\p{N}]/u;

/** The number of words in `x`, as titles count them ("Welt am Sonntag": 3). */
export const titleWordCount = (x: string): number => x.match(TITLE_WORD)?.length ?? 0;

/**
 * Whether quotation `q` is shaped like a title: up to five words, each capitalised or (after the first) a function
 * word of the pack ("„Welt am Sonntag“", “State of the Union”).
 */
export function titleShaped(cp: CompiledPack, text: string, q: { start: number; end: number }): boolean {
  const small = (w: string) => (cp.words.get(cp.fold(w)) ?? 0) & (W.det | W.prep | W.join | W.conj);
  const words = text.slice(q.start, q.end).match(TITLE_WORD) ?? [];
  return words.length > 0 && words.length <= 5 && words.every((w, i) => UPPER_START.test(w) || (i > 0 && small(w)));
}

/** Whether tokens k−1 and k may belong to one phrase: spaces, a hyphen or an apostrophe between them, or the dot of an initial or a title ("Joseph R. Biden", "Mr. Smith"). */
export function soft(ctx: Ctx, k: number): boolean {
  const { text, tokens } = ctx;
  const a = tokens[k - 1],
    b = tokens[k];
  if (!a || !b) return false;
  // the common case without a slice: one space
  if (b.start - a.end === 1 && text.charCodeAt(a.end) === 32) return true;
  const sep = text.slice(a.end, b.start);
  // (a hyphen with spaces around it is a dash: "Aleksand Bortnikov - lãnh đạo FSB" is a name and its apposition)
  if (/\s[-‐]\s/u.test(sep)) return false;
  // (a run of spaces: a party tag blanked out, "Warren (D-Mass.) said" — see layout.ts blankPartyTags)
  if (/^[ \t'’\-‐]{0,3}$/u.test(sep) || /^ +$/u.test(sep)) return true;
  // ("a Franklin & Marshall poll", "Procter & Gamble": an ampersand joins two capitalised words of one name)
  if (a.upper && b.upper && /^ ?& ?$/u.test(sep)) return true;
  if (/^\. ?$/u.test(sep))
    return (
      (a.text.length === 1 && a.upper) ||
      (wordClass(ctx.cp, a) & W.title) !== 0 ||
      ctx.cp.abbreviations.has(`${a.key}.`) ||
      (a.text.length <= 3 && b.text.length <= 3 && a.text === a.text.toUpperCase() && b.text === b.text.toUpperCase())
    );
  return false;
}

/** A word that can be part of a speaker's name or description. */
function content(ctx: Ctx, s: SentenceInfo, k: number): boolean {
  if (k < s.t0 || k >= s.t1) return false;
  const t = ctx.tokens[k]!;
  if (blocked(s, ctx.tokens)[k - s.t0]) return false;
  // A number is part of a description only joined to a word by a hyphen ("die 56-jährige Anwältin", "a 39-year-old man").
  if (t.digits) return k + 1 < s.t1 && ctx.text.charAt(t.end) === "-" && ctx.tokens[k + 1]!.start === t.end + 1;
  const c = wordClass(ctx.cp, t) & FUNCTION;
  // (a capitalised pronoun that ends or goes on a name is the name's word: "ông Trần Tuấn Anh", "ông Lê Anh Tuấn")
  if (c & W.pronoun && t.upper && pronounInName(ctx.cp, ctx.tokens, ctx.text, k)) return true;
  // (An auxiliary of the passive after an article or a joining word is a noun: "lo stato", "cet été".)
  if (c === W.passive && k > s.t0 && wordClass(ctx.cp, ctx.tokens[k - 1]) & (W.det | W.join)) return true;
  return c === 0;
}

/**
 * The words that tie a complement to a description (pack `grammar.descriptionLinks`: "familiar
 * with", "briefed on", "with knowledge of") over token k, as `[from, to)`; null where none does.
 */
function linkAt(ctx: Ctx, s: SentenceInfo, k: number): [number, number] | null {
  const { tokens, cp } = ctx;
  for (const l of cp.links) {
    for (let o = 0; o < l.length; o++) {
      const a = k - o,
        b = a + l.length;
      if (a < s.t0 || b > s.t1) continue;
      let ok = true;
      for (let i = a; i < b && ok; i++) ok = tokens[i]!.key === l[i - a] && (i === a || soft(ctx, i));
      if (ok) return [a, b];
    }
  }
  return null;
}

/** Whether the separator before token k (or the start of the sentence) opens a clause. */
function clauseStart(ctx: Ctx, s: SentenceInfo, k: number): boolean {
  return k <= s.t0 || separates(ctx, k);
}

const CLAUSE_SEP = /[,;:(–—"“”„«»]|\s-\s/u;
/** Whether a clause separator (a comma, a colon, a bracket, a dash, a quotation mark) stands between tokens k−1 and k. */
export function separates(ctx: Ctx, k: number): boolean {
  const { text, tokens } = ctx;
  const a = tokens[k - 1]!,
    b = tokens[k]!;
  if (b.start - a.end === 1 && text.charCodeAt(a.end) === 32) return false;
  return CLAUSE_SEP.test(text.slice(a.end, b.start));
}

/**
 * The phrase that ends right before token `k` (a reporting verb): adverbs between them are
 * skipped ("Trump also said"); the phrase runs back over nouns, adjectives, names and joining
 * words ("spokeswoman for Trump hotels", "purtătorul de cuvânt al Kremlinului") to its determiner
 * or to a function word; a preposition stops it unless what comes before it opens the clause
 * ("Officials in Moscow said").
 */
export function phraseBefore(ctx: Ctx, s: SentenceInfo, k: number, acrossSeparator = false, nested = false): Phrase | null {
  const { tokens, cp } = ctx;
  let j = k - 1;
  // (within one date any separator links: "ngày 5/3")
  const linked = (i: number) => (acrossSeparator && i === k) || soft(ctx, i) || (i < k && i > s.t0 && sameDate(i - 1, i));
  // Adverbs and dates between subject and verb: "Trump also said", "Gidley hôm qua cho biết", "Putin on Monday said".
  const sameDate = (a: number, b: number) => s.dates.some((d) => d.start <= tokens[a]!.start && tokens[b]!.end <= d.end);
  const dated = (i: number) => sameDate(i, i);
  // (a day word before a date is no part of the subject either: "Phan Văn Tùng hôm thứ Sáu | nhấn mạnh", "ngày 5/3")
  const dayWord = (i: number) => !!cp.dates.matchAt(tokens, i, ctx.text)?.values.some((v) => v.type === "dayWord");
  const skippable = (i: number) =>
    (wordClass(cp, tokens[i]) & W.adv && !(wordClass(cp, tokens[i]) & W.pronoun)) ||
    dated(i) ||
    ((wordClass(cp, tokens[i]) & W.prep || dayWord(i)) && i + 1 < k && dated(i + 1));
  while (j >= s.t0 && j > k - 6 && linked(j + 1) && skippable(j)) j--;
  if (j < s.t0 || !linked(j + 1)) return null;
  let hi = j;
  // "A person close to him said": a link written whole with its complement (a pronoun) ends the phrase.
  const whole = cp.links.length ? completeLinkEndingAt(ctx, s, j) : null;
  if (whole) j = whole[0] - 1;
  const caps = cp.pack.matching.capitalizedNouns;
  let from = -1,
    n = 0;
  for (; j >= s.t0; j--) {
    if (from >= 0 && !soft(ctx, j + 1)) break;
    const c = wordClass(cp, tokens[j]);
    // Where nouns are capitalised (German), a lower-case word between two nouns that has no adjective
    // ending (pack `grammar.adjectiveEndings`) is a verb, no part of the phrase before the verb or
    // postposition: "Die Camorra erwirtschaftet Schätzungen zufolge" (not "Mannheims oberster Bürgermeister").
    if (caps && from >= 0 && verbBetweenNouns(ctx, s, j)) break;
    if (content(ctx, s, j)) {
      from = j;
      if (++n > maxWords(cp)) return null;
      continue;
    }
    if (from < 0) break;
    // A joining word with a noun before it: "spokesman for", "Sprecher des", "purtătorul de cuvânt al".
    if (c & W.join && content(ctx, s, j - 1) && soft(ctx, j)) continue;
    // "people familiar with the talks": a link and its complement (with its determiner) go on the description.
    const link = cp.links.length ? (linkAt(ctx, s, j) ?? (c & W.det && soft(ctx, j) ? linkAt(ctx, s, j - 1) : null)) : null;
    if (link && link[1] >= j && link[1] <= j + 1 && link[0] > s.t0 && content(ctx, s, link[0] - 1) && soft(ctx, link[0])) {
      j = link[0];
      from = content(ctx, s, j) ? j : from;
      continue;
    }
    if (c & W.det) {
      // "Marine Le Pen": a capitalised article inside a name, a first name before it, is a name's particle.
      if (
        tokens[j]!.upper &&
        tokens[j + 1]?.upper &&
        j > s.t0 &&
        tokens[j - 1]!.upper &&
        NAME_PARTICLES.has(tokens[j]!.key) &&
        content(ctx, s, j - 1) &&
        soft(ctx, j)
      )
        continue;
      // "spokesman for the ministry": a determiner after a joining word belongs to the complement.
      if (wordClass(cp, tokens[j - 1]) & W.join && content(ctx, s, j - 2) && soft(ctx, j) && soft(ctx, j - 1)) {
        j--;
        continue;
      }
      // "one of the largest suppliers", "two of the counties": a determiner of number or quantity, a
      // joining word and a determiner make a part of the complement — the phrase goes on over them
      // ("A spokeswoman for one of the suppliers", "Officials in two of the counties").
      if (j - 2 >= s.t0 && wordClass(cp, tokens[j - 1]) & W.join && wordClass(cp, tokens[j - 2]) & W.det && soft(ctx, j) && soft(ctx, j - 1)) {
        j -= 2;
        from = j;
        continue;
      }
      from = j;
    }
    break;
  }
  if (from < 0) return null;
  // "Officials in Moscow said": a preposition after the clause's first words joins them.
  const p = from - 1;
  // (Not one that also opens a clause, before the subject of its own verb: "The dispute began after | Mr. Ruiz said …".)
  if (p > s.t0 && wordClass(cp, tokens[p]) & W.prep && !opensClause(ctx, s, p, k) && soft(ctx, from) && soft(ctx, p)) {
    let q = p - 1;
    while (q > s.t0 && q > p - 4 && content(ctx, s, q - 1) && soft(ctx, q)) q--;
    // (with its determiner: "Ein Abgeordneter aus Ohio sagte", "A lawmaker from Ohio said")
    const d = q - 1 >= s.t0 && wordClass(cp, tokens[q - 1]) & W.det && soft(ctx, q) ? q - 1 : q;
    if (content(ctx, s, q) && clauseStart(ctx, s, d) && p - q <= 3) from = d;
    // (a description with its complement before the preposition, opening the clause: "Der Sprecher der
    // Polizei in Anklam sagte", "The spokesman for the police in Anklam said")
    else if (!nested) {
      const left = phraseBefore(ctx, s, p, false, true);
      // (not when a known person follows the preposition: "Il presidente Xi nella telefonata con l'omologo Biden
      // ha assicurato" — the person after "con" is no part of a description of the speaker)
      if (
        left &&
        left.to === p &&
        clauseStart(ctx, s, left.from) &&
        wordClass(cp, tokens[left.from]) & W.det &&
        !s.mentions.some((m) => m.from >= left.from && m.from < k)
      )
        from = left.from;
    }
  }
  // "A statement from the National Association of Secretaries of State said": the document before its author.
  for (let d = Math.max(s.t0, from - 4); from > s.t0 && d < from; d++) {
    if (documentAt(ctx, s, d) === from && clauseStart(ctx, s, d) && soft(ctx, from)) {
      from = d;
      break;
    }
  }
  let end = hi;
  if (whole && from < 0) return null;
  if (!whole) while (end > from && !content(ctx, s, end)) end--;
  else hi = end;
  from = pastBareNoun(ctx, s, from, end);
  return { from, to: end + 1, start: tokens[from]!.start, end: tokens[end]!.end };
}

const WHITESPACE = /\s/u;

/**
 * Where a phrase of lower-case words that ends in a role word starts, once a word with none of the pack's
 * adjective endings (`grammar.adjectiveEndings`) before the role word is left out: no article marks the
 * description there, and such a word is a noun of the clause's setting, no part of the speaker — "Dwa dni temu
 * | minister powiedział", "W opublikowanym w niedzielę wywiadzie | minister powiedział", «…интервью | министр
 * заявил». Adjectives and titles stay ("były minister", «бывший министр»). Not where nouns are capitalised.
 */
function pastBareNoun(ctx: Ctx, s: SentenceInfo, from: number, end: number): number {
  const { tokens, cp } = ctx;
  const endings = cp.pack.grammar.adjectiveEndings;
  if (from >= end || endings.length === 0 || cp.pack.matching.capitalizedNouns) return from;
  const last = tokens[end]!;
  if (last.upper || !isRoleWord(cp, last.text)) return from;
  for (let k = end - 1; k >= from; k--) {
    const t = tokens[k]!;
    const c = wordClass(cp, t);
    // (a word of a date goes too: "Dwa dni temu | minister")
    if (s.dates.some((d) => d.start <= t.start && t.end <= d.end)) return k + 1;
    // (a capital or a joining word before: a name or a complement the phrase's own rules read)
    if (t.upper || c & (W.join | W.prep) || !soft(ctx, k + 1)) return from;
    // (a word joined by a hyphen to its neighbour is part of one compound: "Пресс-служба ведомства")
    if (!WHITESPACE.test(ctx.text.slice(t.end, tokens[k + 1]!.start))) return from;
    if (k > from && !WHITESPACE.test(ctx.text.slice(tokens[k - 1]!.end, t.start))) return from;
    if (c & (W.title | W.det) || endings.some((e) => t.key.length > e.length + 2 && t.key.endsWith(e))) continue;
    return k + 1;
  }
  return from;
}

/**
 * Where the author's words start after a document and the word that names its author at token k
 * (pack `reporting.documentSources`, after a determiner: "a statement from", "the letter by"), when
 * a word of content follows; null where none.
 */
function documentAt(ctx: Ctx, s: SentenceInfo, k: number): number | null {
  const { tokens, cp } = ctx;
  if (k < s.t0 || k >= s.t1) return null;
  const j = wordClass(cp, tokens[k]) & W.det ? k + 1 : k;
  const m = j < s.t1 && (j === k || soft(ctx, j)) ? cp.documentSources.matchAt(tokens, j, ctx.text) : null;
  if (!m || m.to >= s.t1 || m.to > s.t1 || !soft(ctx, m.to)) return null;
  for (let i = j + 1; i < m.to; i++) if (!soft(ctx, i)) return null;
  const a = wordClass(cp, tokens[m.to]) & W.det ? m.to + 1 : m.to;
  return a < s.t1 && content(ctx, s, a) ? m.to : null;
}

/**
 * The author's words in a phrase opened by a document and the word that names its author ("A
 * statement from the Pentagon" → "the Pentagon"); null where the phrase opens otherwise.
 */
export function documentAuthor(ctx: Ctx, s: SentenceInfo, p: Phrase): Phrase | null {
  const a = documentAt(ctx, s, p.from);
  return a !== null && a < p.to ? { from: a, to: p.to, start: ctx.tokens[a]!.start, end: p.end } : null;
}

/**
 * A link of the pack written whole with its complement ("close to him": pack
 * `grammar.descriptionLinks`) that ends at token k, right after a word of content, as `[from, to)`.
 */
function completeLinkEndingAt(ctx: Ctx, s: SentenceInfo, k: number): [number, number] | null {
  const l = linkAt(ctx, s, k);
  if (!l || l[1] !== k + 1 || l[0] <= s.t0 || !content(ctx, s, l[0] - 1) || !soft(ctx, l[0]) || content(ctx, s, k)) return null;
  return wordClass(ctx.cp, ctx.tokens[k]) & (W.join | W.prep) ? null : l;
}

/** A lower-case word with spaces around it, between two words in capitals, with none of the pack's adjective endings. */
function verbBetweenNouns(ctx: Ctx, s: SentenceInfo, j: number): boolean {
  const { tokens, text, cp } = ctx;
  const t = tokens[j]!;
  if (t.upper || j <= s.t0 || j + 1 >= s.t1 || !content(ctx, s, j) || !tokens[j - 1]!.upper || !tokens[j + 1]!.upper || !content(ctx, s, j - 1)) return false;
  // (a name's particle is none: "Jan van Aken")
  if (isNameParticle(cp, t)) return false;
  if (!/^ +$/u.test(text.slice(tokens[j - 1]!.end, t.start)) || !/^ +$/u.test(text.slice(t.end, tokens[j + 1]!.start))) return false;
  const endings = cp.pack.grammar.adjectiveEndings;
  if (endings.length === 0) return false;
  // Where the finite verb comes second, the word after an opening determiner and its noun is that verb, whatever its
  // ending ("Die Preise steigen Experten zufolge …"); an attribute stands there only after a genitive, whose
  // determiner is never nominative (pack `grammar.oblique`: "Des Landes oberster Richter").
  const d = tokens[s.t0]!;
  if (cp.pack.grammar.verbSecond && j === s.t0 + 2 && wordClass(cp, d) & W.det && !cp.obliqueWords.has(d.key)) return true;
  return !endings.some((e) => t.key.endsWith(e));
}

/**
 * The phrase that starts at token `k` (after a reporting verb or a source phrase): a determiner,
 * then nouns, adjectives, names and joining words ("a spokeswoman for Trump hotels", "der
 * Einsatzleiter der Crailsheimer Feuerwehr"), up to a function word, a comma or a quotation.
 */
export function phraseAfter(ctx: Ctx, s: SentenceInfo, k: number): Phrase | null {
  const { tokens, cp } = ctx;
  let j = k;
  // (an adverbial of several words first: "ha affermato poco dopo il sindaco", "a déclaré peu après le maire")
  const adverbial = s.cues.find((c) => c.kind === "adverbial" && c.from === j);
  if (adverbial && adverbial.to < s.t1 && soft(ctx, adverbial.to)) j = adverbial.to;
  const k0 = j;
  while (j < s.t1 && j < k0 + 2 && wordClass(cp, tokens[j]) & W.adv && !(wordClass(cp, tokens[j]) & (W.det | W.pronoun)) && soft(ctx, j + 1)) j++;
  const from = j;
  // ("a statement from the White House": the document and its author's words are one phrase — see {@link documentAuthor})
  const doc = documentAt(ctx, s, j);
  if (doc !== null) j = doc;
  // ("one of the officials": the part and its whole — see {@link partitiveAt})
  if (partitiveAt(ctx, s, j)) j += 3;
  else if (j < s.t1 && wordClass(cp, tokens[j]) & W.det && !(wordClass(cp, tokens[j]) & W.nonName && !content(ctx, s, j + 1))) j++;
  let last = -1,
    n = 0;
  // Where nouns are capitalised (German), a lower-case word after a noun is no part of its phrase: the
  // verb or an adverb follows ("der Feuerwehr brach das Feuer aus", "Der Minister bemängelte").
  const caps = cp.pack.matching.capitalizedNouns;
  for (; j < s.t1; j++) {
    if (j > from && !soft(ctx, j)) break;
    if (caps && last >= 0 && tokens[last]!.upper && !tokens[j]!.upper && content(ctx, s, j) && !tokens[j - 1]!.digits) break;
    if (content(ctx, s, j)) {
      if (!caps && participleAfterNoun(ctx, s, j, last)) break;
      last = j;
      if (++n > maxWords(cp)) break;
      continue;
    }
    if (last < 0) break;
    const c = wordClass(cp, tokens[j]);
    // "two people familiar with the talks": a link and its complement go on the description.
    const link = cp.links.length ? linkAt(ctx, s, j) : null;
    // ("a person close to him": a link written whole with its complement)
    let whole: [number, number] | null = null;
    for (let e = j; link && !whole && e < Math.min(s.t1, j + 4); e++) whole = completeLinkEndingAt(ctx, s, e);
    if (whole && whole[0] <= last + 1) {
      last = whole[1] - 1;
      break;
    }
    // (not after a person's name, or one word with no article, as a name is: "sagte Müller für die Regierung" — on whose
    // behalf, no description)
    const named =
      s.mentions.some((m) => m.to === last + 1 && isPerson(m)) ||
      (last === from && from > s.t0 && tokens[from]!.upper && !(wordClass(cp, tokens[from - 1]) & W.det));
    if (link && link[0] <= last + 1 && link[1] < s.t1 && soft(ctx, link[1]) && !named) {
      j = link[1] - 1;
      if (wordClass(cp, tokens[j + 1]) & W.det && content(ctx, s, j + 2) && soft(ctx, j + 2)) j++;
      if (content(ctx, s, j + 1)) continue;
      break;
    }
    // "the Food and Drug Administration": "and" inside one name (see {@link andInName}).
    if (c & W.and && soft(ctx, j) && soft(ctx, j + 1)) {
      let second = phraseAfter(ctx, s, j + 1);
      // (a second complement opened by its joining word: "il ministero dell'Economia e | delle Finanze")
      // (also where a phrase was found after the joining word alone: "e delle | Finanze")
      if ((!second || second.from !== j + 1) && wordClass(cp, tokens[j + 1]) & W.join && soft(ctx, j + 2)) {
        const p2 = phraseAfter(ctx, s, j + 2);
        if (p2 && p2.from === j + 2) second = { ...p2, from: j + 1, start: tokens[j + 1]!.start };
      }
      if (second && second.from === j + 1 && andInName(ctx, s, { from, to: last + 1, start: tokens[from]!.start, end: tokens[last]!.end }, second)) {
        last = second.to - 1;
        break;
      }
    }
    // "spokeswoman for Trump hotels", "Sprecher des Ministeriums", "Sprecher der Polizei" (a determiner of
    // another case opens another phrase: "der Minister | einer Darstellung").
    if (c & W.join && soft(ctx, j + 1)) {
      if (content(ctx, s, j + 1)) continue;
      if (wordClass(cp, tokens[j + 1]) & W.det && content(ctx, s, j + 2) && soft(ctx, j + 2)) {
        j++;
        continue;
      }
      // "a spokeswoman for one of the suppliers"
      if (partitiveAt(ctx, s, j + 1)) {
        j += 3;
        continue;
      }
    }
    break;
  }
  if (last < 0) return null;
  // A name written as its web address ("Ulysmedia.kz", "Tengrinews.kz", "HotNews.ro"): the domain is part of it.
  if (last + 1 < s.t1 && tokens[last]!.upper && ctx.text.slice(tokens[last]!.end, tokens[last + 1]!.start) === "." && DOMAIN.test(tokens[last + 1]!.text))
    last++;
  return { from, to: last + 1, start: tokens[from]!.start, end: tokens[last]!.end };
}

/**
 * Whether "and" between two phrases is inside one name rather than between two speakers: the phrase
 * after it is capitalised with no determiner and names no person, and the one before is either
 * capitalised words after a determiner, the second ending with the noun of a public body (pack
 * `grammar.institutionNouns`: "The Food | and | Drug Administration", "the Medicines | and |
 * Healthcare products Regulatory Agency") or has a joining word before its last, capitalised word
 * ("The Department of Health | and | Human Services", "A spokesman for the Department of Health | and | …").
 * So is one before it cut short by a hyphen ("Das Bau- | und | Verkehrsministerium").
 */
export function andInName(ctx: Ctx, s: SentenceInfo, first: Phrase, second: Phrase, plural: boolean | null = null): boolean {
  const { tokens, cp } = ctx;
  // (a first part cut short by a hyphen shares the word after "and": "Das Bau- und Verkehrsministerium")
  if (first.to < second.from && /^-\s/u.test(ctx.text.slice(tokens[first.to - 1]!.end, tokens[first.to]!.start))) return true;
  const words = tokens.slice(first.from, first.to);
  if (mentionsIn(s, second).some((m) => isPerson(m) || isRole(m)) || mentionsIn(s, first).some(isPerson)) return false;
  const t = tokens[second.from]!;
  const nameGoesOn = t.upper && !(wordClass(cp, t) & (W.det | W.title)) && !isRoleWord(cp, t.text);
  // (where heads come first, the noun of a body in the first part, its name going on after "and" with no other
  // body's noun or known name: "Bộ trưởng Bộ Giáo dục | và | Đào tạo Nguyễn Kim Sơn", "Bộ Tài nguyên | và | Môi trường")
  if (cp.pack.grammar.headInitial && words.some((w) => cp.institutionBase.has(w.key)))
    return nameGoesOn && !cp.institutionBase.has(t.key) && mentionsIn(s, second).length === 0;
  // "le ministère de l'Économie | et | des Finances", "Ministerului Muncii | și | Solidarității Sociale": a second
  // complement of a body's noun — opened by a joining word where the first was, or with none where the first had
  // none — that names no body of its own.
  // (A field's name capitalises its first word only: "il ministero dell'Ambiente | e | della Sicurezza energetica",
  // "le ministère de la Transition écologique | et | de la Cohésion des territoires".)
  let head = wordClass(cp, words[0]) & W.det && words.length > 1 ? 1 : 0;
  // (where no word joins a complement to its head, a noun of office before the body's noun, which is its complement:
  // "Представитель Министерства образования | и | науки", "Rzecznik Ministerstwa Rozwoju | i | Technologii")
  const cased = cp.pack.grammar.joiners.length === 0 && cp.endings.length > 0;
  if (
    cased &&
    words.length > head + 2 &&
    isRoleWord(cp, words[head]!.text) &&
    !cp.institutionBase.has(words[head]!.key) &&
    cp.institutionBase.has(words[head + 1]!.key)
  )
    head++;
  // (so of a role word: "il ministro dell'Economia | e | delle Finanze" is one office)
  if ((cp.institutionBase.has(words[head]!.key) || (!words[head]!.upper && isRoleWord(cp, words[head]!.text))) && words.length > head + 1) {
    const tail = tokens.slice(second.from, second.to);
    const joined = words.slice(head + 1).some((w) => wordClass(cp, w) & W.join);
    const opens = (wordClass(cp, tail[0]) & W.join) !== 0;
    const caps = tail.filter((w) => !(wordClass(cp, w) & (W.join | W.det)));
    const field = words.slice(head + 1).find((w) => !(wordClass(cp, w) & (W.join | W.det)));
    const r = cp.pack.reporting;
    const firstName = (w: Token) => r.maleFirstNames.includes(w.key) || r.femaleFirstNames.includes(w.key);
    if (
      joined === opens &&
      caps.length > 0 &&
      caps[0]!.upper &&
      !cp.institutionBase.has(caps[0]!.key) &&
      field?.upper &&
      !firstName(caps[0]!) &&
      !caps.some((w) => !w.upper && isRoleWord(cp, w.text))
    )
      return true;
    // (a field written in lower case, as Russian and Ukrainian write a body's name past its first word: "Министерство
    // экономического развития | и | торговли" — one word after "and", no noun of people, office or body, and no verb
    // in the plural that makes two subjects of it)
    if (
      cased &&
      plural !== true &&
      field &&
      !field.upper &&
      caps.length === 1 &&
      tail.length === 1 &&
      !caps[0]!.upper &&
      !cp.institutionBase.has(caps[0]!.key) &&
      !isRoleWord(cp, caps[0]!.text) &&
      !groupKeys(cp).has(caps[0]!.key) &&
      !pluralPeople(cp, caps[0]!)
    )
      return true;
  }
  if (!tokens[first.to - 1]!.upper) return false;
  if (!nameGoesOn) return false;
  if (
    wordClass(cp, words[0]) & W.det &&
    words.length > 1 &&
    words.slice(1).every((w) => w.upper && !isRoleWord(cp, w.text)) &&
    cp.institutionBase.has(tokens[second.to - 1]!.key)
  )
    return true;
  return words.some((w, i) => i > 0 && wordClass(cp, w) & W.join && words.slice(i + 1).every((x) => x.upper || wordClass(cp, x) & W.det));
}

/** Most words between a body's noun and the coordinator that closes the list of its fields. */
const FIELD_WORDS = 12;

/**
 * The first token of a body's name whose list of fields runs up to token `end` (exclusive), the
 * coordinator before the last field right after it: the noun of a public body (pack
 * `grammar.institutionNouns`) with a joining word or a preposition after it, then capitalised
 * fields, joining words, determiners and commas — "El Ministerio de Agricultura, Pesca | y
 * Alimentación", "El Ministerio para la Transición Ecológica | y el Reto Demográfico" — with the
 * determiner before the noun. -1 when no body's noun opens the run.
 */
export function bodyFieldsFrom(ctx: Ctx, s: SentenceInfo, end: number): number {
  const { tokens, text, cp } = ctx;
  for (let i = end - 1; i >= s.t0 && end - i <= FIELD_WORDS; i--) {
    const t = tokens[i]!;
    if (i + 1 < end && !soft(ctx, i + 1) && !/^,\s+$/u.test(text.slice(t.end, tokens[i + 1]!.start))) return -1;
    const c = wordClass(cp, t);
    if (cp.institutionBase.has(t.key)) {
      if (i + 1 >= end || !(wordClass(cp, tokens[i + 1]) & (W.join | W.prep)) || !soft(ctx, i + 1)) return -1;
      return i > s.t0 && wordClass(cp, tokens[i - 1]) & W.det && soft(ctx, i) ? i - 1 : i;
    }
    if (c & (W.and | W.conj | W.pronoun | W.rel)) return -1;
    if (t.upper || c & (W.join | W.det | W.prep)) continue;
    return -1;
  }
  return -1;
}

/**
 * The end (exclusive) of the rest of a body's list of fields after a comma at token `k`, up to the comma
 * that closes it, where the phrase before the comma is a body's noun and its first field (see
 * {@link bodyFieldsFrom}): capitalised fields, joining words, determiners and commas, one coordinator before
 * the last — "Según el Ministerio de Agricultura, | Pesca y Alimentación |, …", "Secondo il Ministero
 * dell'Agricoltura, | della Sovranità alimentare e delle Foreste |, …" (a lower-case word only after a
 * capitalised one in a field opened by a joining word). -1 where none, or where a known name stands in the run.
 */
export function bodyFieldsAfter(ctx: Ctx, s: SentenceInfo, k: number): number {
  const { tokens, text, cp } = ctx;
  if (k <= s.t0 || k >= s.t1 || !/^,\s+$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) || bodyFieldsFrom(ctx, s, k) < 0) return -1;
  let and = -1,
    joined = false;
  for (let i = k; i < s.t1 && i - k < FIELD_WORDS; i++) {
    const t = tokens[i]!;
    if (i > k && !soft(ctx, i)) {
      if (!/^,\s+$/u.test(text.slice(tokens[i - 1]!.end, t.start))) return -1;
      // (the comma that closes the list, after the last field; another before the coordinator separates fields)
      if (and >= 0) return and < i - 1 && i + 2 < s.t1 && !knownIn(ctx, k, i) ? i : -1;
      joined = false;
    }
    const c = wordClass(cp, t);
    if (c & W.and) {
      if (and >= 0 || i === k) return -1;
      and = i;
      joined = false;
      continue;
    }
    if (c & (W.join | W.det)) {
      joined = true;
      continue;
    }
    if (c & (W.conj | W.pronoun | W.rel | W.prep | W.comp)) return -1;
    // (two capitalised words in a field with no joining word are a person's name: "…, Giorgia Meloni e Matteo Salvini, …")
    if (t.upper && !joined && i > k && tokens[i - 1]!.upper && soft(ctx, i)) return -1;
    if (t.upper || (joined && i > k && tokens[i - 1]!.upper && soft(ctx, i) && c === 0)) continue;
    return -1;
  }
  return -1;
}

/** Whether a person, body or state the lexicons know is named among tokens [from, to): "…, España y Francia, …" lists no fields. */
function knownIn(ctx: Ctx, from: number, to: number): boolean {
  const { cp, text, tokens } = ctx;
  if (cp.mentions.findAll(tokens, text, from, to).length > 0) return true;
  for (let j = from; j < to; j++)
    if (tokens[j]!.upper && stateAt(ctx, { from: j, to: j + 1, start: tokens[j]!.start, end: tokens[j]!.end }, j, false)) return true;
  return false;
}

/**
 * Whether a part of a whole starts at token k: a determiner of number or quantity, a joining word and a
 * determiner before a word of content ("one of the officials", "two of the counties", "some of its members").
 */
function partitiveAt(ctx: Ctx, s: SentenceInfo, k: number): boolean {
  const { tokens, cp } = ctx;
  return (
    k + 3 < s.t1 &&
    (wordClass(cp, tokens[k]) & W.det) !== 0 &&
    (wordClass(cp, tokens[k + 1]) & W.join) !== 0 &&
    (wordClass(cp, tokens[k + 2]) & W.det) !== 0 &&
    soft(ctx, k + 1) &&
    soft(ctx, k + 2) &&
    soft(ctx, k + 3) &&
    content(ctx, s, k + 3)
  );
}

/** Whether a phrase ends with a capitalised word and its domain, glued by a dot ("Ulysmedia.kz"). */
function webAddress(ctx: Ctx, p: Phrase): boolean {
  const { tokens, text } = ctx;
  const last = tokens[p.to - 1]!,
    before = tokens[p.to - 2]!;
  return before.upper && DOMAIN.test(last.text) && text.slice(before.end, last.start) === ".";
}

/**
 * Whether a mention is the possessor of the noun after it (pack `grammar.possessives`): "Trump's
 * spokesman", "Sanders' campaign" — the mention names whose, not who.
 */
export function possessor(ctx: Ctx, s: SentenceInfo, m: { to: number; end: number }): boolean {
  return possessedFrom(ctx, m.to, m.end, s.t1) >= 0;
}

/**
 * The token of the noun possessed by the word that ends at `end` (before token `to`), where a
 * possessive mark of the pack (`grammar.possessives`) follows it in the same phrase, before token
 * `t1`; else -1. "Trump's spokesman" ("Trump", then "s" after an apostrophe) → "spokesman".
 */
export function possessedFrom(ctx: Pick<Ctx, "text" | "tokens" | "cp">, to: number, end: number, t1: number): number {
  const marks = ctx.cp.pack.grammar.possessives;
  if (marks.length === 0 || to >= t1) return -1;
  const { text, tokens } = ctx;
  for (const mark of marks) {
    if (!text.startsWith(mark, end)) continue;
    // (a bare apostrophe only after a final s: "Sanders' aide", not a closing quotation mark)
    if (!/\p{L}/u.test(mark) && !/s$/iu.test(text.slice(end - 1, end))) continue;
    const after = end + mark.length;
    // the noun possessed follows, in the same phrase
    const k = tokens[to]!.start === after - 1 && /\p{L}$/u.test(mark) ? to + 1 : to;
    if (k < t1 && /^ ?$/u.test(text.slice(after, tokens[k]!.start)) && tokens[k]!.start >= after) return k;
  }
  return -1;
}

/** Whether token k is the noun right after a possessive ("Trump's campaign", "Democrats' claim"), from token `lo` on. */
export function afterPossessive(ctx: Pick<Ctx, "text" | "tokens" | "cp">, k: number, lo: number, t1: number): boolean {
  return (
    (k - 1 >= lo && possessedFrom(ctx, k, ctx.tokens[k - 1]!.end, t1) === k) || (k - 2 >= lo && possessedFrom(ctx, k - 1, ctx.tokens[k - 2]!.end, t1) === k)
  );
}

/**
 * Whether a person named in a phrase is the complement of the noun right before it, where nouns
 * are capitalised (German genitive or apposition: "Regierung Merkels", "der Regierung Merkel",
 * "Partei Merkels"): a noun that is no role word, title or function word — "Kanzlerin Merkel",
 * "Regierungssprecher Seibert" name the person.
 */
export function complementOf(ctx: Ctx, s: SentenceInfo, p: Phrase, m: { from: number; to: number; ref: Mention["ref"] }): boolean {
  const { tokens, cp } = ctx;
  if (!cp.pack.matching.capitalizedNouns || m.ref.type !== "entity" || m.ref.entity?.kind !== "person" || m.from <= p.from) return false;
  const k = m.from - 1;
  const t = tokens[k]!;
  if (!t.upper || wordClass(cp, t) & (W.det | W.prep | W.join | W.title | W.adv | W.nonName | W.pronoun)) return false;
  // (a role the pack knows, or a compound ending in the head of one: "Kanzlerin", "Regierungssprecher")
  if (s.mentions.some((x) => x.ref.type === "role" && x.from <= k && k < x.to)) return false;
  if (roleHeads(cp).some((h) => t.key.endsWith(h))) return false;
  // (and the noun is a complement's head for sure: the name is in the genitive — "Merkels" — or the noun
  // has its article — "der Regierung Merkel"; a bare title no list holds stays the person's: "CDU-Chefin Merkel")
  const surname = m.ref.entity.name.split(" ").pop()!.toLowerCase();
  const genitive = tokens[m.to - 1]!.text.toLowerCase() === `${surname}s`;
  return genitive || (k > 0 && (wordClass(cp, tokens[k - 1]) & W.det) !== 0);
}

const ROLE_HEADS = new WeakMap<CompiledPack, string[]>();
/** The last words of the pack's one-word roles ("kanzlerin", "sprecher", "minister"), folded: the heads a role compound ends with. */
function roleHeads(cp: CompiledPack): string[] {
  let out = ROLE_HEADS.get(cp);
  if (out) return out;
  const set = new Set<string>();
  for (const { pattern: f } of cp.roleForms) {
    const words = f.toLowerCase().replace(/\*$/u, "").split(/\s+/u);
    if (words.length === 1 && words[0]!.length > 3 && !/[[{|]/u.test(words[0]!)) set.add(cp.fold(words[0]!));
  }
  out = [...set];
  ROLE_HEADS.set(cp, out);
  return out;
}

/**
 * Whether a relative clause opens at token k, right after a comma: its first word, or the one after
 * a preposition, is a relative opener (pack `grammar.relativeOpeners`).
 */
export function relativeAt(cp: CompiledPack, tokens: readonly Token[], k: number, end: number): boolean {
  if (k >= end || cp.relativeOpeners.size === 0) return false;
  if (cp.relativeOpeners.has(tokens[k]!.key)) return true;
  return (wordClass(cp, tokens[k]) & (W.prep | W.join)) !== 0 && k + 1 < end && cp.relativeOpeners.has(tokens[k + 1]!.key);
}

/**
 * Whether the words from offset `from` to the end of the sentence are only adverbials — dates,
 * adverbs, short prepositional phrases ("am Montag in Berlin", "on Monday in a statement") — and
 * relative clauses set off by commas ("…, der am Montag in Berlin war, vor Journalisten"): what
 * follows a trailing cue and its speaker, and is nobody's content.
 *
 * A relative clause belongs to the noun it follows: only one right at `from`, and only when `from`
 * ends a noun phrase (`afterNoun`), is one. After a verb or an adverbial, the same words open the
 * content ("…, sagte der Sprecher, die Lage sei ruhig": German "die" is an article there).
 */
export function adverbialTail(ctx: Ctx, s: SentenceInfo, from: number, afterNoun = true): boolean {
  const { tokens, cp, text } = ctx;
  let k = s.t0;
  while (k < s.t1 && tokens[k]!.start < from) k++;
  if (k >= s.t1) return false;
  const dated = (i: number) => s.dates.some((d) => d.start <= tokens[i]!.start && tokens[i]!.end <= d.end);
  const gap = (i: number) => text.slice(tokens[i - 1]?.end ?? from, tokens[i]!.start);
  if (/[^\s,]/u.test(text.slice(from, tokens[k]!.start))) return false;
  // (a relative clause right after the speaker, with no comma, running to the end: "…, said a senior
  // official who requested anonymity to discuss the talks.")
  const first = k;
  let inPhrase = 0;
  let closed = false; // (the comma before token k closes a relative clause)
  while (k < s.t1) {
    if (k > s.t0 && (gap(k).includes(",") || (k === first && relativeAt(cp, tokens, k, s.t1) && cp.relativeOpeners.has(tokens[k]!.key))) && !closed) {
      // a relative clause set off by commas (or running to the end), on the noun right before it
      if (!afterNoun || k !== first || !relativeAt(cp, tokens, k, s.t1)) return false;
      let j = k + 1;
      while (j < s.t1 && !gap(j).includes(",")) j++;
      k = j;
      inPhrase = 0;
      closed = true;
      continue;
    }
    closed = false;
    if (/[^\s]/u.test(gap(k).replace(/,/gu, "")) && k > s.t0 && tokens[k]!.start > from) return false;
    const c = wordClass(cp, tokens[k]);
    if (dated(k) || (c & W.adv && !(c & W.pronoun))) inPhrase = 0;
    else if (c & W.prep) inPhrase = 1;
    // (whom the speaker told, right after them, with its complement: "…, сказал министр Иван Петров депутатам Госдумы.")
    else if (k === first && afterNoun && addresseeForm(cp, tokens[k]!)) inPhrase = 1;
    else if (inPhrase > 0 && inPhrase <= 4 && !(c & (W.comp | W.rel | W.pronoun | W.conj))) inPhrase++;
    else return false;
    k++;
  }
  return /^[\s.!?…]*$/u.test(text.slice(tokens[s.t1 - 1]!.end, s.end));
}

/**
 * Whether `t` is a lower-case noun in the case of the person addressed that no other case shares (pack
 * `grammar.addresseeEndings`: "журналистам", "dziennikarzom"), with a stem of four letters at least.
 */
export function addresseeForm(cp: CompiledPack, t: Token): boolean {
  if (t.upper || t.digits) return false;
  return cp.pack.grammar.addresseeEndings.some((e) => t.key.length >= e.length + 4 && t.key.endsWith(e));
}

/** Whether tokens `[a, b)` are only adverbs and dates (what may stand between a subject and its verb). */
export function onlyAdverbial(ctx: Ctx, s: SentenceInfo, a: number, b: number): boolean {
  const { tokens, cp } = ctx;
  const dated = (i: number) => s.dates.some((d) => d.start <= tokens[i]!.start && tokens[i]!.end <= d.end);
  for (let i = a; i < b; i++) {
    const c = wordClass(cp, tokens[i]);
    if (!((c & W.adv && !(c & W.pronoun)) || dated(i) || (c & W.prep && i + 1 < b && dated(i + 1)))) return false;
  }
  return true;
}

/** The head of a phrase: its last content word before the first joining word ("spokeswoman" in "a spokeswoman for Trump hotels"); where heads come first (pack `grammar.headInitial`), its first content word. */
export function headOf(ctx: Ctx, s: SentenceInfo, p: Phrase): number {
  if (ctx.cp.pack.grammar.headInitial) {
    for (let k = p.from; k < p.to; k++) if (content(ctx, s, k) && !(wordClass(ctx.cp, ctx.tokens[k]) & W.title)) return k;
  }
  return lastHead(ctx, s, p);
}

/** The last content word before the first joining word: where a name in a phrase ends ("Hogan Gidley" in "phát ngôn viên … Hogan Gidley"). */
export function lastHead(ctx: Ctx, s: SentenceInfo, p: Phrase): number {
  let head = -1;
  for (let k = p.from; k < p.to; k++) {
    const c = wordClass(ctx.cp, ctx.tokens[k]);
    // (a capitalised particle between two capitalised words of a name is part of it: "Philippe | De | Villiers")
    const t = ctx.tokens[k]!;
    if (
      head >= 0 &&
      head === k - 1 &&
      c & W.join &&
      t.upper &&
      k + 1 < p.to &&
      ctx.tokens[head]!.upper &&
      ctx.tokens[k + 1]!.upper &&
      NAME_PARTICLES.has(t.key)
    )
      continue;
    if (head >= 0 && head === k - 1 && particleName(ctx, s, p, k) === k) continue;
    if (head >= 0 && c & W.join && !content(ctx, s, k)) break;
    // ("sources close to the White House": the head is before the link)
    if (head >= 0 && ctx.cp.links.length && linkAt(ctx, s, k)?.[0] === k) break;
    if (content(ctx, s, k)) head = k;
  }
  return head;
}

/** Whether a description link ("familiar with", "close to") stands between tokens a and b: what follows it is a complement. */
export function linkedBetween(ctx: Ctx, s: SentenceInfo, a: number, b: number): boolean {
  if (!ctx.cp.links.length) return false;
  for (let k = a + 1; k < b; k++) {
    const l = linkAt(ctx, s, k);
    if (l && l[0] > a && l[1] <= b) return true;
  }
  return false;
}

/**
 * Whether a word names a state (pack `compare.places`: "allemand*", "російськ*"): in a role's form it
 * says whose office it is ("chancelier allemand"), it is no word of the office itself ("le ministère
 * allemand" is no chancellor).
 */
function placeWord(cp: CompiledPack, w: string): boolean {
  return placeCode(cp, w) !== null;
}

/** The state a word names (pack `compare.places`, one word each: "allemand*", "tedesc*"), or null. */
function placeCode(cp: CompiledPack, w: string): string | null {
  let list = PLACE_WORDS.get(cp);
  if (!list) {
    list = Object.entries(cp.pack.compare?.places ?? {}).flatMap(([code, forms]) =>
      forms.filter((x) => !/\s/u.test(x)).map((x) => [x.toLowerCase(), code] as [string, string]),
    );
    PLACE_WORDS.set(cp, list);
  }
  const lw = w.toLowerCase();
  for (const [x, code] of list) if (x.endsWith("*") ? lw.startsWith(x.slice(0, -1)) : lw === x) return code;
  return null;
}
const PLACE_WORDS = new WeakMap<CompiledPack, [string, string][]>();

/** The words of a role's form that name its office, not its state ("chancelier allemand" → "chancelier"). */
function officeWords(cp: CompiledPack, form: string, titleOnly = false): string[] {
  let words = form.split(/[\s-]+/u).map((w) => w.replace(/\*$/, ""));
  // (`titleOnly`: where heads come first, the office is named before its complement: the words from the first capitalised one
  // after a lower-case word, or from a place, name the body or the state ("Tổng thư ký | Liên minh NATO", "chủ tịch |
  // trung quốc"), and are no title: "Minh" and "Quốc" are syllables of names ("Phạm Minh Chính").)
  if (titleOnly && cp.pack.grammar.headInitial) {
    const places = placeTerms(cp);
    const lower = words.map((w) => w.toLowerCase());
    const stop = words.findIndex(
      (w, i) => i > 0 && ((/^\p{Lu}/u.test(w) && !/^\p{Lu}/u.test(words[i - 1]!)) || places.some((x) => x.every((y, j) => lower[i + j] === y))),
    );
    if (stop > 0) words = words.slice(0, stop);
  }
  return words.map((w) => w.toLowerCase()).filter((w) => w.length > 3 && !placeWord(cp, w));
}

/** The pack's places (`compare.places`) as lists of lower-case words. */
function placeTerms(cp: CompiledPack): string[][] {
  let list = PLACE_TERMS.get(cp);
  if (!list) {
    list = Object.values(cp.pack.compare?.places ?? {})
      .flat()
      .map((x) =>
        x
          .toLowerCase()
          .replace(/\*$/, "")
          .split(/[\s-]+/u),
      );
    PLACE_TERMS.set(cp, list);
  }
  return list;
}
const PLACE_TERMS = new WeakMap<CompiledPack, string[][]>();

/** The pack's nouns of an administrative area (`grammar.areaNouns`: "tỉnh", "thành phố") as lists of words. */
function areaTerms(cp: CompiledPack): string[][] {
  let list = AREA_TERMS.get(cp);
  if (!list) AREA_TERMS.set(cp, (list = cp.pack.grammar.areaNouns.map((n) => n.split(" "))));
  return list;
}
const AREA_TERMS = new WeakMap<CompiledPack, string[][]>();

/** Whether one of `terms` (lists of words) ends at token `k` and starts at `from` or later; `lower`: the token's text in lower case. */
function termEndsAt(terms: string[][], tokens: readonly Token[], k: number, from: number, lower: boolean): boolean {
  return terms.some(
    (x) => k - x.length + 1 >= from && x.every((y, j) => (lower ? tokens[k - x.length + 1 + j]!.text.toLowerCase() : tokens[k - x.length + 1 + j]!.text) === y),
  );
}

/** Whether one of the pack's nouns of an administrative area ends at token `k`, written in lower case. */
const areaNounEndsAt = (cp: CompiledPack, tokens: readonly Token[], k: number): boolean => termEndsAt(areaTerms(cp), tokens, k, 0, false);

/** Whether one of the pack's words of an administrative area ends at token `k`, in any case ("Consiliului Județean Cluj"). */
export const areaWordEndsAt = (cp: CompiledPack, tokens: readonly Token[], k: number): boolean => k >= 0 && termEndsAt(areaTerms(cp), tokens, k, 0, true);

/** Whether one of the pack's places spans tokens `from` to `k`. */
const placeSpans = (cp: CompiledPack, tokens: readonly Token[], from: number, k: number): boolean =>
  placeTerms(cp).some((x) => k - x.length + 1 === from && termEndsAt([x], tokens, k, from, true));

const ROLE_WORDS = new WeakMap<CompiledPack, Set<string>>();
/** Words of the pack's roles ("minister", "spokesman", "Präsident"): part of a title, not of a name. */
function roleWords(cp: CompiledPack): Set<string> {
  let set = ROLE_WORDS.get(cp);
  if (set) return set;
  set = new Set<string>();
  // (not the function words of a role's complement: "asesor del Kremlin para asuntos internacionales" makes no role word of "para")
  const grammatical = W.det | W.prep | W.join | W.conj | W.and | W.pronoun | W.rel | W.comp;
  for (const { pattern: f } of cp.roleForms) for (const w of officeWords(cp, f, true)) if (!((cp.words.get(cp.fold(w)) ?? 0) & grammatical)) set.add(w);
  for (const w of cp.pack.grammar.roleNouns) set.add(w.toLowerCase());
  ROLE_WORDS.set(cp, set);
  return set;
}

const BODY_STEMS = new WeakMap<CompiledPack, RegExp | null>();
/**
 * Whether a word is the one-word name of a public body: it starts with one of the pack's stems
 * (`grammar.bodyStems`: "Минфина", "Росстат"), or it is an acronym with a case ending ("МИДа", "МВД" + "а").
 */
function bodyWord(cp: CompiledPack, word: string): boolean {
  if (/^\p{Lu}{2,5}\p{Ll}{1,2}$/u.test(word)) return true;
  let re = BODY_STEMS.get(cp);
  if (re === undefined) {
    const stems = cp.pack.grammar.bodyStems.map((x) => x.toLowerCase().replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"));
    BODY_STEMS.set(cp, (re = stems.length ? new RegExp(`^(?:${stems.join("|")})`, "u") : null));
  }
  return !!re && /^\p{Lu}/u.test(word) && re.test(word.toLowerCase());
}

/** Whether a token names a public body alone: an acronym, declined or not ("МВД", "МИДа"), a clipped name of the pack's, or the noun of a body. */
function bodyAlone(cp: CompiledPack, t: Token): boolean {
  return ACRONYM_WORD.test(t.text) || bodyWord(cp, t.text) || cp.institutionBase.has(t.key) || bodyCompound(cp, t);
}

/** The side of a state the lexicon knows that a mention of the sentence names at token `k`, or null. */
function stateMention(s: SentenceInfo, k: number): string | null {
  const m = s.mentions.find((x) => x.from <= k && k < x.to);
  const e = m?.ref.type === "entity" ? m.ref.entity : undefined;
  return e && e.kind === "institution" && e.side ? e.side : null;
}

/**
 * Whether a known body or state inside phrase `p` is a complement of the word before it, not who the phrase
 * names: a place after a preposition that is no joiner ("Эксперт из Москвы", "ekspert z Moskwy" — where the
 * expert is from), or, where complements follow their head in the genitive (pack `grammar.genitiveEndings`),
 * a state right after the one-word name or the noun of a body ("МВД России", "MSW Rosji", "Посольство России":
 * that body speaks, on the state's side).
 */
export function complementPlace(ctx: Ctx, p: Phrase, m: Mention): boolean {
  const { tokens, cp } = ctx;
  if (m.from <= p.from || m.from >= p.to || !soft(ctx, m.from)) return false;
  const t = tokens[m.from - 1]!;
  if (m.ref.type === "role" || (m.ref.type === "entity" && m.ref.entity && m.ref.entity.kind !== "person"))
    if (originAt(cp, tokens, m.from - 1) && !cp.pack.grammar.definiteArticles.includes(tokens[m.from]!.key))
      // (a body named with its article is whom someone works for, not where they come from: "A diplomat from the
      // State Department said …" is the department speaking)
      return m.from - 1 > p.from && soft(ctx, m.from - 1);
  if (m.ref.type !== "entity" || !m.ref.entity || m.ref.entity.kind !== "institution" || !m.ref.entity.side) return false;
  return cp.pack.grammar.genitiveEndings.length > 0 && (t.upper || cp.institutionBase.has(t.key)) && bodyAlone(cp, t);
}

/** Whether token `k` is a preposition of where someone comes from (pack `grammar.originPrepositions`: "из", "z"). */
function originAt(cp: CompiledPack, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && !t.upper && cp.pack.grammar.originPrepositions.includes(t.key);
}

const ROLE_NOUN_WORDS = new WeakMap<CompiledPack, string[][]>();
/**
 * Whether one of the pack's nouns of office (`grammar.roleNouns`, of one word or more: "chuyên gia", "Thứ
 * trưởng") or a word of the lexicon's roles opens the phrase at token `k`.
 */
export function officeOpensAt(cp: CompiledPack, tokens: readonly Token[], k: number, end: number): boolean {
  if (k >= end) return false;
  if (isRoleWord(cp, tokens[k]!.text)) return true;
  let list = ROLE_NOUN_WORDS.get(cp);
  if (!list) ROLE_NOUN_WORDS.set(cp, (list = cp.pack.grammar.roleNouns.map((n) => n.toLowerCase().split(/\s+/u))));
  return list.some((ws) => k + ws.length <= end && ws.every((w, i) => tokens[k + i]!.text.toLowerCase() === w));
}

/**
 * Whether a noun of office of the pack (`grammar.roleNouns`) of more words than `[k, to)` opens at token `k`
 * and ends before `end`: a cue word that opens one is that noun ("bác" refutes, "bác sĩ" is a doctor).
 */
export function officeOver(cp: CompiledPack, tokens: readonly Token[], k: number, to: number, end: number): boolean {
  let list = ROLE_NOUN_WORDS.get(cp);
  if (!list) ROLE_NOUN_WORDS.set(cp, (list = cp.pack.grammar.roleNouns.map((n) => n.toLowerCase().split(/\s+/u))));
  return list.some((ws) => ws.length > to - k && k + ws.length <= end && ws.every((w, i) => tokens[k + i]!.text.toLowerCase() === w));
}

const ROLE_NOUNS = new WeakMap<CompiledPack, Set<string>>();
/** The pack's nouns of office (`grammar.roleNouns`), lower case. */
function nouns(cp: CompiledPack): Set<string> {
  let set = ROLE_NOUNS.get(cp);
  if (!set) ROLE_NOUNS.set(cp, (set = new Set(cp.pack.grammar.roleNouns.map((w) => w.toLowerCase()))));
  return set;
}

/**
 * Whether a word is one of the pack's nouns of a person's office (`grammar.roleNouns`), or a
 * compound ending in one where compounds are one word ("Parteichef"): not a body ("Regierung").
 */
function officeNoun(cp: CompiledPack, word: string): boolean {
  const w = word.toLowerCase();
  return nouns(cp).has(w) || (cp.pack.matching.capitalizedNouns && compoundOf(w, nouns(cp), 4));
}

/** Whether word `w` ends, after three letters at least, with a word of `set` of `min` letters or more. */
export function compoundOf(w: string, set: ReadonlySet<string>, min: number): boolean {
  for (let i = 3; i <= w.length - min; i++) if (set.has(w.slice(i))) return true;
  return false;
}

/**
 * Whether a token is a compound noun of a public body (pack `grammar.bodySuffixes`: "Verkehrsministerium",
 * "Bundesregierung", "Staatsanwaltschaft") and no noun of office ("Landrat" ends as "Stadtrat" does).
 */
export function bodyCompound(cp: CompiledPack, t: { key: string; text: string }): boolean {
  return !!cp.bodySuffix && cp.bodySuffix.test(t.key) && !officeNoun(cp, t.text);
}

/**
 * Whether a word is a role word: one of the pack's, or — where nouns are capitalised and compounds
 * written as one word (German) — a compound that ends with one ("Ministerpräsident", "Regierungssprecher").
 */
export function isRoleWord(cp: CompiledPack, word: string): boolean {
  const w = word.toLowerCase();
  const roles = roleWords(cp);
  if (roles.has(w)) return true;
  if (!cp.pack.matching.capitalizedNouns) return false;
  // (the lexicon's role words from five letters, the pack's nouns of office from four: "Parteichef")
  return compoundOf(w, roles, 5) || compoundOf(w, nouns(cp), 4);
}

/** Whether a token is a role word that is no noun of a statement ("Kremlin statement" is a role's form, "statement" no office): a person's office. */
export function personOffice(cp: CompiledPack, t: { key: string; text: string }): boolean {
  return isRoleWord(cp, t.text) && !statementNouns(cp).has(t.key);
}

/** Whether a token is a role word in lower case that names a person's office (`personOffice`): "spokesman", "rzecznik". */
export function lowerOffice(cp: CompiledPack, t: { key: string; text: string; upper: boolean } | undefined): boolean {
  return !!t && !t.upper && personOffice(cp, t);
}

/**
 * Whether mention `m` names a body (an entity of the lexicon that is no person) and token `k` after it is a role word
 * in lower case naming a person's office: "a European Commission spokesman", "State Department officials" — the
 * description speaks, on the body's side, not the body.
 */
export function bodyBeforeOffice(cp: CompiledPack, tokens: readonly Token[], m: Mention, k: number): boolean {
  return m.ref.type === "entity" && m.ref.entity?.kind !== "person" && lowerOffice(cp, tokens[k]);
}

/**
 * Records the full names no lexicon knows that a sentence holds (the last two words of a run of
 * two or three capitalised words: a title no role list knows may come first, "Bürgermeister Hans
 * Gruber", "Mayor Hans Gruber" → "Hans Gruber"; all three after a title outside the run, "Ông
 * Nguyễn Văn An"), by surname, so that the surname alone later
 * ("sagte Gruber", "Gruber said") is that person. A name already recorded (a speaker's, with its
 * role) is kept.
 */
export function noteNames(ctx: Ctx, s: SentenceInfo): void {
  const { cp, tokens, text, d } = ctx;
  for (const n of s.names) {
    if (n.to - n.from < 2 || n.to - n.from > 3) continue;
    // (all three words after a title or a role word, which stands outside the run: "Ông Nguyễn Văn An",
    // "Bộ trưởng Ngoại giao Nguyễn Văn An" — the run holds no title then)
    const prev = n.from > s.t0 ? tokens[n.from - 1]! : undefined;
    const titled = !!prev && /^\s+$/u.test(text.slice(prev.end, tokens[n.from]!.start)) && (isRoleWord(cp, prev.text) || (wordClass(cp, prev) & W.title) !== 0);
    // (or where the first of three is no word of the lexicon, no role and no party's member, and is capitalised
    // not only because it opens the sentence: a middle name — "Hillary Rodham Clinton" is not "Rodham Clinton")
    const first = tokens[n.from]!;
    // (not where nouns are capitalised: "Die Architektin Lena Brandauer" — the first may be a noun no lexicon lists)
    const middle =
      n.to - n.from === 3 &&
      !cp.pack.matching.capitalizedNouns &&
      wordClass(cp, first) === 0 &&
      !isRoleWord(cp, first.text) &&
      !cp.pack.grammar.partyMembers.includes(first.key) &&
      !s.mentions.some((m) => m.from <= n.from && n.from < m.to) &&
      (n.from > s.t0 || capitalisedElsewhere(ctx, n.from));
    const a = n.to - n.from === 3 && (titled || middle) ? n.from : n.to - 2;
    const words = tokens.slice(a, n.to);
    // (words of a name: a capital and then lower case, no digits — not "NATO", "G7", a role word; a second
    // capital after a prefix: "McConnell", "DeSantis")
    if (!words.every((t) => /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text) && !isRoleWord(cp, t.text))) continue;
    const key = words[words.length - 1]!.text.toLowerCase();
    if (d.named?.has(key)) continue;
    const name = text.slice(words[0]!.start, words[words.length - 1]!.end);
    const sp: Speaker = { name, id: null, mention: null, mentionSpan: null, kind: "person", role: null, side: null };
    (d.named ??= new Map()).set(key, sp);
    noteFamilyFirst(cp, d, name.split(/\s+/u), sp);
  }
}

/**
 * Whether a capitalised word at token k is written so elsewhere in the text (or with an ending
 * added), not first in its sentence: then it is a name, and "Holt said" opening a sentence names Holt; "Critics said",
 * written capitalised only because it opens the sentence, is a description.
 */
function capitalisedElsewhere(ctx: Ctx, k: number): boolean {
  const key = ctx.tokens[k]!.text;
  const mid = midCapitals(ctx);
  // (inflected where the language declines names: "z Nowakiem" names Nowak)
  for (let n = key.length; n <= key.length + 3; n++) {
    const at = mid.get(n === key.length ? key : `${key}\u0000${n}`);
    if (at !== undefined && (at.length > 1 || at[0] !== k)) return true;
  }
  return false;
}

const MID_CAPITALS = new WeakMap<readonly unknown[], Map<string, number[]>>();
/**
 * The capitalised words of the text that do not open a sentence, once per text: each word under
 * itself and under its prefixes of up to three letters fewer (key "prefix\0length").
 */
function midCapitals(ctx: Ctx): Map<string, number[]> {
  const { tokens, text } = ctx;
  let map = MID_CAPITALS.get(tokens);
  if (map) return map;
  map = new Map();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.upper || /[.!?:\n\r"“”„«»]/u.test(text.slice(tokens[i - 1]!.end, t.start))) continue;
    for (let cut = 0; cut <= 3 && cut < t.text.length - 1; cut++) {
      const key = cut === 0 ? t.text : `${t.text.slice(0, t.text.length - cut)}\u0000${t.text.length}`;
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    }
  }
  MID_CAPITALS.set(tokens, map);
  return map;
}

/**
 * A speaker for a phrase no lexicon knows: a name in capitals at its head is a person's name
 * (titles and role words before it are the role: "Analyst Jane Moriarty", "Defense Minister
 * Rustem Umerov"); otherwise the description as written ("the fire chief", "Regierungskreise").
 * `oblique`: the phrase is in a case other than the nominative (after "według", "potrivit lui"),
 * so an unknown name is brought back to its base form with the pack's name rules.
 */
export function unknownSpeaker(ctx: Ctx, s: SentenceInfo, p: Phrase, oblique = false): Speaker | null {
  const { tokens, text, cp } = ctx;
  let head = lastHead(ctx, s, p);
  if (head < 0) return null;
  // A public body: its noun first, words after it ("the Ministry of Health", "Ministerului Apărării").
  const f = firstContent(ctx, s, p);
  // A state by its name in CLDR ("Germany said", "The United States said", "Франция заявила"): its
  // government speaks, under the state's English name, on its side.
  // (not the surname of a full name written before: "ha assicurato Greco" after "Paolo Greco" is he, not Greece)
  // (A person's name opening the phrase, then a preposition and the capitals of where they come from: that person —
  // "Иван Петров из Российской академии наук", "Jan Kowalski z Polskiej Akademii Nauk".)
  const aff = affiliated(ctx, s, p);
  if (aff > 0) {
    const written = text.slice(tokens[p.from]!.start, tokens[aff - 1]!.end);
    const name = oblique ? genitiveName(written, cp) : written;
    return { name, id: null, mention: text.slice(p.start, p.end), mentionSpan: [p.start, p.end], kind: "person", role: null, side: null };
  }
  const noted = f >= 0 && f === head && tokens[f]!.upper ? ctx.d.named?.get(tokens[f]!.text.toLowerCase()) : undefined;
  if (noted && !cp.pack.matching.capitalizedNouns) return { ...noted, mention: text.slice(p.start, p.end), mentionSpan: [p.start, p.end] };
  const state = f >= 0 ? stateAt(ctx, p, f, oblique) : null;
  if (state)
    return {
      name: state.name,
      id: null,
      mention: text.slice(p.start, p.end),
      mentionSpan: [p.start, p.end],
      kind: "institution",
      role: null,
      side: state.code,
    };
  const inst = f >= 0 && (cp.institutionBase.size || cp.bodySuffix) ? institutionAt(ctx, s, p, f) : -1;
  // (Not a person of the body: "A ministry spokesman", "a party official" — the head is a role word.)
  // (Nor where a lower-case role word right after the noun makes a title with it, before a name: "Bộ trưởng
  // Nguyễn Văn An" — the minister, not the ministry.)
  // (Capitalised too before a name of two words that closes the phrase: "Council President Rachel Munroe".)
  const titled =
    f + 1 < head &&
    tokens[head]!.upper &&
    isRoleWord(cp, tokens[f + 1]!.text) &&
    // (a name of two words or more: "Министерство иностранных дел Франции" ends with the state's name, no person's)
    (!tokens[f + 1]!.upper
      ? tokens[head - 1]!.upper
      : head - f >= 3 && tokens[head - 1]!.upper && !isRoleWord(cp, tokens[head - 1]!.text) && !isRoleWord(cp, tokens[head]!.text));
  // (Where heads come first, the noun of the body is the head, whatever words of office follow: "Bộ Quốc phòng".)
  const officeHead = head > f && !cp.pack.grammar.headInitial && !tokens[head]!.upper && isRoleWord(cp, tokens[head]!.text);
  if (inst === f && f >= 0 && p.to - 1 > f && !titled && !officeHead) return institution(ctx, s, p, f);
  // A run of capitals that ends with the noun of a public body is that body, a word that is also a title in it
  // ("the Justice Department", "the Senate Intelligence Committee"): its words as written, the article left out.
  // (With its complement in capitals after a joining word: "the Portland Chamber of Commerce".)
  const bodyComplement =
    head + 2 < p.to &&
    wordClass(cp, tokens[head + 1]) & W.join &&
    !tokens[head + 1]!.upper &&
    tokens.slice(head + 2, p.to).every((t, i) => t.upper && soft(ctx, head + 2 + i) && !(wordClass(cp, t) & W.join));
  if ((head === p.to - 1 || bodyComplement) && tokens[head]!.upper && cp.institutionBase.has(tokens[head]!.key) && !cp.pack.matching.capitalizedNouns) {
    let b = p.from;
    while (b < head && wordClass(cp, tokens[b]) & W.det) b++;
    let run = b < head;
    // (a name with "and" in it, or a lower-case word between capitals: "Medicines and Healthcare products Regulatory Agency")
    const inName = (k: number) =>
      k > b && tokens[k + 1]!.upper && ((wordClass(cp, tokens[k]) & W.and) !== 0 || (tokens[k - 1]!.upper && !(wordClass(cp, tokens[k]) & FUNCTION)));
    for (let k = b; k < head && run; k++) run = (tokens[k]!.upper || inName(k)) && soft(ctx, k + 1);
    if (run) {
      return bodySpeaker(ctx, s, p, text.slice(tokens[b]!.start, tokens[p.to - 1]!.end));
    }
  }
  // A lower-case role word whose complement ends in a name is that person's role: "Il ministro degli Esteri
  // Antonio Tajani", "Le ministre des Affaires étrangères Jean Dupont". The name is the last two capitalised
  // words — after a complement of capitals ("degli Esteri"), only where three or more close the phrase.
  // (A role word in capitals too, with one capitalised complement after its joining word: "Chief of Staff John Kelly".)
  // (Not where nouns are capitalised: there a capital marks no name.)
  const capital = tokens[head]!.upper && !cp.pack.matching.capitalizedNouns;
  // (a state's adjective after the role word is its complement: "Le ministre allemand des Affaires étrangères Hans Vogel")
  const roleAt = head > p.from && placeWord(cp, tokens[head]!.key) && isRoleWord(cp, tokens[head - 1]!.text) ? head - 1 : head;
  let holder = (!tokens[roleAt]!.upper || capital) && isRoleWord(cp, tokens[roleAt]!.text) ? namedHolder(ctx, s, p, roleAt, capital) : -1;
  // (a role word capitalised only because it opens the sentence is written in lower case: "Ministrul de externe Jean Dupont")
  if (holder < 0 && capital && roleAt === s.t0 && isRoleWord(cp, tokens[roleAt]!.text)) holder = namedHolder(ctx, s, p, roleAt, false);
  if (holder >= 0) head = holder;
  // Words that are no name on their own: a title ("Mr", "Herr", "ông") or a pronoun.
  const words: number[] = [];
  for (let k = p.from; k < p.to; k++) if (content(ctx, s, k)) words.push(k);
  const names = words.filter((k) => tokens[k]!.upper && !(wordClass(cp, tokens[k]) & W.title));
  if (names.length === 0 && words.every((k) => wordClass(cp, tokens[k]) & W.title)) return null;
  // The run of capitals that ends at the head, role words and titles left out.
  const roles = roleWords(cp);
  let a = head;
  if (holder >= 0) {
    a = head - 1;
    if (a - 1 >= p.from && tokens[a - 1]!.upper && text.slice(tokens[a - 1]!.end, tokens[a]!.start) === "-") a--;
  } else if (tokens[head]!.upper) {
    for (;;) {
      // (a title written as a name's word in one is the name's: "Lê Anh Tuấn")
      const titled = wordClass(cp, tokens[a - 1]) & W.title && !pronounInName(cp, tokens, text, a - 1);
      if (a - 1 >= p.from && tokens[a - 1]!.upper && content(ctx, s, a - 1) && soft(ctx, a) && !titled) a--;
      else {
        // (over a name's particles before the surname: "Bill de Blasio", "Juan Carlos de la Fuente")
        const b = particlesBefore(ctx, s, a, p.from, p);
        if (b === a) break;
        a = b;
      }
    }
    // The title stops at its last role word: "Ukrainian Defense Minister | Rustem Umerov".
    // (Where heads come first, so does a place that ends the title: "phát ngôn viên Nhà Trắng | Hogan Gidley" — a place
    // that opens the run; one inside it is part of the name: "Bộ trưởng Lê Đức Phớc", "bà Nguyễn Thị Mỹ Linh".)
    for (let k = head - 1; k >= a; k--)
      if (isRoleWord(cp, tokens[k]!.text) || (cp.pack.grammar.headInitial && placeSpans(cp, tokens, a, k))) {
        a = k + 1;
        break;
      }
    // (the name of an area after its noun is part of the title, two words, where three to four of the person's
    // name are left after it: "Phó chủ tịch UBND tỉnh | Lào Cai | Lê Thị Mai")
    if (a - 1 > p.from && head - a + 1 >= 4 && head - a + 1 <= 6 && areaNounEndsAt(cp, tokens, a - 1)) a += 2;
    // (an acronym before a name of two words or more is the body the person speaks for: "речник МЗС Георгій Тихий")
    a = pastAcronyms(text, tokens, a, head);
    // (and so is a one-word body's name, a clipped compound or a declined acronym: "глава Минфина | Антон Силуанов",
    // "глава МИДа | Иван Петров")
    while (head - a >= 2 && bodyWord(cp, tokens[a]!.text) && /^\s+$/u.test(text.slice(tokens[a]!.end, tokens[a + 1]!.start))) a++;
    // (and so is a body the lexicon knows, before a name of two words or more: "представитель Еврокомиссии | Иван Петров")
    for (;;) {
      const known = s.mentions.find((m) => m.from === a && m.to <= head - 1 && m.ref.type === "entity" && m.ref.entity && m.ref.entity.kind !== "person");
      if (!known) break;
      a = known.to;
    }
    // (after a body's noun or acronym, a family name the pack lists, after capitalised words that are none, starts the
    // person's name of two to four words; the words before it name the body: "Thứ trưởng Bộ Công Thương | Nguyễn Văn
    // Nam", "Chủ tịch UBND TP Hồ Chí Minh | Phan Văn Mãi" — not a family name inside the name, "Nguyễn Trần Anh", nor
    // one with no body before it, "ông Nguyễn Văn Hoàng Anh")
    const fam = familyNames(cp);
    let body = inst >= 0 && inst < a ? inst : -1;
    for (let k = p.from; k < a && body < 0; k++) if (ACRONYM_WORD.test(tokens[k]!.text)) body = k;
    if (fam.size > 0)
      for (let k = a; k < head; k++) {
        if (body < 0 && (k === inst || ACRONYM_WORD.test(tokens[k]!.text))) body = k;
        else if (body >= 0 && k > a && head - k <= 3 && fam.has(tokens[k]!.text.toLowerCase()) && !fam.has(tokens[k - 1]!.text.toLowerCase()) && soft(ctx, k)) {
          a = k;
          break;
        }
      }
    // (so are capitals in a sure genitive before a name of two words or more in no such case, where the pack knows
    // the endings: "rzeczniczka Straży Granicznej | Anna Kowalczyk" — not "Narodowego Funduszu Zdrowia")
    const g = cp.pack.grammar;
    const sure = (k: number) => genitiveCase(tokens[k]!.text, g) === "genitive";
    if (head - a >= 2 && g.genitiveEndings.length > 0 && !sure(head) && !sure(head - 1)) {
      let k = head - 2;
      while (k >= a && !sure(k)) k--;
      // (and the words of the body's name in a genitive that may also be a nominative: "Київської Міської Ради | Павло Кириленко")
      if (k >= a) for (a = k + 1; head - a >= 2 && genitiveCase(tokens[a]!.text, g) !== null; ) a++;
    }
    // (where a complement after its head shows its case by the ending alone — pack `grammar.complementEndings`, Romanian
    // — a capitalised field in that case right after a role word, and the words after it, name the office before a
    // name of two words in no such case: "Ministrul Sănătății | Alexandru Rafila", "Ministrul Afacerilor Externe | Ion
    // Popa" — not a body's noun in that case, whose name runs on: "Președintele Consiliului Județean Cluj")
    const complementCase = (k: number) => g.complementEndings.some((e) => tokens[k]!.key.length > e.length + 2 && tokens[k]!.key.endsWith(e));
    if (
      head - a >= 2 &&
      g.genitiveEndings.length === 0 &&
      a - 1 >= p.from &&
      isRoleWord(cp, tokens[a - 1]!.text) &&
      complementCase(a) &&
      !cp.institutionBase.has(tokens[a]!.key) &&
      !(inst >= a && inst <= head) &&
      !complementCase(head - 1) &&
      !complementCase(head) &&
      !isRoleWord(cp, tokens[head - 1]!.text)
    )
      a = head - 1;
    // (a body's noun in that case, then a word of its area — pack `grammar.areaNouns` — and the area's one-word name: the
    // body's name ends there, a name of two or three words after it is the person's: "Președintele Consiliului Județean
    // Cluj | Alin Tișe" — not "Președintele Consiliului Județean Cluj" alone)
    else if (g.genitiveEndings.length === 0 && g.complementEndings.length > 0 && inst >= a && a - 1 >= p.from && isRoleWord(cp, tokens[a - 1]!.text)) {
      const k = inst + 1;
      const name = head - k - 1;
      if (
        complementCase(inst) &&
        areaWordEndsAt(cp, tokens, k) &&
        (name === 2 || name === 3) &&
        tokens[k + 1]!.upper &&
        !complementCase(head - 1) &&
        !complementCase(head) &&
        tokens.slice(k + 2, head + 1).every((t) => t.upper && !isRoleWord(cp, t.text) && !cp.institutionBase.has(t.key))
      )
        a = k + 2;
    }
  }
  // (Where complements follow their head in the genitive, the one-word name of a body and a state or another acronym
  // after it are that body, on the state's side, no person: "МВД России", "Генпрокуратура Украины", "MSW Rosji", "Генштаб ЗСУ".)
  if (holder < 0 && head - a === 1 && a === f && cp.pack.grammar.genitiveEndings.length > 0 && bodyAlone(cp, tokens[a]!) && soft(ctx, head)) {
    const h = tokens[head]!;
    const place = placeCode(cp, h.key) ?? stateMention(s, head);
    if (place !== null || ACRONYM_WORD.test(h.text)) {
      const w = tokens[a]!.text;
      const sp = bodySpeaker(ctx, s, p, (oblique ? (bodyBase(cp, w) ?? w) : w) + text.slice(tokens[a]!.end, h.end));
      return { ...sp, side: sp.side ?? place };
    }
  }
  // (A short run of capitals right after the noun of an area, with no person's name after it, is that area's
  // name, no person's: "Công an tỉnh | Nghệ An" is a description, not "Nghệ An".)
  const areaName = tokens[head]!.upper && holder < 0 && a - 1 > p.from && head - a + 1 <= 3 && areaNounEndsAt(cp, tokens, a - 1);
  // (Where heads come first, a run after the head's words that is one of the pack's places, whole, is the complement
  // of what comes before, no person's name: "Người phát ngôn Bộ Ngoại giao | Việt Nam" is a description.)
  const placeRun = tokens[head]!.upper && holder < 0 && cp.pack.grammar.headInitial && a > p.from && placeSpans(cp, tokens, a, head);
  const determined = (wordClass(cp, tokens[p.from]) & W.det) !== 0;
  // (Where nouns are capitalised, a noun after an article opens the run: "Der Gewerkschafter Konrad Brandt" —
  // of three capitalised words or more, the last two are the name.)
  // (An initial belongs to the name: "der frühere Präsident George W. Bush".)
  if (cp.pack.matching.capitalizedNouns && determined && holder < 0 && tokens[head]!.upper && head - a >= 2) {
    const initial = tokens[head - 1]!.text.length === 1 && text.charAt(tokens[head - 1]!.end) === ".";
    a = initial ? head - 2 : head - 1;
    // (a name's particles go with the first name before them: "Der Linken-Chef Jan van Aken")
    while (a > p.from + 1 && !tokens[a]!.upper && NAME_PARTICLES.has(tokens[a]!.key)) a--;
  }
  // A name: two capitalised words or more, or one with no determiner before it that is no role word
  // ("said Alden", "Netanjahu sagte"; not "der Einsatzleiter", "the President").
  // (Where heads come first, one capitalised word after a lower-case head is its complement: "Đại diện phía Nga".)
  const run = tokens[head]!.upper ? head - a + 1 : 0;
  const complement = cp.pack.grammar.headInitial && headOf(ctx, s, p) < a;
  // (Where nouns are capitalised, a head with a complement in the genitive after it — a joining word that is
  // also an article — is a description: "Anwesende Reporter der Nachrichtenagentur"; "John Sifton von …" is a name.)
  const described =
    holder < 0 &&
    ((cp.pack.matching.capitalizedNouns && head + 1 < p.to && (wordClass(cp, tokens[head + 1]) & (W.join | W.det)) === (W.join | W.det)) ||
      // (a name after a preposition inside the phrase is a place, the phrase a description: "Police in Ohio",
      // "Republicans in the Senate")
      prepBefore(ctx, p, a));
  // (One capitalised word that opens the sentence and is written so nowhere else is a common word
  // capitalised by its place: "Critics said", "Democrats argued" — a description, unless named before.)
  const opening = run === 1 && a === s.t0 && !ctx.d.named?.get(tokens[a]!.text.toLowerCase()) && !capitalisedElsewhere(ctx, a);
  // (one capitalised word that is the surname of a full name written before is that name, also where nouns
  // are capitalised: "sagte Gruber" after "Hans Gruber")
  const surname =
    run === 1 && !determined && !complement && ctx.d.named?.has((oblique ? nominative(tokens[head]!.text, cp) : tokens[head]!.text).toLowerCase());
  // (One word in capitals only is a body's acronym, no person's name: "Według MSZ", "rzecznik MSZ" — the
  // body itself, or a description of someone there.)
  // (So is one word the pack knows for a body's clipped name: "Росстат сообщил".)
  const acronym = run === 1 && holder < 0 && (/^\p{Lu}{2,6}$/u.test(tokens[head]!.text) || bodyWord(cp, tokens[head]!.text));
  if (acronym && !described) {
    const mention = text.slice(p.start, p.end);
    if (f >= 0 && f < head) return describe(ctx, s, p, f, oblique, mention);
    if (f === head) {
      const body = describe(ctx, s, p, head, oblique, mention);
      // (its word in the base form: "как сообщили в Минфине" → "Минфин")
      // (with no article: "Laut der OECD" → "OECD", "selon l'OCDE" → "OCDE")
      const w = tokens[head]!.text;
      const name = body?.name.endsWith(w) ? (bodyBase(cp, w) ?? w) : body?.name;
      return body && body.kind === "unknown" ? { ...body, name: name!, kind: "institution" } : body;
    }
  }
  // (one capitalised word right after a role word is a surname, also where nouns are capitalised:
  // "Parteichef Müller", "Der Airbus-Vorstandsvorsitzende Enders")
  const afterRole =
    run === 1 &&
    holder < 0 &&
    !cp.pack.grammar.headInitial &&
    head - 1 >= p.from &&
    officeNoun(cp, tokens[head - 1]!.text) &&
    !isRoleWord(cp, tokens[head]!.text) &&
    soft(ctx, head) &&
    // (where heads come first, and for a state, the word after the role is its complement: "Đại diện phía Nga")
    !stateAt(ctx, { ...p, from: head }, head, oblique);
  // (One capitalised word after a role word, in the case of a complement the pack names, is the body the office
  // serves, no surname: "a subliniat ministrul Muncii", "președintele Senatului".)
  // (The run's first word so, and the words of the body's name after it: "ministrul Finanțelor Publice".)
  const bodyOfRole =
    run >= 1 &&
    run <= 3 &&
    holder < 0 &&
    a - 1 >= p.from &&
    isRoleWord(cp, tokens[a - 1]!.text) &&
    cp.pack.grammar.complementEndings.some((e) => tokens[a]!.key.length > e.length + 2 && tokens[a]!.key.endsWith(e));
  const isName =
    !described &&
    !bodyOfRole &&
    !areaName &&
    !placeRun &&
    (run >= 2 ||
      surname ||
      afterRole ||
      (run === 1 && !determined && !complement && !opening && !roles.has(tokens[head]!.text.toLowerCase()) && !cp.pack.matching.capitalizedNouns));
  const mention = text.slice(p.start, p.end);
  // A run of capitals that holds the noun of a public body is no person's name: at its end, the body
  // itself ("the Congressional Budget Office"); inside it, after the phrase's first word, a description
  // of someone there ("Officials at the Department of Water Resources", "Reprezentanții Ministerului
  // Sănătății", where the run stopped after the body's noun).
  // (Not a body's noun before the name that a role word opening the phrase governs, where the name is of two words or
  // more: "голова обласної військової адміністрації | Олег Синєгубов", "La presidente del Consiglio | Giorgia Meloni" —
  // the person holds the office; "Reprezentanții Ministerului Sănătății" has no role word before the body in lower case.)
  const heldOffice =
    inst > f && inst < a && head - a >= 1 && isRoleWord(cp, tokens[f]!.text) && (holder >= 0 || (!tokens[inst]!.upper && (!tokens[f]!.upper || f === s.t0)));
  const bodyInRun = isName && !heldOffice && inst > f && inst >= a - 1 && inst <= head;
  let linked = false;
  for (let k = f + 1; k < inst; k++) if (wordClass(cp, tokens[k]) & (W.prep | W.join)) linked = true;
  if (bodyInRun && (inst < head || linked)) return describe(ctx, s, p, f, oblique, mention);
  if (isName) {
    const ns = tokens[a]!.start,
      ne = tokens[head]!.end;
    const written = text.slice(ns, ne);
    const name = oblique ? genitiveName(written, cp) : written;
    // A surname alone after the full name: "Gidley nói thêm" after "Hogan Gidley".
    const earlier = run === 1 ? ctx.d.named?.get(name.toLowerCase()) : undefined;
    if (earlier) return { ...earlier, mention, mentionSpan: [p.start, p.end] };
    // A known role before the name gives its label and side ("phát ngôn viên Nhà Trắng Hogan Gidley").
    const roleMention = s.mentions.find((m) => m.ref.type === "role" && m.from >= p.from && m.to <= a);
    // (A bare title of an office one person holds names another holder of its kind, not that office: "Chancellor
    // Philip Hammond" is no Chancellor of Germany; its label and side come only from words that say whose office it is.)
    const office = roleMention ? cp.lexicon.role((roleMention.ref as { id: string }).id) : undefined;
    const known = office && !(roleMention!.to - roleMention!.from === 1 && office.holders.length > 0) ? office : undefined;
    // (Titles are no role: "Ms. Rodstrom" has none.)
    let rs = p.start;
    for (let k = p.from; k < a && wordClass(cp, tokens[k]) & (W.title | W.det); k++) rs = tokens[k + 1]!.start;
    const role = known?.label ?? (ns > rs ? text.slice(rs, ns).trim() || null : null);
    // (else a state's word in the title before the name: "il ministro degli Esteri tedesco Hans Vogel" speaks for DE)
    let side = known?.side ?? null;
    if (!side && !bodyInRun && role)
      // (not a place after a preposition, where the person is: "l'envoyé de l'ONU à Kiev Jan Kowalski")
      for (let k = p.from; k < a && !side; k++) if (k === p.from || !(wordClass(cp, tokens[k - 1]) & W.prep)) side = placeCode(cp, tokens[k]!.key);
    // (members of a party in the plural are a group: "Senate Democrats", "House Republicans")
    const kind = bodyInRun ? "institution" : partyPlural(cp, tokens[head]!.text) ? "group" : "person";
    return { name, id: null, mention, mentionSpan: [p.start, p.end], kind, role, side };
  }
  // Where heads come first, a description's head is its first noun ("hãng thông tấn Nga").
  const first = headOf(ctx, s, p);
  if (first !== head) return describe(ctx, s, p, first, oblique, mention);
  return describe(ctx, s, p, head, oblique, mention);
}

/** Whether a preposition stands before token `a` inside phrase `p`, past its determiners, and not first: "Police in | Ohio", "Republicans in the | Senate". */
function prepBefore(ctx: Ctx, p: Phrase, a: number): boolean {
  const { tokens, cp } = ctx;
  let b = a - 1;
  while (b > p.from && wordClass(cp, tokens[b]) & W.det && !tokens[b]!.upper) b--;
  // (where heads come first, over the place's own noun in lower case, of no word class and no office: "một ngư dân
  // neo tàu tại cảng | Cửa Việt", "ở thị trấn | Gio Linh")
  // (or two: "ở thị trấn | Gio Linh")
  const noun = (k: number) => !tokens[k]!.upper && !tokens[k]!.digits && !wordClass(cp, tokens[k]) && !isRoleWord(cp, tokens[k]!.text);
  if (cp.pack.grammar.headInitial) for (let n = b; n > p.from + 1 && n >= b - 1 && noun(n); n--) if (wordClass(cp, tokens[n - 1]) & W.prep) return true;
  return b > p.from && (wordClass(cp, tokens[b]) & W.prep) !== 0;
}

/**
 * Token `k` if it opens one or two lower-case name particles ({@link NAME_PARTICLES}) that the pack
 * reads as function words, inside a person's name that closes phrase `p`: a capitalised word before
 * them that is no role word, no body's noun and has no determiner before it, one capitalised word
 * after them that is no place ("Charles | de | Gaulle", "Luis | de la | Fuente", "el seleccionador
 * Luis de la Fuente"; not "La Comunidad de Madrid", "ministro de Sanidad", "Banco de España"); else -1.
 */
function particleName(ctx: Ctx, s: SentenceInfo, p: Phrase, k: number): number {
  const { tokens, cp } = ctx;
  const t = tokens[k]!;
  if (!NAME_PARTICLES.has(t.key) || k - 1 < p.from || k - 1 < s.t0) return -1;
  let e = k + 1;
  if (e < p.to && NAME_PARTICLES.has(tokens[e]!.key) && soft(ctx, e)) e++;
  // (one of them in lower case at least: two capitalised are the particle rule's of {@link lastHead} — "Marine Le Pen")
  if (e !== p.to - 1 || !soft(ctx, k) || !soft(ctx, e) || tokens.slice(k, e).every((x) => x.upper)) return -1;
  const a = tokens[k - 1]!,
    z = tokens[e]!;
  if (!/^\p{Lu}\p{Ll}/u.test(a.text) || !/^\p{Lu}\p{Ll}/u.test(z.text) || NAME_PARTICLES.has(a.key)) return -1;
  if (isRoleWord(cp, a.text) || cp.institutionBase.has(a.key) || wordClass(cp, a) & W.title || placeWord(cp, z.key)) return -1;
  if (stateAt(ctx, { ...p, from: e, start: z.start }, e, false) || s.mentions.some((m) => m.from <= e && e < m.to)) return -1;
  // (the first name's run opens the phrase, or follows a role word or a title)
  let b = k - 1;
  while (b - 1 >= p.from && tokens[b - 1]!.upper && !(wordClass(cp, tokens[b - 1]) & W.det) && soft(ctx, b)) b--;
  return b > p.from && wordClass(cp, tokens[b - 1]) & W.det ? -1 : k;
}

/**
 * The first token of one or two name particles ({@link NAME_PARTICLES}) right before capitalised
 * token `a` with a capitalised word of the name before them, or `a` itself: "Bill | de | Blasio".
 * (Not where the pack reads the particle as a function word: there its own rules apply.)
 */
function particlesBefore(ctx: Ctx, s: SentenceInfo, a: number, from: number, p?: Phrase): number {
  const { tokens } = ctx;
  // (and those the pack reads as function words, inside a name that closes the phrase: "Charles | de | Gaulle")
  if (p && a === p.to - 1) for (let k = a - 2; k < a; k++) if (k > from && particleName(ctx, s, p, k) === k) return k;
  const particle = (k: number) => k > from && k >= s.t0 && isNameParticle(ctx.cp, tokens[k]!) && content(ctx, s, k) && soft(ctx, k + 1);
  let b = a;
  while (b > a - 2 && particle(b - 1)) b--;
  // (or one capitalised particle, even one the pack reads as an article: "Marine | Le | Pen", "Luigi | Di | Maio")
  if (b === a && a - 1 > from && a - 1 > s.t0 && tokens[a - 1]!.upper && NAME_PARTICLES.has(tokens[a - 1]!.key) && soft(ctx, a)) b--;
  if (b === a) return a;
  const before = tokens[b - 1]!;
  return before.upper && content(ctx, s, b - 1) && soft(ctx, b) && !(wordClass(ctx.cp, before) & W.title) ? b : a;
}

const STATES = new WeakMap<CompiledPack, Map<string, string>>();
let ENGLISH: Map<string, string[]> | null = null;

/**
 * The state that tokens `[f, p.to)` name whole, by a CLDR name in the pack's language or in
 * English, or by a short form the pack adds with capitals or dots ("USA", "U.S.", "США"); null
 * when they name none.
 */
function stateAt(ctx: Ctx, p: Phrase, f: number, oblique: boolean): { code: string; name: string } | null {
  const { cp, text, tokens } = ctx;
  let names = STATES.get(cp);
  if (!names) {
    names = new Map();
    const add = (form: string, code: string) => names!.set(form.toLowerCase().normalize("NFC"), code);
    for (const locale of ["en", cp.pack.code]) for (const [code, forms] of stateNames(locale)) for (const form of forms) add(form, code);
    for (const [code, forms] of Object.entries(cp.pack.compare.places))
      for (const form of forms) if (/[.\p{Lu}]/u.test(form) || form === form.toUpperCase()) add(form, code);
    STATES.set(cp, names);
  }
  const written = text.slice(tokens[f]!.start, tokens[p.to - 1]!.end);
  const tail = text.charAt(tokens[p.to - 1]!.end) === "." && /\.\p{L}$/u.test(written) ? "." : "";
  const key = (w: string) => names!.get(w.toLowerCase().normalize("NFC"));
  const code = key(written + tail) ?? key(written) ?? (oblique ? key(nominative(written, cp)) : undefined);
  if (!code) return null;
  ENGLISH ??= stateNames("en");
  return { code, name: ENGLISH.get(code)?.[0] ?? code };
}

/** The last token of a two-word name that closes phrase `p` after the role word at `head`, or -1 (see {@link unknownSpeaker}). */
function namedHolder(ctx: Ctx, s: SentenceInfo, p: Phrase, head: number, capital = false): number {
  const { tokens, cp } = ctx;
  const e = p.to - 1;
  if (e <= head + 1 || !tokens[e]!.upper) return -1;
  let b = e;
  while (b - 1 > head && tokens[b - 1]!.upper && content(ctx, s, b - 1) && soft(ctx, b)) b--;
  if (!content(ctx, s, e) || !content(ctx, s, e - 1) || b > e - 1) return -1;
  const before = wordClass(cp, tokens[b - 1]);
  // (also over an article after the joining word: "le représentant de l'ONU Pierre Lenz", "de la ONU")
  const joined =
    (before & (W.prep | W.join)) !== 0 || (before & W.det && b - 2 > head && (wordClass(cp, tokens[b - 2]) & (W.prep | W.join)) !== 0 && content(ctx, s, b));
  // (a first name joined by a hyphen is one word: "Le ministre des Affaires étrangères Jean-Luc Martin")
  let words = e - b + 1;
  for (let k = b + 1; k <= e; k++) if (ctx.text.slice(tokens[k - 1]!.end, tokens[k]!.start) === "-") words--;
  if (capital) return words === 3 && joined ? e : -1;
  if (words >= 3 ? joined : words === 2 && !joined && !(before & W.det) && content(ctx, s, b - 1) && !tokens[b - 1]!.upper) return e;
  return -1;
}

const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/**
 * Where a person's name that opens phrase `p` ends, when a preposition follows it and a capitalised word
 * after that (an article between): two or three words of a name, none a role word, a body's word, a place
 * or in a mention of the lexicon; else -1. Not where nouns are capitalised.
 */
function affiliated(ctx: Ctx, s: SentenceInfo, p: Phrase): number {
  const { tokens, cp } = ctx;
  if (cp.pack.matching.capitalizedNouns || p.to - p.from < 4) return -1;
  let k = p.from;
  while (
    k < p.to &&
    k - p.from < 4 &&
    NAME_WORD.test(tokens[k]!.text) &&
    wordClass(cp, tokens[k]) === 0 &&
    !isRoleWord(cp, tokens[k]!.text) &&
    !bodyWord(cp, tokens[k]!.text) &&
    !cp.institutionBase.has(tokens[k]!.key) &&
    !placeWord(cp, tokens[k]!.key) &&
    (k === p.from || soft(ctx, k))
  )
    k++;
  if (k - p.from < 2 || k - p.from > 3 || k + 1 >= p.to || !soft(ctx, k) || (wordClass(cp, tokens[k]) & (W.prep | W.join)) === 0) return -1;
  if (s.mentions.some((m) => m.from < k && m.to > p.from)) return -1;
  let n = k + 1;
  if (n + 1 < p.to && wordClass(cp, tokens[n]) & W.det) n++;
  return tokens[n]!.upper ? k : -1;
}

/** The first content word of phrase `p` (determiners and titles skipped), or -1. */
function firstContent(ctx: Ctx, s: SentenceInfo, p: Phrase): number {
  for (let k = p.from; k < p.to; k++) if (content(ctx, s, k) && !(wordClass(ctx.cp, ctx.tokens[k]) & W.title)) return k;
  return -1;
}

/** The first word of phrase `p` from token `from` on that is the noun of a public body (pack `grammar.institutionNouns`, `grammar.bodySuffixes`), or -1. */
function institutionAt(ctx: Ctx, _s: SentenceInfo, p: Phrase, from: number): number {
  for (let k = from; k < p.to; k++) if (ctx.cp.institutionBase.has(ctx.tokens[k]!.key) || bodyCompound(ctx.cp, ctx.tokens[k]!)) return k;
  return -1;
}

/** A public body named by phrase `p` whose noun is token `f`: the phrase as written, the noun in its base form. */
function institution(ctx: Ctx, s: SentenceInfo, p: Phrase, f: number): Speaker {
  const { tokens, text, cp } = ctx;
  const t = tokens[f]!;
  // (a compound of pack `grammar.bodySuffixes` as written: "Das Landgericht Hamburg")
  const base = cp.institutionBase.get(t.key) ?? t.text;
  const written = t.upper ? base.charAt(0).toUpperCase() + base.slice(1) : base;
  // Where no word joins a complement to its head (pack `grammar.joiners` empty, with case endings), the adjectives
  // that agree with a noun in a governed case go to the base form with it, capitalised as in a name: "Banku
  // Światowego" → "Bank Światowy", "Всемирного банка" → "Всемирный банк" (those before the noun, and one after it
  // that closes the phrase) — not where the noun is in its base form already ("Мировой банк").
  let from = t.start,
    to = t.end,
    before = "",
    after = "";
  if (cp.pack.grammar.joiners.length === 0 && cp.endings.length && base.toLowerCase() !== t.text.toLowerCase()) {
    for (let k = f - 1; k >= p.from && soft(ctx, k + 1); k--) {
      const a = agreeingBase(cp, tokens[k]!.text);
      if (a === undefined) break;
      before = a + text.slice(tokens[k]!.end, from) + before;
      from = tokens[k]!.start;
    }
    const n = tokens[f + 1];
    const a = n && f + 2 === p.to && soft(ctx, f + 1) ? agreeingBase(cp, n.text) : undefined;
    if (a !== undefined) {
      after = text.slice(t.end, n!.start) + a;
      to = n!.end;
    }
  }
  return bodySpeaker(ctx, s, p, text.slice(p.start, from) + before + written + after + text.slice(to, p.end));
}

/** The base form of an adjective by the pack's `grammar.adjectiveBases`, in capitals or not ("Światowego" → "Światowy"); undefined for a word with none of its endings. */
function agreeingBase(cp: CompiledPack, word: string): string | undefined {
  const lower = word.toLowerCase();
  const hit = cp.pack.grammar.adjectiveBases.find(([from]) => lower.length - from.length >= 3 && lower.endsWith(from));
  return hit ? word.slice(0, word.length - hit[0].length) + hit[1] : undefined;
}

/** Phrase `p` as a body speaking under `name`, on the side of a state it names. */
function bodySpeaker(ctx: Ctx, s: SentenceInfo, p: Phrase, name: string): Speaker {
  const mention = ctx.text.slice(p.start, p.end);
  return { name, id: null, mention, mentionSpan: [p.start, p.end], kind: "institution", role: null, side: countrySide(ctx, s, p) ?? statePart(ctx, p) };
}

/**
 * The state a capitalised word of a body's name names, not after a preposition: "Ministerstwo Obrony Ukrainy",
 * "Посольство України в Польщі" (not Poland, where the embassy is), "Министерство иностранных дел Франции".
 */
function statePart(ctx: Ctx, p: Phrase): string | null {
  const { tokens, cp } = ctx;
  for (let k = p.from + 1; k < p.to; k++) {
    if (wordClass(cp, tokens[k - 1]) & W.prep) return null;
    const code = tokens[k]!.upper ? placeCode(cp, tokens[k]!.key) : null;
    if (code) return code;
  }
  return null;
}

/** The side of the country a phrase names, if any ("Đại diện phía Nga", "representatives of the Russian side"). */
function countrySide(ctx: Ctx, s: SentenceInfo, p: Phrase): string | null {
  // (not a place after a preposition, where someone is from: "Эксперт из Москвы")
  const from = (m: Mention) => m.from > p.from && originAt(ctx.cp, ctx.tokens, m.from - 1);
  const country = mentionsIn(s, p)
    .filter((m) => !from(m))
    .map((m) => (m.ref.type === "entity" || m.ref.type === "role" ? resolveMention(m, ctx.text, ctx.d, ctx.cp, [m.start, m.end]) : null))
    .find((x) => x && x.kind === "institution" && x.side);
  if (country?.side) return country.side;
  // (Where heads come first, a state's name no lexicon holds, in capitals, closing the description after other words:
  // "Người phát ngôn Bộ Ngoại giao Việt Nam" is on Vietnam's side. Not elsewhere, where such a name closes the names
  // of associations too: "Sprecher des Erwerbslosen Forum Deutschland".)
  if (!ctx.cp.pack.grammar.headInitial) return null;
  for (let k = Math.max(p.from + 1, p.to - 3); k < p.to; k++) {
    if (!ctx.tokens[k]!.upper || !soft(ctx, k)) continue;
    const state = stateAt(ctx, p, k, false);
    if (state) return state.code;
  }
  return null;
}

/** A speaker for a description headed by token `head`: a medium, the holder of a role, the issuer of a statement, or the words as written. */
function describe(ctx: Ctx, s: SentenceInfo, p: Phrase, head: number, oblique: boolean, mention: string): Speaker | null {
  const { tokens, text, cp } = ctx;
  // A name written as a web address ("Ulysmedia.kz"): a medium, under that name.
  if (p.to - p.from >= 2 && webAddress(ctx, p))
    return { name: mention, id: null, mention, mentionSpan: [p.start, p.end], kind: "media", role: null, side: null };
  // "the agency", "агентства", "hãng thông tấn Nga": a medium — the one the phrase names, else the one
  // named last, else the description as written.
  if (cp.media.matchAt(tokens, head, text)) {
    const named = mentionsIn(s, p).find((m) => m.ref.type === "entity" && m.ref.entity?.kind === "media");
    const by = named ? resolveMention(named, text, ctx.d, cp, [named.start, named.end]) : null;
    const medium = by ?? (ctx.d.lastMedia && unnamed(ctx, p) ? ctx.d.lastMedia : null);
    if (medium) return { ...medium, mention, mentionSpan: [p.start, p.end] };
    return {
      name: oblique ? descriptionBase(ctx, s, p, head) : mention,
      id: null,
      mention,
      mentionSpan: [p.start, p.end],
      kind: "media",
      role: null,
      side: null,
    };
  }
  // "Der frühere Präsident", "the former minister": a definite description headed by a role word is the
  // person holding such a role who spoke or was named last.
  const holder = definite(ctx, s, p) ? roleHolder(ctx, tokens[head]!) : null;
  if (holder) return { ...holder, mention, mentionSpan: [p.start, p.end] };
  // "the statement said", "the readout says": the statement speaks for who issued it.
  if (statementNouns(cp).has(tokens[head]!.key)) {
    // "the Kremlin statement", "Peskov's statement", "the statement of the White House": who issued it is named in it.
    const named = mentionsIn(s, p).find((m) => m.ref.type === "entity" || m.ref.type === "role");
    const by = named ? resolveMention(named, text, ctx.d, cp, [named.start, named.end]) : null;
    if (by) return { ...by, mention, mentionSpan: [p.start, p.end] };
    const issuer = ctx.d.lastThing ?? ctx.d.last;
    if (issuer) return { ...issuer, mention, mentionSpan: [p.start, p.end] };
  }
  // In a governed case only the head (and the adjectives before it) change: "einem Positionspapier des
  // Innenministeriums" keeps its genitive. Where no word joins a complement to its head (Polish,
  // Russian, Ukrainian), the head is the first noun: "начальника пожарной охраны" → "начальник пожарной
  // охраны", "китайского лидера" → "китайский лидер" (a long ending marks an adjective that agrees with it).
  let desc = oblique ? descriptionBase(ctx, s, p, head) : mention;
  // An article that is never nominative (pack `grammar.oblique`: German "dem", "einem") is no part of the description's name: "Dem Sprecher des Ministeriums zufolge" → "Sprecher des Ministeriums".
  if (p.to - p.from > 1 && head > p.from && cp.obliqueWords.has(tokens[p.from]!.text.toLowerCase())) desc = desc.slice(tokens[p.from + 1]!.start - p.start);
  // A description headed by the bare noun of a public body or a company (pack `grammar.institutionNouns`,
  // `reporting.bodyNouns`) is that body, not a person: "Die Polizei teilte mit", "the company said", "la procura ha
  // detto" — "ein Polizist sagte" is headed by no such noun and stays a person's description.
  const key = tokens[head]!.key;
  // (Not where a role word in lower case comes before it, the complement in the genitive after it: "rzeczniczka policji",
  // "представитель ведомства" — a person of the body.)
  let office = false;
  // (a word of a role that names a body itself is none: "Пресс-служба ведомства")
  const named = (w: string) => cp.institutionBase.has(w) || cp.institutionBase.has(w.slice(w.lastIndexOf("-") + 1));
  for (let k = p.from; k < head && !office; k++) {
    // (a compound's first part is no word of its own: "Пресс-служба")
    if (text.slice(tokens[k]!.end, tokens[k + 1]!.start) === "-") continue;
    office = (!tokens[k]!.upper || k === s.t0) && isRoleWord(cp, tokens[k]!.text) && !named(tokens[k]!.key);
  }
  const body = !office && (cp.institutionBase.has(key) || cp.bodyNouns.has(key) || bodyCompound(cp, tokens[head]!) || bodyTermOpens(ctx, p));
  // (A country named in the description gives its side: "Đại diện phía Nga", "representatives of the Russian side".)
  // (members of a party in the plural are a group: "Democrats said", "the Republicans said")
  // (and so are people named by a plural noun: "Officials said", "Critics say", "senior aides familiar with the talks")
  // (the people before a place after a preposition are the head: "Republicans in the Senate", "farmers in Iowa")
  let people = head;
  for (let k = p.from + 1; k < head; k++)
    if (wordClass(cp, tokens[k]) & W.prep && !(wordClass(cp, tokens[k]) & W.join)) {
      people = k - 1;
      break;
    }
  // (a singular's determiner before the head makes it one person in another case: "dem Experten")
  const single = p.from < head && cp.pack.reporting.singularDeterminers.includes(tokens[p.from]!.key);
  // (or by an oblique form of the pack's plural nouns of people: "według źródeł rządowych", "по данным источников")
  const group = (t: Token) => !single && (partyPlural(cp, t.text) || pluralPeople(cp, t) || groupNounBase(cp, t.text) !== undefined);
  // (a listed noun of people that opens the description, an adjective or a complement after it: "fonti governative",
  // "fuentes cercanas al ministro", "surse guvernamentale" — where adjectives follow the noun it is no last head)
  let lead = p.from;
  while (lead < head && wordClass(cp, tokens[lead]) & W.det) lead++;
  const listed = !single && lead < head && (!tokens[lead]!.upper || lead === s.t0) && groupKeys(cp).has(tokens[lead]!.key);
  // (Where no word joins a complement to its head — pack `grammar.joiners` empty, with case endings — a role word that
  // opens the description is its head, the words after it its complement in the genitive: "Голова профспілки",
  // "Председатель профсоюза", "Szef związkowców" are one person, though "профспілки" is also the plural of a group.)
  let noun = head;
  if (cp.pack.grammar.joiners.length === 0 && cp.endings.length) {
    let k = p.from;
    while (k < head && wordClass(cp, tokens[k]) & W.det) k++;
    if (k < head && isRoleWord(cp, tokens[k]!.text)) noun = k;
  }
  const kind = body ? "institution" : group(tokens[noun]!) || (people !== head && people !== noun && group(tokens[people]!)) || listed ? "group" : "unknown";
  return { name: desc, id: null, mention, mentionSpan: [p.start, p.end], kind, role: null, side: countrySide(ctx, s, p) };
}

/**
 * Whether the head of a description is a plural noun of people (pack `reporting.pluralHeadEndings`, no doubled
 * last letter, no function word, none of `reporting.singularHeadEndings`): written in lower case ("officials",
 * "organizers"), or capitalised where its singular is a role word ("Officials", "Aides") or where the pack lists it
 * (`reporting.groupNouns`: "Critics") — a surname alone ("Jones said") is none.
 */
export function pluralPeople(cp: CompiledPack, t: { key: string; text: string; upper: boolean }): boolean {
  const r = cp.pack.reporting;
  const key = t.key;
  // (a listed noun needs no ending of the pack: packs that inflect list their plurals whole — "sindacati", "związkowcy",
  // "medicii", whose doubled last letter is no sign of a singular as in "press")
  if (key.length > 3 && !cp.words.has(key) && groupKeys(cp).has(key)) return true;
  if (key.length <= 3 || key.at(-1) === key.at(-2) || cp.words.has(key) || r.singularHeadEndings.some((e) => key.endsWith(e))) return false;
  const end = r.pluralHeadEndings.find((e) => key.endsWith(e));
  if (end === undefined) return false;
  return !t.upper || isRoleWord(cp, key.slice(0, -end.length));
}

const GROUP_KEYS = new WeakMap<CompiledPack, Set<string>>();
/** The pack's `reporting.groupNouns` as look-up keys (folded as its words are: "związkowcy" → "zwiazkowcy"). */
export function groupKeys(cp: CompiledPack): Set<string> {
  let keys = GROUP_KEYS.get(cp);
  if (!keys) GROUP_KEYS.set(cp, (keys = new Set(cp.pack.reporting.groupNouns.map((g) => cp.fold(g)))));
  return keys;
}

const BODY_TERMS = new WeakMap<CompiledPack, string[][]>();
/**
 * Whether a noun of a public body of several words (pack `grammar.institutionNouns`: "công an") opens
 * phrase `p` after its determiners: "Công an cho biết", "Công an tỉnh Nghệ An" — the body, no person.
 */
function bodyTermOpens(ctx: Ctx, p: Phrase): boolean {
  const { tokens, cp } = ctx;
  let terms = BODY_TERMS.get(cp);
  if (!terms) {
    terms = cp.pack.grammar.institutionNouns.flat().flatMap((f) => {
      const ws = f.toLowerCase().normalize("NFC").split(/\s+/u);
      return ws.length > 1 ? [ws] : [];
    });
    BODY_TERMS.set(cp, terms);
  }
  if (terms.length === 0) return false;
  let b = p.from;
  while (b < p.to && wordClass(cp, tokens[b]) & W.det) b++;
  return terms.some((x) => b + x.length <= p.to && x.every((w, j) => tokens[b + j]!.text.toLowerCase().normalize("NFC") === w));
}

const GROUP_CASES = new WeakMap<CompiledPack, Map<string, string>>();
/**
 * The nominative of a plural noun of people in an oblique case of the pack's table (`grammar.groupNounCases`),
 * capitalised as written: "źródeł" → "źródła", "Источников" → "Источники"; undefined for any other word.
 */
export function groupNounBase(cp: CompiledPack, word: string): string | undefined {
  let map = GROUP_CASES.get(cp);
  if (!map) {
    map = new Map();
    for (const forms of cp.pack.grammar.groupNounCases) for (const f of forms.slice(1)) if (!map.has(f.toLowerCase())) map.set(f.toLowerCase(), forms[0]!);
    GROUP_CASES.set(cp, map);
  }
  const base = map.get(word.toLowerCase());
  return base && word.charAt(0) !== word.charAt(0).toLowerCase() ? base.charAt(0).toUpperCase() + base.slice(1) : base;
}

const ROLE_CASES = new WeakMap<CompiledPack, Map<string, string>>();
/** The base form of a noun of office in a case table of the pack (`grammar.roleNounCases`), capitalised as written; undefined for any other word. */
export function roleNounBase(cp: CompiledPack, word: string): string | undefined {
  let map = ROLE_CASES.get(cp);
  if (!map) {
    map = new Map();
    for (const forms of cp.pack.grammar.roleNounCases) for (const f of forms.slice(1)) if (!map.has(f)) map.set(f.toLowerCase(), forms[0]!);
    ROLE_CASES.set(cp, map);
  }
  const base = map.get(word.toLowerCase());
  if (!base) return undefined;
  return word.charAt(0) === word.charAt(0).toUpperCase() && word.charAt(0) !== word.charAt(0).toLowerCase()
    ? base.charAt(0).toUpperCase() + base.slice(1)
    : base;
}

/** The base form of a lower-case adjective in an oblique case by the pack's `grammar.adjectiveBases`, or undefined. */
function adjectiveBase(cp: CompiledPack, word: string): string | undefined {
  if (word.charAt(0) !== word.charAt(0).toLowerCase()) return undefined;
  const lower = word.toLowerCase();
  const hit = cp.pack.grammar.adjectiveBases.find(([from]) => lower.length - from.length >= 3 && lower.endsWith(from));
  return hit ? word.slice(0, word.length - hit[0].length) + hit[1] : undefined;
}

/** A description in a governed case brought to its base form (see {@link unknownSpeaker}). */
function descriptionBase(ctx: Ctx, _s: SentenceInfo, p: Phrase, head: number): string {
  const { tokens, text, cp } = ctx;
  if (cp.pack.grammar.joiners.length === 0 && cp.endings.length) {
    let out = "",
      at = p.start;
    for (let k = p.from; k < p.to; k++) {
      const t = tokens[k]!;
      // (the first part of a compound keeps its form, its last part is the word: "пресс-секретаря" → "пресс-секретарь")
      if (k + 1 < p.to && text.slice(t.end, tokens[k + 1]!.start) === "-") continue;
      const office = roleNounBase(cp, t.text) ?? groupNounBase(cp, t.text);
      // (a capitalised adjective before the noun of a public body is one of its name, which agrees with it: "Всемирного банка")
      const named = t.upper && k + 1 < p.to && cp.institutionBase.has(tokens[k + 1]!.key);
      const adjective = office ? undefined : (adjectiveBase(cp, t.text) ?? (named ? agreeingBase(cp, t.text) : undefined));
      const e = endingOf(t.text, cp.endings);
      // (the noun of a public body by its own case table: "Світового банку" → "Світовий банк", not a learnt ending's "банко")
      const body = office || adjective !== undefined ? undefined : cp.institutionBase.get(t.key);
      const bodyWritten = body && (t.upper ? body.charAt(0).toUpperCase() + body.slice(1) : body);
      out += text.slice(at, t.start) + (office ?? adjective ?? bodyWritten ?? baseForm(t.text, cp.endings));
      at = t.end;
      // (an adjective agrees with the noun after it, which comes next: "официального представителя" → "официальный
      // представитель", though the lexicon lists "официальный" among its role words)
      if (adjective !== undefined && k + 1 < p.to && !tokens[k + 1]!.upper) continue;
      // (a noun of office is the head, whatever its ending: the complement after it keeps its case — "rzeczniczki
      // policji" → "rzeczniczka policji")
      if (office || !e || e.from.length <= 1 || isRoleWord(cp, t.text)) {
        // (but an adjective after it that closes the phrase, or stands before a name, agrees with it: "rzecznika prasowego" →
        // "rzecznik prasowy" — not one before a noun of its own, "rzecznika polskiego rządu")
        const n = tokens[k + 1];
        const after = n && !n.upper && (k + 2 === p.to || tokens[k + 2]!.upper) ? adjectiveBase(cp, n.text) : undefined;
        if (after !== undefined) {
          out += text.slice(at, n!.start) + after;
          at = n!.end;
        }
        break;
      }
    }
    return out + text.slice(at, p.end);
  }
  // (A noun of office that opens the phrase, with the pack's case table, is its head before a complement:
  // "președintelui Consiliului Județean" → "președintele Consiliului Județean".)
  const first = tokens[p.from]!;
  const office = head > p.from ? roleNounBase(cp, first.text) : undefined;
  if (office) return text.slice(p.start, first.start) + office + text.slice(first.end, p.end);
  const h = tokens[head]!;
  // (a noun of office alone, or before its complement after a joining word, by the same table: "primarului" → "primarul")
  return text.slice(p.start, h.start) + (roleNounBase(cp, h.text) ?? nominative(h.text, cp)) + text.slice(h.end, p.end);
}

/** Whether a phrase names no one: no capitalised word but a determiner or its first word ("the agency", "агентства", "Die Agentur"). */
function unnamed(ctx: Ctx, p: Phrase): boolean {
  for (let k = p.from + 1; k < p.to; k++) if (ctx.tokens[k]!.upper && !(ctx.cp.pack.matching.capitalizedNouns && k === p.to - 1)) return false;
  return true;
}

/** A definite description: it opens with a determiner that is no indefinite article (pack `dates.numbers["1"]`: "a", "ein", "un"). */
function definite(ctx: Ctx, _s: SentenceInfo, p: Phrase): boolean {
  const t = ctx.tokens[p.from]!;
  if (!(wordClass(ctx.cp, t) & W.det)) return false;
  const one = ctx.cp.pack.dates.numbers["1"] ?? [];
  return !one.some((w) => w.toLowerCase() === t.text.toLowerCase());
}

const ROLE_IDS = new WeakMap<CompiledPack, Map<string, string[]>>();
/**
 * The person a role word stands for ("Präsident", "minister"): who spoke last, or the person named
 * most recently, when they hold a role whose forms hold that word on the article's date.
 */
function roleHolder(ctx: Ctx, word: Token): Speaker | null {
  const { cp, d } = ctx;
  let byWord = ROLE_IDS.get(cp);
  if (!byWord) {
    byWord = new Map();
    for (const { id, pattern: f } of cp.roleForms)
      for (const w of officeWords(cp, f)) {
        const key = cp.fold(w);
        if (key.length > 3) byWord.set(key, [...new Set([...(byWord.get(key) ?? []), id])]);
      }
    ROLE_IDS.set(cp, byWord);
  }
  const ids = byWord.get(word.key);
  if (!ids) return null;
  const holds = (person: string) =>
    ids.some((r) => {
      const role = cp.lexicon.role(r);
      return !!role && !role.pair && roleHoldersOn(role, d.date).includes(person);
    });
  const candidates = [...(d.lastPerson?.id ? [d.lastPerson.id] : []), ...[...d.persons].reverse()];
  const id = candidates.find(holds);
  const e = id ? cp.lexicon.entity(id) : undefined;
  return e ? { name: e.name, id: e.id, mention: null, mentionSpan: null, kind: e.kind, role: null, side: e.side } : null;
}

/** The known mentions (entities, roles) of the sentence inside a phrase. */
export function mentionsIn(s: SentenceInfo, p: Phrase): Mention[] {
  return s.mentions.filter((m) => m.from >= p.from && m.to <= p.to);
}

const STATEMENT_NOUNS = new WeakMap<CompiledPack, Set<string>>();
/** Nouns that name a statement: the last word of the pack's statement phrases ("in a statement" → "statement"). */
export function statementNouns(cp: CompiledPack): Set<string> {
  let set = STATEMENT_NOUNS.get(cp);
  if (set) return set;
  set = new Set<string>();
  for (const n of cp.pack.reporting.nouns) {
    const t = tokenize(n.replace(/\*$/, ""), cp.fold);
    if (t.length) set.add(t[t.length - 1]!.key);
  }
  STATEMENT_NOUNS.set(cp, set);
  return set;
}

/** An acronym in capitals: indeclinable, it continues a phrase in any case ("rzecznika MSZ", "представителя МИД"). */
const ACRONYM_WORD = /^[\p{Lu}]{2,6}$/u;

/**
 * Where a phrase in the genitive that starts at token `k` ends (the token after its last word), after
 * a source preposition that governs that case when no comma closes it ("Według rzecznika MSZ
 * ambasador …", "По мнению экспертов переговоры …"): its first word, then words whose ending is
 * the genitive's alone (pack `grammar.genitiveEndings`), acronyms, a known name or role not in its
 * base form, the words of a name in capitals; a word whose ending is also the nominative's
 * (`grammar.nominativeEndings`: "rozmowa", "Polska") goes on it only before a word in the genitive
 * alone ("straży pożarnej"), or as the second word of a name ("Donalda Tuska"). Null when the pack
 * has no such endings or the first word is in no genitive ("Według mnie").
 */
export function governedEnd(ctx: Ctx, s: SentenceInfo, k: number): number | null {
  const { cp, tokens, text } = ctx;
  const g = cp.pack.grammar;
  if (g.genitiveEndings.length === 0 || k >= s.t1 || !content(ctx, s, k)) return null;
  const caseAt = (j: number) => genitiveCase(tokens[j]!.text, g);
  const knownAt = (j: number) => s.mentions.find((m) => m.from === j && m.ref.type !== "pronoun" && m.ref.type !== "anaphor");
  const first = knownAt(k);
  // (a plural noun of people in an oblique form of the pack's table has a case too, whatever its ending: "źródeł")
  if (!first && !caseAt(k) && !ACRONYM_WORD.test(tokens[k]!.text) && groupNounBase(cp, tokens[k]!.text) === undefined) return null;
  const baseForm = (m: Mention) => {
    if (m.ref.type !== "entity" || !m.ref.entity) return false;
    const forms = cp.pack.entities[m.ref.entity.id];
    return !!forms && forms[0] === text.slice(m.start, m.end);
  };
  const next = (j: number) => j < s.t1 && soft(ctx, j) && content(ctx, s, j);
  // (a foreign name's ending after an apostrophe: "Kirby'ego")
  const apostrophe = (j: number) => j < s.t1 && !tokens[j]!.upper && /^['’]$/u.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start));
  const word = (j: number) => (apostrophe(j + 1) ? j + 2 : j + 1);
  const isName = (j: number) => tokens[j]!.upper && !ACRONYM_WORD.test(tokens[j]!.text) && !knownAt(j);
  let j = k;
  while (j < s.t1 && (j === k || next(j))) {
    if (ACRONYM_WORD.test(tokens[j]!.text)) {
      j++;
      continue;
    }
    const m = knownAt(j);
    if (m) {
      const c = genitiveCase(tokens[m.to - 1]!.text, g);
      if (j === k || c === "genitive" || (c === "either" && (m.ref.type === "role" || (m.ref.type === "entity" && !baseForm(m))))) {
        j = m.to;
        continue;
      }
      // (a person's surname the lexicon knows, in no case, after a first name in the genitive: "Zdaniem Kaji Kallas",
      // "Według Tomka Rutte" — foreign surnames are often left undeclined)
      if (c === null && j > k && isName(j - 1) && caseAt(j - 1) !== null && m.ref.type === "entity" && m.ref.entity?.kind === "person") {
        j = m.to;
        break;
      }
      break;
    }
    if (isName(j)) {
      // A name in capitals, word by word: words in the genitive ("Pentagonu", "Kirby'ego"), two at most
      // in a row that may be either ("Donalda Tuska", then "Polska" starts the clause), and a word in no
      // case after a first name ("Anny Nowak", "Kaji Kallas").
      const start = j;
      let streak = 0,
        took = false;
      while (j < s.t1 && (j === k || next(j)) && isName(j)) {
        const c = apostrophe(j + 1) ? "genitive" : caseAt(j);
        // (a double surname's second part is no word of its own: "Kosiniaka-Kamysza")
        if (j > start && text.slice(tokens[j - 1]!.end, tokens[j]!.start) === "-" && c) {
          j = word(j);
          continue;
        }
        if (c === "genitive" || j === k) streak = c === "genitive" ? 0 : 1;
        else if (c === "either" && streak < 2) streak++;
        // (also after a first name in the genitive alone: "Kaji Kallas", "Natalii Kowalczuk")
        else if (c === null && (streak === 1 || (j === word(start) && caseAt(start) === "genitive"))) {
          j = word(j);
          took = true;
          break;
        } else break;
        j = word(j);
        took = true;
      }
      if (!took || (next(j) && isName(j))) break;
      // (one word that may be either, after the phrase's first word, goes on it only before a word in the
      // genitive alone: "Zdaniem ekspertów Niemcy nie …" — "Niemcy" is the clause's subject)
      if (start !== k && j === word(start) && caseAt(start) === "either" && !apostrophe(start + 1) && !(next(j) && caseAt(j) === "genitive")) {
        j = start;
        break;
      }
      continue;
    }
    const t = tokens[j]!;
    const c = caseAt(j);
    if (j === k || c === "genitive") {
      j = word(j);
      continue;
    }
    // "straży pożarnej": a word that may be either, before a word in the genitive alone
    if (c === "either" && next(j + 1) && !tokens[j + 1]!.upper && caseAt(j + 1) === "genitive") {
      j += 2;
      continue;
    }
    // "ministra zdrowia szpitale …", "ministra obrony Władysława …": one that may be either, right after a role
    // word, is its complement — unless a function word follows ("Zdaniem ministra rozmowa nie …")
    const role = (j === k + 1 && isRoleWord(cp, tokens[k]!.text)) || (first?.ref.type === "role" && first.to === j);
    if (c === "either" && !t.upper && role && next(j + 1) && !wordClass(cp, tokens[j + 1])) {
      j++;
      continue;
    }
    break;
  }
  // (a body's name with "and" in it, its second field in capitals and in a case too: "Według Ministerstwa Rozwoju i
  // Technologii eksport …" — not a second body of its own)
  if (
    j > k + 1 &&
    j + 1 < s.t1 &&
    cp.institutionBase.has(tokens[k]!.key) &&
    wordClass(cp, tokens[j]) & W.and &&
    soft(ctx, j) &&
    soft(ctx, j + 1) &&
    isName(j + 1) &&
    caseAt(j + 1) !== null &&
    !cp.institutionBase.has(tokens[j + 1]!.key)
  ) {
    const e = governedEnd(ctx, s, j + 1);
    if (e !== null && e > j + 1) return e;
  }
  return j;
}

/**
 * "…, сообщили в министерстве.", "…, повідомили в міністерстві.": a preposition at token `k` right after a
 * verb with no subject, then a phrase headed by the noun of a public body (pack `grammar.institutionNouns`) —
 * the body speaks, named in its base form. Null when anything else stands there.
 */
export function bodyAfter(ctx: Ctx, s: SentenceInfo, k: number): { speaker: Speaker; m: Mention } | null {
  const { tokens, cp } = ctx;
  if (cp.institutionBase.size === 0 || k + 1 >= s.t1 || !(wordClass(cp, tokens[k]) & W.prep)) return null;
  const p = phraseAfter(ctx, s, k + 1);
  if (!p || p.from !== k + 1) return null;
  if (!cp.institutionBase.has(tokens[p.from]!.key)) return oneWordBody(ctx, s, p);
  return { speaker: institution(ctx, s, p, p.from), m: asMention(p) };
}

/**
 * "В правительстве заявили, что …", "У міністерстві оборони повідомили …": a preposition that opens
 * the sentence, then a phrase headed by the noun of a public body (pack `grammar.institutionNouns`)
 * right before the verb `to` — the body speaks, named in its base form. Null when anything else stands
 * there (the caller tries this only for a verb with no subject of its own).
 */
export function bodyOpening(ctx: Ctx, s: SentenceInfo, to: number): { speaker: Speaker; m: Mention } | null {
  const { tokens, cp, text } = ctx;
  if (cp.institutionBase.size === 0 || to - s.t0 < 2) return null;
  // (a compound preposition of origin, and the joining word after it: "Din partea Ministerului Sănătății s-a transmis",
  // "Du côté du gouvernement, on assure" — pack `grammar.fromPhrases`)
  let k = fromPhraseAt(ctx, s);
  if (k > s.t0 && k < to && wordClass(cp, tokens[k]) & W.join) k++;
  if (k === s.t0) k = wordClass(cp, tokens[s.t0]) & W.prep ? s.t0 + 1 : -1;
  if (k < 0 || k >= to) return null;
  // (no one in particular as the verb's subject, after the comma that closes the phrase: "Au ministère de la Santé,
  // on assure que …" — pack `grammar.genericSubjects`)
  const generic = to - 1 > k && genericSubject(cp, tokens[to - 1]!) && /^\s*,\s*$/u.test(text.slice(tokens[to - 2]!.end, tokens[to - 1]!.start));
  const p = phraseAfter(ctx, s, k);
  if (!p || p.from !== k || p.to !== (generic ? to - 1 : to)) return null;
  // (an article before the body: "Desde el Ministerio de Hacienda respondieron que …")
  const f = p.from + 1 < p.to && wordClass(cp, tokens[p.from]) & W.det ? p.from + 1 : p.from;
  if (!cp.institutionBase.has(tokens[f]!.key)) return f === p.from ? oneWordBody(ctx, s, p) : null;
  return { speaker: institution(ctx, s, p, f), m: asMention(p) };
}

/** Whether token `t` is a personal pronoun of no one in particular (pack `grammar.genericSubjects`: "on"). */
export function genericSubject(cp: CompiledPack, t: Token): boolean {
  const ws = cp.pack.grammar.genericSubjects;
  return ws.length > 0 && ws.includes(t.text.toLowerCase());
}

/** The token after a compound preposition of origin (pack `grammar.fromPhrases`) that opens sentence `s`, else `s.t0`. */
function fromPhraseAt(ctx: Ctx, s: SentenceInfo): number {
  const m = ctx.cp.fromPhrases.matchAt(ctx.tokens, s.t0, ctx.text);
  return m && m.to < s.t1 ? m.to : s.t0;
}

/**
 * A phrase that opens with the one-word name of a body (an acronym, a clipped name: `bodyBase`), capitals
 * only after it — "в Минфине", "у МЗС", "в Минздраве Украины": the body, that word in its base form; else null.
 */
function oneWordBody(ctx: Ctx, s: SentenceInfo, p: Phrase): { speaker: Speaker; m: Mention } | null {
  const { tokens, text, cp } = ctx;
  const t = tokens[p.from]!;
  const base = bodyBase(cp, t.text);
  if (!base || tokens.slice(p.from + 1, p.to).some((x) => !x.upper)) return null;
  return { speaker: bodySpeaker(ctx, s, p, base + text.slice(t.end, p.end)), m: asMention(p) };
}

/**
 * Whether token j, right after the phrase's last word, is a past participle (pack
 * `reporting.participleEndings`, English "-ed") that opens a clause about the noun before it: "a poll
 * released Tuesday", "a report published by …" end at the noun. Only after a lower-case noun, not an
 * adverb ("a widely cited study"), and not where nouns are capitalised.
 */
function participleAfterNoun(ctx: Ctx, s: SentenceInfo, j: number, last: number): boolean {
  const { tokens, cp } = ctx;
  if (last < 0 || j !== last + 1) return false;
  // (a link of the pack goes on the description: "people briefed on the talks")
  if (cp.links.length && linkAt(ctx, s, j)?.[0] === j) return false;
  const t = tokens[j]!;
  const prev = tokens[last]!;
  if (t.upper || prev.upper || prev.digits || t.text.length < 6 || prev.text.endsWith("ly") || wordClass(cp, prev) & W.adv) return false;
  return cp.pack.reporting.participleEndings.some((e) => t.key.endsWith(e));
}
