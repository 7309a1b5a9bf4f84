/** Letters that NFD does not decompose but that readers treat as the base letter. */
const SPECIAL: Record<string, string> = { ł: "l", đ: "d", ø: "o", ß: "ss", æ: "ae", œ: "oe", ı: "i", ŀ: "l" };
const MARKS = /\p{M}+/gu;
const ASCII = /^[\x00-\x7f]*$/;
const SPECIAL_RE = /[łđøßæœıŀ]/g;

/**
 * Lower-cases a word for lexicon look-up; with `foldDiacritics` also drops accents
 * ("Kremlinului" → "kremlinului", "Ławrowa" → "lawrowa", "ş" and "ș" both → "s").
 *
 * @example foldWord("Białego", true) // "bialego"
 */
export function foldWord(word: string, foldDiacritics: boolean): string {
  const lower = word.toLowerCase();
  if (ASCII.test(lower)) return lower; // nothing to fold: the common case, kept fast
  if (!foldDiacritics) return lower.normalize("NFC").replace(/ş/g, "ș").replace(/ţ/g, "ț");
  return lower.normalize("NFD").replace(MARKS, "").replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
}
