import { CYRILLIC } from "./names.js";

/** A designator in a text: its language-independent key and where it stands. */
export interface Designator {
  key: string;
  start: number;
  end: number;
}

/**
 * Letters and digits of one token ("F-35", "S-400", "С-400", "Su-57", "MiG-29", "Х-101",
 * "COVID-19", "MH17"): a capital first, at most four letters, an optional hyphen or dash, one to
 * four digits, an optional suffix of two letters ("F-35A", "Ту-95МС"). Each part is bounded, so
 * the match stays linear on any input.
 */
const GLUED = /(?<![\p{L}\p{N}])(\p{Lu}\p{L}{0,3})[-‐‑–]?(\d{1,4})\p{L}{0,2}(?![\p{L}\p{N}])/gu;

/**
 * A longer capitalised or all-caps word joined by a hyphen to digits ("COVID-19", "Covid-19",
 * "Artemis-2", «Ангара-5», "Sojus-2"): a disease, a programme or a launcher named by a number,
 * in every script. The hyphen is required (a word and a figure apart are a noun and a count);
 * the figures end the token or a hyphen follows ("COVID-19-Pandemie"). Bounded parts: linear.
 */
const HYPHENED = /(?<![\p{L}\p{N}])(\p{Lu}\p{L}{4,11})[-‐‑](\d{1,4})(?![\p{L}\p{N}]|[.,]\d)/gu;

/**
 * A number that numbers the name before it ("Nord Stream 2", «Северный поток — 2», "Mirage
 * 2000", "Resolution 2231"): after a hyphen, a dash or one space, and no digit, decimal or percent
 * after it. One digit only ({@link NUMBERED_ONE}) where every noun is capitalised ("Ende 2035"
 * is a date, "Leopard 2" a tank).
 */
const NUMBERED = /^[ \u00a0]?[-‐‑–—]?[ \u00a0]?(\d{1,4})(?![\p{N}\p{L}]|[.,]\d|[ \u00a0]?%)/u;
const NUMBERED_ONE = /^[ \u00a0]?[-‐‑–—]?[ \u00a0]?(\d)(?![\p{N}\p{L}]|[.,]\d|[ \u00a0]?%)/u;

/** Letters in Latin script, lower case, Cyrillic transliterated ("Су" → "su", "Х" → "h", "Kh" → "h"). */
function latin(s: string): string {
  let out = "";
  for (const ch of s
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}+/gu, ""))
    out += CYRILLIC[ch] ?? ch;
  return out.replace(/kh/g, "h").replace(/[^a-z]/g, "");
}

/**
 * The designators of a text, keyed alike in every language and script (see the patterns above):
 * weapons, aircraft, pipelines named by a letter code or a number. A designator is neither an
 * amount ("F-35 jets" counts no 35 jets) nor a word of one language. `names` are the spans of
 * capitalised names (the lexicon's phrases, unknown names) with their keys: a single digit right
 * after one numbers it ("Nord Stream 2" → `gas:2` via the phrase's concept). `skip` holds spans
 * already read as something else: a token a phrase of the lexicon covers whole (a bloc: "G20"),
 * a date the number is part of ("May 2").
 *
 * @example
 * designators("sold S-400 systems", [], []) // [{ key: "s400", start: 5, end: 10 }]
 */
export function designators(
  text: string,
  names: ReadonlyArray<{ key: string; start: number; end: number }>,
  skip: ReadonlyArray<readonly [number, number]>,
  oneDigit = false,
): Designator[] {
  const out: Designator[] = [];
  for (const m of [...text.matchAll(GLUED), ...text.matchAll(HYPHENED)]) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip.some(([s, e]) => s <= start && e >= end)) continue;
    const letters = latin(m[1]!);
    if (letters.length === 0) continue;
    out.push({ key: `${letters}${Number(m[2])}`, start, end });
  }
  for (const n of names) {
    const m = (oneDigit ? NUMBERED_ONE : NUMBERED).exec(text.slice(n.end, n.end + 10));
    if (!m) continue;
    const end = n.end + m[0].length;
    if (out.some((d) => d.start < end && d.end > n.start) || skip.some(([s, e]) => n.end < e && end > s)) continue;
    out.push({ key: `${n.key}:${Number(m[1])}`, start: n.start, end });
  }
  return out;
}
