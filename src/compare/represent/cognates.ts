/**
 * Cognates: a language-independent key for the long words that European languages share by
 * descent or borrowing ("infrastructure", "infrastruttura", "Infrastruktur", "инфраструктуры").
 * The word is written in Latin letters (Cyrillic transliterated, diacritics dropped), spelled
 * alike where the languages differ by convention (k/c, y/i, z/s, w/v, ph/f, doubled letters),
 * and cut to its first {@link PREFIX} letters, as cross-language retrieval does with cognate
 * prefixes. Only words of {@link MIN_LETTERS} letters or more count: short words collide.
 */
import { CYRILLIC } from "./names.js";

/** Letters a cognate key keeps. */
const PREFIX = 6;
/** Fewest letters a word needs to give a cognate key. */
const MIN_LETTERS = 7;

/** Cyrillic in Latin letters as names are spelled ({@link CYRILLIC}), "ц" as the "c" of the Latin cognates ("акция", "acción"). */
const CYRILLIC_COGNATE: Readonly<Record<string, string>> = { ...CYRILLIC, ц: "c" };

/** Latin letters that decomposition leaves whole. */
const LATIN: Readonly<Record<string, string>> = { ł: "l", đ: "d", ß: "ss", æ: "ae", œ: "oe", ø: "o" };

/** Spellings that differ by convention between the languages, made one. */
const SPELLING: ReadonlyArray<[RegExp, string]> = [
  [/ph/g, "f"],
  [/th/g, "t"],
  [/[kq]/g, "c"],
  [/y/g, "i"],
  [/z/g, "s"],
  [/w/g, "v"],
  [/x/g, "cs"],
  [/(.)\1+/g, "$1"],
];

/**
 * The cognate key of a lower-cased word, or null for a short word or one not written in Latin or
 * Cyrillic letters.
 *
 * @example
 * cognateKey("инфраструктуры") // "infras"; cognateKey("infrastrutture") // "infras"
 */
export function cognateKey(word: string): string | null {
  const hit = known.get(word);
  if (hit !== undefined) return hit;
  const key = keyOf(word);
  if (known.size >= KNOWN_LIMIT) known.clear();
  known.set(word, key);
  return key;
}

/** The cognate keys of the words met (words repeat); bounded, so that memory stays flat on large inputs. */
const known = new Map<string, string | null>();
const KNOWN_LIMIT = 100_000;
const MARK = /\p{M}/u;

function keyOf(word: string): string | null {
  let latin = "";
  for (const ch of word.normalize("NFD")) {
    if (MARK.test(ch)) continue;
    const mapped = CYRILLIC_COGNATE[ch] ?? LATIN[ch];
    if (mapped !== undefined) latin += mapped;
    else if (ch >= "a" && ch <= "z") latin += ch;
    else return null;
  }
  if (latin.length < MIN_LETTERS) return null;
  let out = latin;
  for (const [re, to] of SPELLING) out = out.replace(re, to);
  return out.length >= PREFIX ? out.slice(0, PREFIX) : null;
}

/** Prefix of cognate keys: `w:~:infras`, beside a language's own stems (`w:en:infrastructur`). */
export const COGNATE_PREFIX = "w:~:";

/**
 * The cognate keys of a claim's words that are not function words, numbers or parts of a name or
 * concept the lexicon knows (those have keys of their own).
 *
 * @example
 * cognateKeys(tokens, stop, covered) // ["infras", "energe"]
 */
export function cognateKeys(
  tokens: ReadonlyArray<{ folded: string; digits: boolean }>,
  stopwords: ReadonlySet<string>,
  covered: ReadonlySet<number>,
): string[] {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (covered.has(i) || t.digits || stopwords.has(t.folded)) return;
    const k = cognateKey(t.folded);
    if (k) out.add(k);
  });
  return [...out];
}
