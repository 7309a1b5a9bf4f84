import { makeNormalizer, type Normalizer } from "./fold.js";

/** A word of the normalised text: offsets into it, the word as written and its look-up key. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Look-up key: the word through the pack's declared normaliser (see {@link makeNormalizer}). */
  key: string;
  /** The word starts with an upper-case letter. */
  upper: boolean;
  /** The word is a number written in digits. */
  digits: boolean;
  /**
   * The word's id in the one vocabulary every matcher shares (see {@link tokenizeRange}): the
   * tokens of one word, in any article, have the same id, and a matcher notes what it found for
   * a word under its id, so it looks each word up once (ids are dense: small arrays index them).
   * A word met again after the vocabulary has started afresh gets a new id (see {@link vocabularyBase}).
   */
  id: number;
}

type Word = Pick<Token, "text" | "key" | "upper" | "digits" | "id">;
// A word: letters, marks and digits; an apostrophe or hyphen between letters stays inside the word
// only for look-up purposes handled by patterns (they are split here so "Kremlin’s" yields
// "Kremlin"). A run longer than 100 code points (no word is: hostile input, a base64 blob) is cut
// into pieces, so that no token reaches past the sentence it starts in and the work per token is
// bounded. With the `apostrophe` normaliser, an apostrophe between letters stays inside the word
// ("п’ятниця"): the run goes on after it, another 100 code points at most.
//
// The text is read code point by code point, each classified once through a table (a regular
// expression per word and per gap cost more than the rest of the tokenizer).
const WORD = /^[\p{L}\p{M}\p{N}]$/u;
/** Most code points of one run of word characters. */
const MAX_RUN = 100;
/** The classes of the code points of the Basic Multilingual Plane met so far: 0 not yet known, 1 word, 2 not. */
const BMP = new Uint8Array(0x10000);
const ASTRAL = new Map<number, boolean>();

/** Whether the code point `cp` is a letter, a mark or a digit. */
function isWord(cp: number): boolean {
  if (cp < 0x10000) {
    let k = BMP[cp]!;
    if (k === 0) BMP[cp] = k = WORD.test(String.fromCharCode(cp)) ? 1 : 2;
    return k === 1;
  }
  let w = ASTRAL.get(cp);
  if (w === undefined) {
    if (ASTRAL.size > 4096) ASTRAL.clear();
    ASTRAL.set(cp, (w = WORD.test(String.fromCodePoint(cp))));
  }
  return w;
}

/** Digits 0-9 (ASCII). */
const isAsciiDigit = (cp: number) => cp >= 0x30 && cp <= 0x39;
/** Letter case of the Basic Multilingual Plane met so far: 0 not yet known, 1 upper, 2 lower, 3 neither. */
const BMP_CASE = new Uint8Array(0x10000);
function caseOf(cp: number): number {
  if (cp >= 0x10000) return 3;
  let k = BMP_CASE[cp]!;
  if (k === 0) {
    const c = String.fromCharCode(cp);
    BMP_CASE[cp] = k = /\p{Lu}/u.test(c) ? 1 : /\p{Ll}/u.test(c) ? 2 : 3;
  }
  return k;
}

/**
 * The end of the run of at most MAX_RUN word code points starting at `i` (`i` itself when none).
 * A run that starts with digits ends before a capitalised word glued to them: "15:09Nhà Trắng" (a
 * time stamp run into a headline by the page's layout) is "09" and "Nhà"; "5G" and "3M" stay whole.
 */
function runEnd(text: string, i: number, n: number): number {
  // (a run that starts with a digit is read apart: the common word keeps the plain loop)
  if (isAsciiDigit(text.charCodeAt(i))) return numberRunEnd(text, i, n);
  for (let k = 0; k < MAX_RUN && i < n; k++) {
    const cp = text.codePointAt(i)!;
    if (!isWord(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** {@link runEnd} for a run that starts with a digit: it ends before a capitalised word glued to its digits. */
function numberRunEnd(text: string, i: number, n: number): number {
  let digit = false;
  for (let k = 0; k < MAX_RUN && i < n; k++) {
    const cp = text.codePointAt(i)!;
    if (!isWord(cp)) break;
    if (digit && caseOf(cp) === 1 && i + 1 < n && caseOf(text.charCodeAt(i + 1)) === 2) break;
    digit = isAsciiDigit(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}
const UPPER = /^\p{Lu}/u;
const DIGITS = /^\p{N}+$/u;

/**
 * Most distinct words kept in the vocabulary: past it the vocabulary starts afresh, so its memory
 * (and the matchers' notes by word id) stays bounded whatever the input (a long run of distinct
 * words, years of articles).
 */
const MAX_VOCABULARY = 1 << 16;
/**
 * The words met so far, by normaliser, as written: each is normalised and classified once, and
 * its tokens share its strings and its id, across articles (words repeat from one article to
 * the next as within one). Ids are counted across the normalisers and never reused: the words
 * of the current vocabulary have ids from {@link vocabularyBase} on.
 */
let vocabularies = new WeakMap<Normalizer, Map<string, Word>>();
let nextId = 0;
let base = 0;

/** The first id of the current vocabulary: a token with a smaller id is from an earlier one. */
export const vocabularyBase = (): number => base;

/** The vocabulary of a normaliser; the whole vocabulary starts afresh between calls once it is full. */
function vocabularyOf(norm: Normalizer): Map<string, Word> {
  if (nextId - base >= MAX_VOCABULARY) {
    vocabularies = new WeakMap();
    base = nextId;
  }
  let v = vocabularies.get(norm);
  if (!v) vocabularies.set(norm, (v = new Map()));
  return v;
}

/**
 * Splits text into word tokens, keyed by `normalize` (a pack's declared normaliser; `true` and
 * `false` are the legacy folding of `foldWord`). Linear in the length of the text.
 */
export function tokenize(text: string, normalize: Normalizer | boolean, offset = 0): Token[] {
  return tokenizeRange(text, normalize, 0, text.length, offset);
}

/**
 * The word tokens that start in `text[from, to)` (`from` at a boundary between words, such as a
 * line break): the same tokens {@link tokenize} finds there in the whole text, without a copy of it.
 */
export function tokenizeRange(text: string, normalize: Normalizer | boolean, from: number, to: number, offset = 0): Token[] {
  const norm = typeof normalize === "function" ? normalize : makeNormalizer(normalize ? ["strip-marks"] : ["comma-below"]);
  const apostrophes = typeof normalize === "function" && normalize.apostrophes;
  const out: Token[] = [];
  // Words repeat: each distinct word is normalised and classified once, and its tokens share the
  // word's strings (a token then costs its object, not three strings). (One call reads one
  // vocabulary, even past its size: a call's tokens never mix two.)
  const seen = vocabularyOf(norm);
  let at = from;
  const n = text.length;
  while (at < n) {
    // the gap: what is not a letter, mark or digit
    let start = at;
    while (start < n) {
      const cp = text.codePointAt(start)!;
      if (isWord(cp)) break;
      start += cp > 0xffff ? 2 : 1;
    }
    if (start >= to || start >= n) break;
    let end = runEnd(text, start, n);
    if (apostrophes) {
      for (;;) {
        const c = text.charCodeAt(end);
        if (c !== 0x27 && c !== 0x2019) break;
        const after = runEnd(text, end + 1, n);
        if (after === end + 1) break;
        end = after;
      }
    }
    const s = text.slice(start, end);
    let w = seen.get(s);
    if (!w) {
      // (a copy of the word, not a slice: a slice would keep the whole article alive in the vocabulary)
      const own = ` ${s}`.slice(1);
      w = { text: own, key: norm(own), upper: UPPER.test(own), digits: DIGITS.test(own), id: nextId++ };
      seen.set(own, w);
    }
    out.push({ start: offset + start, end: offset + end, text: w.text, key: w.key, upper: w.upper, digits: w.digits, id: w.id });
    at = end;
  }
  return out;
}

/** Whether a comma alone (with spaces) stands between token k − 1 and token k (false at either end of the tokens). */
export function commaBeforeToken(text: string, tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const at = tokens[k];
  return before !== undefined && at !== undefined && /^\s*,\s*$/u.test(text.slice(before.end, at.start));
}
