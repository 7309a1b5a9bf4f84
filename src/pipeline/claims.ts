import type { Token } from "../text/tokens.js";
import type { Speaker, ClaimKind } from "../schema/claim.js";
import type { CompiledPack, CueKind } from "./lexicon.js";
import type { Quote } from "./quotes.js";
import type { DateExpr } from "./dates.js";
import { apposition, isPerson, isRole, resolveMention, type Discourse, type Mention } from "./speakers.js";

/** A reporting expression found outside quotations. */
export interface Cue {
  kind: CueKind;
  from: number;
  to: number;
  start: number;
  end: number;
}

/** Everything the attribution rules need to know about one sentence. */
export interface SentenceInfo {
  start: number;
  end: number;
  para: number;
  t0: number;
  t1: number;
  quotes: Quote[];
  cues: Cue[];
  mentions: Mention[];
  /** Runs of capitalised words outside the lexicon: speakers of last resort ("Analyst Jane Moriarty"). */
  names: Mention[];
  dates: DateExpr[];
  /** The sentence marks a past, undated statement ("repeatedly", "la un moment dat", "từng"). */
  undated: boolean;
  /** Dialogue opened by a dash: its content, up to the closing dash ("– … – powiedział Spicer"). */
  speech: [number, number] | null;
}

/** An attribution found in a sentence, before ids, topics and dates are filled in. */
export interface Draft {
  speaker: Speaker;
  kind: ClaimKind;
  assertion: [number, number];
  cue: Cue | null;
  span: [number, number];
  /** Region of the sentence that is attribution, not content (for the statement date). */
  attribution: [number, number][];
  confidence: number;
}

const SEP_BEFORE = /[,”"»«“’›‹–—:)]\s*$/u;
/**
 * `SEP_BEFORE.test(text.slice(from, to))` without scanning the whole slice: only its last
 * non-space character matters (a scan per cue is quadratic on a sentence full of cues).
 */
function sepBefore(text: string, from: number, to: number): boolean {
  let k = to;
  while (k > from && /\s/.test(text.charAt(k - 1))) k--;
  return k > from && SEP_BEFORE.test(text.slice(k - 1, to));
}
const LEAD = /^[\s–—:,\-•'’]+/u;
const TRAIL = /[\s,;:–—\-]+$/u;

/** Trims spaces, dashes and commas at both ends of `[s, e)`. */
export function trimRegion(text: string, s: number, e: number): [number, number] {
  const seg = text.slice(s, e);
  const a = seg.match(LEAD)?.[0].length ?? 0;
  const b = seg.slice(a).match(TRAIL)?.[0].length ?? 0;
  return [s + a, Math.max(s + a, e - b)];
}

/** direct when the content is one quotation, mixed when it holds quoted fragments, else indirect. */
export function kindOf(text: string, region: [number, number], quotes: readonly Quote[], dashSpeech: boolean): ClaimKind {
  if (dashSpeech) return "direct";
  const inside = quotes.filter((q) => q.start >= region[0] - 1 && q.end <= region[1] + 1);
  if (inside.length === 0) return "indirect";
  const covered = inside.reduce((n, q) => n + (q.end - q.start), 0);
  const content = text.slice(region[0], region[1]).replace(/[\s.,;:!?–—]+$/u, "").length;
  return covered >= content * 0.9 && inside.length === 1 ? "direct" : "mixed";
}

const inQuote = (quotes: readonly Quote[], pos: number) => quotes.some((q) => q.start <= pos && pos < q.end);

/** Whether a mention stands where a subject stands: at the start of the sentence or of a clause. */
function subjectLike(m: Mention, s: SentenceInfo, tokens: readonly Token[], text: string): boolean {
  let k = m.from - 1;
  let skipped = 0;
  while (k >= s.t0 && skipped < 2 && tokens[k]!.text.length <= 3 && !tokens[k]!.upper && !/[,;:(–—"”«»]/u.test(text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? m.start))) { k--; skipped++; }
  if (k < s.t0) return true;
  const sep = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
  return /[,;:(–—"”«»]|\s-\s|\.-/u.test(sep);
}

interface Ctx {
  text: string;
  tokens: readonly Token[];
  cp: CompiledPack;
  d: Discourse;
}

function resolve(ctx: Ctx, m: Mention): Speaker | null {
  const sp = resolveMention(m, ctx.text, ctx.d, ctx.cp, [m.start, m.end]);
  if (sp && m.role) {
    const r = resolveMention(m.role, ctx.text, ctx.d, ctx.cp, [m.role.start, m.role.end]);
    return { ...sp, role: r?.role ?? sp.role };
  }
  return sp;
}

/** A candidate subject before a cue and its neighbours among the candidates. */
interface Pick { m: Mention; prev: Mention | undefined; next: Mention | undefined }

/** Number of items of a list sorted by position whose end is ≤ pos (binary search). */
function countEndingBy(list: readonly Mention[], pos: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]!.end <= pos) lo = mid + 1; else hi = mid; }
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
interface MentionIndex { cand: Int32Array; like: Int32Array; next: Int32Array }
const MENTION_INDEX = new WeakMap<SentenceInfo, MentionIndex>();

/**
 * The mentions before the cue (anaphors aside): the last subject-like one, or the last one — as a
 * filter over all mentions would find it, but from an index built once per sentence (a filter
 * per cue is quadratic on a sentence full of cues). Mentions are sorted and disjoint.
 */
function pickMention(ctx: Ctx, s: SentenceInfo, cue: Cue): Pick | null {
  let ix = MENTION_INDEX.get(s);
  if (!ix) {
    const n = s.mentions.length;
    ix = { cand: new Int32Array(n + 1), like: new Int32Array(n + 1), next: new Int32Array(n) };
    ix.cand[0] = -1; ix.like[0] = -1;
    for (let j = 0; j < n; j++) {
      const m = s.mentions[j]!;
      const ok = m.ref.type !== "anaphor";
      ix.cand[j + 1] = ok ? j : ix.cand[j]!;
      ix.like[j + 1] = ok && subjectLike(m, s, ctx.tokens, ctx.text) ? j : ix.like[j]!;
    }
    let nx = n;
    for (let j = n - 1; j >= 0; j--) { ix.next[j] = nx; if (s.mentions[j]!.ref.type !== "anaphor") nx = j; }
    MENTION_INDEX.set(s, ix);
  }
  const p = countEndingBy(s.mentions, cue.start);
  const last = ix.cand[p]!;
  if (last < 0) return null;
  const mi = ix.like[p]! >= 0 ? ix.like[p]! : last;
  const pi = ix.cand[mi]!, ni = ix.next[mi]!;
  return { m: s.mentions[mi]!, prev: pi >= 0 ? s.mentions[pi] : undefined, next: ni < p ? s.mentions[ni] : undefined };
}

/** The subject of a reporting verb written before it, with appositions resolved. */
function subjectBefore(ctx: Ctx, s: SentenceInfo, cue: Cue, names = false): { speaker: Speaker; m: Mention } | null {
  // "…Barack Obama’s Washington, which has strongly criticized…": a relative pronoun right before the
  // verb refers to the name just before it.
  const rel = names ? undefined : s.cues.find((c) => c.kind === "rel" && c.to <= cue.from && cue.from - c.to <= 2 && /,\s*$/u.test(ctx.text.slice(Math.max(s.start, c.start - 3), c.start)));
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
  if (isRole(m) && next && isPerson(next) && next.end <= cue.start && apposition(m, next, ctx.text)) m = { ...next, start: m.start, from: m.from, role: m };
  const sp = resolve(ctx, m);
  return sp ? { speaker: sp, m } : null;
}

/** The subject written right after a cue ("a mai precizat Spicer", "powiedział Spicer"). */
function subjectAfter(ctx: Ctx, s: SentenceInfo, at: number, maxGap = 1): Mention | null {
  const m = s.mentions.find((x) => x.from >= at && x.from <= at + maxGap && x.ref.type !== "pronoun" && x.ref.type !== "anaphor")
    ?? s.names.find((x) => x.from >= at && x.from <= at + maxGap && x.to - x.from >= 2) ?? null;
  if (!m) return null;
  // "le conseiller diplomatique du Kremlin, Iouri Ouchakov": the person the role introduces.
  const next = s.mentions.find((x) => x.from >= m.to && x.from <= m.to + 1);
  if (isRole(m) && next && isPerson(next) && apposition(m, next, ctx.text)) return { ...next, start: m.start, role: m };
  // "a spus Dmitri Peskov, purtătorul de cuvânt al Kremlinului": the role that follows the person.
  if (isPerson(m) && next && isRole(next) && apposition(m, next, ctx.text)) return { ...m, end: next.end, to: next.to, role: next };
  return m;
}

/** The first token at or after `k` that is not part of a date ("dijo el viernes el presidente"). */
function skipDates(s: SentenceInfo, k: number, tokens: readonly Token[]): number {
  const inDate = (i: number) => i < s.t1 && s.dates.some((d) => d.start <= tokens[i]!.start && tokens[i]!.end <= d.end);
  for (;;) {
    if (inDate(k)) { k++; continue; }
    // "w czwartek", "on Friday": a short word that opens the date
    if (k + 1 < s.t1 && tokens[k]!.text.length <= 3 && !tokens[k]!.upper && inDate(k + 1)) { k += 2; continue; }
    // "napisał na platformie X premier Donald Tusk": a statement noun between cue and speaker
    const noun = s.cues.find((c) => c.kind === "noun" && c.from === k);
    if (noun) { k = noun.to; continue; }
    return k;
  }
}

/** Tokens left in the sentence after `k`, not counting date words. */
function rest(s: SentenceInfo, k: number, tokens: readonly Token[]): number {
  const left = restCounts(s, tokens);
  return k >= s.t1 ? 0 : left[Math.max(0, k - s.t0)]!;
}

const REST = new WeakMap<SentenceInfo, Int32Array>();
/**
 * For each token of the sentence, how many tokens from it to the end are not part of a date;
 * computed once per sentence (counting per call is quadratic on a sentence full of cues).
 */
function restCounts(s: SentenceInfo, tokens: readonly Token[]): Int32Array {
  let left = REST.get(s);
  if (left) return left;
  const n = Math.max(0, s.t1 - s.t0);
  const dated = new Uint8Array(n);
  for (const d of s.dates) {
    for (let i = Math.max(s.t0, firstTokenFrom(tokens, d.start, s.t0, s.t1)); i < s.t1 && tokens[i]!.end <= d.end; i++) dated[i - s.t0] = 1;
  }
  left = new Int32Array(n + 1);
  for (let i = n - 1; i >= 0; i--) left[i] = left[i + 1]! + (dated[i] ? 0 : 1);
  REST.set(s, left);
  return left;
}

/** Index of the first token among `[lo, hi)` whose start is ≥ pos (binary search). */
function firstTokenFrom(tokens: readonly Token[], pos: number, lo: number, hi: number): number {
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid]!.start < pos) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * Finds the attribution of one sentence of a news article, or null for narration. The rules,
 * in order: dash dialogue closed by its cue ("—…—dijo Putin—"); a trailing attribution after the
 * content ("…”, a declarat X." / "…, the Kremlin said." / "…” – theo Điện Kremlin.", also a
 * quotation split by it); a source phrase that opens the sentence or a clause ("Według Kremla,
 * …"), or a postposition after its source ("Dem Kreml zufolge"); a reporting verb (not negated,
 * not inside an earlier cue's content) with its subject before it, after it, implicit, or a
 * pronoun; an impersonal verb continuing the current source ("Podkreślono…"); a source phrase
 * elsewhere; a statement noun with its source ("într-un comunicat al Kremlinului").
 *
 * @example
 * attribute(ctx, sentenceOf("„Un summit trebuie organizat”, a declarat Peskov.")) // Draft: Dmitry Peskov, direct
 */
export function attribute(ctx: Ctx, s: SentenceInfo): Draft | null {
  const { text, tokens } = ctx;
  if (s.cues.length === 0) return null;
  const dash = ctx.cp.dashes.has(text.charAt(s.start));
  const firstTok = s.t0;
  const make = (speaker: Speaker, assertion: [number, number], cue: Cue | null, attribution: [number, number][], confidence: number): Draft | null => {
    const a = trimRegion(text, assertion[0], assertion[1]);
    if (a[1] - a[0] < 2) return null;
    const spanStart = Math.min(a[0], ...attribution.map((r) => r[0]));
    const spanEnd = Math.max(a[1], ...attribution.map((r) => r[1]));
    return { speaker, kind: kindOf(text, a, s.quotes, dash && attribution.some((r) => r[0] > a[0])), assertion: a, cue, span: trimRegion(text, spanStart, spanEnd), attribution, confidence };
  };
  const sourceSpeaker = (cue: Cue): { sp: Speaker; end: number } | null => {
    // the source named after the phrase, possibly after a statement noun ("theo thông báo của Nhà Trắng")
    // "Według ich oświadczenia": a possessive right after the phrase is the source already speaking.
    // "по его словам", "za jego słowami": a possessive inside the phrase is the source already speaking.
    const inside = ctx.cp.mentions.findAll(tokens, text, cue.from, cue.to).find((x) => x.values.some((v) => v.type === "anaphor"));
    if (inside && ctx.d.last) return { sp: { ...ctx.d.last, mention: text.slice(inside.start, inside.end), mentionSpan: [inside.start, inside.end] }, end: cue.end };
    const ana = s.mentions.find((x) => x.from === cue.to && (x.ref.type === "anaphor" || x.ref.type === "pronoun"));
    // "Według Johna Boltona Putin…", "Potrivit lui Keith Kellogg": a name the lexicon lacks, right after the phrase.
    const known = s.mentions.find((x) => x.from >= cue.to && x.from <= cue.to + 1 && x.ref.type !== "pronoun" && x.ref.type !== "anaphor");
    const unknown = known ? undefined : s.names.find((x) => x.from >= cue.to && x.from <= cue.to + 1 && x.to - x.from >= 2);
    const m = ana ?? known ?? unknown ?? subjectAfter(ctx, s, cue.to, 3) ?? s.mentions.find((x) => x.from >= cue.to && x.from <= cue.to + 1) ?? null;
    // After a possessive, its noun belongs to the source phrase when a comma closes it ("Według ich oświadczenia, …").
    const nounAfter = !!m && ana?.ref.type === "anaphor" && m.to < s.t1 && /^\s*,/u.test(text.slice(tokens[m.to]!.end, tokens[m.to]!.end + 2));
    if (m) { const sp = resolve(ctx, m); if (sp) return { sp, end: nounAfter ? tokens[m.to]!.end : m.end }; }
    // "according to a Turkish foreign ministry source": a source the lexicon does not know, by its words.
    const stop = text.slice(cue.end, Math.min(s.end, cue.end + 120)).search(/[,;:.!?]/u);
    const phraseEnd = stop < 0 ? Math.min(s.end, cue.end + 120) : cue.end + stop;
    const phrase = text.slice(cue.end, phraseEnd);
    const words = phrase.trim().split(/\s+/u).filter(Boolean);
    if (words.length >= 2 && words.length <= 8) {
      const ps = cue.end + phrase.indexOf(words[0]!);
      const pe = ps + phrase.trim().length;
      return { sp: { name: words.join(" "), id: null, mention: text.slice(ps, pe), mentionSpan: [ps, pe], kind: "unknown", role: null, side: null }, end: pe };
    }
    const prev = ctx.d.last;
    return prev ? { sp: { ...prev, mention: null, mentionSpan: null }, end: cue.end } : null;
  };

  // "La Casa Albă nu a comentat", "did not comment": a negated reporting verb reports no claim.
  const negated = (c: Cue) => s.cues.some((n) => n.kind === "neg" && n.to <= c.from && c.from - n.to <= 1 && !/[,.;:!?”"»]/u.test(text.slice(n.end, c.start)));
  const verbs = s.cues.filter((c) => c.kind === "verb" && !negated(c));
  const impersonal = s.cues.filter((c) => c.kind === "impersonal");
  const sources = s.cues.filter((c) => c.kind === "source");
  const trailing = s.cues.filter((c) => c.kind === "trailing");
  const nouns = s.cues.filter((c) => c.kind === "noun");

  // 0. Dash dialogue closed by its cue: "—Le dejé claro… —dijo el viernes el presidente—".
  if (s.speech) {
    const v = verbs.find((c) => c.start >= s.speech![1] && c.start - s.speech![1] <= 2);
    if (v) {
      const after = subjectAfter(ctx, s, skipDates(s, v.to, tokens), 3);
      const sp = after ? resolve(ctx, after) : ctx.d.last ? { ...ctx.d.last, mention: null, mentionSpan: null } : null;
      if (sp) return make(sp, [s.speech[0], s.speech[1]], v, [[v.start, after ? after.end : v.end]], after ? 0.9 : 0.6);
    }
  }
  // 1. Trailing attribution: content first, then the cue and its speaker, then the end — or a
  // wire credit ("…”, a declarat Peskov, citat de agenția TASS.").
  const creditFrom = (k: number) => sources.some((x) => x.from >= k && x.from <= k + 1);
  // What follows the speaker is circumstance, not content: short, and no cue or complementizer in it
  // ("sagte Selenskyj vor Journalisten in Kiew", "a résumé …, Iouri Ouchakov, lors d'un point de presse").
  const adverbial = (k: number) => rest(s, k, tokens) <= 8 && !s.cues.some((x) => x.from >= k && (x.kind === "verb" || x.kind === "comp" || x.kind === "impersonal"));
  for (const c of [...verbs, ...impersonal, ...sources, ...trailing]) {
    const before = text.slice(s.start, c.start);
    // Content first: at least three words, or a quotation however short ("«Мы готовы», — сказал Песков.").
    if (c.from - firstTok < 3 && !s.quotes.some((q) => q.start === s.start && q.end <= c.start)) continue;
    const compNext = s.cues.some((x) => x.kind === "comp" && x.from >= c.to && x.from <= skipDates(s, c.to, tokens) + 1);
    const after = compNext ? null : subjectAfter(ctx, s, skipDates(s, c.to, tokens), 1) ?? (c.kind !== "verb" ? s.mentions.find((m) => m.from >= c.to && m.from <= c.to + 4 && m.ref.type !== "pronoun" && m.ref.type !== "anaphor") ?? null : null);
    // „Nu vom ceda”, a spus Zelenski, „niciun centimetru…”: the attribution splits one quotation.
    const resume = after ? s.quotes.find((q) => q.start >= after.end && /^[\s,]*$/u.test(text.slice(after.end, q.start)) && /^[\s.!?…]*$/u.test(text.slice(q.end, s.end))) : undefined;
    if (sepBefore(text, s.start, c.start) && after && resume) {
      const sp = resolve(ctx, after);
      if (sp) {
        const d = make(sp, [s.start, resume.end], c, [[c.start, after.end]], 0.9);
        if (d) return { ...d, kind: "direct" };
      }
    }
    // Circumstance after the speaker is allowed only after a quotation or dash dialogue: "…, accused the
    // Kremlin of stalling" has an object after the verb, not an inverted speaker.
    const afterQuote = s.speech !== null || dash || s.quotes.some((q) => q.end <= c.start && /^[\s,–—]*$/u.test(text.slice(q.end, c.start)));
    if (sepBefore(text, s.start, c.start) && after && (rest(s, after.to, tokens) <= 2 || (c.kind !== "source" && c.kind !== "trailing" && creditFrom(after.to)) || (afterQuote && adverbial(after.to)))) {
      const sp = resolve(ctx, after);
      // A source closing a sentence that has its own reporting verb and subject is a credit (media)
      // or the channel of the report ("…, selon le compte rendu publié à Washington"), not the speaker.
      const credit = verbs.some((v) => v.from < c.from && (sp?.kind === "media" || ((c.kind === "source" || c.kind === "trailing") && subjectBefore(ctx, s, v) !== null)));
      if (sp && !credit) return make(sp, [s.start, c.start], c, [[c.start, after.end]], 0.9);
    }
    const resumed = c.kind === "verb" ? s.quotes.find((q) => q.start >= c.end && /^[\s,]*$/u.test(text.slice(c.end, q.start)) && /^[\s.!?…]*$/u.test(text.slice(q.end, s.end))) : undefined;
    if (c.kind === "verb" && (rest(s, c.to, tokens) <= 1 || resumed)) {
      let m = s.mentions.filter((x) => x.to <= c.from && x.to >= c.from - 1).pop();
      // "…", Tổng thống Volodymyr Zelensky cho biết: the role before the name belongs to it.
      const roleBefore = m && isPerson(m) ? s.mentions.find((x) => isRole(x) && x.to <= m!.from && apposition(x, m!, text)) : undefined;
      if (m && roleBefore) m = { ...m, start: roleBefore.start, from: roleBefore.from, role: roleBefore };
      // "“A”, ông Zelensky nói, “B”.": a quotation split by its speaker and cue is one claim.
      if (m && resumed && s.quotes.some((q) => q.end <= m!.start) && sepBefore(text, s.start, m.start)) {
        const sp = resolve(ctx, m);
        const d = sp ? make(sp, [s.start, resumed.end], c, [[m.start, c.end]], 0.9) : null;
        if (d) return { ...d, kind: "direct" };
      }
      if (m && !resumed && sepBefore(text, s.start, m.start)) {
        const sp = resolve(ctx, m);
        if (sp) return make(sp, [s.start, m.start], c, [[m.start, c.end]], 0.9);
      }
      if (!m && sepBefore(text, s.start, c.start) && ctx.d.last && c.kind === "verb") {
        return make({ ...ctx.d.last, mention: null, mentionSpan: null }, [s.start, c.start], c, [[c.start, c.end]], 0.6);
      }
    }
  }
  // 2. A source phrase that opens the sentence (or its first clause): "According to X, …".
  const opensClause = (c: Cue) => c.from - firstTok <= 3 || /,\s*$/.test(text.slice(s.start, c.start));
  const opening = sources.find((c) => opensClause(c) && verbs.every((v) => v.from > c.from) && s.mentions.some((m) => m.from >= c.to && m.from <= c.to + 3));
  if (opening) {
    const src = sourceSpeaker(opening);
    if (src) {
      let a = src.end;
      const comma = text.indexOf(",", a);
      if (comma >= 0 && comma < s.end && comma - a < 40) a = comma + 1;
      return make(src.sp, [a, s.end], opening, [[opening.start, src.end]], 0.85);
    }
  }
  // 2b. A postposition after its source at the start: "Dem Kreml zufolge war das Gespräch offen."
  const post = s.cues.find((c) => c.kind === "post" && c.from - firstTok <= 5);
  if (post) {
    const m = s.mentions.filter((x) => x.to === post.from && x.ref.type !== "pronoun").pop();
    const sp = m ? resolve(ctx, m) : null;
    if (m && sp) return make(sp, [post.end, s.end], post, [[m.start, post.end]], 0.85);
  }
  // 3. A reporting verb — not one inside the content of an earlier cue ("Se mai precizează că cei doi
  // lideri au convenit…": "au convenit" is what was said).
  const contentFrom = (c: Cue) => s.cues.find((x) => x.kind === "comp" && x.from >= c.to && x.from <= c.to + 3)?.to ?? Infinity;
  const firstImp = impersonal[0];
  for (const v of verbs) {
    if (firstImp && firstImp.from < v.from && contentFrom(firstImp) <= v.from) break;
    const comp = s.cues.find((c) => c.kind === "comp" && c.from >= v.to && c.from <= skipDates(s, v.to, tokens) + 4);
    let aStart = comp ? comp.end : v.end;
    // "Serghei Lavrov a declarat joi: „…”." — the quotation after the cue (dates skipped) is the content.
    const qFrom = tokens[skipDates(s, v.to, tokens)]?.start ?? v.end;
    const q = s.quotes.find((x) => x.start >= v.end && x.start - Math.max(v.end, Math.min(qFrom, x.start)) <= 3 && x.start - v.end <= 40);
    // "…, передает ТАСС." / "…, conform Reuters.": a wire credit closing the sentence is not content.
    const creditCue = s.cues.find((c) => c.from > v.to && (c.kind === "source" || c.kind === "trailing" || c.kind === "verb") && sepBefore(text, s.start, c.start)
      && s.mentions.some((m) => m.from >= c.to && m.from <= c.to + 2 && m.ref.type === "entity" && resolve(ctx, m)?.kind === "media") && rest(s, c.to, tokens) <= 4);
    let aEnd = creditCue ? creditCue.start : s.end;
    if (!comp && q) {
      aStart = q.start;
      if (/^[\s.!?…]*$/u.test(text.slice(q.end, s.end))) aEnd = q.end;
    }
    let found = subjectBefore(ctx, s, v);
    // An unknown name right before the cue ("Ông Keith Kellogg cho biết Mỹ…") beats a known one in the
    // content after it — except where nouns are capitalised and the subject often follows the verb (German).
    if (!found && !ctx.cp.pack.matching.capitalizedNouns) found = subjectBefore(ctx, s, v, true);
    let spStart = found?.m.start ?? v.start;
    // Past the cue, dates and commas are not content: "sagte am Donnerstag, Moskau sei…".
    if (!comp && !q) {
      const k = skipDates(s, v.to, tokens);
      if (k > v.to && k < s.t1) aStart = tokens[k]!.start;
    }
    // A subject after the verb ("powiedział Spicer") — not past a comma or a complementizer
    // ("Zaznaczył, że obaj prezydenci…": the presidents are inside the content).
    const opensContent = (comp && comp.from <= v.to + 1) || /^\s*[,:]/.test(text.slice(v.end, v.end + 3));
    if (!found && !opensContent) {
      const after = subjectAfter(ctx, s, v.to, 2);
      if (after) {
        const sp = resolve(ctx, after);
        if (sp) { found = { speaker: sp, m: after }; if (!comp && !q) aStart = after.end; }
      }
    }
    if (!found) found = subjectBefore(ctx, s, v, true);
    if (!found && !opensContent) {
      const n = s.names.find((x) => x.from >= v.to && x.from <= v.to + 1 && x.to - x.from >= 2);
      const sp = n ? resolve(ctx, n) : null;
      if (n && sp) found = { speaker: sp, m: n };
    }
    let speaker = found?.speaker ?? null;
    let conf = found ? (found.m.ref.type === "pronoun" ? 0.7 : 0.9) : 0.6;
    if (!speaker && v.from - firstTok <= 2 && ctx.d.last) speaker = { ...ctx.d.last, mention: null, mentionSpan: null };
    if (!speaker) continue;
    if (found && found.m.start > v.end) spStart = v.start;
    let assertion: [number, number] = [aStart, aEnd];
    // "«…», respondió Putin cuando…": the quotation right before the cue is what was said.
    // (A title of up to three words may stand between the quotation and the named speaker: "…", Tổng thống Zelensky cho biết.)
    const subjAt = found && found.m.end <= v.start ? found.m.start : v.start;
    const qBefore = comp ? undefined : s.quotes.find((x) => x.end <= subjAt && /^[\s,–—]*(?:[^\s,]+\s+){0,3}$/u.test(text.slice(x.end, subjAt)) && (subjAt === v.start || /^\s*$/u.test(text.slice(found!.m.end, v.start))));
    if (qBefore) assertion = [qBefore.start, qBefore.end];
    if (trimRegion(text, aStart, aEnd)[1] - trimRegion(text, aStart, aEnd)[0] < 3) assertion = [s.start, s.end];
    const attrib: [number, number] = [Math.min(spStart, v.start), comp ? comp.end : v.end];
    if (found && found.m.start > v.end) attrib[1] = Math.max(attrib[1], found.m.end);
    return make(speaker, assertion, v, [attrib], conf);
  }
  // 4. An impersonal verb: the source of the passage goes on ("Podkreślono także…").
  for (const c of impersonal) {
    // The source named right after it, or after a statement noun ("se arată într-un comunicat al Kremlinului").
    const noun = nouns.find((n) => n.from >= c.to && n.from <= c.to + 1);
    const at = noun ? noun.to : c.to;
    const comp0 = s.cues.find((x) => x.kind === "comp" && x.from >= c.to && x.from <= c.to + 1);
    const named = comp0 ? undefined : s.mentions.find((m) => m.from >= at && m.from <= at + (noun ? 2 : 1) && m.ref.type !== "pronoun" && m.ref.type !== "anaphor");
    const sp = named ? resolve(ctx, named) : ctx.d.last ? { ...ctx.d.last, mention: null, mentionSpan: null } : null;
    if (!sp) continue;
    const comp = s.cues.find((x) => x.kind === "comp" && x.from >= c.to && x.from <= c.to + 3);
    return make(sp, [comp ? comp.end : c.end, s.end], c, [[c.start, comp ? comp.end : c.end]], named ? 0.8 : 0.6);
  }
  // 5. A source phrase elsewhere ("…, according to the official Russian communication.").
  for (const c of sources) {
    const src = sourceSpeaker(c);
    if (!src) continue;
    // The content is the larger side of the sentence: "…, according to X." or "A, theo X, B…".
    const before = trimRegion(text, s.start, c.start);
    const after = trimRegion(text, src.end, s.end);
    const region: [number, number] = before[1] - before[0] >= after[1] - after[0] ? [s.start, c.start] : [src.end, s.end];
    return make(src.sp, region, c, [[c.start, src.end]], 0.75);
  }
  // 6. A statement noun and its source: "într-un comunicat al Kremlinului".
  for (const c of nouns) {
    const m = s.mentions.find((x) => x.from >= c.to && x.from <= c.to + 2 && x.ref.type !== "pronoun");
    const sp = m ? resolve(ctx, m) : null;
    if (!sp || !m) continue;
    return make(sp, c.from - firstTok > 2 ? [s.start, c.start] : [m.end, s.end], c, [[c.start, m.end]], 0.7);
  }
  return null;
}

export { inQuote };
