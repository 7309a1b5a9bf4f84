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
/** Shortest key of a name (a short name less its case ending: "Doha", "Dohy", "Доху" → "doh"). */
const MIN_KEY = 3;

/** Latin letters whose marks make another sound, before the marks are dropped ("ș" is "sh", "ż" is "zh"). */
const MARKED: Readonly<Record<string, string>> = {
  ș: "sh",
  ş: "sh",
  š: "sh",
  ț: "ts",
  ţ: "ts",
  ž: "zh",
  ż: "zh",
  č: "ch",
  đ: "d",
  ł: "l",
  ß: "ss",
  ø: "o",
  æ: "ae",
  œ: "oe",
};
const MARKS = /\p{M}+/gu;

/**
 * Spellings of one sound across the Latin alphabets and the Latin of Cyrillic, made one, in order:
 * Polish and German digraphs ("sz", "cz", "rz", "sch"), "kh"/"h" as "g" (Russian and Ukrainian write
 * a foreign h as г: «Гамбург», «Гарріс»; "sh", "ch", "zh" stay), a hard "c" as "k" ("Macron", «Макрон»), a soft one as "ts",
 * "w" as "v", "y"/"j" as "i", a word-initial "ie" as "e" ("Yerevan", «Ереван»), doubled letters once.
 */
const SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/szcz/g, "shch"],
  [/sch/g, "sh"],
  [/sz/g, "sh"],
  [/cz/g, "ch"],
  [/rz/g, "zh"],
  [/ck/g, "k"],
  [/ph/g, "f"],
  [/kh/g, "h"],
  [/c(?=[eiy])/g, "ts"],
  [/c(?!h)/g, "k"],
  [/q/g, "k"],
  [/x/g, "ks"],
  [/(?<![csz])h/g, "g"],
  [/w/g, "v"],
  [/[yj]/g, "i"],
  [/^ie/, "e"],
  [/([a-z])\1+/g, "$1"],
  [/[^a-z]/g, ""],
];
/** A final vowel: a case ending of a short name ("Doha", "Dohy", "Доху"). */
const FINAL_VOWEL = /[aeiou]$/;
/** A k softened by a Slavic case ending, at the end of a word: "-ce", "-ці" ("Lusace", «Лусаці»). */
const SOFTENED_K = /ts[ei]$/;

/**
 * A name written in any script as a rough Latin key, the same for its spellings and case forms
 * in most languages: "Tillerson", "Tillersona", "Тиллерсон" → "tiler"; "Ławrow", "Lavrov" → "lavro";
 * "Kinshasa", "Kinszasie", «Киншасе» → "kinsh"; "Hamburg", «Гамбург» → "gambu"; "Doha", "Dohy" → "doh".
 *
 * @example
 * nameKey("Тиллерсон") // "tiler"
 */
export function nameKey(word: string, spellings: NameSpellings = NO_SPELLINGS): string {
  return nameForm(word, spellings).slice(0, KEY_LENGTH);
}

/** A name in the Latin letters of its key, whole (see {@link nameKey}, which cuts it). */
function nameForm(word: string, spellings: NameSpellings): string {
  let lower = word.toLowerCase();
  for (const [re, to] of spellings) lower = lower.replace(re, to);
  let s = "";
  for (const ch of lower) s += MARKED[ch] ?? CYRILLIC[ch] ?? ch;
  s = s.normalize("NFD").replace(MARKS, "");
  for (const [re, to] of SPELLINGS) s = s.replace(re, to);
  // A Slavic locative softens a final k before its ending ("Lusace", «Лусаці», of Lusaka).
  if (s.length > KEY_LENGTH) s = s.replace(SOFTENED_K, "k");
  // A short name's case ending is no part of it (longer names lose theirs in the cut).
  if (s.length <= KEY_LENGTH) s = s.replace(FINAL_VOWEL, "");
  return s;
}

/** A language's own spellings of sounds, compiled (see `nameSpellings` in the comparison data). */
export type NameSpellings = ReadonlyArray<readonly [RegExp, string]>;
const NO_SPELLINGS: NameSpellings = [];
const compiledSpellings = new WeakMap<object, NameSpellings>();
const REGEX_SPECIAL = /[.*+?^{}()|[\]\\]/g;

/**
 * A pack's `nameSpellings` as replacements, compiled once per list: each `[letters, as]` replaces
 * the letters anywhere, or at the word's end when they end in `$` ("dze$" → "ga": "Pradze" is "Praga").
 */
export function compileNameSpellings(list: ReadonlyArray<readonly [string, string]>): NameSpellings {
  if (list.length === 0) return NO_SPELLINGS;
  let out = compiledSpellings.get(list);
  if (!out) {
    out = list.map(([from, to]): readonly [RegExp, string] => {
      const end = from.endsWith("$");
      const body = (end ? from.slice(0, -1) : from).toLowerCase().replace(REGEX_SPECIAL, "\\$&");
      return [new RegExp(end ? `${body}$` : body, end ? "u" : "gu"), to];
    });
    compiledSpellings.set(list, out);
  }
  return out;
}

/** Vowels of a name key. */
const KEY_VOWEL = /[aeiou]/;
/** Fewest letters of a name's skeleton (see {@link nameSkeleton}): shorter ones meet too many names. */
const MIN_SKELETON = 4;

/**
 * A name's skeleton: its letters up to the consonant after the first vowel, then its consonants
 * alone, five letters at most, so that spellings differing by a vowel between two consonants meet
 * ("Tehran", "Teheran", «Тегеран» → "tegrn"; "Abdelaziz", "Abdulaziz" → "abdlz"); null for a
 * name too short to tell names apart.
 *
 * @example
 * nameSkeleton("tegran") === nameSkeleton("tegeran") // true: both "tegrn"
 */
export function nameSkeleton(key: string): string | null {
  const out = skeletonOf(key);
  return out !== null && out.length >= MIN_SKELETON ? out.slice(0, KEY_LENGTH) : null;
}

/** The skeleton of a name's whole form, or null (see {@link nameSkeleton}). */
export function formSkeleton(word: string, spellings: NameSpellings = NO_SPELLINGS): string | null {
  return nameSkeleton(nameForm(word, spellings));
}

function skeletonOf(key: string): string | null {
  let i = 0;
  while (i < key.length && !KEY_VOWEL.test(key[i]!)) i++;
  while (i < key.length && KEY_VOWEL.test(key[i]!)) i++;
  if (i >= key.length) return null;
  let out = key.slice(0, i + 1);
  for (let j = i + 1; j < key.length; j++) if (!KEY_VOWEL.test(key[j]!)) out += key[j];
  return out;
}

/** Most letters of each word of a name of short words ("Hà Nội", "Đà Nẵng", "Da Nang"): written apart, read as one. */
const SYLLABLE = 4;

/**
 * Names the lexicon does not know, as keys that meet across languages: capitalised words inside
 * a sentence (not its first word), of four letters or more, that are neither function words nor
 * part of a phrase the lexicon matched; a run of short capitalised words is one name ("Đà Nẵng",
 * "Da Nang" → "danan"). Languages that capitalise every noun (German) have only the names that
 * no noun is written as: acronyms ("HIMARS") and the first part of a compound joined by a hyphen
 * ("Patriot-Systeme", "Taurus-Marschflugkörper") or a word alone in quotation marks („Taurus“).
 *
 * @example
 * unknownNames(tokens, stop, covered, false) // ["tiler", "lavro"]
 * (with `skeletons`, each word's key is mapped to its skeleton there: see {@link nameSkeleton};
 * with `firstInside`, the text opens inside a sentence, so its first word counts too; with
 * `positions`, each one-word name's key is mapped to where it first stands)
 */
export function unknownNames(
  tokens: readonly RepToken[],
  stopwords: ReadonlySet<string>,
  covered: ReadonlySet<number>,
  capitalizedNouns: boolean,
  text = "",
  spellings: NameSpellings = NO_SPELLINGS,
  skeletons?: Map<string, string>,
  firstInside = false,
  positions?: Map<string, [number, number]>,
): string[] {
  const out = new Set<string>();
  const candidate = (t: RepToken, i: number) => (i > 0 ? t.joins : firstInside) && t.upper && !t.digits && !covered.has(i) && !stopwords.has(t.folded);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!candidate(t, i)) continue;
    // Acronyms ("FSB", "ФСБ") count from three letters, other names from four.
    const acronym = t.text.length >= 3 && t.text === t.text.toUpperCase();
    if (capitalizedNouns && !acronym && !beforeHyphen(text, tokens, i) && !quotedAlone(text, tokens[i]!)) continue;
    // A run of short capitalised words, one of them shorter than a name: one name.
    let j = i;
    while (
      !capitalizedNouns &&
      j < tokens.length &&
      syllable(text, tokens, j) &&
      candidate(tokens[j]!, j) &&
      (j === i || tokens[j]!.start - tokens[j - 1]!.end === 1)
    )
      j++;
    if (j - i >= 2 && tokens.slice(i, j).some((x) => x.text.length < MIN_LENGTH)) {
      const key = nameKey(
        tokens
          .slice(i, j)
          .map((x) => x.text)
          .join(""),
        spellings,
      );
      if (key.length >= MIN_LENGTH) out.add(key);
    }
    if (!acronym && t.text.length < MIN_LENGTH) continue;
    const key = nameKey(t.text, spellings);
    if (key.length < MIN_KEY) continue;
    out.add(key);
    if (positions && !positions.has(key)) positions.set(key, [t.start, t.end]);
    const skeleton = skeletons && !acronym ? formSkeleton(t.text, spellings) : null;
    if (skeleton) skeletons!.set(key, skeleton);
  }
  return [...out];
}

/** Whether token `j` may be a word of a name of short words: short, in lower case after its capital, no abbreviation ("TP", "St."). */
const syllable = (text: string, tokens: readonly RepToken[], j: number) => {
  const t = tokens[j]!;
  return t.text.length <= SYLLABLE && t.text !== t.text.toUpperCase() && !(t.text.length <= 2 && text.charAt(t.end) === ".");
};

/** Opening and closing quotation marks. */
const OPEN_QUOTE = /^["'„“‚‘«‹»›]$/u;
const CLOSE_QUOTE = /^["'“”‘’»›«‹]$/u;

/** Whether a word stands alone in quotation marks („Taurus“, «Patriot»): a name, even where every noun has a capital. */
const quotedAlone = (text: string, t: RepToken) => t.start > 0 && OPEN_QUOTE.test(text.charAt(t.start - 1)) && CLOSE_QUOTE.test(text.charAt(t.end));

/** Whether token `i` is followed by a hyphen and a word, with no space: the first part of a compound. */
const beforeHyphen = (text: string, tokens: readonly RepToken[], i: number) => {
  const next = tokens[i + 1];
  return next !== undefined && /^[-‐‑]$/u.test(text.slice(tokens[i]!.end, next.start)) && !next.digits;
};
