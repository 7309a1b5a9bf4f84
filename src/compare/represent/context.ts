import type { Claim } from "../../schema/claim.js";

/** The text a claim is read from, and where it starts in its article. */
export interface Reading {
  text: string;
  /** Offset of `text` in the article (0 when read from the assertion alone with no span). */
  start: number;
  /**
   * The claim's paragraph before `text` (at most {@link REACH} characters): where an article that
   * reports several calls names the counterpart of the call a claim belongs to ("Merz then called
   * Keir Starmer. He said a fishing deal was close."). Empty at a paragraph's start.
   */
  lead?: string;
}

/** Most characters a claim's reading reaches beyond its span on either side. */
const REACH = 320;

/** A sentence ends at a line break, or at `.`, `!`, `?`, `…` followed by a space (a capital, a digit or a quotation mark next). */
const END = /[.!?…]["”»“'’)\]]*\s+(?=["„“«‘'([]?[\p{Lu}\p{N}])|\n/gu;
/** A period after one of these ends no sentence: single letters ("U.S.", "J. Biden") and titles. */
const NOT_AN_END =
  /(?:^|[\s(])(?:\p{L}|mr|mrs|ms|dr|st|gen|col|lt|sen|rep|gov|prof|jr|sr|vs|nr|np|dz|tzw|ok|ul|tj|ds|ing|hr|pt|dl|dna|sig|ca|bzw|z\.b|u\.a|т\.е|т\.д|г|ст|ул|им)\.$/iu;

/**
 * The sentence boundaries around `[from, to)` in `text`: the start of the sentence holding `from`
 * and the end of the one holding `to - 1`, each within {@link REACH} characters.
 */
function sentenceAround(text: string, from: number, to: number): [number, number] {
  const lo = Math.max(0, from - REACH);
  let start = lo === 0 ? 0 : -1;
  END.lastIndex = lo;
  for (let m = END.exec(text); m && m.index < from; m = END.exec(text)) {
    const stop = m.index + m[0].length;
    if (stop > from) break;
    if (m[0] !== "\n" && NOT_AN_END.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    start = stop;
  }
  if (start < 0) start = from;
  const hi = Math.min(text.length, to + REACH);
  let end = hi === text.length ? text.length : -1;
  END.lastIndex = Math.max(to - 1, 0);
  for (let m = END.exec(text); m && m.index < hi; m = END.exec(text)) {
    if (m[0] !== "\n" && NOT_AN_END.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    end = m.index + 1;
    break;
  }
  if (end < 0) end = to;
  return [Math.min(start, from), Math.max(end, to)];
}

/** Closing mark of each opening quotation mark (a straight quote closes itself). */
const CLOSER: Readonly<Record<string, string>> = { "„": "”“", "“": "”", "«": "»", '"': '"' };
/** Most characters a quotation read whole may have. */
const QUOTE_MAX = 800;

/**
 * The quotation `[from, to)` stands in, from its opening mark to its closing one, when it runs
 * past the sentence `[start, end)` (a quotation of several sentences); else null. Nested marks
 * ("»…«" inside "„…”") are read as text.
 */
function quotationAround(text: string, from: number, to: number, start: number, end: number): [number, number] | null {
  const lo = Math.max(0, from - QUOTE_MAX);
  let open = -1;
  for (let i = from - 1; i >= lo; i--) {
    const ch = text[i]!;
    if (ch === "\n" && text[i - 1] === "\n") break;
    if (ch in CLOSER) {
      open = i;
      break;
    }
    // A closing mark first: the assertion stands after a quotation, not in one.
    if (ch === "”" || ch === "»") return null;
  }
  if (open < 0) return null;
  const closers = CLOSER[text[open]!]!;
  // A straight quote opens only where the straight quotes before it are even in number.
  if (text[open] === '"' && (text.slice(0, open).split('"').length - 1) % 2 === 1) return null;
  const hi = Math.min(text.length, open + QUOTE_MAX);
  let close = -1;
  for (let i = Math.max(to, open + 1); i < hi; i++) {
    if (closers.includes(text[i]!)) {
      close = i + 1;
      break;
    }
    if (text[i] === "\n" && text[i + 1] === "\n") break;
  }
  if (close < 0 || (open >= start && close <= end)) return null;
  return [Math.min(open, start), Math.max(close, end)];
}

/** Fewest words an assertion has for its reading to widen to its sentence. */
const MIN_WORDS = 3;
let segmenter: Intl.Segmenter | null = null;
/**
 * Three runs of Latin or Cyrillic letters, separated by spaces, tabs or line breaks, at the start of
 * a text: three words, as the segmenter finds them (those end a word; a run of such letters is one
 * word or part of one). Not `\s`: it holds characters that join words (U+202F, U+FEFF).
 */
const THREE_WORDS = /^[ \t\n\r]*[A-Za-zÀ-ÖØ-öø-ɏЀ-ҁҊ-ӿ]+[ \t\n\r]+[A-Za-zÀ-ÖØ-öø-ɏЀ-ҁҊ-ӿ]+[ \t\n\r]+[A-Za-zÀ-ÖØ-öø-ɏЀ-ҁҊ-ӿ]/;
/** Words in a text, as `Intl.Segmenter` finds them in any script (Chinese and Japanese included), counted up to {@link MIN_WORDS}. */
export function wordCount(text: string): number {
  // (most assertions open with three plain words: no segmenter needed)
  if (THREE_WORDS.test(text)) return MIN_WORDS;
  segmenter ??= new Intl.Segmenter("und", { granularity: "word" });
  let n = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike && ++n >= MIN_WORDS) break;
  return n;
}

/**
 * The text of the paragraph before `start`, from the paragraph's start (a line break) or at most
 * {@link REACH} characters back, cut there at a word's start.
 */
function leadOf(text: string, start: number): string {
  const lo = Math.max(0, start - REACH);
  const nl = text.lastIndexOf("\n", start - 1);
  if (nl >= lo) return text.slice(nl + 1, start);
  if (lo === 0) return text.slice(0, start);
  const space = text.indexOf(" ", lo);
  return space < 0 || space >= start ? "" : text.slice(space + 1, start);
}

const spanOf = (c: Claim): [number, number] | null => {
  const s = c.assertionSpan;
  if (!Array.isArray(s) || s.length < 2) return null;
  const a = Number(s[0]);
  const b = Number(s[1]);
  return Number.isFinite(a) && Number.isFinite(b) && b > a ? [a, b] : null;
};

/**
 * What each claim of an article is read from: its assertion widened to the sentence it stands in
 * (a claim's span may be a fragment: "they discussed Iran's nuclear programme" of a sentence that
 * goes on to list Korea and Ukraine), but never into another claim's span or attribution, and
 * only where the article's text is given and holds the assertion where its span says, and only
 * for an assertion of three words or more. Other claims are read from their assertion.
 *
 * @example
 * readings(text, claims).get("a:c3")?.text // "The two leaders discussed Iran's nuclear programme, Korea and Ukraine."
 */
export function readings(text: string | undefined, claims: readonly Claim[]): Map<string, Reading> {
  const out = new Map<string, Reading>();
  if (!text) return out;
  const spans = claims.map((c) => ({ c, a: spanOf(c), whole: Array.isArray(c.span) ? ([Number(c.span[0]), Number(c.span[1])] as const) : null }));
  for (const { c, a } of spans) {
    if (!a || a[1] > text.length || text.slice(a[0], a[1]) !== c.assertion) continue;
    // A word or two ("Ulysmedia.kz.", "Кремля.") is no fragment of a statement but a name or a
    // credit: widened, it would copy the sentence of the claim beside it.
    if (wordCount(c.assertion) < MIN_WORDS) continue;
    let [start, end] = sentenceAround(text, a[0], a[1]);
    // A quoted statement of several sentences is one statement: a direct claim given as a piece of
    // it reads all of it (its other sentences are still never another claim's).
    if (c.kind === "direct") [start, end] = quotationAround(text, a[0], a[1], start, end) ?? [start, end];
    // Never into a neighbour claim: its attribution (span) bounds the reading.
    for (const o of spans) {
      if (o.c === c) continue;
      const s = o.whole && Number.isFinite(o.whole[0]) && Number.isFinite(o.whole[1]) ? o.whole : o.a;
      if (!s) continue;
      if (s[1] <= a[0] && s[1] > start) start = s[1];
      if (s[0] >= a[1] && s[0] < end) end = s[0];
      // A claim whose span holds this one (a headline and its body): read this one alone.
      if (s[0] <= a[0] && s[1] >= a[1] && (s[0] < a[0] || s[1] > a[1])) [start, end] = [a[0], a[1]];
    }
    out.set(c.id, { text: text.slice(start, end), start, lead: leadOf(text, start) });
  }
  return out;
}
