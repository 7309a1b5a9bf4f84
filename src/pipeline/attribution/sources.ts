import { commaBeforeToken } from "../../text/tokens.js";
import type { Speaker } from "../../schema/claim.js";
import { nameAfterBody, pastMedium, resolve, speakerOfPhrase, subjectAfter } from "./subjects.js";
import {
  governedEnd,
  headOf,
  isRoleWord,
  lastHead,
  mentionsIn,
  groupNounBase,
  officeOpensAt,
  phraseAfter,
  possessor,
  separates,
  soft,
  titleShaped,
  unknownSpeaker,
  wordClass,
  type Phrase,
} from "./phrase.js";
import { W, type CompiledPack } from "../lexicon.js";
import { anaphorSpeaker, genitiveName, implicitSubject, isPerson, isRole, nominative, unnamedSpeaker } from "../speakers.js";
import { genitiveCase } from "../endings.js";
import type { Ctx, Cue, SentenceInfo } from "./types.js";
import { skipDates } from "./sentence.js";
import type { Mention } from "../speakers.js";

/**
 * The source a source phrase names ("according to X", "według X", "theo thông báo của Nhà
 * Trắng") and where the source ends; a possessive in or after the phrase ("por su parte", "по его
 * словам", "według ich oświadczenia") is the source already speaking.
 */
export function sourceSpeaker(ctx: Ctx, s: SentenceInfo, cue: Cue): { sp: Speaker; end: number } | null {
  const { tokens } = ctx;
  // With no comma after it, a source phrase in the genitive ends where that case does: "Według rzecznika MSZ | ambasador …".
  const stop = governedStop(ctx, s, cue);
  if (stop === null) {
    // (a source that ends in its verb, then a statement noun and whom it was told before the subject: "Как
    // сообщил в беседе с «Интерфаксом» источник …", "Jak powiedział w rozmowie z PAP wiceminister …")
    const past = governs(ctx, cue) ? cue.to : pastNoun(s, cue.to, tokens);
    if (past === cue.to) return sourceIn(ctx, s, cue);
    const verbal: Cue = { ...cue, to: past, end: tokens[past - 1]!.end };
    VERBAL.add(verbal);
    return sourceIn(ctx, s, verbal);
  }
  const clip = <T extends { from: number; to: number; start: number; end: number }>(x: T): T | null =>
    x.from >= stop ? null : x.to <= stop ? x : { ...x, to: stop, end: tokens[stop - 1]!.end };
  const held: SentenceInfo = {
    ...s,
    mentions: s.mentions.flatMap((m) => (m.to <= stop || m.from >= stop ? [m] : [])),
    names: s.names.flatMap((m) => clip(m) ?? []),
    t1: stop,
    end: tokens[stop - 1]!.end,
    memo: {},
  };
  return sourceIn(ctx, held, cue);
}

/** Source cues that end in a verb, taken on past a statement noun after it (they govern no case). */
const VERBAL = new WeakSet<Cue>();

/** The token after the statement nouns (and whom they name as told) that stand at token `k`, with a subject after them; else `k`. */
function pastNoun(s: SentenceInfo, k: number, tokens: Ctx["tokens"]): number {
  if (!s.cues.some((c) => c.kind === "noun" && c.from === k)) return k;
  const j = skipDates(s, k, tokens);
  return j < s.t1 ? j : k;
}

/**
 * The clause of a source phrase's content, bounded by semicolons: a clause after one is the writer's or another
 * source's ("…, according to the Congressional Budget Office; lawmakers are expected to …"). `from`–`to` is
 * the content region; it is cut at the last semicolon before `at` and the first after it.
 */
export function semicolonClause(text: string, from: number, to: number, at: number): [number, number] {
  const a = text.lastIndexOf(";", at - 1);
  const b = text.indexOf(";", at);
  return [a >= from && a < at ? a + 1 : from, b >= 0 && b < to && b >= at ? b : to];
}

/** Whether a comma closes the source phrase of `cue`, within ten words: "Według rzecznika straży pożarnej, …". */
export function closedByComma(ctx: Ctx, s: SentenceInfo, cue: { to: number }): boolean {
  const { text, tokens } = ctx;
  const k = Math.min(s.t1, cue.to + 10);
  const seg = text.slice(tokens[cue.to]?.start ?? s.end, tokens[k - 1]?.end ?? s.end);
  return /^[^,;:.!?„“”"«»]{2,}, /u.test(seg);
}

/**
 * The token where the source phrase of a preposition that governs the genitive ends when no comma
 * closes it (see {@link governedEnd}), with words of the clause left after it; null where a comma
 * closes it, the cue is a verb ("jak poinformował"), or the pack has no genitive endings.
 */
export function governedStop(ctx: Ctx, s: SentenceInfo, cue: Cue): number | null {
  const { text, tokens } = ctx;
  if (cue.to >= s.t1 || !/^\s+$/u.test(text.slice(cue.end, tokens[cue.to]!.start))) return null;
  if (!governs(ctx, cue)) return null;
  // (a possessive in the phrase names the source already: "По его словам переговоры …")
  if (ctx.cp.mentions.findAll(tokens, text, cue.from, cue.to).some((x) => x.values.some((v) => v.type === "anaphor"))) return null;
  const end = governedEnd(ctx, s, cue.to);
  if (end === null || end <= cue.to || s.t1 - end < 2 || !namesSource(ctx, s, cue.to, end)) return null;
  // A comma a few words on closes the source phrase ("Według rzecznika straży pożarnej w Krakowie, …"),
  // unless two words in no genitive stand between ("Według rzecznika MSZ ambasador zostanie wezwany, a …";
  // not "министра иностранных дел России, …", where "России" goes on with the genitive).
  if (closedByComma(ctx, s, cue)) {
    const g = ctx.cp.pack.grammar;
    // (the second may be an auxiliary, the clause's verb: "ambasador zostanie wezwany")
    const plain = (k: number, aux = 0) => k < s.t1 && !tokens[k]!.upper && !(wordClass(ctx.cp, tokens[k]) & ~aux) && !genitiveCase(tokens[k]!.text, g);
    if (!(plain(end) && plain(end + 1, W.aux) && /^\s+$/u.test(text.slice(tokens[end]!.end, tokens[end + 1]!.start)))) return null;
  }
  return end;
}

/**
 * Whether a name set off by commas after a source phrase's description is in an oblique case: after a preposition
 * where the pack knows the genitive's endings ("Według rzecznika MSZ, Jana Kowalskiego"); elsewhere as before, after
 * a verb ("Jak powiedział rzecznik, Jan Kowalski").
 */
function obliqueAppo(ctx: Ctx, cue: Cue): boolean {
  const g = governs(ctx, cue);
  return ctx.cp.pack.grammar.genitiveEndings.length > 0 ? g : !g;
}

/** Whether a source cue is a preposition, that governs its source's case: "według", "по словам" — not "jak poinformował". */
function governs(ctx: Ctx, cue: Cue): boolean {
  return !VERBAL.has(cue) && !ctx.cp.cues.findAll(ctx.tokens, ctx.text, cue.to - 1, cue.to).some((x) => x.values.includes("verb"));
}

/**
 * Whether the words `[from, to)` of a source phrase are one: the first in the genitive alone ("Zdaniem
 * ekspertów", "Według policji"), or a name in capitals or an acronym, a role word, the noun of a public
 * body (pack `grammar.institutionNouns`) or a known mention among them ("Według rzecznika MSZ") — not a
 * first word that may be a nominative with none of these ("Według prognozy pogody jutro …").
 */
function namesSource(ctx: Ctx, s: SentenceInfo, from: number, to: number, byCase = true): boolean {
  const { tokens, cp } = ctx;
  if (byCase && genitiveCase(tokens[from]!.text, cp.pack.grammar) === "genitive") return true;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    // (or a plural noun of people in an oblique case of the pack's table: "Według źródeł rządowych")
    if (t.upper || isRoleWord(cp, t.text) || cp.institutionBase.has(t.key) || groupNounBase(cp, t.text) !== undefined) return true;
  }
  return s.mentions.some((m) => m.from >= from && m.from < to);
}

/**
 * A medium's title in quotation marks right after a source phrase, an article and a noun of a medium (pack
 * `grammar.mediaNouns`) between, with the clause after it: "laut „Spiegel“ plant …", "Laut der Zeitung „Die Welt“
 * wurden …", "nach Angaben des „Kurier“ …" — the medium, as the lexicon knows it or named by its title.
 */
export function titleAfter(ctx: Ctx, s: SentenceInfo, cue: { to: number; end: number }): { sp: Speaker; end: number } | null {
  const { text, tokens, cp } = ctx;
  let k = cue.to;
  if (k >= s.t1) return null;
  // (an article and a noun of a medium before the title, none inside it: "laut „Die Zeit“")
  const quoted = /[„“”"«»‚‘’]/u.test(text.slice(cue.end, tokens[k]!.start));
  if (!quoted && wordClass(cp, tokens[k]) & W.det) k++;
  if (!quoted && k < s.t1 && cp.media.matchAt(tokens, k, text)?.to === k + 1) k++;
  if (k >= s.t1) return null;
  const from = k > cue.to ? tokens[k - 1]!.end : cue.end;
  const q = s.quotes.find((x) => x.start >= from && x.start < tokens[k]!.start) ?? s.titles.find((x) => x.start >= from && x.start < tokens[k]!.start);
  if (!q || !/^\s+$/u.test(text.slice(from, q.start)) || !titleShaped(cp, text, q)) return null;
  // (the clause goes on after the title, with two words at least, and no comma sets the title off as content)
  const rest = text.slice(q.end, s.end);
  if (/^\s*[,;:.!?–—]/u.test(rest) || (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length < 2) return null;
  const next = tokens.findIndex((t, i) => i >= k && i < s.t1 && t.start >= q.end);
  if (next < 0 || wordClass(cp, tokens[next]) & (W.and | W.conj)) return null;
  const span: [number, number] = [k > cue.to ? tokens[cue.to]!.start : q.start, q.end];
  const mention = text.slice(span[0], span[1]);
  const known = s.mentions.find((x) => x.start >= q.start && x.end <= q.end && x.ref.type === "entity" && x.ref.entity?.kind === "media");
  const sp = known ? resolve(ctx, known) : null;
  if (sp) return { sp: { ...sp, mention, mentionSpan: span }, end: q.end };
  const name = text.slice(q.start, q.end).replace(/^\P{L}+|[^\p{L}\d]+$/gu, "");
  return { sp: { name, id: null, mention, mentionSpan: span, kind: "media", role: null, side: null }, end: q.end };
}

function sourceIn(ctx: Ctx, s: SentenceInfo, cue: Cue): { sp: Speaker; end: number } | null {
  const { text, tokens } = ctx;
  // "according to me", "secondo me", "według mnie", "Theo tôi": a first-person pronoun after the cue (pack
  // `reporting.authorPronouns`) is the author's own view, no attributed claim.
  if (cue.to < s.t1 && ctx.cp.authorPronouns.has(tokens[cue.to]!.key)) return null;
  // "according to plan", "laut Fahrplan", "según lo previsto": a plan with no owner names no one.
  if (planOnly(ctx, s, cue.to)) return null;
  // "according to early findings", "nach bisherigen Erkenntnissen": what is known so far, no source.
  const first = phraseAfter(ctx, s, cue.to);
  if (first && first.from === cue.to && knowledgeOnly(ctx, s, first)) return null;
  // A source cue of one word that is also one of the language's plain prepositions (pack `grammar.prepositions`:
  // Polish "za", "za PAP" but "podziękował Trumpowi za wsparcie") names a source only before a name, a role word, the
  // noun of a body or a known mention — not before a common noun.
  if (
    cue.to - cue.from === 1 &&
    wordClass(ctx.cp, tokens[cue.from]) & W.prep &&
    !(first && first.from === cue.to && namesSource(ctx, s, first.from, first.to, false))
  )
    return null;
  // "По данным, полученным …", "За даними, отриманими …": the cue's own noun of what is known, closed by a comma with no owner.
  if (cue.to > cue.from && ctx.cp.knowledgeNouns.has(tokens[cue.to - 1]!.key) && /^\s*,/u.test(text.slice(cue.end))) return null;
  // "Nach Polizeiangaben wurden …", "Nach Behördenangaben brach …": where nouns are capitalised, a preposition and a
  // compound of a noun of information (pack `reporting.sourceNouns`) with the clause's verb right after it name the
  // source in that compound (its owner compounded into it), not in a word of the clause.
  const lastWord = tokens[cue.to - 1]!;
  const nextWord = tokens[cue.to];
  if (
    ctx.cp.pack.matching.capitalizedNouns &&
    lastWord.upper &&
    cue.to - cue.from === 2 &&
    [...ctx.cp.sourceNouns].some((n) => lastWord.key.length > n.length + 2 && lastWord.key.endsWith(n)) &&
    nextWord &&
    cue.to < s.t1 &&
    !nextWord.upper &&
    /^\s+$/u.test(text.slice(lastWord.end, nextWord.start)) &&
    !(wordClass(ctx.cp, nextWord) & (W.det | W.prep | W.join | W.title))
  )
    return {
      sp: { name: lastWord.text, id: null, mention: lastWord.text, mentionSpan: [lastWord.start, lastWord.end], kind: "unknown", role: null, side: null },
      end: cue.end,
    };
  // "Jak zaznaczył, rząd …", "Як зазначив, уряд …": a source phrase that ends in its verb, closed by a comma,
  // has its subject left out — who the narration is about — and the words after the comma are the content.
  if (!governs(ctx, cue) && /^\s*,/u.test(text.slice(cue.end))) {
    const imp = implicitSubject(ctx.d, ctx.cp, tokens, cue);
    return imp ? { sp: { ...imp, mention: null, mentionSpan: null }, end: cue.end } : null;
  }
  // "Theo thông tin từ Cơ quan An ninh Liên bang Nga (FSB)": a body named with its acronym.
  const acr = acronymAfter(ctx, s, cue.to);
  if (acr) return acr;
  // "Selon un communiqué publié mercredi par le ministère", "according to a statement released by the
  // ministry", "potrivit unui comunicat al Ministerului Apărării": the owner or author of the document speaks.
  const owner = documentOwner(ctx, s, cue);
  if (owner) return owner;
  const inside = ctx.cp.mentions.findAll(tokens, text, cue.from, cue.to).find((x) => x.values.some((v) => v.type === "anaphor"));
  const ofWhom = inside ? anaphorSpeaker(ctx.d) : null;
  if (inside && ofWhom) return { sp: { ...ofWhom, mention: text.slice(inside.start, inside.end), mentionSpan: [inside.start, inside.end] }, end: cue.end };
  // "according to Pence's spokesman, Marc Lotter, the governor …": a name set off by commas after a
  // description headed by a role word is who it describes (not after "the report": "According to the
  // report, Marc Lotter, the spokesman, was fired" is about him).
  // (Where the head comes first and its complement in the genitive after it, a role word that opens the description:
  // "Według rzecznika MSZ, Jana Kowalskiego, …", "По словам официального представителя МИД России, Марии Захаровой, …".)
  const g = ctx.cp.pack.grammar;
  const opensRole = (p: Phrase) => {
    if (g.genitiveEndings.length === 0 || g.joiners.length > 0) return false;
    let k = p.from;
    while (k < p.to - 1 && !tokens[k]!.upper && !isRoleWord(ctx.cp, tokens[k]!.text) && genitiveCase(tokens[k]!.text, g) !== null) k++;
    return !tokens[k]!.upper && isRoleWord(ctx.cp, tokens[k]!.text) && !s.names.some((n) => n.from >= p.from && n.to <= p.to && n.to - n.from >= 2);
  };
  const described =
    !!first &&
    first.from === cue.to &&
    ((!tokens[first.to - 1]!.upper && isRoleWord(ctx.cp, tokens[headOf(ctx, s, first)]!.text)) || (opensRole(first) && !mentionsIn(s, first).some(isPerson)));
  const set = (n: { from: number; to: number }) =>
    n.from >= first!.to &&
    n.to < s.t1 &&
    /^\s*,\s*$/u.test(text.slice(first!.end, tokens[n.from]!.start)) &&
    /^\s*,/u.test(text.slice(tokens[n.to - 1]!.end, tokens[n.to]!.start));
  const appo = described ? (s.mentions.find((m) => isPerson(m) && set(m)) ?? s.names.find((n) => n.to - n.from >= 2 && set(n))) : undefined;
  const apposed = appo
    ? // (in the case the preposition governs, as the description is: "пресс-секретаря, Ивана Петрова" → "Иван Петров")
      speakerOfPhrase(ctx, s, { phrase: { from: appo.from, to: appo.to, start: appo.start, end: appo.end }, role: first }, obliqueAppo(ctx, cue))
    : null;
  if (apposed && apposed.speaker.kind === "person") return { sp: apposed.speaker, end: appo!.end };
  // (a pronoun that is also a title before a name is the title: "Theo ông Trần Minh Tuấn, …" is he, not "ông")
  const titled = (x: Mention) =>
    x.to - x.from === 1 &&
    x.to < s.t1 &&
    !!(wordClass(ctx.cp, tokens[x.from]) & W.title) &&
    tokens[x.to]!.upper &&
    /^\s+$/u.test(text.slice(x.end, tokens[x.to]!.start));
  const ana = s.mentions.find((x) => x.from === cue.to && (x.ref.type === "anaphor" || x.ref.type === "pronoun") && !titled(x));
  // "Według Johna Boltona Putin…", "Potrivit lui Keith Kellogg": a name the lexicon lacks, right after the phrase.
  // (A possessor names whose source it is, not the source: "according to Trump's spokesman".)
  // (One word may come first when it is a function word or a title — "Potrivit lui Keith Kellogg" — not a
  // noun the name complements: "Nach Angaben der Regierung Merkels" names the government.)
  // (Nor a role word in lower case whose complement the mention is: "Według rzecznika Komisji Europejskiej" is the
  // spokesperson, "По словам представителя Еврокомиссии" the representative.)
  const lead = (x: Mention) => {
    for (let k = cue.to; k < x.from; k++)
      if (
        (!tokens[k]!.upper && !s.mentions.some((y) => y.from <= k && k < y.to) && isRoleWord(ctx.cp, tokens[k]!.text)) ||
        (!(wordClass(ctx.cp, tokens[k]) & (W.det | W.prep | W.join | W.title | W.adv)) &&
          !s.mentions.some((y) => y.from <= k && k < y.to) &&
          !s.dates.some((d) => d.start <= tokens[k]!.start && tokens[k]!.end <= d.end))
      )
        return false;
    return true;
  };
  // (after a verb, past a medium that was told: "Как сообщил РИА Новости представитель МЧС, …")
  const from = governs(ctx, cue) ? cue.to : pastMedium(ctx, s, cue.to, 0);
  const first1 = s.mentions.find(
    (x) => x.from >= from && x.from <= from + 1 && lead(x) && x.ref.type !== "pronoun" && x.ref.type !== "anaphor" && !possessor(ctx, s, x),
  );
  // (a role right before the person who holds it: "Laut Bundeskanzlerin Angela Merkel" is Merkel, in that role)
  const holder =
    first1 && isRole(first1) ? s.mentions.find((x) => x.from === first1.to && isPerson(x) && /^\s+$/u.test(text.slice(first1.end, x.start))) : undefined;
  // (a body or a role before a name no lexicon knows: "according to UN envoy Toby Lanzer" is Lanzer)
  const bodyName = first1 && !holder ? nameAfterBody(ctx, s, first1) : null;
  const known = holder && first1 ? { ...holder, start: first1.start, role: first1 } : (bodyName ?? first1);
  // (one word is a name too after a title or a joiner that marks a person's case: "Theo ông Hùng", "Potrivit lui Popescu")
  const marked = (x: { from: number }) => x.from === cue.to + 1 && !!(wordClass(ctx.cp, tokens[cue.to]) & (W.title | W.join));
  // (not past a comma after a word of the phrase: "Według rzecznika, Jan Kowalski zostanie odwołany" — the name is in the content)
  const unknown = known
    ? undefined
    : s.names.find((x) => x.from >= from && x.from <= from + 1 && (x.to - x.from >= 2 || marked(x)) && (x.from === cue.to || soft(ctx, x.from)));
  // (not past a comma: "According to a senior aide, Pence was …" — Pence is in the content)
  const after = subjectAfter(ctx, s, cue.to, 3);
  const further = after && lead(after) ? after : null;
  const beyond = !!further && further.from > cue.to && /[,;:(–—]/u.test(text.slice(cue.end, further.start));
  const m =
    ana ??
    known ??
    unknown ??
    (beyond ? null : further) ??
    s.mentions.find((x) => x.from >= from && x.from <= from + 1 && lead(x) && !possessor(ctx, s, x)) ??
    null;
  // After a possessive, its noun belongs to the source phrase when a comma closes it ("Według ich oświadczenia, …").
  const nounAfter = !!m && ana?.ref.type === "anaphor" && m.to < s.t1 && /^\s*,/u.test(text.slice(tokens[m.to]!.end, tokens[m.to]!.end + 2));
  // (a run of capitals headed by the noun of a public body is no person's name but that body, in its base
  // form: "Według Ministerstwa Zdrowia", "Potrivit Ministerului Apărării")
  if (m && m.ref.type === "name" && m.to - m.from >= 2 && ctx.cp.institutionBase.has(tokens[m.from]!.key)) {
    // (with the lower-case words of its name up to the comma that closes the source phrase: "Theo Bộ Quốc phòng, …")
    const whole = phraseAfter(ctx, s, m.from);
    // (or with capitalised words joined to it by "and": "Laut der Gewerkschaft Erziehung und Wissenschaft fehlen …",
    // "Według Ministerstwa Edukacji i Nauki …" — the name's second field, not the content)
    let field = m.to;
    // (not a second body, named or known, nor one after its own article: "Laut der Gewerkschaft Verdi und der Polizei")
    if (
      m.to + 1 < s.t1 &&
      wordClass(ctx.cp, tokens[m.to]) & W.and &&
      tokens[m.to + 1]!.upper &&
      !(wordClass(ctx.cp, tokens[m.to + 1]) & W.det) &&
      soft(ctx, m.to) &&
      soft(ctx, m.to + 1)
    )
      for (let k = m.to + 1; k < s.t1 && (tokens[k]!.upper || wordClass(ctx.cp, tokens[k]) & (W.join | W.det)) && soft(ctx, k); k++)
        if (tokens[k]!.upper && !(wordClass(ctx.cp, tokens[k]) & (W.det | W.title | W.pronoun))) field = k + 1;
    const fields =
      field > m.to && !s.mentions.some((x) => x.from > m.to && x.from < field) && !tokens.slice(m.to, field).some((t) => ctx.cp.institutionBase.has(t.key));
    const body =
      whole && whole.from === m.from && whole.to > m.to && /^\s*,/u.test(text.slice(whole.end))
        ? whole
        : fields
          ? { from: m.from, to: field, start: m.start, end: tokens[field - 1]!.end }
          : m;
    const sp = unknownSpeaker(ctx, s, body, true);
    if (sp) return { sp, end: body.end };
  }
  if (m) {
    const sp = resolve(ctx, m);
    // An unknown name governed by the source phrase is in its case: its base form ("Według Johna Boltona" → John Bolton;
    // in the genitive of a preposition, "Według Donalda Tuska" → Donald Tusk).
    if (sp && m.ref.type === "name") sp.name = governs(ctx, cue) ? genitiveName(sp.name, ctx.cp) : nominative(sp.name, ctx.cp);
    // (a name with a person's title or case mark before it is a person's: "Theo bà Lan", "Potrivit lui Popescu")
    if (sp && m === unknown && marked(m) && sp.kind === "unknown") sp.kind = "person";
    // (one capitalised word after an elided article, where only names are capitalised, is a body's short name — no person's
    // name takes one: "Secondo l'Istat", "Selon l'Insee"; not where nouns are capitalised)
    if (sp && sp.kind === "unknown" && articledName(ctx, s, cue, m)) sp.kind = "institution";
    if (sp) return { sp, end: nounAfter ? tokens[m.to]!.end : (sp.kind === "person" && apposedEnd(ctx, s, m.to, governs(ctx, cue))) || m.end };
  }
  // "according to a Turkish foreign ministry source", "nach jüngsten Untersuchungen": a source no
  // lexicon knows, the phrase right after the cue (in the case the cue governs: its base form).
  // Where nouns are capitalised, a source phrase names one: "laut geworden", "dachte laut" hold no source.
  const caps = ctx.cp.pack.matching.capitalizedNouns;
  const next = tokens[cue.to];
  // (a name written in lower case with digits in it is a name too, or one the lexicon knows: "Nach Angaben von n24", "laut dpa")
  const nameLike = (k: number) => tokens[k]!.upper || (/\p{L}/u.test(tokens[k]!.text) && /\d/u.test(tokens[k]!.text)) || s.mentions.some((m) => m.from === k);
  const named = (k: number): boolean => k < s.t1 && k < cue.to + 3 && (nameLike(k) || (!(wordClass(ctx.cp, tokens[k]) & W.prep) && named(k + 1)));
  if (caps && next && cue.to < s.t1 && !/^\s*[,:]/u.test(text.slice(cue.end, next.start)) && !named(cue.to)) return null;
  const p = phraseAfter(ctx, s, from);
  // A source phrase that ends in a verb ("jak poinformowała", "как сообщил") takes its source as a
  // subject, in the base form already; a preposition ("według", "по словам") governs another case.
  const verbal = !governs(ctx, cue);
  if (p && p.from === from) {
    // "according to an analysis by the Congressional Budget Office": the agent of the document is the source.
    const by = p.to < s.t1 && wordClass(ctx.cp, tokens[p.to]) & W.agent && /^\s+$/u.test(text.slice(tokens[p.to - 1]!.end, tokens[p.to]!.start));
    // (after a noun of evidence — pack `reporting.evidenceNouns`: "a report by the budget office" — a body or a person the
    // agent describes wrote it, named or not; after other nouns only a name. People described by a plural noun stay
    // behind their document: "a study by researchers at the university")
    const head = by ? lastHead(ctx, s, p) : -1;
    const evidence = head >= 0 && ctx.cp.evidenceNouns.has(tokens[head]!.key);
    // (a described author is a body or a person, not any noun: "an analysis by region" names none)
    const ag = by ? phraseSource(ctx, s, p.to, !verbal, true) : null;
    if (ag) return ag;
    const author = evidence ? phraseSource(ctx, s, p.to, !verbal) : null;
    if (author && (author.sp.kind === "institution" || author.sp.kind === "person")) return author;
    const ph = speakerOfPhrase(ctx, s, { phrase: p, role: null }, !verbal);
    const last = tokens[p.to - 1]!;
    if (ph && ph.speaker.kind === "unknown" && articledName(ctx, s, cue, { from: p.to - 1, to: p.to, start: last.start, end: last.end, ref: { type: "name" } }))
      return { sp: { ...ph.speaker, name: last.text, kind: "institution" }, end: p.end };
    if (ph) return { sp: ph.speaker, end: p.end };
  }
  // "Как сообщили в правительстве области, …", "Як повідомили в уряді, …": a plural verb with no subject and
  // the body where it was said — that body is the source.
  if (verbal && cue.to + 1 < s.t1 && wordClass(ctx.cp, tokens[cue.to]!) & W.prep && /^\s+$/u.test(text.slice(cue.end, tokens[cue.to]!.start))) {
    const at = phraseAfter(ctx, s, cue.to + 1);
    // (a body: a name, or a noun with its complement — "в итоге" (in the end) is an adverbial)
    const body = !!at && at.from === cue.to + 1 && (at.to - at.from >= 2 || tokens[at.from]!.upper);
    // (a noun in lower case in the case the preposition governs: "в пресс-службе ведомства" → "пресс-служба ведомства";
    // a name as written, "в Минобороны")
    const ph = body ? speakerOfPhrase(ctx, s, { phrase: at!, role: null }, !tokens[at!.from]!.upper) : null;
    // (a body by the construction itself, whatever its name: "Как отметили в Минобороны")
    const sp = ph && (ph.speaker.kind === "person" || ph.speaker.kind === "unknown") ? { ...ph.speaker, kind: "institution" as const } : ph?.speaker;
    if (sp && /^\s*,/u.test(text.slice(at!.end))) return { sp, end: at!.end };
    // (with the company's name in quotation marks after it: "Как сообщили в пресс-службе ОАО «РЖД», …")
    const title = sp ? /^\s+[«„“"][^«»„“”"\n]{1,60}[»“”"](?=\s*,)/u.exec(text.slice(at!.end, s.end)) : null;
    if (sp && title) {
      const end = at!.end + title[0].length;
      return { sp: { ...sp, name: sp.name + title[0], mention: text.slice(at!.start, end), mentionSpan: [at!.start, end] }, end };
    }
  }
  // "Demnach …", "Potrivit acestuia": the source already speaking goes on.
  const prev = ctx.d.last;
  if (prev) return { sp: { ...prev, mention: null, mentionSpan: null }, end: cue.end };
  // (With no one speaking before, a one-word source that opens the sentence names an unknown source: "Demnach hat …".)
  if (cue.to - cue.from === 1 && cue.from === s.t0 && !(p && p.from === cue.to))
    return {
      sp: unnamedSpeaker(text.slice(cue.start, cue.end), [cue.start, cue.end]),
      end: cue.end,
    };
  return null;
}

/**
 * Whether mention `m` of a source phrase is one capitalised word (no title, no role word, no surname of a name
 * given before) right after an elided article that follows the cue, in a pack where only names are capitalised: a
 * body's short name, as no person's name takes such an article.
 */
function articledName(ctx: Ctx, s: SentenceInfo, cue: Cue, m: Mention): boolean {
  const { tokens, cp } = ctx;
  if (m.ref.type !== "name" || m.to - m.from !== 1 || m.from - 1 < cue.to || m.from - 1 < s.t0 || cp.pack.matching.capitalizedNouns) return false;
  const t = tokens[m.from]!;
  if (!t.upper || wordClass(cp, t) || isRoleWord(cp, t.text) || ctx.d.named?.has(t.text.toLowerCase())) return false;
  // (an elided article only, written onto the name: "l'Istat", "l'Insee" — a full one may stand before a woman's
  // surname, "la Meloni")
  const art = tokens[m.from - 1]!;
  return (wordClass(cp, art) & W.det) !== 0 && /^['’]$/u.test(ctx.text.slice(art.end, t.start)) && m.from - 1 === cue.to;
}

/** Most words of a body's name before its acronym in brackets. */
const ACRONYM_REACH = 8;

/**
 * A body named in full and then by its acronym in brackets, from token k on ("Cơ quan An ninh Liên
 * bang Nga (FSB)", "the Federal Security Service (FSB)", "Федеральная служба безопасности (ФСБ)"):
 * the acronym is its name; a state named in the full name gives its side.
 */
export function acronymAfter(ctx: Ctx, s: SentenceInfo, k: number): { sp: Speaker; end: number } | null {
  const { text, tokens } = ctx;
  for (let j = k; j < s.t1 && j < k + ACRONYM_REACH; j++) {
    const t = tokens[j]!;
    const before = text.slice(tokens[j - 1]?.end ?? t.start, t.start);
    if (j > k && /[,;:.!?]/u.test(before)) return null;
    if (!/\($/u.test(before.trimEnd()) || !/^[\p{Lu}]{2,6}$/u.test(t.text) || text.charAt(t.end) !== ")") continue;
    if (j === k || !tokens[j - 1]!.upper) return null;
    const inside = s.mentions
      .filter((m) => m.from >= k && m.to <= j)
      .map((m) => resolve(ctx, m))
      .find((x) => x?.side);
    const start = tokens[k]!.start;
    return {
      sp: {
        name: t.text,
        id: null,
        mention: text.slice(start, t.end + 1),
        mentionSpan: [start, t.end + 1],
        kind: "institution",
        role: null,
        side: inside?.side ?? null,
      },
      end: t.end + 1,
    };
  }
  return null;
}

/**
 * A body named by its acronym in brackets right before token k, a reporting verb ("… Cơ quan An
 * ninh Liên bang Nga (FSB) cho biết", "the Federal Security Service (FSB) said"): the acronym is
 * the subject's name; a state named just before the bracket gives its side.
 */
export function acronymBefore(ctx: Ctx, s: SentenceInfo, k: number): { speaker: Speaker; m: Mention } | null {
  const { text, tokens } = ctx;
  const t = tokens[k - 1];
  if (!t || k - 1 <= s.t0 || !/^[\p{Lu}]{2,6}$/u.test(t.text)) return null;
  if (!/\(\s*$/u.test(text.slice(tokens[k - 2]!.end, t.start)) || !/^\)\s*$/u.test(text.slice(t.end, tokens[k]!.start))) return null;
  const state = s.mentions
    .filter((m) => m.to === k - 1)
    .map((m) => resolve(ctx, m))
    .find((x) => x?.side);
  const m: Mention = { from: k - 1, to: k, start: t.start, end: t.end, ref: { type: "name" } };
  return { speaker: { name: t.text, id: null, mention: t.text, mentionSpan: [t.start, t.end], kind: "institution", role: null, side: state?.side ?? null }, m };
}

/**
 * Whether the source phrase from token `k` is a noun of a plan or schedule (pack `reporting.planNouns`) after its
 * determiners, with no owner after it: "according to plan", "laut Fahrplan fährt …", "según lo previsto", "Według planu
 * most …" — not "according to the plan of the ministry", "laut Plan der Regierung", "according to plan B".
 */
export function planOnly(ctx: Ctx, s: SentenceInfo, k: number): boolean {
  const { cp, tokens, text } = ctx;
  if (cp.planNouns.size === 0) return false;
  // (after its determiners or a neuter article that is no pronoun: "the schedule", "lo previsto"; a possessive is an
  // owner: "según su plan", "secondo il loro piano")
  const owned = (j: number) => cp.mentions.findAll(tokens, text, j, j + 1).some((x) => x.values.some((v) => v.type === "anaphor"));
  for (; k < s.t1 && !owned(k); k++) {
    const c = wordClass(cp, tokens[k]);
    if (!(c & W.det || (c & W.nonName && !(c & W.pronoun)))) break;
  }
  if (k >= s.t1 || owned(k) || !cp.planNouns.has(tokens[k]!.key)) return false;
  const n = k + 1;
  if (n >= s.t1 || !/^\s+$/u.test(text.slice(tokens[k]!.end, tokens[n]!.start))) return true;
  // (an owner after it: a determiner or joining word, a known mention, a name where only names are capitalised, a genitive)
  const t = tokens[n]!;
  // (after a joining word the owner is someone who can speak — a person, a body, a group: "the plan of the transport
  // ministry", "il piano del governo"; a phrase of no one says what the plan is about, "planul de investiții", "il
  // piano di rilancio")
  const someone = () => {
    if (cp.pack.matching.capitalizedNouns) return true;
    const p = phraseAfter(ctx, s, wordClass(cp, t) & W.det ? n : n + 1);
    const who = p ? speakerOfPhrase(ctx, s, { phrase: p, role: null }, true) : null;
    return !!who && who.speaker.kind !== "unknown";
  };
  const owner =
    ((wordClass(cp, t) & (W.det | W.join | W.agent)) !== 0 && someone()) ||
    s.mentions.some((m) => m.from === n) ||
    (t.upper && !cp.pack.matching.capitalizedNouns) ||
    genitiveCase(t.text, cp.pack.grammar) === "genitive";
  return !owner;
}

/**
 * Whether a source phrase is only a noun of what is known so far (pack `reporting.knowledgeNouns`)
 * with no owner after it: "early findings", "bisherigen Erkenntnissen" — not "Erkenntnissen der Polizei".
 */
export function knowledgeOnly(ctx: Ctx, s: SentenceInfo, p: Phrase): boolean {
  const { cp, tokens } = ctx;
  const set = cp.knowledgeNouns;
  if (set.size === 0) return false;
  const head = lastHead(ctx, s, p);
  return head >= 0 && head === p.to - 1 && set.has(tokens[head]!.key) && !s.mentions.some((m) => m.from >= p.from && m.to <= p.to);
}

const STATEMENT_WORDS = new WeakMap<CompiledPack, Set<string>>();
const FUNCTION_WORD = W.det | W.prep | W.join | W.conj | W.adv | W.pronoun | W.rel | W.comp;
/** Letters that stand for a noun in any of its cases ("komunikacie", "komunikatu"). */
const STEM = 6;
/**
 * The nouns of the pack's statement phrases (pack `reporting.nouns`: "statement", "communiqué",
 * "comunicat"), as the first {@link STEM} letters of their look-up keys.
 */
function statementWords(cp: CompiledPack): Set<string> {
  let set = STATEMENT_WORDS.get(cp);
  if (set) return set;
  set = new Set<string>();
  for (const pattern of cp.pack.reporting.nouns)
    for (const w of pattern
      .toLowerCase()
      .replace(/[[\]|*:]/gu, " ")
      .split(/[\s-]+/u)) {
      const key = cp.fold(w);
      if (w.length >= 6 && !((cp.words.get(key) ?? 0) & FUNCTION_WORD)) set.add(key.slice(0, STEM));
    }
  STATEMENT_WORDS.set(cp, set);
  return set;
}

/** Most words from a statement noun to the word that introduces its owner or author. */
const OWNER_REACH = 6;

/**
 * The owner or author of a statement a source phrase names: "a statement released by the ministry",
 * "un communiqué publié mercredi par le ministère", "unui comunicat al Ministerului Apărării" — the
 * phrase after an agent word (pack `grammar.agents`) within reach of the statement noun, before any
 * comma, or after a joining word right after the noun. Null when the statement has none.
 */
function documentOwner(ctx: Ctx, s: SentenceInfo, cue: Cue): { sp: Speaker; end: number } | null {
  const { tokens, cp } = ctx;
  const set = statementWords(cp);
  if (set.size === 0 && cp.evidenceNouns.size === 0) return null;
  const statement = (key: string) => key.length >= STEM && set.has(key.slice(0, STEM));
  const words = { has: (key: string) => statement(key) || cp.evidenceNouns.has(key) };
  let noun = -1;
  if (words.has(tokens[cue.to - 1]!.key)) noun = cue.to - 1;
  else
    for (let k = cue.to, adjectives = 0; k < s.t1 && k < cue.to + 3; k++) {
      if (words.has(tokens[k]!.key)) {
        noun = k;
        break;
      }
      // (an article, or one adjective before the noun: "according to a new report by", "według najnowszego raportu")
      const c = wordClass(cp, tokens[k]);
      if (c & W.det) continue;
      if (c || tokens[k]!.upper || adjectives++ > 0 || (k > cue.to && separates(ctx, k))) break;
    }
  if (noun < 0) return null;
  // A noun of evidence (pack `reporting.evidenceNouns`: "a report of the World Bank", "un rapport de la Banque mondiale",
  // "raportu Banku Światowego", "докладу Минобороны") names its author after a joining word right after it, or, where the
  // pack joins no words (the complement in the genitive), a capitalised word or one in the genitive right after it —
  // a body, a person or a known mention, not any noun ("un rapport de mardi", "según datos de esta semana").
  const evidence = !statement(tokens[noun]!.key);
  const k1 = noun + 1;
  if (evidence && k1 < s.t1 && !separates(ctx, k1)) {
    const c = wordClass(cp, tokens[k1]);
    const joined = (c & W.join) !== 0 && !(c & W.agent);
    const genitive =
      cp.pack.grammar.joiners.length === 0 && (tokens[k1]!.upper || genitiveCase(tokens[k1]!.text, cp.pack.grammar) === "genitive") && !(c & ~W.det);
    if (joined || genitive) {
      const at = joined ? k1 : noun;
      const p = phraseAfter(ctx, s, at + 1);
      if (!p || p.from !== at + 1 || !namesSource(ctx, s, p.from, p.to, false)) return null;
      return phraseSource(ctx, s, at, true);
    }
  }
  // (after an agent word, a document of evidence names its author as the phrase after the cue does — see sourceIn: "a
  // study by researchers at the university" stays the study)
  if (evidence) return null;
  for (let k = noun + 1; k < s.t1 && k <= noun + OWNER_REACH; k++) {
    if (separates(ctx, k)) return null;
    const c = wordClass(cp, tokens[k]);
    const agent = (c & W.agent) !== 0;
    if (!agent && !(c & W.join && k === noun + 1)) continue;
    return phraseSource(ctx, s, k, true);
  }
  return null;
}

/**
 * The source a phrase names right after token `k` (an agent or joining word: "by the ministry", "al
 * Ministerului"), in the case it governs when `oblique`; with `named`, only a phrase headed by a capitalised word.
 */
function phraseSource(ctx: Ctx, s: SentenceInfo, k: number, oblique: boolean, named = false): { sp: Speaker; end: number } | null {
  const p = phraseAfter(ctx, s, k + 1);
  if (!p || p.from !== k + 1 || (named && !ctx.tokens[lastHead(ctx, s, p)]?.upper)) return null;
  const ph = speakerOfPhrase(ctx, s, { phrase: p, role: null }, oblique);
  return ph ? { sp: ph.speaker, end: p.end } : null;
}

/** Where a description in the genitive set off by commas at token `k` ends (see {@link apposedEnd}), or 0. */
function agreeingAppositionEnd(ctx: Ctx, s: SentenceInfo, k: number): number {
  const { tokens, text, cp } = ctx;
  const g = cp.pack.grammar;
  if (g.genitiveEndings.length === 0 || g.joiners.length > 0 || tokens[k]!.upper || genitiveCase(tokens[k]!.text, g) === null) return 0;
  const FUNCTION = W.join | W.prep | W.det | W.and;
  for (let j = k + 1; j < s.t1 && j <= k + 6; j++) {
    const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (/[;:.!?()]/u.test(gap)) return 0;
    // (a comma that closes it, with a clause of three words or more after it)
    if (/^[»“”"]?\s*,\s*$/u.test(gap)) return s.t1 - j >= 3 ? tokens[j - 1]!.end + gap.indexOf(",") : 0;
    const t = tokens[j]!;
    if (!(t.upper || genitiveCase(t.text, g) !== null || wordClass(cp, t) & FUNCTION)) return 0;
  }
  return 0;
}

/**
 * Where a person's description set off by commas right after the source's name ends, or 0: a role of the
 * lexicon or a noun of office (pack `grammar.roleNouns`, of one word or more) opens it, and a comma closes it
 * with more words after — "Theo ông Nguyễn Văn An, chuyên gia kinh tế, lạm phát …": the description is the
 * speaker's, no content.
 * Where a preposition governs the name's case (`oblique`) and the pack knows the genitive's endings, a description
 * in that case agrees with the name, whatever its noun: "Zdaniem Anny Nowak, ekonomistki Banku Pekao, ceny …", "По
 * словам Ивана Петренко, аналитика компании «Финам», убытки …" — a word in lower case in the genitive opens it, and
 * every word of it is in that case, a name, or a function word.
 */
function apposedEnd(ctx: Ctx, s: SentenceInfo, k: number, oblique = false): number {
  const { tokens, text, cp } = ctx;
  if (k + 1 >= s.t1 || !commaBeforeToken(text, tokens, k)) return 0;
  const h = k;
  // (after an article: "According to John Hill, the mayor, …")
  if (wordClass(cp, tokens[k]) & W.det && k + 2 < s.t1) k++;
  const office = officeOpensAt(cp, tokens, k, s.t1) || s.mentions.some((m) => m.from === k && isRole(m));
  if (!office) return oblique ? agreeingAppositionEnd(ctx, s, k) : 0;
  for (let j = k + 1; j < s.t1 && j <= h + 8; j++) {
    const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (/[;:.!?()"“”«»]/u.test(gap)) return 0;
    if (/^\s*,\s*$/u.test(gap)) return tokens[j - 1]!.end;
  }
  return 0;
}
