import { makeNormalizer, type Normalizer } from "./fold.js";

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
// With the `apostrophe` normaliser, an apostrophe between letters stays inside the word ("п’ятниця").
const WORD_APOSTROPHE = /[\p{L}\p{M}\p{N}]{1,100}(?:['’][\p{L}\p{M}\p{N}]{1,100})*/gu;
const UPPER = /^\p{Lu}/u;
const DIGITS = /^\p{N}+$/u;

/**
 * Splits text into word tokens, keyed by `normalize` (a pack's declared normaliser; `true` and
 * `false` are the legacy folding of `foldWord`). Linear in the length of the text.
 */
export function tokenize(text: string, normalize: Normalizer | boolean, offset = 0): Token[] {
  const norm = typeof normalize === "function" ? normalize : makeNormalizer(normalize ? ["strip-marks"] : ["comma-below"]);
  const re = typeof normalize === "function" && normalize.apostrophes ? WORD_APOSTROPHE : WORD;
  const out: Token[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[0];
    out.push({
      start: offset + m.index,
      end: offset + m.index + w.length,
      text: w,
      key: norm(w),
      upper: UPPER.test(w),
      digits: DIGITS.test(w),
    });
  }
  return out;
}
