/**
 * Spelling normalisers: how a word becomes its look-up key. Each language pack declares in
 * `matching.normalizers` which of them apply; none of them merges two distinct letters of the
 * language (Russian "мой" and "мои", Ukrainian "їх" and "іх" stay apart) unless the pack asks for
 * `strip-marks`, the blanket folding of accents that suits languages whose accented copy is often
 * typed without them (English, German, French, Italian, Polish).
 *
 * - `yo`: "ё" is read as "е" (most Russian text drops the dots: "Кремлём" / "Кремлем").
 * - `apostrophe`: the apostrophes ’ and ' between letters are read as the letter apostrophe ʼ
 *   (U+02BC), and a word keeps its apostrophe inside it (Ukrainian "п’ятниця" = "пʼятниця").
 * - `comma-below`: Romanian cedilla letters are read as their comma-below letters (ş → ș, ţ → ț).
 * - `vi-tone`: Vietnamese tone marks are placed on the first vowel of the word, whatever vowel the
 *   writer chose (old style "hoà" and new style "hòa" are one word); the tone itself is kept.
 * - `strip-marks`: every combining mark is dropped and ł, đ, ø, ß, æ, œ, ı, ŀ read as base letters.
 */
export const NORMALIZER_NAMES = ["yo", "apostrophe", "comma-below", "vi-tone", "strip-marks"] as const;
/** The name of a spelling normaliser (see {@link NORMALIZER_NAMES}). */
export type NormalizerName = (typeof NORMALIZER_NAMES)[number];

/** A word → look-up key function (lower case, NFC, the declared normalisers applied). */
export interface Normalizer {
  (word: string): string;
  /** The normalisers applied, in the order they run. */
  readonly names: readonly NormalizerName[];
  /** Apostrophes between letters stay inside the word (the `apostrophe` normaliser). */
  readonly apostrophes: boolean;
}

/** Letters that NFD does not decompose but that readers treat as the base letter. */
const SPECIAL: Record<string, string> = { ł: "l", đ: "d", ø: "o", ß: "ss", æ: "ae", œ: "oe", ı: "i", ŀ: "l" };
const MARKS = /\p{M}+/gu;
const ASCII = /^[\x00-\x7f]*$/;
const SPECIAL_RE = /[łđøßæœıŀ]/g;
/** Vietnamese tone marks (grave, acute, tilde, hook above, dot below) as combining characters. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const VOWEL = /[aeiouy]/;
const NON_TONE_MARK = /[\u0302\u0306\u031b]/;

const STEPS: Record<NormalizerName, (w: string) => string> = {
  yo: (w) => (w.includes("ё") ? w.replace(/ё/g, "е") : w),
  apostrophe: (w) => w.replace(/['’]/g, "ʼ"),
  "comma-below": (w) => w.replace(/ş/g, "ș").replace(/ţ/g, "ț"),
  "vi-tone": placeTone,
  "strip-marks": (w) =>
    w
      .normalize("NFD")
      .replace(MARKS, "")
      .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c),
};

/**
 * Puts the tone marks of a word right after its first vowel (and that vowel's own marks: ê, ơ, ă),
 * so that "hoà", "hòa" and "hoà" typed with a combining mark give one key.
 */
function placeTone(w: string): string {
  const d = w.normalize("NFD");
  const tones = d.match(TONES);
  if (!tones) return w;
  const bare = d.replace(TONES, "");
  let i = 0;
  while (i < bare.length && !VOWEL.test(bare[i]!)) i++;
  if (i === bare.length) return w;
  i++;
  while (i < bare.length && NON_TONE_MARK.test(bare[i]!)) i++;
  return (bare.slice(0, i) + tones.join("") + bare.slice(i)).normalize("NFC");
}

const made = new Map<string, Normalizer>();

/**
 * The normaliser applying `names` (in the fixed order of {@link NORMALIZER_NAMES}), memoised.
 * Every normaliser lower-cases and composes (NFC) first.
 *
 * @example
 * makeNormalizer(["yo"])("Кремлём") // "кремлем"
 * makeNormalizer(["yo"])("мой") === makeNormalizer(["yo"])("мои") // false
 * makeNormalizer(["strip-marks"], ["że"])("Że") === makeNormalizer(["strip-marks"], ["że"])("ze") // false
 */
export function makeNormalizer(names: readonly NormalizerName[] = [], marked: readonly string[] = []): Normalizer {
  const ordered = NORMALIZER_NAMES.filter((n) => names.includes(n));
  const keep = new Set(marked.map((w) => w.toLowerCase().normalize("NFC")));
  const key = `${ordered.join(",")}|${[...keep].sort().join(",")}`;
  const hit = made.get(key);
  if (hit) return hit;
  const steps = ordered.map((n) => STEPS[n]);
  const apostrophes = ordered.includes("apostrophe");
  const fn = (word: string): string => {
    const lower = word.toLowerCase();
    // Nothing to normalise in plain ASCII (the common case, kept fast), but for a straight apostrophe.
    if (ASCII.test(lower) && !(apostrophes && lower.includes("'"))) return lower;
    let w = lower.normalize("NFC");
    // (a word whose marks tell it from another keeps them: Polish "że" is no "ze")
    if (keep.size && keep.has(w)) return w;
    for (const s of steps) w = s(w);
    return w;
  };
  const n = Object.assign(fn, { names: ordered, apostrophes }) as Normalizer;
  made.set(key, n);
  return n;
}

/**
 * The normalisers a pack's matching declares: `matching.normalizers` when given, otherwise (a
 * pack written before they existed) `strip-marks` when `matching.foldDiacritics` is on, and the
 * Romanian comma letters when it is off (as matching always did).
 */
export function normalizersOf(matching: {
  normalizers?: readonly NormalizerName[] | undefined;
  foldDiacritics?: boolean | undefined;
  markedWords?: readonly string[] | undefined;
}): readonly NormalizerName[] {
  if (matching.normalizers) return matching.normalizers;
  return matching.foldDiacritics === false ? ["comma-below"] : ["strip-marks"];
}

/** The normaliser of a pack's matching section. */
export const normalizerOf = (matching: Parameters<typeof normalizersOf>[0]): Normalizer => makeNormalizer(normalizersOf(matching), matching.markedWords ?? []);

/**
 * Lower-cases a word for lexicon look-up; with `foldDiacritics` also drops accents
 * ("Kremlinului" → "kremlinului", "Ławrowa" → "lawrowa", "ş" and "ș" both → "s"). The legacy
 * form of {@link makeNormalizer}: `true` is `strip-marks`, `false` the Romanian comma letters.
 *
 * @example foldWord("Białego", true) // "bialego"
 */
export function foldWord(word: string, foldDiacritics: boolean): string {
  return makeNormalizer(foldDiacritics ? ["strip-marks"] : ["comma-below"])(word);
}
