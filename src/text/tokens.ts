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
}

// Letters, marks and digits; an apostrophe or hyphen between letters stays inside the word only
// for look-up purposes handled by patterns (they are split here so "Kremlin’s" yields "Kremlin").
// A run longer than MAX_TOKEN code points (no word is: hostile input, a base64 blob) is cut into
// pieces, so that no token reaches past the sentence it starts in and the work per token is bounded.
type Word = Pick<Token, "text" | "key" | "upper" | "digits">;
const WORD = /[\p{L}\p{M}\p{N}]{1,100}/gu;
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
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let w = seen.get(m[0]);
    if (!w) {
      const s = m[0];
      w = { text: s, key: foldWord(s, foldDiacritics), upper: UPPER.test(s), digits: DIGITS.test(s) };
      seen.set(s, w);
    }
    out.push({ start: offset + m.index, end: offset + m.index + w.text.length, text: w.text, key: w.key, upper: w.upper, digits: w.digits });
  }
  return out;
}
