import type { RepToken } from "./phrases.js";

/** Cyrillic letters (Russian, Ukrainian) in Latin letters, by the usual scientific spelling, simplified. */
export const CYRILLIC: Readonly<Record<string, string>> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  ґ: "g",
  д: "d",
  е: "e",
  ё: "e",
  є: "e",
  ж: "zh",
  з: "z",
  и: "i",
  і: "i",
  ї: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "h",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "sh",
  ъ: "",
  ы: "i",
  ь: "",
  э: "e",
  ю: "iu",
  я: "ia",
};

/** Letters of a name key: enough to meet the same name across scripts and case endings. */
const KEY_LENGTH = 5;
/** Shortest word read as a name. */
const MIN_LENGTH = 4;

/**
 * A name written in any script as a rough Latin key, the same for its spellings and case forms
 * in most languages: "Tillerson", "Tillersona", "Тиллерсон" → "tille"; "Ławrow", "Lavrov" → "lavro".
 *
 * @example
 * nameKey("Тиллерсон") // "tille"
 */
export function nameKey(word: string): string {
  let s = "";
  for (const ch of word
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}+/gu, ""))
    s += CYRILLIC[ch] ?? ch;
  s = s
    .replace(/ł/g, "l")
    .replace(/w/g, "v")
    .replace(/[yj]/g, "i")
    .replace(/ck/g, "k")
    .replace(/kh/g, "h")
    .replace(/[^a-z]/g, "");
  return s.slice(0, KEY_LENGTH);
}

/**
 * Names the lexicon does not know, as keys that meet across languages: capitalised words inside
 * a sentence (not its first word), of four letters or more, that are neither function words nor
 * part of a phrase the lexicon matched. Languages that capitalise every noun (German) have none.
 *
 * @example
 * unknownNames(tokens, stop, covered, false) // ["tille", "lavro"]
 */
export function unknownNames(tokens: readonly RepToken[], stopwords: ReadonlySet<string>, covered: ReadonlySet<number>, capitalizedNouns: boolean): string[] {
  if (capitalizedNouns) return [];
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (i === 0 || !t.joins || !t.upper || t.digits || covered.has(i) || stopwords.has(t.folded)) return;
    // Acronyms ("FSB", "ФСБ") count from three letters, other names from four.
    const acronym = t.text.length >= 3 && t.text === t.text.toUpperCase();
    if (!acronym && t.text.length < MIN_LENGTH) return;
    const key = nameKey(t.text);
    if (key.length >= (acronym ? 3 : MIN_LENGTH)) out.add(key);
  });
  return [...out];
}
