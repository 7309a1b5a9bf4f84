import { foldWord } from "./fold.js";

/** A word of the normalised text: offsets into it, the word as written and its look-up key. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Folded form used for lexicon look-up (see {@link foldWord}). */
  key: string;
  /** The word starts with an upper-case letter. */
  upper: boolean;
  /** The word is a number written in digits. */
  digits: boolean;
  /**
   * Shared by the tokens of one word (in one call of the tokenizer): what each matcher found
   * starts with this word, by matcher, so it looks the word up once, not at every occurrence.
   */
  memo: number[];
}

type Word = Pick<Token, "text" | "key" | "upper" | "digits" | "memo">;
// A word: letters, marks and digits; an apostrophe or hyphen between letters stays inside the word
// only for look-up purposes handled by patterns (they are split here so "Kremlin’s" yields
// "Kremlin"). A run longer than 100 code points (no word is: hostile input, a base64 blob) is cut
// into pieces, so that no token reaches past the sentence it starts in and the work per token is
// bounded. GAP is what lies between words; both are read from a position (sticky).
const GAP = /[^\p{L}\p{M}\p{N}]*/uy;
const RUN = /[\p{L}\p{M}\p{N}]{1,100}/uy;
const UPPER = /^\p{Lu}/u;
const DIGITS = /^\p{N}+$/u;

/** Splits text into word tokens. Linear in the length of the text. */
export function tokenize(text: string, foldDiacritics: boolean, offset = 0): Token[] {
  return tokenizeRange(text, foldDiacritics, 0, text.length, offset);
}

/**
 * The word tokens that start in `text[from, to)` (`from` at a boundary between words, such as a
 * line break): the same tokens {@link tokenize} finds there in the whole text, without a copy of it.
 */
export function tokenizeRange(text: string, foldDiacritics: boolean, from: number, to: number, offset = 0): Token[] {
  const out: Token[] = [];
  // Words repeat: each distinct word is folded and classified once, and its tokens share the
  // word's strings (a token then costs its object, not three strings).
  const seen = new Map<string, Word>();
  // Sticky tests skip the gap and then read the word: no match object per word.
  let at = from;
  const n = text.length;
  while (at < n) {
    GAP.lastIndex = at;
    GAP.test(text);
    const start = GAP.lastIndex;
    if (start >= to || start >= n) break;
    RUN.lastIndex = start;
    if (!RUN.test(text)) break; // (not reached: a gap ends before a word or at the end)
    const end = RUN.lastIndex;
    const s = text.slice(start, end);
    let w = seen.get(s);
    if (!w) {
      w = { text: s, key: foldWord(s, foldDiacritics), upper: UPPER.test(s), digits: DIGITS.test(s), memo: [] };
      seen.set(s, w);
    }
    out.push({ start: offset + start, end: offset + end, text: w.text, key: w.key, upper: w.upper, digits: w.digits, memo: w.memo });
    at = end;
  }
  return out;
}
