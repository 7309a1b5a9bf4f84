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
const WORD = /[\p{L}\p{M}\p{N}]{1,100}/gu;
const UPPER = /^\p{Lu}/u;
const DIGITS = /^\p{N}+$/u;

/** Splits text into word tokens. Linear in the length of the text. */
export function tokenize(text: string, foldDiacritics: boolean, offset = 0): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0];
    out.push({
      start: offset + m.index,
      end: offset + m.index + w.length,
      text: w,
      key: foldWord(w, foldDiacritics),
      upper: UPPER.test(w),
      digits: DIGITS.test(w),
    });
  }
  return out;
}
