/**
 * Vietnamese is written with two tone-mark placements for the open syllables "oa", "oe" and
 * "uy": the traditional one ("hòa", "khỏe", "thủy") and the newer one ("hoà", "khoẻ", "thuỷ").
 * Both are common in the press, and the pack matches with diacritics kept, so every lexicon
 * pattern is listed in both spellings. These helpers derive the second spelling from the first.
 */

const TONED: Record<string, string> = {
  o: "òóỏõọ",
  a: "àáảãạ",
  e: "èéẻẽẹ",
  u: "ùúủũụ",
  y: "ỳýỷỹỵ",
  O: "ÒÓỎÕỌ",
  A: "ÀÁẢÃẠ",
  E: "ÈÉẺẼẸ",
  U: "ÙÚỦŨỤ",
  Y: "ỲÝỶỸỴ",
};

/** The base letter and tone index (0–4) of a toned vowel, or null. */
function toneOf(ch: string): { base: string; tone: number } | null {
  for (const [base, forms] of Object.entries(TONED)) {
    const i = forms.indexOf(ch);
    if (i >= 0) return { base, tone: i };
  }
  return null;
}

const toned = (base: string, tone: number): string => TONED[base]?.[tone] ?? base;

/** The other tone placement of one syllable, or null when it has only one ("hòa" ↔ "hoà"). */
function swapSyllable(word: string): string | null {
  const n = word.length;
  if (n < 2) return null;
  const a = word[n - 2]!;
  const b = word[n - 1]!;
  const before = n > 2 ? word[n - 3]!.toLowerCase() : "";
  const ta = toneOf(a);
  const tb = toneOf(b);
  const lowerA = (ta?.base ?? a).toLowerCase();
  const lowerB = (tb?.base ?? b).toLowerCase();
  const pair = lowerA + lowerB;
  // "qu" + y: the u belongs to the consonant, so "quý" has one spelling only.
  if (!["oa", "oe", "uy"].includes(pair) || (pair === "uy" && before === "q")) return null;
  if (ta && !tb) return word.slice(0, n - 2) + ta.base + toned(b, ta.tone);
  if (tb && !ta) return word.slice(0, n - 2) + toned(a, tb.tone) + tb.base;
  return null;
}

/**
 * A pattern in both tone placements (the pattern itself first), e.g. for "hòa bình".
 *
 * @example toneVariants("hòa bình") // ["hòa bình", "hoà bình"]
 */
export function toneVariants(pattern: string): string[] {
  const nfc = pattern.normalize("NFC");
  const parts = nfc.split(/([\s\-–]+)/);
  const swapped = parts.map((p, i) => (i % 2 === 0 ? (swapSyllable(p) ?? p) : p)).join("");
  return swapped === nfc ? [nfc] : [nfc, swapped];
}

/**
 * A list of patterns with every pattern also in its other tone placement, duplicates dropped.
 *
 * @example withToneVariants(["hòa bình", "ngừng bắn"]) // ["hòa bình", "hoà bình", "ngừng bắn"]
 */
export function withToneVariants(patterns: readonly string[]): string[] {
  return [...new Set(patterns.flatMap(toneVariants))];
}

/**
 * {@link withToneVariants} over every list of a record (roles, entities, topics…).
 *
 * @example withToneVariantsRecord({ peace: ["hòa bình"] }) // { peace: ["hòa bình", "hoà bình"] }
 */
export function withToneVariantsRecord(record: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, withToneVariants(v)]));
}

/**
 * Adds a title or honorific before each name: `honorific("ông", ["Putin"])` → ["ông Putin"].
 *
 * @example honorific("bà", ["Merkel", "May"]) // ["bà Merkel", "bà May"]
 */
export function honorific(title: string, names: readonly string[]): string[] {
  return names.map((n) => `${title} ${n}`);
}
