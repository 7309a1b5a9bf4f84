import type { RepToken } from "./phrases.js";

/** Shortest stem that counts as a content word. */
const MIN_STEM = 3;

/**
 * The content keys of a claim in its own language: the stems of its words that are not function
 * words, numbers or parts of a name the lexicon knows; for languages whose words are pairs of
 * syllables (`pairWords`), neighbouring pairs of syllables instead ("khủng bố", "hợp tác").
 * Keys are prefixed with the language, so that they only ever meet keys of the same language.
 *
 * @example
 * contentKeys(tokens, "en", stop, covered, false) // ["en:sanction", "en:impos", …]
 */
export function contentKeys(
  tokens: readonly RepToken[],
  language: string,
  stopwords: ReadonlySet<string>,
  covered: ReadonlySet<number>,
  pairWords: boolean,
): string[] {
  const out = new Set<string>();
  const content = (t: RepToken) => !t.digits && !stopwords.has(t.folded) && t.folded.length >= (pairWords ? 2 : MIN_STEM);
  if (pairWords) {
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1]!;
      const b = tokens[i]!;
      if (!b.joins || covered.has(i) || covered.has(i - 1) || !content(a) || !content(b)) continue;
      out.add(`${language}:${a.folded}_${b.folded}`);
    }
    return [...out];
  }
  tokens.forEach((t, i) => {
    if (covered.has(i) || !content(t) || t.stem.length < MIN_STEM || stopwords.has(t.stem)) return;
    out.add(`${language}:${t.stem}`);
  });
  return [...out];
}
