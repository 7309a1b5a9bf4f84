/**
 * Inflectional endings of Polish nouns, adjectives and verbs, longest first. No maintained
 * Snowball stemmer exists for Polish: stripping the longest ending that leaves a stem of at
 * least {@link MIN_STEM} letters brings the case forms of one word together ("Korei", "Koreą",
 * "Korea" → "kore"; "sankcjami", "sankcje" → "sankcj"), which is what matching needs.
 */
const ENDINGS = [
  "ościami",
  "owania",
  "owaniu",
  "owanie",
  "ującego",
  "ującej",
  "ujących",
  "ałyśmy",
  "ościach",
  "ościom",
  "ością",
  "ości",
  "iejsze",
  "iejszy",
  "owego",
  "owemu",
  "owych",
  "owymi",
  "owej",
  // (the instrumental and locative of "-owy" adjectives: "jądrowym" as "jądrowy"; the soft
  // adjectives' "-iego", "-iemu": "irańskiego" as "irański")
  "owym",
  "iego",
  "iemu",
  "iami",
  "ami",
  "ach",
  "ego",
  "emu",
  "ymi",
  "imi",
  "owi",
  "ych",
  "ich",
  "iej",
  "ową",
  "owy",
  "owa",
  "owe",
  "om",
  "ów",
  "om",
  "em",
  "ie",
  "ia",
  "ii",
  "ią",
  "ię",
  "ej",
  "ym",
  "im",
  "ą",
  "ę",
  "y",
  "i",
  "a",
  "e",
  "o",
  "u",
].sort((a, b) => b.length - a.length);

/** Shortest stem left after stripping an ending. */
const MIN_STEM = 4;

/**
 * The light Polish stem of a lower-cased word.
 *
 * @example
 * polishLight("północnej") // "północn"
 */
export function polishLight(word: string): string {
  for (const e of ENDINGS) {
    if (word.length - e.length >= MIN_STEM && word.endsWith(e)) return word.slice(0, -e.length);
  }
  return word;
}
