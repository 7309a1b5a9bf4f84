import { toOriginal } from "../normalize.js";
import { paragraphs, sentences } from "../segment.js";
import { classify, dashSpeech, dateline, endsRange, firstTokenAt, isStamp, quotesWithin, type ParaKind } from "../layout.js";
import { findDates, refDate, resolveLater, type DateExpr } from "../dates.js";
import { findMentions, nameRuns } from "../speakers.js";
import type { Cue } from "../attribution/types.js";
import { withParticle } from "../attribution/clause.js";
import { afterPossessive, isRoleWord, officeOver, titleShaped, titleWordCount, wordClass } from "../attribution/phrase.js";
import type { Token } from "../../text/tokens.js";
import type { Match, Matcher } from "../../text/matcher.js";
import { W, type CompiledPack } from "../lexicon.js";
import type { Doc } from "./types.js";
import { withSupportNouns } from "./support-verbs.js";
import type { Quote } from "../quotes.js";

/**
 * Most reporting expressions read in one sentence. Real sentences hold a handful; hostile input
 * ("said said said …") holds hundreds, and the rules compare cues with cues: the cap keeps the
 * work per sentence bounded (with MAX_SENTENCE in segment.ts) and extraction linear.
 */
const MAX_CUES = 32;

/** Unclosed quotation marks warned about one by one; the others are counted in one warning. */
export const UNCLOSED_WARNINGS = 20;

/** Most tokens between a content verb and the quotation or complementizer that opens its content ("warned lawmakers on Monday that …"). */
const CONTENT_REACH = 10;

/**
 * Whether reported content follows the content verb `all[k]` in its sentence: a complementizer
 * or a quotation within a few words after it, or a colon — with no other reporting verb between
 * ("called Putin and said that …": the clause is the other verb's).
 */
function clauseContent(
  text: string,
  tokens: readonly Token[],
  all: readonly Cue[],
  k: number,
  quotes: readonly { start: number; end: number }[],
  end: number,
  cp: CompiledPack,
): boolean {
  const v = all[k]!;
  const next = all.find((c, i) => i > k && c.kind === "verb");
  const limit = next ? next.start : end;
  if (all.some((c) => c.kind === "comp" && c.from >= v.to && c.from - v.to <= CONTENT_REACH && c.start < limit)) return true;
  if (quotes.some((q) => q.start >= v.end && q.start < limit && firstTokenAt(tokens, q.start) - v.to <= CONTENT_REACH)) return true;
  if (text.slice(v.end, limit).includes(":")) return true;
  if (infinitiveAfter(text, tokens, v, limit, cp) || moodClauseAfter(text, tokens, v, limit, cp)) return true;
  // (a trailing cue after its quotation: "« … », a jugé le ministre", "“…,” the panel found")
  if (quotes.some((q) => q.end <= v.start && /^[\s,.;–—-]*$/u.test(text.slice(q.end, v.start)))) return true;
  // (or its subject between, a few words, the verb ending the sentence: "“…,” the panel found.", "“…,” the statement read.")
  if (
    /^\s*[.!?]?\s*$/u.test(text.slice(v.end, end)) &&
    quotes.some(
      (q) =>
        q.end <= v.start && /^[\s,–—-]*(?:[\p{L}\p{N}'’.-]+\s+){1,4}$/u.test(text.slice(q.end, v.start)) && /[,–—-]/u.test(text.slice(q.end - 2, q.end + 2)),
    )
  )
    return true;
  return (
    predicate(text, tokens, v, limit, cp) ||
    bareThoughtClause(text, tokens, v, limit, cp) ||
    (evidenceBefore(tokens, v, cp) && firstTokenAt(tokens, limit) - v.to >= 2)
  );
}

const THOUGHT = new WeakMap<CompiledPack, ReadonlySet<string>>();
/**
 * Whether a content verb that is a verb of thinking (pack `reporting.thoughtVerbs`, one word) is followed by a bare
 * clause: a subject of up to four words — no punctuation, no conjunction, preposition or relative — and then an
 * auxiliary of the pack (`grammar.auxiliaries`): "Analysts expect property values will rise", "Residents fear the
 * river could flood". "as expected", "expected growth this year", "expected to pass" have none.
 */
function bareThoughtClause(text: string, tokens: readonly Token[], v: Cue, limit: number, cp: CompiledPack): boolean {
  let set = THOUGHT.get(cp);
  if (!set) THOUGHT.set(cp, (set = new Set(cp.pack.reporting.thoughtVerbs.filter((p) => !/[\s{]/u.test(p)).map((p) => p.toLowerCase()))));
  if (v.to !== v.from + 1 || !set.has(tokens[v.from]!.key)) return false;
  for (let k = v.to; k < tokens.length && k - v.to <= 4 && tokens[k]!.start < limit; k++) {
    if (/[,;:.!?()„“”"«»]/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
    const c = cp.words.get(tokens[k]!.key) ?? 0;
    if (k > v.to && c & W.aux) return true;
    if (c & (W.conj | W.comp | W.rel | W.prep | W.agent)) return false;
  }
  return false;
}

/**
 * The first token of a clause opened by a comma right after the verb (at most two words between: "zeigte sich
 * bereit, …"), or -1: none, a sentence mark first, or a clause opened by a conjunction or a relative.
 */
function clauseOpening(text: string, tokens: readonly Token[], v: Cue, limit: number, cp: CompiledPack): number {
  for (let k = v.to; k < tokens.length && k <= v.to + 2 && tokens[k]!.start < limit; k++) {
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (/[;:.!?]/u.test(gap)) return -1;
    if (gap.includes(",")) return wordClass(cp, tokens[k]) & (W.conj | W.comp | W.rel) ? -1 : k;
  }
  return -1;
}

/**
 * Whether an infinitive clause opens with a comma after the verb (at most two words between: "zeigte sich bereit, …")
 * and closes with a mark of the infinitive and one word (pack `reporting.infinitiveMarks`): "ist zuversichtlich, das
 * Spiel gewinnen zu können". Not a clause opened by a conjunction or a relative ("…, als die Straße zu war").
 */
function infinitiveAfter(text: string, tokens: readonly Token[], v: Cue, limit: number, cp: CompiledPack): boolean {
  const marks = cp.pack.reporting.infinitiveMarks;
  if (marks.length === 0) return false;
  const open = clauseOpening(text, tokens, v, limit, cp);
  if (open < 0) return false;
  for (let k = open + 1; k < tokens.length && tokens[k]!.end <= limit; k++) {
    if (/[,;:.!?]/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
    const next = tokens[k + 1];
    if (!next || next.start >= limit || /[,;.!?]/u.test(text.slice(tokens[k]!.end, next.start)))
      return !tokens[k]!.upper && (marks.includes(tokens[k - 1]!.key) || markedWithin(tokens[k]!.key, marks, cp.pack.reporting.infinitiveParticles));
  }
  return false;
}

/**
 * Whether a clause in the mood of reported speech (pack `reporting.reportedMood`) opens with a comma right after
 * the verb (at most two words between) and holds such a form before its next comma: "zeigte sich überzeugt, die
 * Mannschaft sei stark", "meldete, der Minister sei zurückgetreten". Not a clause opened by a conjunction or a relative.
 */
function moodClauseAfter(text: string, tokens: readonly Token[], v: Cue, limit: number, cp: CompiledPack): boolean {
  if (cp.moodForms.size === 0) return false;
  const open = clauseOpening(text, tokens, v, limit, cp);
  if (open < 0) return false;
  for (let k = open; k < tokens.length && k <= open + 12 && tokens[k]!.end <= limit; k++) {
    if (k > open && /[,;:.!?]/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
    if (cp.moodForms.has(tokens[k]!.text.toLowerCase().normalize("NFC"))) return true;
  }
  return false;
}

/**
 * Whether a word is a separable verb's infinitive with its mark inside (pack `reporting.infinitiveParticles`):
 * particle, mark, and at least three letters more ("an" + "zu" + "treten").
 */
function markedWithin(key: string, marks: readonly string[], particles: readonly string[]): boolean {
  for (const p of particles) {
    if (!key.startsWith(p)) continue;
    for (const m of marks) if (key.startsWith(m, p.length) && key.length >= p.length + m.length + 3) return true;
  }
  return false;
}

/**
 * Whether a noun of evidence (pack `reporting.evidenceNouns`) is right before the content verb: "Polls
 * show the race is tightening", "A new poll shows Smith leading" — its bare clause is what it reports.
 */
function evidenceBefore(tokens: readonly Token[], v: Cue, cp: CompiledPack): boolean {
  return v.from > 0 && cp.evidenceNouns.has(tokens[v.from - 1]!.key);
}

/**
 * Whether a word standing for two named before ("both", "beide", "оба") stands right next to a
 * reporting verb ("Both said", "sagten beide", "Оба также заявили"): only then is it a subject, not
 * in "both countries".
 */
function nextToVerb(cues: readonly Cue[], m: { from: number; to: number }, tokens: readonly Token[], cp: CompiledPack): boolean {
  return cues.some(
    (c) => c.kind === "verb" && (c.from === m.to || c.to === m.from || (c.from === m.to + 1 && ((cp.words.get(tokens[m.to]!.key) ?? 0) & W.adv) !== 0)),
  );
}

/**
 * Whether a content verb's object is followed, in its clause, by what the verb calls it (pack
 * `reporting.predicatives`): "dismissed the report as a partisan attack", "described the plan as
 * reckless". Not right after the verb (an object comes first), not past a punctuation mark, and
 * not a conjunction of time ("as soon as", "as he spoke", "as Congress debated").
 */
function predicate(text: string, tokens: readonly Token[], v: Cue, limit: number, cp: CompiledPack): boolean {
  const marks = cp.pack.reporting.predicatives;
  if (marks.length === 0) return false;
  for (let k = v.to + 1; k < tokens.length && k - v.to <= CONTENT_REACH && tokens[k]!.start < limit; k++) {
    if (/[,;:.!?()„“”"«»]/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
    if (!marks.includes(tokens[k]!.key)) continue;
    const next = tokens[k + 1];
    if (!next || next.start >= limit || !/^\s+$/u.test(text.slice(tokens[k]!.end, next.start))) return false;
    // (no second mark right after: "as soon as", "as well as")
    if (tokens.slice(k + 1, k + 3).some((t) => marks.includes(t.key))) return false;
    const c = cp.words.get(next.key) ?? 0;
    if (c & (W.pronoun | W.nonName | W.conj | W.prep | W.rel | W.comp)) return false;
    return (c & W.det) !== 0 || !next.upper;
  }
  return false;
}

/**
 * Cue matches over tokens `[a, b)`, and those a date splits ("sprach am Mittwoch von", "spoke on
 * Monday about"): the words of the sentence with its dates left out are matched again, and a match
 * that spans a date is added where no cue stands (it covers the date's tokens).
 */
function withDatesBetween<T>(
  found: Match<T>[],
  tokens: readonly Token[],
  _text: string,
  a: number,
  b: number,
  dates: readonly DateExpr[],
  cp: CompiledPack,
): Match<T>[] {
  if (dates.length === 0) return found;
  const keep: number[] = [];
  let di = 0;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    while (di < dates.length && dates[di]!.end <= t.start) di++;
    const d = dates[di];
    const inDate = !!d && d.start <= t.start && t.end <= d.end;
    // (and the short word that opens it: "am Mittwoch", "on Monday")
    const opener = !inDate && !!d && t.text.length <= 3 && !t.upper && k + 1 < b && tokens[k + 1]!.start >= d.start && tokens[k + 1]!.end <= d.end;
    if (!inDate && !opener) keep.push(k);
  }
  if (keep.length === b - a) return found;
  const compact = keep.map((k) => tokens[k]!);
  const taken = new Uint8Array(b - a);
  for (const m of found) for (let k = m.from; k < m.to; k++) taken[k - a] = 1;
  const extra: Match<T>[] = [];
  for (const m of (cp.cues as unknown as Matcher<T>).findAll(compact)) {
    const from = keep[m.from]!,
      to = keep[m.to - 1]! + 1;
    if (to - from === m.to - m.from) continue; // no date inside: found already
    // (it may replace shorter cues it covers: "Theo | tuyên bố vào Chủ Nhật của" → "Theo tuyên bố … của")
    const covered = found.filter((f) => f.from >= from && f.to <= to);
    let free = true;
    for (let k = from; k < to && free; k++) free = !taken[k - a] || covered.some((f) => f.from <= k && k < f.to);
    if (free && covered.every((f) => f.to - f.from < m.to - m.from)) extra.push({ ...m, from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end });
  }
  if (extra.length === 0) return found;
  const gone = (f: Match<T>) => extra.some((e) => f.from >= e.from && f.to <= e.to);
  return [...found.filter((f) => !gone(f)), ...extra].sort((x, y) => x.from - y.from);
}

/**
 * Layout: paragraphs and their kinds (body, boilerplate, credit line, tweet signature, end of
 * the body), wire datelines, and one record per sentence of the body with its quotations, cues,
 * mentions, candidate names and dates.
 */
export function layout(doc: Doc): void {
  const { text, tokens, cp } = doc;
  const { paras, unclosed } = paragraphs(text, cp, doc.from, doc.to);
  runOnQuotations(text, paras, unclosed, cp);
  doc.paras = paras;
  doc.unclosed = new Set(unclosed);
  const carry = doc.carry;
  if (carry.datelineRef) doc.ref = carry.datelineRef;
  // (the count of the others is warned about once the whole text is read: see extract.ts)
  for (const u of unclosed.slice(0, Math.max(0, UNCLOSED_WARNINGS - carry.unclosed)))
    doc.warnings.push({
      code: "unclosed_quote",
      message: "A quotation mark is not closed in its paragraph; unless the next paragraph continues the quotation, it was read as plain text.",
      span: toOriginal(doc.norm, u, u + 1),
    });
  carry.unclosed += unclosed.length;

  const creditMedia = (a: number, b: number, any: boolean) => {
    for (const m of cp.mentions.findAll(tokens, text, a, b)) {
      const e = m.values.map((v) => (v.type === "entity" ? v.entity : undefined)).find(Boolean);
      if (e && (any || e.kind === "media") && e.name !== doc.meta.outlet) doc.via.add(e.name);
    }
  };
  // (a dateline opens one of the first two paragraphs of the body, after a headline)
  paras.forEach((p, pi) => {
    const t0 = firstTokenAt(tokens, p.start),
      t1 = firstTokenAt(tokens, p.end);
    const kind: ParaKind = carry.ended ? "end" : classify(text, p, tokens, t0, t1, cp);
    if (kind === "end") carry.ended = true;
    doc.paraKinds.push(kind);
    if (kind === "credit") creditMedia(t0, t1, true);
    if (kind !== "body" && kind !== "signature") return;
    const dl = dateline(text, p, carry.bodySeen < 2);
    if (t1 - t0 >= 4) carry.bodySeen++; // a line of a few symbols is no paragraph of the body yet
    for (const s of sentences(text, p, pi, cp)) readSentence(doc, s, p, pi, dl, creditMedia);
  });
  doc.drafts = new Array(doc.infos.length).fill(null);
}

/**
 * A quotation that runs over paragraphs leaves its closing mark off at the end of each paragraph
 * but the last, and opens the next with the same mark ("“Nobody thought it was possible.¶“But we
 * did it.”"): the last mark left open in such a paragraph quotes the paragraph to its end, so a
 * cue inside it ("thought") reports nothing. (`unclosed` keeps the mark: the document passes join
 * the paragraphs into one claim.)
 */
function runOnQuotations(text: string, paras: Paragraph[], unclosed: readonly number[], cp: CompiledPack): void {
  let u = unclosed.length - 1;
  for (let pi = paras.length - 2; pi >= 0 && u >= 0; pi--) {
    const p = paras[pi]!,
      mark = text.charAt(paras[pi + 1]!.start);
    while (u >= 0 && unclosed[u]! >= p.end) u--;
    if (u < 0 || unclosed[u]! < p.start || !cp.openers.has(mark) || text.charAt(unclosed[u]!) !== mark) continue;
    const at = unclosed[u]!;
    // (quotations inside it are quotations within the quotation)
    p.quotes = [...p.quotes.filter((q) => q.end <= at), { start: at, end: p.end }];
  }
}

/**
 * The article's event date: a date of its first paragraphs (a line of a few symbols — emoji, a
 * decorative mark — is no lead paragraph; a time stamp of the page is the publication date, not
 * the event's). With a publication date, the first that falls in the week before it: a date
 * further back belongs to another event mentioned in passing ("after their meeting in July
 * 2018, the two spoke on Tuesday"). Without one, the first that names a day ("Sunday", "29-12")
 * before one that names only a month or a year.
 */
/** Characters from the start of the text within which a page's stamp is looked for. */
const STAMP_REACH = 300;

export function eventDate(doc: Doc): void {
  const { paras, paraKinds, tokens, publishedAt, text } = doc;
  const wordsIn = (i: number) => firstTokenAt(tokens, paras[i]!.end) - firstTokenAt(tokens, paras[i]!.start);
  const leadParas = new Set(
    paras
      .map((_, i) => i)
      .filter((i) => (paraKinds[i] === "body" || paraKinds[i] === "signature") && wordsIn(i) >= 4)
      .slice(0, 3),
  );
  const leadDates = doc.infos.filter((s) => leadParas.has(s.para)).flatMap((s) => s.dates);
  // A day that ends a range ("il 3 e 4 maggio", "on 3-4 May") dates talks or a summit to come or
  // past, not the one-day encounter the article reports.
  // Nor a day to come ("the two will meet on Friday"), a vague time ("recently"), nor a year alone ("after their summit in 2018").
  const lead = leadDates.filter((d) => !isStamp(text, d) && !endsRange(text, d) && !d.ahead && !d.vague && !d.passing && !yearAlone(d));
  const DAY = 86400000;
  if (publishedAt) {
    const pub = Date.parse(publishedAt.slice(0, 10));
    const day = (iso: string) => Date.parse(iso.padEnd(10, "-01").slice(0, 10));
    // (failing those, the day of a wire dateline in that week: the day the report was filed)
    const dl = doc.carry.dateline?.iso?.length === 10 ? doc.carry.dateline : null;
    doc.contextDate =
      lead.find((d) => d.iso && d.iso.length === 10 && day(d.iso) <= pub && pub - day(d.iso) <= 7 * DAY) ??
      lead.find((d) => d.iso && d.iso.slice(0, 10) <= publishedAt.slice(0, 10) && pub - day(d.iso) <= 31 * DAY) ??
      (dl?.iso && day(dl.iso) <= pub && pub - day(dl.iso) <= 7 * DAY ? dl : null);
  } else {
    const named = (d: DateExpr) => (d.iso ? d.iso.length === 10 : !!(d.relative && (d.relative.day || d.relative.weekday || d.relative.offsetDays !== null)));
    // With no date in the lead, the page's own stamp with no year ("2 aprilie 21:09"): the day it
    // was published, which the comparison places in its event's year.
    const stamp = doc.infos.flatMap((s) => s.dates).find((d) => d.start < STAMP_REACH && isStamp(text, d));
    // A day the body states further on with its weekday ("…a call on Sunday (29/12)"): the lead
    // reports the event without its day, or with a day of something before it.
    const body = doc.infos
      .filter((s) => !leadParas.has(s.para) && (paraKinds[s.para] === "body" || paraKinds[s.para] === "signature"))
      .flatMap((s) => s.dates.filter((d) => !s.quotes.some((q) => q.start <= d.start && d.end <= q.end)))
      .filter((d) => !isStamp(text, d) && !endsRange(text, d) && !d.ahead && !d.vague && !d.passing && !yearAlone(d));
    // (a day it states: a bare "today" or "Sunday" there is no day the lead speaks of)
    // It dates the report when the lead names no day later than it (the lead's day is then an earlier event).
    const later = reportDay(text, body);
    const stated = later && (later.relative?.day || later.iso?.length === 10) ? later : null;
    const latest = latestDay(stated ? [...lead, stated] : lead);
    // (a wire dateline's day before a month or year alone: the day the report was filed)
    doc.contextDate = reportDay(text, lead) ?? latest ?? lead.find(named) ?? doc.carry.dateline ?? lead[0] ?? stamp ?? null;
  }
}

/** A year stated alone ("in 2019"): the year of something told, never the day of the article's event. */
const yearAlone = (d: DateExpr) => d.basis === "explicit" && d.iso?.length === 4;

/**
 * With no publication date, the day of the report among dates: a weekday or a relative day
 * ("Tuesday", "yesterday", "Chủ Nhật") is counted from the day of writing, so it names the day
 * reported on, where a date with its year in the same lines often dates an earlier event mentioned
 * in passing ("after their summit on 16 July 2018, the two spoke on Tuesday"). A day written in
 * brackets right after the weekday ("Chủ Nhật (29/12)") states it. Not a weekday marked as past
 * ("last Tuesday": the week before).
 */
function reportDay(text: string, dates: readonly DateExpr[]): DateExpr | null {
  const i = dates.findIndex((d) => !d.iso && !!d.relative && (d.relative.weekday !== null || d.relative.offsetDays !== null) && d.relative.offsetDays !== -7);
  if (i < 0) return null;
  const d = dates[i]!,
    next = dates[i + 1];
  if (next?.relative?.day && /^\s*\(\s*$/u.test(text.slice(d.end, next.start))) return next;
  return d;
}

/**
 * The day a wire dateline states ("MOSCOW, May 16 (Reuters) -", "Moscú, 1 ene (EFE).-"), kept for
 * the article: the day the report was filed. Relative days count from it ("said yesterday") when
 * it has a year (its own, or the publication date's) and falls in the week before the publication
 * date, or there is none: a copy published later keeps the filing day's words. Returns whether
 * the reference date changed.
 */
function datelineDay(doc: Doc, dates: readonly DateExpr[]): boolean {
  const d = dates.find((x) => x.iso?.length === 10 || !!x.relative?.day);
  if (!d) return false;
  doc.carry.dateline = d;
  if (!d.iso) return false;
  const r = refDate(d.iso)!;
  const back = doc.ref ? doc.ref.getTime() - r.getTime() : null;
  if (back !== null && (back <= 0 || back > 7 * 86400000)) return false;
  doc.ref = r;
  doc.carry.datelineRef = r;
  return true;
}

/**
 * With no publication date, the latest of the days the dates state (a full date, or a day and month
 * with no year, within the half year before the other): news reports its newest event, and a day
 * before it in the same lines is an earlier one mentioned in passing ("two men were arrested on
 * 17/12 … the call on 29/12"). Days of the two kinds are not compared; null when none states a day.
 */
function latestDay(dates: readonly DateExpr[]): DateExpr | null {
  let best: DateExpr | null = null;
  for (const d of dates) {
    const md = d.iso ? null : d.relative?.month && d.relative.day ? ordinalOf(d.relative.month, d.relative.day) : null;
    if (d.iso?.length !== 10 && md === null) continue;
    if (!best) best = d;
    else if (d.iso && best.iso) {
      if (d.iso > best.iso) best = d;
    } else if (md !== null && !best.iso) {
      const back = (md - ordinalOf(best.relative!.month!, best.relative!.day!) + 365) % 365;
      if (back > 0 && back < 183) best = d;
    }
  }
  return best;
}

/** Day of a common year (1 January = 0). */
const ordinalOf = (month: number, day: number) => (Date.UTC(2001, month - 1, day) - Date.UTC(2001, 0, 1)) / 86400000;

type Paragraph = ReturnType<typeof paragraphs>["paras"][number];
type Sentence = ReturnType<typeof sentences>[number];

/**
 * Whether the one-word complementizer at `k`, also a joining word of the pack, is a preposition here:
 * no infinitive follows (pack `grammar.infinitiveEndings`; an adverb or a negation may come first:
 * "di non voler"), or, where the pack gives no endings, a name, a number or an article follows.
 */
function prepositionHere(cp: CompiledPack, tokens: readonly Token[], k: number): boolean {
  const c = cp.words.get(tokens[k]!.key) ?? 0;
  if ((c & W.join) === 0) return false;
  const next = tokens[k + 1];
  const endings = cp.pack.grammar.infinitiveEndings;
  if (next && endings.length > 0) {
    let j = k + 1;
    while (j < k + 3 && j + 1 < tokens.length && ((cp.words.get(tokens[j]!.key) ?? 0) & W.adv) !== 0) j++;
    const w = tokens[j]!.text.toLowerCase();
    return next.upper || !endings.some((e) => w.length > e.length + 1 && w.endsWith(e));
  }
  return !next || next.upper || next.digits || ((cp.words.get(next.key) ?? 0) & W.det) !== 0;
}

/**
 * Whether the verb form at token k, one that is as often a plural noun (pack `reporting.nounForms`),
 * is the noun: after a determiner ("the reports"), or right before (no mark between) another verb
 * cue, a preposition or a lower-case word of no function class — a verb ("earnings reports lifted
 * stocks", "news reports said", "reports from big banks"). "The Post reports that …", "Reuters
 * reports the deal is close", "…, the Post reports." keep the verb.
 */
function nounHere(doc: Doc, k: number, a: number, b: number): boolean {
  const { text, tokens, cp } = doc;
  const cls = (i: number) => cp.words.get(tokens[i]!.key) ?? 0;
  // (capitalised inside its sentence, where only names are: part of a name, "the United States that …")
  if (k > a && tokens[k]!.upper && !cp.pack.matching.capitalizedNouns) return true;
  // (where nouns are capitalised, a capitalised form inside its sentence is the noun: "Nach ersten Berichten wurden …")
  if (
    k > a &&
    tokens[k]!.upper &&
    cp.pack.matching.capitalizedNouns &&
    !/[„“”"«»‚‘’:]\s*$/u.test(text.slice(Math.max(0, tokens[k]!.start - 3), tokens[k]!.start))
  )
    return true;
  if (k > a && cls(k - 1) & W.det && /^\s+$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return true;
  if (k + 1 >= b || !/^\s+$/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
  const n = tokens[k + 1]!;
  const c = cls(k + 1);
  if (c & (W.prep | W.join)) return !(c & W.comp);
  // (right before an auxiliary: "earnings reports had shown", "the claims were false")
  if (c & W.aux) return true;
  if (n.upper || n.digits || c !== 0) return false;
  return true;
}

/**
 * Whether the verb form at token k stands between a determiner or a possessive ("the", "his",
 * "Trump's", "Democrats'") and a noun of saying (pack `reporting.claimNouns`), with only spaces
 * around it: an adjective ("Trump's repeated claim that …"), no verb.
 */
function attributive(doc: Doc, k: number, a: number, b: number): boolean {
  const { text, tokens, cp } = doc;
  if (k <= a || k + 1 >= b || !cp.claimNouns.has(tokens[k + 1]!.key) || !/^\s+$/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
  return possessedAt(doc, k, a);
}

/** Whether the word at token k stands between a determiner in lower case and a lower-case word of no class ("a telling sign"). */
function qualifies(doc: Doc, k: number, a: number, b: number): boolean {
  const { text, tokens, cp } = doc;
  if (k <= a || k + 1 >= b) return false;
  const prev = tokens[k - 1]!,
    next = tokens[k + 1]!;
  if (prev.upper || !((cp.words.get(prev.key) ?? 0) & W.det) || next.upper || next.digits || cp.words.has(next.key)) return false;
  return /^\s+$/u.test(text.slice(prev.end, tokens[k]!.start)) && /^\s+$/u.test(text.slice(tokens[k]!.end, next.start));
}

/**
 * Whether the word at token k follows a determiner or a possessive ("the", "his", "Trump's",
 * "Democrats'") right before it, or before one participle that qualifies it ("his repeated warning").
 */
function possessedAt(doc: Doc, k: number, a: number): boolean {
  const { text, tokens, cp } = doc;
  // (a possessive of the pack, `grammar.possessives`: "Trump's", "Democrats'")
  if (afterPossessive(doc, k, a, tokens.length)) return true;
  if (!/^\s+$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
  const prev = tokens[k - 1]!;
  if ((cp.words.get(prev.key) ?? 0) & W.det) return true;
  // (one participle between: "his repeated warning")
  const m = k - 2 >= a ? cp.cues.matchAt(tokens, k - 1, text) : null;
  return !!m && m.to === k && !prev.upper && m.values.some((v) => v === "verb" || v === "cverb") && possessedAt(doc, k - 1, a);
}

/** The word right before quotation `q` with only spaces between, at token `a` or after (what names a title: "der", "Zeitung"); -1 if none. */
function wordBeforeQuote(doc: Doc, q: Quote, a: number): number {
  const { text, tokens } = doc;
  const k = firstTokenAt(tokens, q.start) - 1;
  return k >= a && /^\s*$/u.test(text.slice(tokens[k]!.end, q.start)) ? k : -1;
}

/**
 * Whether quotation `q` is a title named as a noun: up to five words with no punctuation, each capitalised or (after the
 * first) a function word of the pack, right after an article or a preposition ("der „Welt am Sonntag“") or a medium's
 * name ("Zeitung"), after a possessive ("CNN's “State of the Union”"), or after a verb that addresses someone
 * ("told “Fox News Sunday”").
 */
function titleNoun(doc: Doc, q: Quote, a: number): boolean {
  const { text, tokens, cp } = doc;
  if (titleWordCount(text.slice(q.start, q.end)) < 2 || /[.,;:!?]/u.test(text.slice(q.start + 1, q.end - 1)) || !titleShaped(cp, text, q)) return false;
  const k = wordBeforeQuote(doc, q, a);
  if (k < 0) return false;
  return (
    (wordClass(cp, tokens[k]) & (W.det | W.prep)) !== 0 ||
    cp.media.matchAt(tokens, k, text)?.to === k + 1 ||
    /['’]s$/u.test(tokens[k]!.text) ||
    // (or right after a verb that addresses someone, as whom it addresses: "told “Fox News Sunday”")
    cp.addresseeVerbs.findAll(tokens, text, k, k + 1).some((m) => m.to === k + 1)
  );
}

/**
 * Whether quotation q is the title of a medium named by the noun right before it ("dem Sender
 * „Radio Nord“", "told the newspaper “The Ledger”", "w rozmowie z gazetą „Kurier”"): a name, not
 * speech. Short (five words at most) and with no sentence punctuation inside.
 */
function mediaTitle(doc: Doc, q: Quote, a: number): boolean {
  const { text, tokens, cp } = doc;
  const inner = text.slice(q.start + 1, q.end - 1);
  if (/[.,;:!?]/u.test(inner) || inner.trim().split(/\s+/u).length > 5) return false;
  const k = wordBeforeQuote(doc, q, a);
  if (k < 0) return false;
  const m = cp.media.matchAt(tokens, k, text);
  return !!m && m.to === k + 1;
}

/**
 * Whether the word that closes the clause opened by the bare separable verb at token v (or a word
 * before a coordinating conjunction) makes with it one of the pack's verbs ("stellte Trump am
 * Montag klar": "stellte klar"; "wirft dem Künstler Blindheit vor und …"). The clause ends at a
 * comma, colon, semicolon, bracket or the end of the sentence (token b); quotation marks do not end
 * it ("wies die Vorwürfe als „haltlos“ zurück").
 */
function particleCloses(doc: Doc, v: number, b: number): boolean {
  const { text, tokens, cp } = doc;
  for (let j = v + 1; j < b; j++) {
    const t = tokens[j]!;
    const last = j + 1 >= b || /[,;:.!?()]/u.test(text.slice(t.end, tokens[j + 1]!.start));
    // (the particle closes its clause, or a coordinated one follows it: "wirft ihm Blindheit vor und …")
    if (!t.upper && (last || ((cp.words.get(tokens[j + 1]!.key) ?? 0) & W.conj) !== 0) && withParticle(cp.cues, [tokens[v]!], t)) return true;
    if (last) return false;
  }
  return false;
}

/**
 * Whether a name is the first part of a compound headed by a noun of office, where compounds are
 * one word ("UN-Vertreter", "EU-Botschafterin"): the person holding the office speaks, not the body.
 */
function compoundModifier(doc: Doc, m: { to: number; end: number; ref: { type: string } }, b: number): boolean {
  const { text, tokens, cp } = doc;
  if (!cp.pack.matching.capitalizedNouns || m.ref.type !== "entity" || m.to >= b) return false;
  const next = tokens[m.to]!;
  return /^[-‐]$/u.test(text.slice(m.end, next.start)) && next.upper && isRoleWord(cp, next.text);
}

/**
 * Whether token k follows an auxiliary of the passive (pack `grammar.passive`), adverbs between, in
 * its clause: "a été qualifiée", "è stato poi definito".
 */
function afterPassive(cp: CompiledPack, tokens: readonly Token[], text: string, k: number, a: number): boolean {
  for (let j = k - 1; j >= a; j--) {
    if (/[,;:.!?()„“”"«»]/u.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) return false;
    const c = wordClass(cp, tokens[j]);
    if (c & W.passive) return true;
    if (!(c & W.adv)) return false;
  }
  return false;
}

/**
 * One sentence of a paragraph of the body: its record (quotations, cues, mentions, candidate names,
 * dates) appended to `doc.infos`. (A function of its own, not a closure of the paragraph loop: a
 * small unit for the compiler, which re-optimises it alone when it meets a new shape of input.)
 */
function readSentence(
  doc: Doc,
  s: Sentence,
  p: Paragraph,
  pi: number,
  dl: ReturnType<typeof dateline>,
  creditMedia: (a: number, b: number, any: boolean) => void,
): void {
  const { text, tokens, cp } = doc;
  // "WASHINGTON — Sen. … said": a wire dateline is layout, no part of the sentence it opens.
  const lead = dl && dl[0] >= s.start && dl[1] < s.end ? text.slice(dl[1], s.end).search(/\S/u) : -1;
  const from = dl && lead >= 0 ? dl[1] + lead : s.start;
  const a = firstTokenAt(tokens, from),
    b = firstTokenAt(tokens, s.end);
  // (a medium's title named by the noun before it is a name, not speech: kept apart, see SentenceInfo.titles)
  const inSentence = quotesWithin(p.quotes, from, s.end);
  const quotes: Quote[] = [],
    titles: Quote[] = [];
  for (const q of inSentence) (mediaTitle(doc, q, a) ? titles : quotes).push(q);
  // Dialogue opened by a dash ("—Le dejé claro… —dijo Putin—") holds its content up to the next
  // spaced dash, as a quotation does; a dateline ("Moscú, 1 ene (EFE).-") is no part of a claim.
  // (built by pushes, and read by index: arrays of one kind whatever the sentence holds)
  const hidden: [number, number][] = [];
  for (const q of quotes) hidden.push([q.start, q.end - 1]);
  const speech = dashSpeech(text, from, s.end, cp);
  if (speech) hidden.push(speech);
  const inDateline = !!dl && dl[0] >= s.start && dl[0] < s.end;
  if (inDateline) {
    hidden.push(dl);
    // "MOSCOW, May 16 (Reuters) -": the agency of a dateline is a credit.
    creditMedia(firstTokenAt(tokens, s.start), firstTokenAt(tokens, dl[1]), false);
  }
  const outside = (pos: number) => {
    for (const h of hidden) if (h[0] < pos && pos < h[1]) return false;
    return !(dl && pos >= dl[0] && pos < dl[1]);
  };
  let dates = findDates(text, tokens, a, b, cp, doc.ref);
  if (inDateline && !doc.carry.dateline && datelineDay(doc, findDates(text, tokens, firstTokenAt(tokens, dl[0]), firstTokenAt(tokens, dl[1]), cp, doc.ref)))
    dates = findDates(text, tokens, a, b, cp, doc.ref);
  // A day inside a medium's title named as a noun is no date: "Der „Welt am Sonntag“ sagte …", "told “Fox News Sunday”".
  const named = inSentence.filter((q) => titleNoun(doc, q, a));
  if (named.length)
    dates = dates.filter(
      (d) => !named.some((q) => q.start <= d.start && d.end <= q.end && titleWordCount(text.slice(q.start, q.end)) > titleWordCount(d.text)),
    );
  // (a loop, not filter/map/slice: arrays of one kind built by pushes, for the compiler's sake)
  const all: Cue[] = [];
  for (const m of withSupportNouns(withDatesBetween(cp.cues.findAll(tokens, text, a, b), tokens, text, a, b, dates, cp), tokens, text, a, b, cp)) {
    if (all.length >= MAX_CUES) break;
    if (!outside(m.start)) continue;
    // A verb of the content-verb list only ("found", "called") needs content after it to report.
    const verb = m.values.includes("verb"),
      cverb = !verb && m.values.includes("cverb"),
      participle = m.values.includes("passive");
    // A participle that reports only in the passive ("qualifiée", "calificada") counts right after an
    // auxiliary of the passive ("a été qualifiée", "fue calificada", adverbs between); elsewhere it is an adjective.
    if (participle && !verb && !cverb && !afterPassive(cp, tokens, text, m.from, a)) continue;
    // (So does one written as the participle that matches a verb form only once diacritics are folded, right
    // after a plain noun in lower case: "Le plan annoncé hier montre …", "le rapport révélé mardi".)
    if (participle && m.to === m.from + 1 && m.from > a && cp.passiveOnly.has(tokens[m.from]!.text.toLowerCase()) && plainNounBefore(cp, tokens, text, m.from))
      continue;
    // (a verb of agreeing or discussing: "agreed", "hanno concordato", "договорились")
    const joint = m.values.includes("joint") || ((verb || cverb) && cp.joint.findAll(tokens, text, m.from, m.to).length > 0);
    // A complementizer that is also a preposition ("di": "ha detto di voler …" / "i colloqui di Ginevra")
    // opens no clause before a name, a number or an article.
    if (m.values[0] === "comp" && m.to === m.from + 1 && prepositionHere(cp, tokens, m.from)) continue;
    // "not authorized to discuss the talks": a verb of discussing after a preposition is an infinitive of
    // purpose, no report.
    if (joint && m.from > a && (cp.words.get(tokens[m.from - 1]!.key) ?? 0) & W.prep && /^\s+$/u.test(text.slice(tokens[m.from - 1]!.end, m.start))) continue;
    // "so-called": a verb glued to the word before it by a hyphen is part of a compound adjective.
    if (m.from > a && /^[-‐]$/u.test(text.slice(tokens[m.from - 1]!.end, m.start))) continue;
    // "news reports said", "earnings reports from big banks": a verb form that is a plural noun here.
    if ((verb || cverb) && m.to === m.from + 1 && cp.nounForms.has(tokens[m.from]!.key) && nounHere(doc, m.from, a, b)) continue;
    // "time will tell whether …", "can't tell if …": a verb of telling with a conjunction for its addressee tells no one.
    if (verb && m.to < b && /^\s+$/u.test(text.slice(m.end, tokens[m.to]!.start)) && cp.addresseeVerbs.findAll(tokens, text, m.from, m.to).length) {
      const c = cp.words.get(tokens[m.to]!.key) ?? 0;
      if (c & W.conj && !(c & (W.and | W.comp | W.det | W.pronoun))) continue;
    }
    // "Trump's repeated claim that …", "his oft-stated argument": a participle between a possessor or an article
    // and a noun of saying qualifies the noun.
    if ((verb || cverb) && m.to === m.from + 1 && attributive(doc, m.from, a, b)) continue;
    // ("a telling sign", "the stated goal": a verb form between a determiner in lower case and a plain word qualifies that word.)
    if ((verb || cverb) && m.to === m.from + 1 && qualifies(doc, m.from, a, b)) continue;
    // ("His warning that …", "the statement that …": a verb form that is also a noun of saying, after a determiner or a possessive, is the noun.)
    if ((verb || cverb) && m.to === m.from + 1 && m.from > a && cp.claimNouns.has(tokens[m.from]!.key) && possessedAt(doc, m.from, a)) continue;
    // "stellte … vor", "hob die Sanktionen auf": a bare separable verb reports only with its particle.
    if (verb && m.to === m.from + 1 && cp.particleVerbs.has(tokens[m.from]!.key) && !particleCloses(doc, m.from, b)) continue;
    // (A cue word that opens a longer noun of office of the pack is that noun: "Bác sĩ Mai cho biết" — a doctor.)
    if (officeOver(cp, tokens, m.from, m.to, b)) continue;
    const kind = verb || cverb || joint || participle ? "verb" : m.values[0]!;
    all.push({
      kind,
      from: m.from,
      to: m.to,
      start: m.start,
      end: m.end,
      // (all fields always set: cues of one shape, which the hot paths that read them are compiled for once)
      needsContent: cverb,
      joint,
      participle,
      // (a statement noun that closes with its preposition: "в беседе с", "w rozmowie z", "im Gespräch mit")
      toWhom: kind === "noun" && (wordClass(cp, tokens[m.to - 1]) & W.prep) !== 0,
    });
  }
  const cues = all.filter((c, k) => !c.needsContent || clauseContent(text, tokens, all, k, quotes, s.end, cp));
  // (words pointing back to the sentence before, matched apart: "Lo ha riferito" holds the verb "ha riferito")
  for (const m of cp.retro.findAll(tokens, text, a, b)) {
    if (cues.length >= MAX_CUES) break;
    if (!outside(m.start)) continue;
    // (a verb the pack lists with its object pronoun holds the same words: "lo ha definito “…”", "lo ha calificado de «…»")
    if (cues.some((c) => c.kind === "verb" && c.from <= m.from && c.to > m.to)) continue;
    let at = cues.length;
    while (at > 0 && cues[at - 1]!.from > m.from) at--;
    cues.splice(at, 0, {
      kind: "retro",
      from: m.from,
      to: m.to,
      start: m.start,
      end: m.end,
      needsContent: false,
      joint: false,
      participle: false,
      toWhom: false,
    });
  }
  // Names of media and institutions inside a short quotation count («Интерфакс», „Rzeczpospolita”).
  const shortQuote = (pos: number) => quotes.some((q) => q.start < pos && pos < q.end && q.end - q.start <= 40);
  const mentions = findMentions(cp, tokens, text, a, b).filter(
    (m) =>
      (outside(m.start) || (shortQuote(m.start) && m.ref.type === "entity" && ["media", "institution"].includes(m.ref.entity?.kind ?? ""))) &&
      !(m.ref.type === "role" && m.ref.bare && !nextToVerb(cues, m, tokens, cp)) &&
      !compoundModifier(doc, m, b),
  );
  // (A role word opening a run of capitals is a title — "Director Jane Moriarty" — except where every noun is
  // capitalised: there the run is the pack's own business, see nameRuns.)
  const names = nameRuns(text, tokens, a, b, mentions, cues, dates, cp, (w) => isRoleWord(cp, w)).filter((m) => outside(m.start));
  const undated = cp.undated.findAll(tokens, text, a, b).some((m) => outside(m.start));
  const stated = inDateline ? dates.filter((x) => x.start >= dl[1]) : dates;
  resolveLater(stated, doc.carry);
  const k = doc.infos.length;
  doc.infos.push({ start: from, end: s.end, para: pi, t0: a, t1: b, quotes, titles, cues, mentions, names, dates: stated, undated, speech, memo: {} });
  const list = doc.sentencesOf.get(pi);
  if (list) list.push(k);
  else doc.sentencesOf.set(pi, [k]);
}

/**
 * Whether token k follows a plain lower-case word of no word class (a noun: "plan", "rapport"), a space between.
 * (The class as `wordClass` reads it, adverbs known by their suffix included: "fueron duramente criticadas" is a
 * passive, "duramente" no noun.)
 */
function plainNounBefore(cp: CompiledPack, tokens: readonly Token[], text: string, k: number): boolean {
  const p = tokens[k - 1]!;
  return !p.upper && !p.digits && !wordClass(cp, p) && /^\s+$/u.test(text.slice(p.end, tokens[k]!.start));
}
