import { commaBeforeToken } from "../../text/tokens.js";
import { apposedName } from "./apposed-name.js";
import { nameAfterOrigin } from "./origin-name.js";
import { dateWordAt } from "./sentence.js";
/**
 * Finding who speaks: the subject written before a reporting verb, or after it, with appositions
 * ("Sean Spicer, rzecznik Białego Domu") and relative clauses resolved.
 */
import type { Token } from "../../text/tokens.js";
import type { Speaker } from "../../schema/claim.js";
import { apposition, isPerson, isRole, manyPeople, partyPlural, pluralCue, resolveMention, unnamedSpeaker, type Mention } from "../speakers.js";
import type { Ctx, Cue, SentenceInfo } from "./types.js";
import { W, type CompiledPack } from "../lexicon.js";
import { firstTokenAt } from "../layout.js";
import { holdsOffice, holdsOtherOffices, namedRoleHolder, sameRole } from "./role-holder.js";
import {
  addresseeForm,
  bodyCompound,
  asMention,
  andInName,
  bodyFieldsFrom,
  complementOf,
  complementPlace,
  documentAuthor,
  groupKeys,
  headOf,
  isRoleWord,
  pluralPeople,
  lowerOffice,
  bodyBeforeOffice,
  lastHead,
  mentionsIn,
  officeOpensAt,
  opensClause,
  phraseAfter,
  phraseBefore,
  possessor,
  roleNounBase,
  soft,
  statementNouns,
  titleShaped,
  unknownSpeaker,
  wordClass,
  type Phrase,
} from "./phrase.js";

/** Whether a mention stands where a subject stands: at the start of the sentence or of a clause. */
export function subjectLike(m: Mention, s: SentenceInfo, tokens: readonly Token[], text: string): boolean {
  let k = m.from - 1;
  let skipped = 0;
  while (
    k >= s.t0 &&
    skipped < 2 &&
    tokens[k]!.text.length <= 3 &&
    !tokens[k]!.upper &&
    !/[,;:(–—"”«»]/u.test(text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? m.start))
  ) {
    k--;
    skipped++;
  }
  if (k < s.t0) return true;
  const sep = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
  return /[,;:(–—"”«»]|\s-\s|\.-/u.test(sep);
}

/** Resolves a mention to a speaker; a role written next to it gives the speaker's role. */
export function resolve(ctx: Ctx, m: Mention): Speaker | null {
  const sp = resolveMention(m, ctx.text, ctx.d, ctx.cp, [m.start, m.end], ctx.sentence?.mentions);
  // A run of capitals that ends with the noun of a public body (pack `grammar.institutionNouns`) is that
  // body, not a person: "the Labor Department", "the Congressional Budget Office"; so is one that opens with a
  // compound noun of a body (pack `grammar.bodySuffixes`): "Landgericht Hamburg".
  if (
    sp &&
    sp.kind === "person" &&
    m.ref.type === "name" &&
    m.to - m.from >= 2 &&
    (ctx.cp.institutionBase.has(ctx.tokens[m.to - 1]!.key) || bodyCompound(ctx.cp, ctx.tokens[m.from]!))
  )
    return { ...sp, kind: "institution" };
  if (sp && m.role) {
    const r = resolveMention(m.role, ctx.text, ctx.d, ctx.cp, [m.role.start, m.role.end]);
    // (a role that names its body gives a name no lexicon knows its side: "Kremlin aide Yuri Smith"; a bare
    // title does not — "Chancellor Philip Hammond")
    const side = sp.side ?? (m.ref.type === "name" && m.role.to - m.role.from >= 2 ? (r?.side ?? null) : null);
    return { ...sp, role: r?.role ?? sp.role, side };
  }
  return sp;
}

/**
 * Whether a mention is governed by a preposition: the noun phrase it ends starts right after one
 * ("con l'omologo Usa Joe Biden", "with his counterpart Joe Biden", "с президентом США").
 */
function governed(ctx: Ctx, s: SentenceInfo, m: Mention): boolean {
  const { tokens, cp } = ctx;
  // (a mention inside an adverbial of the pack is none: "Ministerstwo Obrony ze swojej strony poinformowało" — `grammar.adverbPhrases`)
  if (s.cues.some((x) => x.kind === "adverbial" && x.from <= m.from && m.to <= x.to)) return true;
  // Back over at most three words of the phrase (and its determiner) to the word before it.
  let k = m.from - 1,
    words = 0;
  while (k >= s.t0 && soft(ctx, k + 1)) {
    const c = wordClass(cp, tokens[k]);
    if (c & W.prep) return k > s.t0; // (a source in a phrase that opens the sentence: "В Офісі президента повідомили")
    if (c & W.det) {
      k--;
      continue;
    }
    if (c & (W.join | W.conj | W.adv | W.pronoun | W.rel | W.comp) || s.cues.some((x) => x.from <= k && k < x.to) || ++words > 3) return false;
    k--;
  }
  return false;
}

/** A candidate subject before a cue and its neighbours among the candidates. */
interface Pick {
  m: Mention;
  prev: Mention | undefined;
  next: Mention | undefined;
}

/** Number of items of a list sorted by position whose end is ≤ pos (binary search). */
function countEndingBy(list: readonly Mention[], pos: number): number {
  let lo = 0,
    hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The name runs ending right before the cue (`to ≥ cue.from − 1`): the last subject-like one, or
 * the last one. Names are sorted and disjoint, so the candidates are a contiguous range.
 */
function pickName(ctx: Ctx, s: SentenceInfo, cue: Cue): Pick | null {
  const p = countEndingBy(s.names, cue.start);
  let q = p;
  while (q > 0 && s.names[q - 1]!.to >= cue.from - 1) q--;
  // A run of two capitalised words, or one word not opening the sentence, or one right before the cue ("Zelenskiy said").
  const cands = s.names.slice(q, p).filter((m) => m.to - m.from >= 2 || m.from > s.t0 || m.to === cue.from);
  if (cands.length === 0) return null;
  const like = cands.filter((m) => subjectLike(m, s, ctx.tokens, ctx.text));
  const m = (like.length ? like : cands)[(like.length ? like : cands).length - 1]!;
  const i = cands.indexOf(m);
  return { m, prev: cands[i - 1], next: cands[i + 1] };
}

/** Per sentence, over its mentions: the last candidate / last subject-like candidate before each index, and the next candidate after each. */

/**
 * The mentions before the cue (anaphors aside): the last subject-like one, or the last one — as a
 * filter over all mentions would find it, but from an index built once per sentence (a filter
 * per cue is quadratic on a sentence full of cues). Mentions are sorted and disjoint.
 */
function pickMention(ctx: Ctx, s: SentenceInfo, cue: Cue): Pick | null {
  let ix = s.memo.mentions;
  if (!ix) {
    const n = s.mentions.length;
    ix = { cand: new Int32Array(n + 1), like: new Int32Array(n + 1), next: new Int32Array(n) };
    ix.cand[0] = -1;
    ix.like[0] = -1;
    // The phrase that opens the sentence holds its subject ("Il presidente cinese Xi Jinping nella
    // telefonata con l'omologo Joe Biden ha assicurato"); a mention governed by a preposition is none.
    const opening = phraseAfter(ctx, s, s.t0);
    for (let j = 0; j < n; j++) {
      const m = s.mentions[j]!;
      const ok = m.ref.type !== "anaphor" && !governed(ctx, s, m);
      ix.cand[j + 1] = ok ? j : ix.cand[j]!;
      const opens = !!opening && opening.from === s.t0 && m.from >= opening.from && m.to <= opening.to;
      ix.like[j + 1] = ok && (subjectLike(m, s, ctx.tokens, ctx.text) || opens) ? j : ix.like[j]!;
    }
    let nx = n;
    for (let j = n - 1; j >= 0; j--) {
      ix.next[j] = nx;
      if (s.mentions[j]!.ref.type !== "anaphor") nx = j;
    }
    s.memo.mentions = ix;
  }
  const p = countEndingBy(s.mentions, cue.start);
  const last = ix.cand[p]!;
  if (last < 0) return null;
  const mi = ix.like[p]! >= 0 ? ix.like[p]! : last;
  const pi = ix.cand[mi]!,
    ni = ix.next[mi]!;
  return { m: s.mentions[mi]!, prev: pi >= 0 ? s.mentions[pi] : undefined, next: ni < p ? s.mentions[ni] : undefined };
}

/** The subject of a reporting verb written before it, with appositions resolved. */
export function subjectBefore(ctx: Ctx, s: SentenceInfo, cue: Cue, names = false): { speaker: Speaker; m: Mention } | null {
  // "…Barack Obama’s Washington, which has strongly criticized…": a relative pronoun right before the
  // verb refers to the name just before it.
  const rel = names
    ? undefined
    : s.cues.find(
        (c) => c.kind === "rel" && c.to <= cue.from && cue.from - c.to <= 2 && /,\s*$/u.test(ctx.text.slice(Math.max(s.start, c.start - 3), c.start)),
      );
  if (rel) {
    const m = s.mentions.filter((x) => x.to <= rel.from && x.to >= rel.from - 1 && x.ref.type === "entity").pop();
    const sp = m ? resolve(ctx, m) : null;
    if (m && sp) return { speaker: sp, m };
  }
  const pick = names ? pickName(ctx, s, cue) : pickMention(ctx, s, cue);
  if (!pick) return null;
  let m = pick.m;
  const { prev, next } = pick;
  // "Sean Spicer, rzecznik Białego Domu stwierdził": the person, with the role's label.
  if (isRole(m) && prev && isPerson(prev) && apposition(prev, m, ctx.text)) {
    const role = resolve(ctx, m);
    const p = resolve(ctx, prev);
    if (p) return { speaker: { ...p, role: role?.role ?? p.role, mention: ctx.text.slice(prev.start, m.end), mentionSpan: [prev.start, m.end] }, m: prev };
  }
  // "purtătorul de cuvânt al Kremlinului, Dmitri Peskov, a afirmat" / "Tổng thống Nga Vladimir Putin".
  if (isPerson(m) && prev && isRole(prev) && apposition(prev, m, ctx.text)) {
    const role = resolve(ctx, prev);
    const p = resolve(ctx, m);
    if (p) return { speaker: { ...p, role: role?.role ?? p.role, mention: ctx.text.slice(prev.start, m.end), mentionSpan: [prev.start, m.end] }, m };
  }
  // "Alana Roy, the press secretary, said …": a name no lexicon knows with a known role in an apposition after it —
  // the named person speaks, with the role's label (the lexicon's holder of that role is someone else, or another time's).
  if (!names && isRole(m)) {
    const n = nameBeforeRole(ctx, s, m, cue);
    if (n) return n;
  }
  if (isRole(m) && next && isPerson(next) && next.end <= cue.start && apposition(m, next, ctx.text)) m = { ...next, start: m.start, from: m.from, role: m };
  const sp = resolve(ctx, m);
  // "Trump administration officials said", "Biden campaign aides said": a person's name followed by nouns in
  // lower case up to the verb only modifies them — the speaker is the whole description.
  if (sp?.kind === "person" && !names && m.to < cue.from && cue.from - m.to <= 3) {
    const { tokens, cp } = ctx;
    let nouns = true;
    for (let k = m.to; k < cue.from && nouns; k++) nouns = !tokens[k]!.upper && !tokens[k]!.digits && wordClass(cp, tokens[k]) === 0 && soft(ctx, k);
    const p = nouns ? phraseBefore(ctx, s, cue.from) : null;
    const d = p && p.from <= m.from && p.to === cue.from ? speakerOfPhrase(ctx, s, { phrase: p, role: null }) : null;
    if (d && (d.speaker.kind === "unknown" || d.speaker.kind === "group")) return d;
  }
  // "A European Commission spokesman said", "a State Department spokeswoman said": a body before nouns in lower case
  // up to the verb, the last a role word, names whose office it is — the description speaks, on the body's side.
  if (sp && sp.kind === "institution" && !names && m.to < cue.from && cue.from - m.to <= 2) {
    const { tokens, cp } = ctx;
    let nouns = lowerOffice(cp, tokens[cue.from - 1]);
    for (let k = m.to; k < cue.from && nouns; k++) nouns = !tokens[k]!.upper && !tokens[k]!.digits && wordClass(cp, tokens[k]) === 0 && soft(ctx, k);
    const p = nouns ? phraseBefore(ctx, s, cue.from) : null;
    if (p && p.from <= m.from && p.to === cue.from) return officeSpeaker(ctx, p, sp);
  }
  // "Rzecznik Komisji Europejskiej powiedział", "представитель Еврокомиссии заявил": a body right after a
  // role word is whose office it is — the description speaks (see the office rule of speakerOfPhrase), not the body.
  if (sp && sp.kind === "institution" && !names && m.from > s.t0 && isRoleWord(ctx.cp, ctx.tokens[m.from - 1]!.text)) {
    const p = phraseBefore(ctx, s, cue.from);
    if (p && p.from === m.from - 1 && p.to === m.to) return officeSpeaker(ctx, p, sp);
  }
  return sp ? { speaker: sp, m } : null;
}

/**
 * The name written right before role mention `m` and set off from it by a comma and determiners only, the
 * apposition closed by a comma before the cue ("Alana Roy, the press secretary, said"): that person, with the
 * role's label. A single capitalised word that opens the sentence counts only as a person named before
 * ("Roy, the press secretary, said" after "Alana Roy"): "Thanks, the press secretary said" has no name.
 */
function nameBeforeRole(ctx: Ctx, s: SentenceInfo, m: Mention, cue: Cue): { speaker: Speaker; m: Mention } | null {
  const { tokens, text, cp } = ctx;
  if (m.to > cue.from || !commaBeforeToken(text, tokens, m.to)) return null;
  let k = m.from;
  while (k > s.t0 && wordClass(cp, tokens[k - 1]) & W.det) k--;
  if (k <= s.t0 || !commaBeforeToken(text, tokens, k)) return null;
  let n: Mention | undefined = s.names.find((x) => x.to === k);
  const opening = !n && k - 1 === s.t0 && tokens[s.t0]!.upper && wordClass(cp, tokens[s.t0]) === 0;
  if (opening) n = { from: s.t0, to: k, start: tokens[s.t0]!.start, end: tokens[s.t0]!.end, ref: { type: "name" } };
  if (!n || s.mentions.some((x) => x.from < n.to && x.to > n.from)) return null;
  const sp = resolve(ctx, { ...n, role: m });
  if (!sp || (opening && sp.kind !== "person")) return null;
  return { speaker: { ...sp, mention: text.slice(n.start, m.end), mentionSpan: [n.start, m.end] }, m: n };
}

/** A role word and the body whose office it is, as written, in the nominative ("rzecznik Komisji Europejskiej"): a description on the body's side. */
function officeSpeaker(ctx: Ctx, p: Phrase, body: Speaker): { speaker: Speaker; m: Mention } {
  const mention = ctx.text.slice(p.start, p.end);
  return {
    // (in the plural, people of the body: "State Department officials")
    speaker: {
      name: mention,
      id: null,
      mention,
      mentionSpan: [p.start, p.end],
      kind: pluralPeople(ctx.cp, ctx.tokens[p.to - 1]!) ? "group" : "unknown",
      role: null,
      side: body.side,
    },
    m: asMention(p),
  };
}

/** The subject written right after a cue ("a mai precizat Spicer", "powiedział Spicer"). */
export function subjectAfter(ctx: Ctx, s: SentenceInfo, at: number, maxGap = 1): Mention | null {
  const past = pastMedium(ctx, s, at, maxGap);
  if (past !== at) return subjectAfter(ctx, s, past, 0);
  const m =
    s.mentions.find((x) => x.from >= at && x.from <= at + maxGap && x.ref.type !== "pronoun" && x.ref.type !== "anaphor" && !possessor(ctx, s, x)) ??
    // (a name's title may stand between: "sagte UNMISS-Vertreter Toby Lanzer")
    s.names.find((x) => x.from >= at && (x.lead ?? x.from) <= at + maxGap && x.to - x.from >= 2 && !possessor(ctx, s, x)) ??
    null;
  if (!m) return null;
  // "— заявил представитель Еврокомиссии", "powiedziała rzeczniczka Komisji Europejskiej": a body right after a
  // lower-case role word is whose office it is — no subject of its own; the description speaks (see speakerAfter and
  // the office rule of speakerOfPhrase; a name after it is the person: "powiedział rzecznik Komisji Europejskiej Jan Wierzba").
  if (officeBody(ctx, s, m, at)) return null;
  // "said UN envoy Toby Lanzer", "according to Kremlin aide Yuri Smith": a body that names whose office
  // it is, a noun of office and a name — the person speaks.
  const held = nameAfterBody(ctx, s, m);
  if (held) return held;
  // "le conseiller diplomatique du Kremlin, Iouri Ouchakov": the person the role introduces.
  const next = s.mentions.find((x) => x.from >= m.to && x.from <= m.to + 1);
  if (isRole(m) && next && isPerson(next) && apposition(m, next, ctx.text)) return { ...next, start: m.start, role: m };
  // "a spus Dmitri Peskov, purtătorul de cuvânt al Kremlinului": the role that follows the person.
  if (isPerson(m) && next && isRole(next) && apposition(m, next, ctx.text)) return { ...m, end: next.end, to: next.to, role: next };
  return m;
}

/** Whether mention `m`, a body, follows a lower-case role word at or after token `at` whose complement it is. */
function officeBody(ctx: Ctx, s: SentenceInfo, m: Mention, at: number): boolean {
  const { tokens, cp } = ctx;
  if (m.ref.type !== "entity" || !m.ref.entity || m.ref.entity.kind === "person" || m.ref.entity.kind === "media" || m.from <= at) return false;
  const w = tokens[m.from - 1]!;
  return lowerOffice(cp, w) && soft(ctx, m.from) && s.t0 <= m.from - 1;
}

const SPACE = /\s/u;

/**
 * The token after a news medium the lexicon knows that stands right after a verb (within `maxGap` words) with a
 * word of a noun phrase right after it, no punctuation between — whom it was told, the phrase after it speaking:
 * "— сказал ТАСС источник в дипломатических кругах", "Как сообщил РИА Новости представитель МЧС", "powiedział PAP
 * rzecznik rządu"; else `at`. (Not before a preposition, a date or the end: "сообщает ТАСС со ссылкой на …".)
 */
export function pastMedium(ctx: Ctx, s: SentenceInfo, at: number, maxGap: number): number {
  const { tokens, cp } = ctx;
  const m = s.mentions.find((x) => x.from >= at && x.from <= at + maxGap && x.ref.type === "entity" && x.ref.entity?.kind === "media");
  if (!m || m.to + 1 >= s.t1 || !soft(ctx, m.to) || !soft(ctx, m.to + 1)) return at;
  for (let k = at; k < m.from; k++) if (!(wordClass(cp, tokens[k]) & W.adv) || !soft(ctx, k + 1)) return at;
  const t = tokens[m.to]!;
  // (a medium joined by a hyphen to the next word is the first part of a compound: "sagte SWR-Intendant …")
  if (!SPACE.test(ctx.text.slice(tokens[m.to - 1]!.end, t.start))) return at;
  if (t.digits || wordClass(cp, t) & (W.prep | W.join | W.conj | W.adv | W.comp | W.rel | W.pronoun | W.aux)) return at;
  if (s.dates.some((d) => d.start <= t.start && t.end <= d.end) || s.cues.some((c) => c.from <= m.to && m.to < c.to)) return at;
  return m.to;
}

/** Most words of a complement between a description after the verb and the comma before its name. */
const COMPLEMENT_WORDS = 6;

/** Most lower-case words of office between a body and the name after it ("UN special envoy Toby Lanzer"). */
const OFFICE_WORDS = 2;

/**
 * The name of two words or more after a known body and at most two lower-case words, with no
 * punctuation between ("UN envoy Toby Lanzer", "Kremlin aide Yuri Smith"): the person whose office
 * the body names. Null otherwise.
 */
export function nameAfterBody(ctx: Ctx, s: SentenceInfo, m: Mention): Mention | null {
  // (or a role, right before the name: "Kremlin aide Yuri Smith" is Smith, in that role)
  const role = isRole(m);
  if (!role && (m.ref.type !== "entity" || !m.ref.entity || m.ref.entity.kind === "person")) return null;
  const n = s.names.find((x) => x.from >= m.to && x.from <= m.to + (role ? 0 : OFFICE_WORDS) && x.to - x.from >= 2);
  if (!n || (!role && n.from === m.to)) return null;
  for (let k = m.to; k < n.from; k++) if (ctx.tokens[k]!.upper || wordClass(ctx.cp, ctx.tokens[k]) !== 0) return null;
  for (let k = m.to; k <= n.from; k++) if (!soft(ctx, k)) return null;
  return role ? { ...n, role: m } : n;
}

/**
 * A speaker's phrase before a verb, the apposition that gives its role ("Dmitry Peskov, the
 * Kremlin spokesman, said"), and a second speaker joined to it ("Putin and Trump agreed").
 */
interface SubjectPhrase {
  phrase: Phrase;
  role: Phrase | null;
  with?: Phrase;
}

/**
 * The noun phrase that is the subject of the verb at token `k`: the phrase right before it; a
 * name before a phrase set off by a comma ("Dolkun Isa, der Sekretär des Weltkongresses sagte");
 * or, past a parenthesis between commas — an apposition or a relative clause ("A senior
 * diplomat, who asked not to be named, said") — the phrase before that.
 */
/**
 * The antecedent of a relative pronoun after a comma is the noun phrase right before it: where the phrase
 * found runs over a clause of its own — words before a joining word or a preposition with no speaker among
 * them ("The plan drew criticism from Democrats, who said …", "Der Plan stieß auf Kritik bei den Grünen, die
 * sagten …") — the complement after the last such word is the antecedent. A description with its speaker
 * before the joining word keeps it whole ("A spokesman for the ministry, who said …").
 */
function objectBeforeRelative(ctx: Ctx, s: SentenceInfo, ante: Phrase): Phrase {
  const { tokens, cp } = ctx;
  // (a phrase that a compound preposition of origin ends in: "… din partea | sindicatelor, care au declarat")
  for (let i = Math.max(s.t0, ante.from - 2); i < ante.from; i++) {
    const m = cp.fromPhrases.matchAt(tokens, i, ctx.text);
    if (!m || m.to <= ante.from || m.to >= ante.to) continue;
    const k = complementAfter(ctx, m.to, ante.to);
    return { from: k, to: ante.to, start: tokens[k]!.start, end: ante.end };
  }
  // (the first such word: "support from Republicans in the Senate, who said …" — the Republicans in the Senate)
  // (or a noun of a reaction, pack `grammar.reactionNouns`: "вызвал критику профсоюзов, которые заявили")
  let words = 0;
  for (let j = ante.from; j < ante.to - 1; j++) {
    const c = wordClass(cp, tokens[j]);
    if ((!(c & (W.join | W.prep)) && !cp.reactionNouns.has(tokens[j]!.key)) || words < 2) {
      if (!(c & W.det)) words++;
      continue;
    }
    if (mentionsIn(s, { from: ante.from, to: j, start: ante.start, end: tokens[j - 1]!.end }).length > 0) return ante;
    const k = complementAfter(ctx, j, ante.to);
    return { from: k, to: ante.to, start: tokens[k]!.start, end: ante.end };
  }
  return ante;
}

/**
 * Whether a token names people (a head that may speak): a member of a party in the plural ("Republicans"), a
 * noun of the pack's groups (`reporting.groupNouns`: "critics", "men") or of office, singular or plural
 * (`grammar.roleNouns`: "lawmaker", "senators"). Not a noun of reaction or of saying ("criticism", "questions").
 */
function peopleNoun(cp: CompiledPack, t: Token): boolean {
  const key = t.key;
  if (partyPlural(cp, t.text) || groupKeys(cp).has(key)) return true;
  const roles = cp.pack.grammar.roleNouns;
  if (roles.includes(key)) return true;
  return cp.pack.reporting.pluralHeadEndings.some((e) => key.length > e.length + 2 && key.endsWith(e) && roles.includes(key.slice(0, -e.length)));
}

/**
 * Whether the noun at token `h`, opened by its determiner at `d`, is someone before a place or a body `r`, in front of a
 * relative that stands for a person only (pack `grammar.personalRelatives`: "who"): an open class — any common noun
 * written in lower case with its article ("a lawyer from Texas, who said", "an official from the ministry, who said")
 * — where no person stands after the preposition (a title, a noun of office or of people, a first name, a name
 * given before: "a letter from the senator, who said", "a call from Hollis, who said") and the noun names no
 * document or statement ("a statement from", "a complaint from") and no act of saying.
 */
function someoneBefore(ctx: Ctx, s: SentenceInfo, r: Phrase, h: number, d: number, rel: number): boolean {
  const { tokens, cp } = ctx;
  if (d < 0 || !cp.pack.grammar.personalRelatives.includes(tokens[rel]!.key) || tokens[d]!.upper || tokens[h]!.upper) return false;
  const head = tokens[h]!;
  if (statementNouns(cp).has(head.key) || cp.pack.reporting.claimNouns.includes(head.key) || cp.evidenceNouns.has(head.key)) return false;
  if (cp.documentSources.matchAt(tokens, h, ctx.text) || s.cues.some((c) => c.from <= h && h < c.to)) return false;
  const names = cp.pack.reporting;
  // (a person of the lexicon: "a call from Vladimir Putin, who said")
  if (mentionsIn(s, r).some((m) => m.ref.type === "entity" && m.ref.entity?.kind === "person")) return false;
  for (let k = r.from; k < r.to; k++) {
    const t = tokens[k]!;
    if (wordClass(cp, t) & W.title || peopleNoun(cp, t) || pluralPeople(cp, t) || roleNounBase(cp, t.text)) return false;
    if (
      t.upper &&
      (names.maleFirstNames.includes(t.key) || names.femaleFirstNames.includes(t.key) || ctx.d.named?.get(t.text.toLowerCase())?.kind === "person")
    )
      return false;
  }
  return true;
}

/**
 * A place or a body after a preposition does not speak for the people named right before it: the antecedent of a
 * relative clause of saying runs from the noun of people before the preposition ("Police arrested two men from
 * Ohio, who said …" → "two men from Ohio"; "opposed by Republicans in the Senate, who said …" → "Republicans in the
 * Senate"). Before a preposition of origin (pack `grammar.originPrepositions`: "from") that noun is one of people
 * or counted ("two men"): "criticism from Democrats, who said" keeps Democrats; before any other preposition a
 * plural noun of people will do ("farmers in Iowa").
 */
function headBeforeComplement(ctx: Ctx, s: SentenceInfo, r: Phrase, rel: number): Phrase {
  const { tokens, cp } = ctx;
  const p = r.from - 1,
    h = p - 1;
  if (h < s.t0 || !(wordClass(cp, tokens[p]) & W.prep) || wordClass(cp, tokens[p]) & W.join || !soft(ctx, r.from) || !soft(ctx, p)) return r;
  const head = tokens[h]!;
  const FUNCTION = W.det | W.prep | W.join | W.conj | W.pronoun | W.rel | W.comp | W.aux | W.adv;
  // (a capital marks a name, save where the pack writes every noun with one, `matching.capitalizedNouns`: "zwei Männer aus Berlin")
  if (wordClass(cp, head) & FUNCTION || (head.upper && !partyPlural(cp, head.text) && !cp.pack.matching.capitalizedNouns)) return r;
  // (a determiner before the head, past one adjective at most: "two young men")
  let d = -1;
  for (let i = h - 1; i >= s.t0 && i >= h - 2 && soft(ctx, i + 1); i--) {
    if (wordClass(cp, tokens[i]) & W.det) {
      d = i;
      break;
    }
    if (tokens[i]!.upper || wordClass(cp, tokens[i]) & FUNCTION || s.cues.some((c) => c.from <= i && i < c.to)) break;
  }
  const counted = d >= 0 && h - d === 1 && Object.entries(cp.pack.dates.numbers).some(([n, ws]) => n !== "1" && ws.includes(tokens[d]!.key));
  const origin = cp.pack.grammar.originPrepositions.includes(tokens[p]!.key);
  if (!(peopleNoun(cp, head) || counted || (!origin && pluralPeople(cp, head)) || someoneBefore(ctx, s, r, h, d, rel))) return r;
  const from = d >= 0 ? d : h;
  return { from, to: r.to, start: tokens[from]!.start, end: r.end };
}

/**
 * The first word of the complement that a reaction's words from token j lead to: past joining words and
 * prepositions, compound prepositions of origin (pack `grammar.fromPhrases`: "со стороны", "de la part") and
 * nouns of a reaction (`grammar.reactionNouns`) — "z krytyką związków zawodowych" → "związków zawodowych",
 * "critiques de la part des syndicats" → "syndicats". One word before `to` at least stays.
 */
function complementAfter(ctx: Ctx, j: number, to: number): number {
  const { tokens, cp, text } = ctx;
  while (j < to - 1) {
    const m = cp.fromPhrases.matchAt(tokens, j, text);
    if (m && m.to < to) j = m.to;
    else if (wordClass(cp, tokens[j]) & (W.join | W.prep) || cp.reactionNouns.has(tokens[j]!.key)) j++;
    else break;
  }
  return j;
}

/**
 * The antecedent of a relative clause of saying whose pronoun is also an article (pack `grammar.relativeOpeners`
 * that are determiners: German "der", "die"), where the verb closes its clause: a comma, the opener, adverbials at
 * most (adverbs, dates, a short prepositional phrase), the reporting verb at token k, then a comma or the end of
 * the sentence — "Kritik kam von den Grünen, die sagten, …", "…, der am Montag sagte, …". The antecedent is the
 * noun phrase before the comma. (An article before a noun is no relative: "…, die Regierung sagte …".)
 */
function relativeWithVerbLast(ctx: Ctx, s: SentenceInfo, k: number): Phrase | null {
  const { cp, tokens, text } = ctx;
  if (cp.relativeOpeners.size === 0) return null;
  const cue = s.cues.find((c) => c.kind === "verb" && c.from === k);
  if (!cue) return null;
  const after = text.slice(tokens[cue.to - 1]!.end, tokens[cue.to]?.start ?? s.end);
  if (cue.to < s.t1 && !/^\s*,/u.test(after)) return null;
  // back over adverbials to the opener
  let r = k - 1;
  let inPhrase = 0;
  const dated = (i: number) => s.dates.some((d) => d.start <= tokens[i]!.start && tokens[i]!.end <= d.end);
  const comma = (i: number) => i > s.t0 && commaBeforeToken(text, tokens, i);
  while (r > s.t0 && k - r <= 7) {
    const c = wordClass(cp, tokens[r]);
    if (cp.relativeOpeners.has(tokens[r]!.key) && c & W.det && !(c & W.rel) && comma(r)) break;
    // (an addressee between the opener and the verb: "…, der dem Sender sagte, …")
    if (inPhrase > 0 && c & W.det && r - 1 > s.t0 && cp.relativeOpeners.has(tokens[r - 1]!.key) && comma(r - 1) && soft(ctx, r)) {
      r--;
      inPhrase = 0;
      break;
    }
    if (!soft(ctx, r + 1)) return null;
    if (dated(r) || (c & W.adv && !(c & W.pronoun))) inPhrase = 0;
    else if (c & W.prep) inPhrase = 0;
    else if (inPhrase < 3 && !(c & (W.comp | W.rel | W.pronoun | W.conj | W.aux)) && !tokens[r]!.upper) inPhrase++;
    else if (inPhrase < 3 && (c & W.det || tokens[r]!.upper) && !(c & (W.comp | W.rel | W.pronoun | W.conj | W.aux))) inPhrase++;
    else return null;
    r--;
  }
  if (r <= s.t0 || !cp.relativeOpeners.has(tokens[r]!.key) || (!soft(ctx, r + 1) && r + 1 < k)) return null;
  // (words after a preposition must close on it: "der am Montag" — not a bare noun phrase, which would be an object)
  if (inPhrase > 0 || !comma(r)) return null;
  // (the particle of a separable verb closes the clause before the comma, after the antecedent: "Die Polizei nahm
  // zwei Männer aus Berlin fest, die sagten, …" — the men, not "Berlin fest"; pack `reporting.infinitiveParticles`)
  const last = r - 1;
  if (last > s.t0 && !tokens[last]!.upper && cp.pack.reporting.infinitiveParticles.includes(tokens[last]!.key) && soft(ctx, last))
    return phraseBefore(ctx, s, last, true);
  return phraseBefore(ctx, s, r, true);
}

/**
 * The subject phrase right before position k (a cue), with its role set off before it where there is one.
 * A phrase that holds a verb form of the mood of reported speech (pack `reporting.reportedMood`) is a clause,
 * no subject: in "Kinder bräuchten mehr Zeit, bevor entschieden werde, sagte die Ministerin." the minister speaks.
 */
export function subjectPhraseBefore(ctx: Ctx, s: SentenceInfo, k: number): SubjectPhrase | null {
  const sp = subjectPhraseBeforeAny(ctx, s, k);
  if (!sp || ctx.cp.moodForms.size === 0) return sp;
  return moodFormIn(ctx, s, sp.phrase.from, sp.phrase.to) || (sp.role && moodFormIn(ctx, s, sp.role.from, sp.role.to)) ? null : sp;
}

/**
 * Whether a word between tokens from and to is a verb form of the mood of reported speech (pack
 * `reporting.reportedMood`), as spelled (lower case, or the first word of the sentence: "Habe" is a noun).
 */
export function moodFormIn(ctx: Ctx, s: SentenceInfo, from: number, to: number): boolean {
  const { tokens, cp } = ctx;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if ((!t.upper || j === s.t0) && cp.moodForms.has(t.text.toLowerCase().normalize("NFC"))) return true;
  }
  return false;
}

function subjectPhraseBeforeAny(ctx: Ctx, s: SentenceInfo, k: number): SubjectPhrase | null {
  const { text, tokens, cp } = ctx;
  // "Officials who attended the meeting said", "Two officials who spoke on condition of anonymity said": a
  // relative clause with no commas between the subject and its verb — the phrase before the relative
  // pronoun, opening the clause, is the subject. (Not where a subject follows the pronoun: "the man who
  // Trump said was …", "… who he said …".)
  const rel = restrictiveRelative(ctx, s, k);
  if (rel) return { phrase: rel, role: null };
  // (the speaker's own turn between the subject and its verb, pack `grammar.adverbPhrases`: "Biały Dom ze swojej strony poinformował")
  const turn = s.cues.find((c) => c.kind === "adverbial" && c.to === k && c.from > s.t0 && soft(ctx, k) && soft(ctx, c.from));
  if (turn) k = turn.from;
  // "…, der am Montag sagte, …": a relative opener that is also an article, after a comma, with its verb last.
  const opened = relativeWithVerbLast(ctx, s, k);
  if (opened) return { phrase: headBeforeComplement(ctx, s, objectBeforeRelative(ctx, s, opened), opened.to), role: null };
  let p = phraseBefore(ctx, s, k);
  // A phrase governed by a preposition is no subject ("Об итогах разговора сообщил Белый дом").
  // (A word that also opens a clause does not govern the phrase: "… a day after Mr. Trump told a rally that …";
  // but "Als Grund gab die Schule an, …" — see opensClause.)
  if (p && p.from > s.t0 && wordClass(cp, tokens[p.from - 1]) & W.prep && !opensClause(ctx, s, p.from - 1, k) && soft(ctx, p.from)) p = null;
  // (a quotation that closes a parenthesis closes with its comma: "Paul, who called it “a disaster,” said")
  // (and the comma after an abbreviation's dot: "Jane Roe, a spokeswoman for Acme Corp., said")
  const commaBefore = (i: number) => {
    if (i <= s.t0) return false;
    const gap = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    return /^\s*,\s*$|^,[”"’»]\s+$|^[”"’»],\s+$/u.test(gap) || (/^\.,\s+$/u.test(gap) && ctx.cp.abbreviations.has(`${tokens[i - 1]!.key}.`));
  };
  const dashBefore = (i: number) => i > s.t0 && /^\s+[-–—]\s+$/u.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  const appositionBefore = (i: number) => commaBefore(i) || dashBefore(i);
  if (p) {
    // "Dolkun Isa, der Sekretär des Weltkongresses sagte", "ông Aleksand Bortnikov - lãnh đạo FSB tiết lộ".
    // (or opened by a noun of office written with a capital: "ông Nam, Thứ trưởng Bộ Công Thương, nói")
    const described =
      (wordClass(cp, tokens[p.from]) & W.det) !== 0 || !tokens[p.from]!.upper || mentionsIn(s, p).some(isRole) || officeOpensAt(cp, tokens, p.from, p.to);
    if (appositionBefore(p.from) && described) {
      const name = phraseBefore(ctx, s, p.from);
      if (name && tokens[name.to - 1]!.upper && clauseStartAt(ctx, s, name.from)) return { phrase: name, role: p };
    }
    // "Putin and Trump agreed", "Cả hai Tổng thống Putin và Trump thống nhất": two speakers, one subject.
    const a = p.from - 1;
    // (a second complement opened by its joining word: "il ministero dell'Economia e | delle | Finanze ha detto")
    const j = a - 1;
    if (
      j > s.t0 &&
      wordClass(cp, tokens[a]) & W.join &&
      !(wordClass(cp, tokens[a]) & W.and) &&
      wordClass(cp, tokens[j]) & W.and &&
      soft(ctx, p.from) &&
      soft(ctx, a) &&
      soft(ctx, j)
    ) {
      const first = phraseBefore(ctx, s, j);
      const second = { from: a, to: p.to, start: tokens[a]!.start, end: p.end };
      if (first && andInName(ctx, s, first, second)) return { phrase: { from: first.from, to: p.to, start: first.start, end: p.end }, role: null };
    }
    if (a > s.t0 && wordClass(cp, tokens[a]) & W.and && soft(ctx, p.from) && soft(ctx, a)) {
      const first = phraseBefore(ctx, s, a);
      // (the number of the verb tells one subject from two, where the pack marks the plural: `grammar.pluralMarks`)
      const cue = cp.pack.grammar.pluralMarks.length ? s.cues.find((c) => c.kind === "verb" && c.from === k) : undefined;
      const plural = cue ? pluralCue(cp, tokens, cue) : null;
      // (one name with "and" in it: "The Food and Drug Administration", "the Department of Health and Human Services")
      // (but an office and a name after it, with a verb in the plural, are two speakers: "Il ministro degli Esteri
      // e Mario Rossi hanno detto", "La ministra de Hacienda y Pedro Gómez dijeron")
      if (first && andInName(ctx, s, first, p, plural) && !(plural && officeAndName(ctx, s, first, p)))
        return { phrase: { from: first.from, to: p.to, start: first.start, end: p.end }, role: null };
      // (a body's fields listed with commas, or the last opened by its article, with a verb in the singular: one
      // body — "El Ministerio de Agricultura, Pesca y Alimentación dijo", "El Ministerio para la Transición
      // Ecológica y el Reto Demográfico dijo")
      if (first && plural === false && fieldName(ctx, s, p)) {
        const b = bodyFieldsFrom(ctx, s, a);
        if (b >= 0 && clauseStartAt(ctx, s, b)) return { phrase: { from: b, to: p.to, start: tokens[b]!.start, end: p.end }, role: null };
      }
      if (first) return { phrase: p, role: null, with: first };
    }
    return { phrase: p, role: null };
  }
  // "The ministry, which said on Monday that …": a relative pronoun stands for the phrase before it.
  // (a date may stand between them: "…, que la semana pasada dijo que …", "…, qui mardi a affirmé …")
  let r = k - 1;
  while (r > s.t0 && k - r <= 6 && (wordClass(cp, tokens[r]) & W.adv || dateWordAt(s, tokens, r)) && !(wordClass(cp, tokens[r]) & W.rel)) r--;
  if (r > s.t0 && wordClass(cp, tokens[r]) & W.rel && commaBefore(r)) {
    const ante = phraseBefore(ctx, s, r, true);
    // (a name with "and" in it: "…, the Medicines and Healthcare products Regulatory Agency, which said …")
    const a = ante ? ante.from - 1 : -1;
    const first = ante && a > s.t0 && wordClass(cp, tokens[a]) & W.and && soft(ctx, ante.from) && soft(ctx, a) ? phraseBefore(ctx, s, a) : null;
    if (ante && first && andInName(ctx, s, first, ante)) return { phrase: { from: first.from, to: ante.to, start: first.start, end: ante.end }, role: null };
    // (two names, both the antecedent: "backed by Smith and Jones, who said …")
    // (the first name is its run of capitals, with no words of the clause before it: "drew praise from Mayor Ann Cole and …")
    if (ante && first && first.to === a && tokens[first.to - 1]!.upper && tokens[ante.to - 1]!.upper) {
      let b = first.to - 1;
      while (b > first.from && tokens[b - 1]!.upper && soft(ctx, b)) b--;
      return { phrase: ante, role: null, with: { from: b, to: first.to, start: tokens[b]!.start, end: first.end } };
    }
    return ante ? { phrase: headBeforeComplement(ctx, s, objectBeforeRelative(ctx, s, ante), r), role: null } : null;
  }
  // (an auxiliary or an adverb may stand between the parenthesis and the verb: "Kasich, the governor of Ohio, has said")
  while (k - 1 > s.t0 && !commaBefore(k) && soft(ctx, k) && wordClass(cp, tokens[k - 1]) & W.adv && !(wordClass(cp, tokens[k - 1]) & W.pronoun)) k--;
  // A parenthesis between commas (or dashes: "Jan Kowalski – rzecznik MSZ – powiedział") right before the verb.
  const closes = commaBefore(k) ? commaBefore : dashBefore(k) ? dashBefore : null;
  if (!closes) return null;
  let c = k - 1;
  while (c > s.t0 && k - c < 16 && !closes(c)) c--;
  if (!closes(c)) return null;
  const relative = (wordClass(cp, tokens[c]) & W.rel) !== 0;
  let appo = relative ? null : phraseAfter(ctx, s, c);
  // (a name whose particle reads as an article fills the parenthesis whole: "La présidente du groupe, Marine Le Pen, a dénoncé")
  const whole = appo && appo.to !== k ? s.names.find((n) => n.from === c && n.to === k && n.to - n.from >= 2) : undefined;
  if (whole) appo = { from: whole.from, to: whole.to, start: whole.start, end: whole.end };
  const main = phraseBefore(ctx, s, c, true);
  // Any other parenthesis ("The memo, first reported by the Post, says", "Republicans, meanwhile, said")
  // after a phrase that opens the sentence: that phrase is the subject.
  if (!relative && !(appo && appo.to === k))
    return main &&
      opensAfterTitles(ctx, s, main.from) &&
      !s.cues.some((x) => (x.kind === "verb" || x.kind === "comp") && x.from >= c && x.to <= k && !passiveAgentAt(ctx, s, x))
      ? { phrase: main, role: null }
      : null;
  if (!main) return null;
  // "Le porte-parole de la préfecture, Jean Dupont, a affirmé": the name in the parenthesis speaks, the description is its role.
  const isName = (p: Phrase) => ctx.tokens[headOf(ctx, s, p)]!.upper && !(wordClass(cp, tokens[p.from]) & W.det);
  // (Where articles are suffixes and the description opens the sentence, capitals tell nothing: "Ministrul de
  // Externe, Ion Popescu, a declarat" — a name written whole in the parenthesis, against none before it, speaks.)
  // (a role word and one more word is a title, not a name: "Ministrul Apărării, Ion Popescu, a declarat")
  const nameRun = (p: Phrase) =>
    s.names.some((n) => n.from <= p.from && p.to <= n.to && n.to - n.from >= 2 && !(n.to - n.from === 2 && isRoleWord(cp, tokens[n.from]!.text)));
  const apposedName = !!appo && (isName(appo) && !isName(main) ? true : nameRun(appo) && !nameRun(main) && main.from === s.t0);
  // (a person who only qualifies the description's head is no subject: "The Trump campaign manager, Kellyanne Conway, said")
  if (appo && apposedName && mentionsIn(s, main).every((m) => !isPerson(m) || possessor(ctx, s, m) || (m.to < main.to && !tokens[main.to - 1]!.upper)))
    return { phrase: appo, role: main };
  return { phrase: main, role: appo };
}

/**
 * Whether a phrase at token `from` opens the sentence, but for title words before it that stand outside
 * the name ("Ông Nguyễn Văn An, người dân ở xã Tân Lập, cho biết": the name opens the sentence after "Ông").
 */
function opensAfterTitles(ctx: Ctx, s: SentenceInfo, from: number): boolean {
  let k = s.t0;
  while (k < from && wordClass(ctx.cp, ctx.tokens[k]) & W.title) k++;
  return k === from;
}

/**
 * Whether two phrases joined by "and" are an office and a person's name: the first opens (after its
 * determiner) with a role word in lower case, the second is two capitalised words or more, with no
 * determiner, joining word or body's noun ("il ministro degli Esteri | e | Mario Rossi").
 */
function officeAndName(ctx: Ctx, s: SentenceInfo, first: Phrase, second: Phrase): boolean {
  const { tokens, cp } = ctx;
  const h = wordClass(cp, tokens[first.from]) & W.det && first.to - first.from > 1 ? first.from + 1 : first.from;
  if (!lowerOffice(cp, tokens[h])) return false;
  if (second.to - second.from < 2) return false;
  for (let i = second.from; i < second.to; i++) {
    const t = tokens[i]!;
    if (!t.upper || wordClass(cp, t) & (W.det | W.join) || cp.institutionBase.has(t.key) || isRoleWord(cp, t.text)) return false;
  }
  return !mentionsIn(s, second).some((m) => m.ref.type === "entity" && m.ref.entity?.kind !== "person");
}

/** Whether a phrase is a field of a body's name: capitalised words, with a determiner or joining word before them, naming no person or role. */
function fieldName(ctx: Ctx, s: SentenceInfo, p: Phrase): boolean {
  const { tokens, cp } = ctx;
  let n = 0;
  for (let i = p.from; i < p.to; i++) {
    const t = tokens[i]!;
    if (wordClass(cp, t) & (W.det | W.join)) continue;
    if (!t.upper || isRoleWord(cp, t.text)) return false;
    n++;
  }
  return n > 0 && !mentionsIn(s, p).some((m) => isPerson(m) || isRole(m));
}

/**
 * The antecedent of a relative clause with no commas that ends right before token `k`: the phrase
 * before the relative pronoun when it opens its clause and the clause goes on with its verb (a
 * lower-case word that is no article or pronoun). Null where none.
 */
function restrictiveRelative(ctx: Ctx, s: SentenceInfo, k: number): Phrase | null {
  const { tokens, cp } = ctx;
  let r = k - 1;
  while (r > s.t0 && k - r <= 12 && soft(ctx, r + 1) && (wordClass(cp, tokens[r]) & (W.rel | W.comp)) !== W.rel) r--;
  if (r <= s.t0 || r >= k - 1 || !soft(ctx, r + 1) || !soft(ctx, r) || (wordClass(cp, tokens[r]) & (W.rel | W.comp)) !== W.rel) return null;
  const next = tokens[r + 1]!;
  if (next.upper || next.digits || wordClass(cp, next) & (W.det | W.pronoun | W.title)) return null;
  // (no other verb of saying inside the clause: "the aide who told reporters …" is the cue's own business)
  if (s.cues.some((c) => c.kind === "verb" && c.from > r && c.to <= k)) return null;
  const ante = phraseBefore(ctx, s, r);
  return ante && ante.to === r && clauseStartAt(ctx, s, ante.from) ? ante : null;
}

/** Whether a cue is a participle with its agent right after it ("reported by the Post"): part of a parenthesis. */
function passiveAgentAt(ctx: Ctx, s: SentenceInfo, c: { to: number }): boolean {
  return c.to < s.t1 && (wordClass(ctx.cp, ctx.tokens[c.to]) & W.agent) !== 0;
}

/** Whether token k opens the sentence or follows a clause separator. */
function clauseStartAt(ctx: Ctx, s: SentenceInfo, k: number): boolean {
  if (k <= s.t0) return true;
  return /[,;:(–—"“”„«»]|\s-\s/u.test(ctx.text.slice(ctx.tokens[k - 1]!.end, ctx.tokens[k]!.start));
}

/**
 * Whether a phrase is a description of a company or other body: opened by a determiner, headed by a
 * noun of pack `reporting.bodyNouns` or `grammar.institutionNouns` in lower case ("The company", "the
 * contractor") — a name set beside it in commas names that body ("The company, Acme Corp., said").
 */
function bodyDescription(ctx: Ctx, s: SentenceInfo, p: Phrase): boolean {
  const { tokens, cp } = ctx;
  if (!(wordClass(cp, tokens[p.from]) & W.det)) return false;
  const head = lastHead(ctx, s, p);
  if (head !== p.to - 1 || tokens[head]!.upper) return false;
  return cp.bodyNouns.has(tokens[head]!.key) || cp.institutionBase.has(tokens[head]!.key);
}

/** Resolves a phrase: a known mention at its head (with a role next to it), else the phrase as an unknown speaker. */
export function speakerOfPhrase(ctx: Ctx, s: SentenceInfo, sp: SubjectPhrase, oblique = false): { speaker: Speaker; m: Mention } | null {
  const r = speakerOfPhraseAlone(ctx, s, sp, oblique);
  // "The company, Acme Corp., said": a name no lexicon knows, set beside the description of a body, is
  // that body — an institution, with the dot of an abbreviation that ends it ("Corp.").
  if (!r || !sp.role || sp.with || r.speaker.kind !== "person" || r.speaker.id || !bodyDescription(ctx, s, sp.role)) return r;
  const { text, tokens } = ctx;
  const last = tokens[sp.phrase.to - 1]!;
  const dot = text[last.end] === "." && ctx.cp.abbreviations.has(`${last.key}.`) && r.speaker.name.endsWith(last.text);
  const name = dot ? `${r.speaker.name}.` : r.speaker.name;
  const span = r.speaker.mentionSpan;
  const mention =
    dot && span && span[1] === last.end ? { mention: text.slice(span[0], last.end + 1), mentionSpan: [span[0], last.end + 1] as [number, number] } : {};
  return { ...r, speaker: { ...r.speaker, ...mention, name, kind: "institution", role: null } };
}

function speakerOfPhraseAlone(ctx: Ctx, s: SentenceInfo, sp: SubjectPhrase, oblique = false): { speaker: Speaker; m: Mention } | null {
  if (sp.with) {
    // Two speakers as one subject: a group the lexicon knows ("Putin và Trump"), or one named after both ("Putin and Trump").
    const whole: Phrase = { from: sp.with.from, to: sp.phrase.to, start: sp.with.start, end: sp.phrase.end };
    const group = mentionsIn(s, whole).find((m) => m.from < sp.phrase.from && m.to > sp.with!.to - 1 && m.ref.type === "entity");
    const g = group ? resolve(ctx, group) : null;
    if (group && g)
      return {
        speaker: { ...g, mention: ctx.text.slice(whole.start, whole.end), mentionSpan: [whole.start, whole.end] },
        m: { ...group, from: whole.from, to: whole.to, start: whole.start, end: whole.end },
      };
    const a = speakerOfPhrase(ctx, s, { phrase: sp.with, role: null }, oblique);
    const b = speakerOfPhrase(ctx, s, { phrase: sp.phrase, role: null }, oblique);
    if (a && b && a.speaker.name !== b.speaker.name) {
      const short = (x: Speaker) => (x.kind === "person" && x.id ? x.name.split(" ").slice(-1)[0]! : x.name);
      const names = [short(a.speaker), short(b.speaker)].sort();
      const start = sp.with.start,
        end = sp.phrase.end;
      const side = a.speaker.side === b.speaker.side ? a.speaker.side : null;
      return {
        speaker: {
          name: `${names[0]} and ${names[1]}`,
          id: null,
          mention: ctx.text.slice(start, end),
          mentionSpan: [start, end],
          kind: "group",
          role: null,
          side,
        },
        m: { from: sp.with.from, to: sp.phrase.to, start, end, ref: { type: "name" } },
      };
    }
    return b;
  }
  const { phrase } = sp;
  // "A statement from the Pentagon said": the document's author speaks.
  const author = documentAuthor(ctx, s, phrase);
  if (author) return speakerOfPhrase(ctx, s, { phrase: author, role: null }, oblique);
  const head = headOf(ctx, s, phrase);
  const inside = mentionsIn(s, phrase).filter((m) => m.ref.type === "entity" || m.ref.type === "role");
  // The known mention at the head; or one that ends the phrase but for a lowercase word (an adverb
  // the pack does not list: "китайский лидер особо отметил").
  const last = inside[inside.length - 1];
  // (Where heads come first, a person named in the phrase is who it names: "Tổng thống Trump".)
  // (Not a body before a role word in lower case that ends the phrase: "A European Commission spokesman" is a person of
  // the body, on its side — no adverb after the body.)
  const bodyOffice =
    !!last && last.to === phrase.to - 1 && last.ref.type === "entity" && !!last.ref.entity && bodyBeforeOffice(ctx.cp, ctx.tokens, last, last.to);
  if (bodyOffice && !oblique) {
    const u = unknownSpeaker(ctx, s, phrase, oblique);
    if (u?.kind === "unknown" || u?.kind === "group") return { speaker: { ...u, side: u.side ?? resolve(ctx, last)?.side ?? null }, m: asMention(phrase) };
  }
  const atHead =
    inside.find((m) => m.from <= head && head < m.to && !possessor(ctx, s, m) && !complementOf(ctx, s, phrase, m) && !complementPlace(ctx, phrase, m)) ??
    (ctx.cp.pack.grammar.headInitial ? inside.find(isPerson) : undefined) ??
    (last && last.to === phrase.to - 1 && !ctx.tokens[phrase.to - 1]!.upper && !possessor(ctx, s, last) && !modifier(ctx, phrase, last) && !bodyOffice
      ? last
      : undefined);
  // (A role followed by a name no lexicon knows is that person's role: "phát ngôn viên Nhà Trắng Hogan Gidley".)
  const named = !!atHead && isRole(atHead) && s.names.some((n) => n.from >= atHead.to && n.to <= phrase.to && n.to - n.from >= 2);
  // (A body that is the complement of a role word in lower case opening the phrase is whose office it is: "rzecznika
  // Komisji Europejskiej", "представителя Еврокомиссии" — the description speaks, on the body's side.)
  const office =
    !!atHead &&
    atHead.ref.type === "entity" &&
    atHead.ref.entity?.kind !== "person" &&
    atHead.from > phrase.from &&
    (!ctx.tokens[phrase.from]!.upper || phrase.from === s.t0) &&
    !s.mentions.some((x) => x !== atHead && x.from < atHead.from && x.to > phrase.from) &&
    isRoleWord(ctx.cp, ctx.tokens[phrase.from]!.text);
  if (office) {
    const u = unknownSpeaker(ctx, s, phrase, oblique);
    const body = resolve(ctx, atHead);
    // (the role words in their base form, the body's name after them as written, in the case the role governs:
    // "Według rzeczniczki Komisji Europejskiej" → "rzeczniczka Komisji Europejskiej", not "… Komisja …"; and where a
    // body's one word after the role would read as a surname: "По словам представителя Еврокомиссии")
    const before = ctx.tokens[atHead.from - 1]!;
    const role = unknownSpeaker(ctx, s, { from: phrase.from, to: atHead.from, start: phrase.start, end: before.end }, oblique);
    const whole = role?.kind === "unknown" ? role.name + ctx.text.slice(before.end, phrase.end) : null;
    const name = oblique || u?.kind !== "unknown" ? whole : u.name;
    if (name) {
      const mention = ctx.text.slice(phrase.start, phrase.end);
      const speaker: Speaker = { name, id: null, mention, mentionSpan: [phrase.start, phrase.end], kind: "unknown", role: null, side: null };
      return { speaker: { ...speaker, side: (u?.kind === "unknown" ? u.side : null) ?? body?.side ?? null }, m: asMention(phrase) };
    }
  }
  if (atHead && !named) {
    // "Russian President Vladimir Putin", "rzecznik Kremla Dmitrij Pieskow": a role next to the person.
    const role = inside.find((m) => m !== atHead && isRole(m));
    const m: Mention = { ...atHead, start: phrase.start, end: phrase.end, from: phrase.from, to: phrase.to, ...(role && isPerson(atHead) ? { role } : {}) };
    const r = resolve(ctx, { ...atHead, ...(role && isPerson(atHead) ? { role } : {}) });
    // The mention is the name with its role ("Kremlin aide Yuri Ushakov"), without articles or adjectives around it.
    const ms = role && isPerson(atHead) ? Math.min(role.start, atHead.start) : atHead.start;
    const me = role && isPerson(atHead) ? Math.max(role.end, atHead.end) : atHead.end;
    if (r) return { speaker: { ...r, mention: ctx.text.slice(ms, me), mentionSpan: [ms, me] }, m };
  }
  const u = unknownSpeaker(ctx, s, phrase, oblique);
  if (!u) return null;
  const back = sp.role
    ? null
    : (roleAnaphor(ctx, s, phrase, u) ?? namedRoleHolder(ctx, s, phrase, u) ?? roleAnaphor(ctx, s, phrase, u, true) ?? descriptionAnaphor(ctx, s, phrase, u));
  if (back) return { speaker: back, m: asMention(phrase) };
  const own = sp.role ? null : possessedRole(ctx, s, phrase, u);
  if (own) return { speaker: own, m: asMention(phrase) };
  const roleText = sp.role ? ctx.text.slice(sp.role.start, sp.role.end) : null;
  // "Dmitry Peskov, the Kremlin spokesman": a known role in the apposition gives the role's label.
  const roleMention = sp.role ? mentionsIn(s, sp.role).find(isRole) : undefined;
  const roleLabel = roleMention ? (resolve(ctx, roleMention)?.role ?? roleText) : roleText;
  return { speaker: { ...u, role: roleLabel ?? u.role }, m: asMention(phrase) };
}

/**
 * A description opened by a definite article (pack `grammar.definiteArticles`), with a lower-case role
 * word at its head and no name ("The Indiana governor", "the former secretary") — or a party's member
 * (pack `grammar.partyMembers`: "the Texas Republican") —, right after a claim of a person the lexicon
 * knows, who is also the last person named: that person ("Pence told Fox News … The Indiana governor
 * also dismissed …"). Null otherwise — "a governor" is someone new.
 * `loose` (after no one spoke earlier under that role): the person who opened the narration since the
 * last claim ("Ted Cruz was booed … “…,” the Texas senator said"), else the person who spoke last, named
 * in full, when no one else has been who "he" or "she" refers to since — people named inside the last
 * claim's content aside ("Sanders said he trailed Clinton … “…,” the Vermont senator said").
 */
/** The end of a sentence: a full stop, a question or exclamation mark (a closing mark after it) before a capital. */
const SENTENCE_END = /[.!?…][”"’»)]?\s+\P{Ll}/u;

function roleAnaphor(ctx: Ctx, s: SentenceInfo, p: Phrase, u: Speaker, loose = false): Speaker | null {
  const { tokens, cp, d } = ctx;
  const defs = cp.pack.grammar.definiteArticles;
  if (!defs.length || !defs.includes(tokens[p.from]!.key)) return null;
  const head = lastHead(ctx, s, p);
  // (a complement of one lower-case word after the role word, in an office put in the past (pack
  // `grammar.formerWords`): "the former secretary of state" — "the head of the agency" is someone new)
  const of =
    head >= p.from &&
    head === p.to - 3 &&
    (wordClass(cp, tokens[head + 1]) & W.join) !== 0 &&
    !tokens[p.to - 1]!.upper &&
    !(wordClass(cp, tokens[p.to - 1]) & W.det) &&
    tokens.slice(p.from, head).some((t) => cp.pack.grammar.formerWords.includes(t.key));
  if (head !== p.to - 1 && !of) return null;
  const member = partyMember(cp, tokens[head]!.key);
  // (a party's member, capitalised, reads as a name of two words: "the Texas Republican" is none)
  if (member ? u.kind !== "unknown" && u.kind !== "person" : u.kind !== "unknown" || tokens[head]!.upper || !isRoleWord(cp, tokens[head]!.text)) return null;
  if (s.names.some((n) => n.from >= p.from && n.to <= p.to && n.to - n.from >= 2 && !(member && n.to === p.to))) return null;
  if (mentionsIn(s, p).some((m) => m.ref.type === "entity" || isPerson(m))) return null;
  const last = d.last;
  // (nor a person the lexicon gives other offices only: "President Donald Trump signed the order. The senator
  // said …" — the senator is not Trump)
  const office = (roleNounBase(cp, tokens[head]!.text) ?? tokens[head]!.text).toLowerCase();
  const elsewhere = (who: Speaker) => !member && !!who.id && holdsOtherOffices(cp, who.id, office, d.date);
  // (nor who spoke in an earlier clause of the same sentence: "Rep. Dana Kell said …, while the governor said …" —
  // the subject of a second clause of saying in one sentence is someone else)
  const here = (who: Speaker) => !!who.mentionSpan && who.mentionSpan[1] <= p.start && !SENTENCE_END.test(ctx.text.slice(who.mentionSpan[1], p.start + 1));
  if (loose) {
    const who = d.fresh ?? last;
    if (who?.kind !== "person" || !(who.id || /\s/u.test(who.name.trim())) || (!d.fresh && here(who))) return null;
    if (!d.fresh && d.lastPerson?.name !== who.name) return null;
    if (elsewhere(who)) return null;
    if (!member) {
      // (not where someone else holds that office, nor where the person holds another — "Deputy Mayor Anna
      // Clarke … the mayor", "Labour Minister Anna Clarke … the minister's spokesman" —, nor, for the office the
      // person holds, words before it other than a place's — "Mayor Grace Whitfield … The former mayor")
      const holders = (d.roleHolders ?? []).filter((h) => holdsOffice(cp, h.words, office));
      if (holders.some((h) => h.speaker.name !== who.name)) return null;
      const own = (d.roleHolders ?? []).some((h) => h.speaker.name === who.name);
      const mods = tokens.slice(p.from, head).filter((t) => !(wordClass(cp, t) & W.det));
      if (own && (!holders.length || mods.some((t) => !t.upper))) return null;
    }
    return { ...who, mention: ctx.text.slice(p.start, p.end), mentionSpan: [p.start, p.end] };
  }
  if (last?.kind !== "person" || !last.id || d.lastPerson?.id !== last.id) return null;
  // (no one else named since: "Pence said … Clinton met donors. The senator said …" is no one known)
  if (d.persons[d.persons.length - 1] !== last.id || d.fresh || elsewhere(last) || here(last)) return null;
  return { ...last, mention: ctx.text.slice(p.start, p.end), mentionSpan: [p.start, p.end] };
}

/**
 * The head noun of a speaker's own words, lower case: the last word before its first preposition, link or
 * article after it ("A senior administration official" → "official", "a spokesman for the ministry" →
 * "spokesman"). Null for a speaker with no mention in the text.
 */
function mentionHead(ctx: Ctx, sp: Speaker, preferRole = false): string | null {
  const { tokens, cp } = ctx;
  if (!sp.mentionSpan || sp.mentionSpan[1] <= sp.mentionSpan[0]) return null;
  const from = firstTokenAt(tokens, sp.mentionSpan[0]);
  let head: string | null = null;
  // (`preferRole`, for a description with no name: the last role word before that point where there is one —
  // "Wysoki urzędnik ministerstwa" → "urzędnik"; a named person's "Deputy Mayor Anna Clarke" stays "clarke")
  let role: string | null = null;
  for (let k = from; k < tokens.length && tokens[k]!.start < sp.mentionSpan[1]; k++) {
    const c = wordClass(cp, tokens[k]);
    if (head && c & (W.join | W.prep | W.det)) break;
    if (/^\p{L}/u.test(tokens[k]!.text) && !(c & W.det)) {
      head = tokens[k]!.key;
      if (isRoleWord(cp, tokens[k]!.text)) role = head;
    }
  }
  return (preferRole ? role : null) ?? head;
}

/**
 * A definite description that repeats the head noun of a description someone spoke under earlier, with no name
 * and nothing after its head: that speaker — "A senior administration official said … The official added …".
 * Definite is opened by a definite article (pack `grammar.definiteArticles`: "the official", "der Beamte", "el
 * funcionario"), or a role word alone where the article is its ending (`grammar.definiteEndings`: "oficialul") or
 * where the language has no articles (`grammar.bareDefinites`: "urzędnik"). The head matches with an ending of up
 * to two letters more or less ("Beamter" / "der Beamte"). Only where exactly one earlier speaker (the last, the
 * last person, the people before) has that head: "A U.S. official said … A European official said … The
 * official added …" stays a description; so does one with another head ("The diplomat said …").
 */
function descriptionAnaphor(ctx: Ctx, s: SentenceInfo, p: Phrase, u: Speaker): Speaker | null {
  const { tokens, cp, d } = ctx;
  const g = cp.pack.grammar;
  if (u.kind !== "unknown") return null;
  const head = lastHead(ctx, s, p);
  if (head !== p.to - 1) return null;
  const t = tokens[head]!;
  const key = t.key;
  const article = head > p.from && g.definiteArticles.includes(tokens[p.from]!.key);
  const ending = g.definiteEndings.find((e) => key.length > e.length + 3 && key.endsWith(e));
  const alone = head === p.from && (g.bareDefinites || !!ending);
  if (!article && !alone) return null;
  // (lower case, or capitalised only because it opens the sentence, or where nouns are capitalised in any case)
  if (t.upper && !(head === s.t0 || cp.pack.matching.capitalizedNouns)) return null;
  const bare = ending && !g.bareDefinites ? key.slice(0, key.length - ending.length) : null;
  if (!isRoleWord(cp, t.text) && !(roleNounBase(cp, t.text) && isRoleWord(cp, roleNounBase(cp, t.text)!)) && !(bare && isRoleWord(cp, bare))) return null;
  if (s.names.some((n) => n.from >= p.from && n.to <= p.to)) return null;
  if (mentionsIn(s, p).some((m) => m.ref.type === "entity" || isPerson(m))) return null;
  const seen = new Map<string, Speaker>();
  for (const x of [d.last, d.lastPerson, ...(d.earlierPersons ?? [])]) {
    // (not many people: "Officials said … The official added")
    if (!x || x.name === "unknown" || x.kind === "institution" || x.kind === "media" || manyPeople(cp, x)) continue;
    // (not the phrase itself, nor one spoken under a definite description of its own: that one is resolved already)
    if (!x.mentionSpan || x.mentionSpan[0] >= p.start) continue;
    const h = mentionHead(ctx, x, x.kind === "unknown");
    if (h && sameRole(key, h, false)) seen.set(x.name, x);
  }
  if (seen.size !== 1) return null;
  const who = [...seen.values()][0]!;
  return { ...who, mention: ctx.text.slice(p.start, p.end), mentionSpan: [p.start, p.end] };
}

/**
 * A role word after a possessive that stands for someone (pack `anaphors`: "his spokeswoman", "her campaign
 * manager"), where the possessor goes before the noun with its ending (pack `grammar.possessives`): the role of
 * the person who opened the narration since the last claim, else of the person who spoke last, named in full —
 * "Bernie Sanders's spokeswoman", as "Sanders's spokeswoman" is written. Null otherwise.
 */
function possessedRole(ctx: Ctx, s: SentenceInfo, p: Phrase, u: Speaker): Speaker | null {
  const { tokens, cp, d } = ctx;
  const mark = cp.pack.grammar.possessives[0];
  if (!mark || u.kind !== "unknown" || p.to - p.from < 2 || p.to - p.from > 3) return null;
  if (!s.mentions.some((m) => m.from === p.from && m.to === p.from + 1 && m.ref.type === "anaphor")) return null;
  const head = lastHead(ctx, s, p);
  if (head !== p.to - 1 || tokens[head]!.upper || !isRoleWord(cp, tokens[head]!.text)) return null;
  // (not after a person named in the sentence itself: "Tim Kaine thinks the plan “makes no sense,” his spokeswoman said")
  if (s.mentions.some((m) => m.to <= p.from && isPerson(m)) || s.names.some((n) => n.to <= p.from && n.to - n.from >= 2)) return null;
  const who = d.fresh ?? d.last;
  if (who?.kind !== "person" || !(who.id || /\s/u.test(who.name.trim()))) return null;
  const rest = ctx.text.slice(tokens[p.from + 1]!.start, p.end);
  return { ...u, name: `${who.name}${mark} ${rest}`, mention: ctx.text.slice(p.start, p.end), mentionSpan: [p.start, p.end] };
}

const PARTY = new WeakMap<CompiledPack, Set<string>>();
/** Whether a word (its key) is a party's member (pack `grammar.partyMembers`). */
function partyMember(cp: CompiledPack, key: string): boolean {
  let set = PARTY.get(cp);
  if (!set) PARTY.set(cp, (set = new Set(cp.pack.grammar.partyMembers.map((w) => w.toLowerCase()))));
  return set.has(key.toLowerCase());
}

/**
 * Whether a person's name is a modifier of the noun after it in a phrase opened by an article: "the
 * Trump campaign", "the Obama administration" — the campaign speaks, not Trump.
 */
export function modifier(ctx: Ctx, p: Phrase, m: Mention): boolean {
  const { tokens, cp } = ctx;
  if (!isPerson(m) || m.from <= p.from || m.to >= p.to || !(wordClass(cp, tokens[p.from]) & W.det)) return false;
  const next = tokens[m.to]!;
  return !next.upper && !(wordClass(cp, next) & W.adv) && soft(ctx, m.to);
}

/** Whether a known mention is the phrase found before the verb, or its apposition. */
export function near(m: Mention, sp: SubjectPhrase): boolean {
  const over = (p: Phrase) => m.from < p.to && p.from < m.to;
  return over(sp.phrase) || (sp.role !== null && over(sp.role));
}

/**
 * "It added that…", "It reports that…": a pronoun standing for a thing (pack `grammar.thingPronouns`)
 * right before the verb is the institution or medium last named as a subject or speaking; with
 * none, the speaker is unknown and the pronoun its mention.
 */
export function thingPronoun(ctx: Ctx, s: SentenceInfo, k: number): { speaker: Speaker; m: Mention } | null {
  const { tokens, cp } = ctx;
  let j = k - 1;
  while (j >= s.t0 && wordClass(cp, tokens[j]) & W.adv && !(wordClass(cp, tokens[j]) & W.thing)) j--;
  if (j < s.t0 || !(wordClass(cp, tokens[j]) & W.thing)) return null;
  const t = tokens[j]!;
  const m: Mention = { from: j, to: j + 1, start: t.start, end: t.end, ref: { type: "pronoun" } };
  const ante = ctx.d.lastThing;
  const speaker: Speaker = ante ? { ...ante, mention: t.text, mentionSpan: [t.start, t.end] } : unnamedSpeaker(t.text, [t.start, t.end]);
  return { speaker, m };
}

/**
 * The speaker written after a cue: a mention the lexicons know ("a declarat Peskov"), or a phrase
 * no lexicon knows ("said a spokeswoman for Trump hotels"). A name after a comma that ends the
 * sentence is the speaker and the phrase its role ("…, said a spokeswoman for the hotels, Jennifer
 * Rodstrom."); a description after a name is its role ("said Alden, author of …").
 */
export function speakerAfter(ctx: Ctx, s: SentenceInfo, k: number, maxGap = 1): { speaker: Speaker; m: Mention } | null {
  // (past a medium that was told: "— сказал ТАСС источник …")
  const past = pastMedium(ctx, s, k, maxGap);
  if (past !== k) {
    k = past;
    maxGap = 0;
  }
  const known = subjectAfter(ctx, s, k, maxGap);
  if (!known || isRole(known)) {
    const d = addresseeCut(ctx, s, phraseAfter(ctx, s, k));
    const r = d && d.from <= k + maxGap ? nameAfterComplement(ctx, s, d) : null;
    if (r) return r;
    // (a description, where the person is from and the name, with no comma: "говорит машинист из Твери Николай Громов")
    const og = d && d.from <= k + maxGap ? nameAfterOrigin(ctx, s, d) : null;
    const ro = og ? speakerOfPhrase(ctx, s, og) : null;
    if (ro && ro.speaker.kind === "person" && d) return { ...ro, m: { ...ro.m, start: d.start, from: d.from } };
    // (a second description that ends in the name: "explicó el jefe de la misión, el eurodiputado portugués Nuno Arganil")
    const named = d && d.from <= k + maxGap ? apposedName(ctx, s, d) : null;
    const rn = named && d ? speakerOfPhrase(ctx, s, { phrase: named, role: d }) : null;
    if (rn && rn.speaker.kind === "person" && d) return { ...rn, m: { ...rn.m, start: d.start, from: d.from } };
  }
  if (known) {
    const sp = resolve(ctx, known);
    if (sp) return { speaker: sp, m: known };
  }
  // "„…“, sagte er.": a pronoun after the cue that ends the sentence is who was named last.
  const pro = s.mentions.find((x) => x.from === k && x.ref.type === "pronoun");
  if (pro && (pro.to >= s.t1 || /^[\s.!?…,]*$/u.test(ctx.text.slice(pro.end, ctx.tokens[pro.to]?.start ?? s.end)))) {
    const sp = resolve(ctx, pro);
    if (sp) return { speaker: sp, m: pro };
  }
  const p = addresseeCut(ctx, s, phraseAfter(ctx, s, k));
  if (!p || p.from > k + maxGap) return null;
  const { text, tokens } = ctx;
  const commaAfter = p.to < s.t1 && commaBeforeToken(text, tokens, p.to);
  if (commaAfter) {
    const next = phraseAfter(ctx, s, p.to);
    if (next && next.from === p.to) {
      const nextName = tokens[headOf(ctx, s, next)]?.upper && !(wordClass(ctx.cp, tokens[next.from]) & W.det);
      // (a body in the case of a complement after a role word is no name: "a anunțat ministrul Sănătății, Andrei Rusu")
      const ends = ctx.cp.pack.grammar.complementEndings;
      const body =
        ends.length > 0 &&
        tokens
          .slice(p.from + 1, p.to)
          .some((t, i) => t.upper && isRoleWord(ctx.cp, tokens[p.from + i]!.text) && ends.some((e) => t.key.length > e.length + 2 && t.key.endsWith(e)));
      const thisName = tokens[headOf(ctx, s, p)]?.upper && !(wordClass(ctx.cp, tokens[p.from]) & W.det) && !body;
      if (nextName && !thisName) {
        const r = speakerOfPhrase(ctx, s, { phrase: next, role: p });
        if (r) return { ...r, m: { ...r.m, start: p.start, from: p.from } };
      }
      if (thisName && !nextName) {
        const r = speakerOfPhrase(ctx, s, { phrase: p, role: next });
        if (r) return { ...r, m: { ...r.m, end: next.end, to: next.to } };
      }
    }
  }
  return speakerOfPhrase(ctx, s, { phrase: p, role: null });
}

/** A quoted title: up to four words, the first capitalised. */
const TITLE = /^\P{L}{1,2}\p{Lu}[\p{L}\d.-]*(?:\s[\p{L}\d.-]+){0,3}\P{L}{1,2}$/u;

const ADDRESSEE = new WeakMap<CompiledPack, ReadonlySet<string>>();

/**
 * Phrase `p` after a verb of saying, cut before a determiner that may mark the person addressed (pack
 * `grammar.addresseeDeterminers`) when a news medium follows it: in "…, sagte der Minister der Zeitung „Die
 * Welt“" the newspaper was told, "der Minister" speaks. (A medium the lexicon knows, or a noun of the media
 * within the next two words: "dem Sender", "der „Bild“-Zeitung".)
 */
function addresseeCut(ctx: Ctx, s: SentenceInfo, p: Phrase | null): Phrase | null {
  if (!p) return p;
  for (let j = p.from + 1; j < p.to; j++)
    if ((addressedMedium(ctx, s, j) && !staffOf(ctx, s, j)) || addresseeWord(ctx, p, j))
      return { from: p.from, to: j, start: p.start, end: ctx.tokens[j - 1]!.end };
  return p;
}

/**
 * Whether token `j` of phrase `p` after a verb of saying is whom the speaker told, in a case no other noun's case shares
 * (pack `grammar.addresseeEndings`): a lower-case word so ending after the speaker's name ("заявил министр Иван Петров
 * журналистам", "powiedział rzecznik Jan Kowal dziennikarzom") or after a description with no preposition in it ("заявил
 * министр транспорта журналистам"; not "министр по чрезвычайным ситуациям", where the case is the preposition's).
 */
function addresseeWord(ctx: Ctx, p: Phrase, j: number): boolean {
  const { cp, tokens } = ctx;
  if (!addresseeForm(cp, tokens[j]!)) return false;
  if (tokens[j - 1]!.upper) return true;
  for (let i = p.from; i < j; i++) if (wordClass(cp, tokens[i]) & W.prep) return false;
  return true;
}

const STAFF = new WeakMap<CompiledPack, { nouns: ReadonlySet<string>; dets: ReadonlySet<string> }>();

/**
 * Whether determiner `j` follows a noun of a medium's staff (pack `grammar.mediaStaff`) and may mark a genitive:
 * the medium after it is whose staff they are ("sagte der Chefredakteur der Zeitung"), not whom they told.
 */
function staffOf(ctx: Ctx, s: SentenceInfo, j: number): boolean {
  const { cp, tokens } = ctx;
  let w = STAFF.get(cp);
  if (!w) {
    const m = cp.pack.grammar.mediaStaff;
    w = { nouns: new Set(m.nouns.map((x) => cp.fold(x))), dets: new Set(m.genitiveDeterminers.map((x) => cp.fold(x))) };
    STAFF.set(cp, w);
  }
  // (not before a title in quotation marks, read as the medium told: "sagte ein Redakteur der Zeitung „Die Welt“")
  if (/[„“”"«»]/u.test(ctx.text.slice(tokens[j]!.end, s.end))) return false;
  return j > 0 && w.dets.has(tokens[j]!.key) && w.nouns.has(tokens[j - 1]!.key) && soft(ctx, j);
}

/**
 * Whether token `j` is a determiner that may mark the person addressed (pack `grammar.addresseeDeterminers`)
 * with a news medium right after it: a medium the lexicon knows, or a noun of the media within the next two
 * words ("dem „Spiegel“", "der Zeitung", "der „Bild“-Zeitung"). Not the sentence's first word, unless `opening`.
 */
export function addressedMedium(ctx: Ctx, s: SentenceInfo, j: number, opening = false): boolean {
  const { cp, tokens, text } = ctx;
  if (cp.pack.grammar.addresseeDeterminers.length === 0 || j < s.t0 || (j === s.t0 && !opening) || j >= s.t1) return false;
  let dets = ADDRESSEE.get(cp);
  if (!dets) {
    dets = new Set(cp.pack.grammar.addresseeDeterminers.map((w) => cp.fold(w)));
    ADDRESSEE.set(cp, dets);
  }
  if (!dets.has(tokens[j]!.key) || (j > s.t0 && !soft(ctx, j))) return false;
  const end = tokens[j]!.end;
  return (
    s.mentions.some((m) => m.from === j + 1 && m.ref.type === "entity" && m.ref.entity?.kind === "media") ||
    [j + 1, j + 2].some((x) => x < s.t1 && cp.media.matchAt(tokens, x, text)?.to === x + 1) ||
    // (or the title of a paper or a programme in quotation marks, a few words in capitals: "dem „Spiegel“", "der „Welt am Sonntag“")
    s.quotes.some((q) => q.start >= end && q.start - end <= 2 && TITLE.test(text.slice(q.start, q.end)))
  );
}

/** The name after a description, its complement and a comma, ending the sentence (see speakerAfter). */
function nameAfterComplement(ctx: Ctx, s: SentenceInfo, p: Phrase): { speaker: Speaker; m: Mention } | null {
  const { text, tokens } = ctx;
  // "ha replicato il capogruppo alla Camera, Paolo Barelli.", "afirmó el portavoz del PSOE en el Congreso, Patxi
  // López.": a complement opened by a preposition may stand between the description and the comma before the
  // name that ends the sentence; the description and its complement are the role.
  if (p.to < s.t1 && soft(ctx, p.to) && wordClass(ctx.cp, tokens[p.to]) & W.prep && !tokens[p.from]!.upper) {
    let c = p.to + 1;
    while (c < s.t1 && c - p.to <= COMPLEMENT_WORDS && soft(ctx, c)) c++;
    if (c < s.t1 && c - p.to <= COMPLEMENT_WORDS && commaBeforeToken(text, tokens, c)) {
      const next = phraseAfter(ctx, s, c);
      const nextName = next && next.from === c && tokens[headOf(ctx, s, next)]?.upper && !(wordClass(ctx.cp, tokens[next.from]) & W.det);
      const whole = s.names.find((n) => n.from === c && n.to - n.from >= 2);
      const name = whole ? { from: whole.from, to: whole.to, start: whole.start, end: whole.end } : nextName ? next : null;
      if (name && /^[\s.!?…»”"’)]*$/u.test(text.slice(tokens[name.to - 1]!.end, s.end))) {
        const role = { from: p.from, to: c, start: p.start, end: tokens[c - 1]!.end };
        const r = speakerOfPhrase(ctx, s, { phrase: name, role });
        if (r && r.speaker.kind === "person") return { ...r, m: { ...r.m, start: p.start, from: p.from } };
      }
    }
  }
  return null;
}

/** Whether a medium's title in quotation marks, after a determiner of the person addressed, closes right before cue `c`. */
export function titleBefore(ctx: Ctx, s: SentenceInfo, c: Cue): boolean {
  const { text, tokens } = ctx;
  const q = s.quotes.find((x) => x.end <= c.start && /^\s*$/u.test(text.slice(x.end, c.start)));
  if (!q) return false;
  let k = c.from - 1;
  while (k > s.t0 && tokens[k]!.start >= q.start) k--;
  // (the article may open the sentence: "Der „Welt am Sonntag“ sagte Müller, …")
  return tokens[k]!.end <= q.start && addressedMedium(ctx, s, k, true);
}

/**
 * A title in quotation marks that closes right before verb `v`, after an article that opens the sentence or follows
 * only its first word or a comma ("Der „Spiegel“ berichtete, …", "Wie der „Spiegel“ berichtete, …"): the medium
 * speaks, named by its title, or as the lexicon knows it. Null otherwise.
 */
export function titleSubject(ctx: Ctx, s: SentenceInfo, v: Cue): { speaker: Speaker; m: Mention } | null {
  const { text, tokens, cp } = ctx;
  const closes = (x: { start: number; end: number }) => x.end <= v.start && /^\s*$/u.test(text.slice(x.end, v.start));
  // (or a medium's title after its noun, which the layout keeps apart: "Das Magazin „Spiegel“ berichtete", see SentenceInfo.titles)
  const q = s.quotes.find(closes) ?? s.titles.find(closes);
  // (a title named as a noun: no comma or dash sets it off — „Nein“, sagte Müller stays content)
  if (!q || /[,–—]\s*\S?$/u.test(text.slice(q.end - 3, q.end)) || !titleShaped(cp, text, q)) return null;
  let k = v.from - 1;
  while (k > s.t0 && tokens[k]!.start >= q.start) k--;
  if (tokens[k]!.end > q.start) return null;
  // (a noun of a medium may stand between the article and the title: "Das Magazin „Spiegel“ berichtete", pack `grammar.mediaNouns`)
  if (k > s.t0 && !(wordClass(cp, tokens[k]) & W.det) && cp.media.matchAt(tokens, k, text)?.to === k + 1) k--;
  if (!(wordClass(cp, tokens[k]) & W.det)) return null;
  const opening =
    k === s.t0 ||
    /,\s*$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) ||
    (k === s.t0 + 1 && soft(ctx, k) && (wordClass(cp, tokens[s.t0]) & (W.comp | W.conj | W.rel)) !== 0);
  if (!opening) return null;
  const span: [number, number] = [tokens[k]!.start, q.end];
  const m: Mention = { from: k, to: v.from, start: span[0], end: span[1], ref: { type: "name" } };
  const known = s.mentions.find((x) => x.start >= q.start && x.end <= q.end && x.ref.type === "entity" && x.ref.entity?.kind === "media");
  const sp = known ? resolve(ctx, known) : null;
  const mention = text.slice(span[0], span[1]);
  if (sp) return { speaker: { ...sp, mention, mentionSpan: span }, m };
  const name = text.slice(q.start, q.end).replace(/^\P{L}+|[^\p{L}\d]+$/gu, "");
  return { speaker: { name, id: null, mention, mentionSpan: span, kind: "media", role: null, side: null }, m };
}
