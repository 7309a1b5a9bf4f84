import type { Operator } from "./lexicon.js";
import type { PhraseMatch, RepToken } from "./phrases.js";

/** Longest quotation, in words, read as scare quotes rather than a quoted statement. */
const SCARE_WORDS = 2;
/** Shortest word that counts as a scare-quoted term (not a particle). */
const SCARE_MIN_LENGTH = 4;

/**
 * Quotations written in the text: double marks of every convention ("…", “…”, „…”, „…“, «…», »…«,
 * ‹…›) and single ones (‘…’, ‚…‘, '…') where they enclose words rather than stand for an
 * apostrophe. Short: a scare quote is a word or two.
 */
const QUOTED =
  /"([^"\n]{1,60})"|“([^“”\n]{1,60})[”“]|„([^„“”\n]{1,60})[”“]|«([^«»\n]{1,60})»|»([^«»\n]{1,60})«|‹([^‹›\n]{1,60})›|‘([^‘’\n]{1,60})’|‚([^‚‘’\n]{1,60})[‘’]|(?<![\p{L}\p{N}])'([^'\n]{1,60})'(?![\p{L}\p{N}])/gu;

/** The quotations of a text as `[start, end)` ranges of what they enclose. */
function quotationsIn(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const inner = m.slice(1).find((g) => g !== undefined) ?? "";
    const start = m.index + 1;
    out.push([start, start + inner.length]);
  }
  return out;
}

/** Words held at a distance by scare quotes, and where the quotations stand in the text read. */
export interface ScareQuotes {
  /** The folded words in scare quotes. */
  words: Set<string>;
  /** Where the scare quotes stand, `[start, end)` in the text read. */
  ranges: Array<[number, number]>;
}

/**
 * The one- or two-word quotations of a claim that are not evaluative terms: words the speaker
 * holds at a distance ("our so-called planned \"invasion\""). Quotations come from the claim's
 * `quotes` (article offsets, `base` being where the text read starts) and from the quotation
 * marks written in the text itself (claims of any extractor, or none).
 *
 * @example
 * scareQuoted('the so-called "invasion"', tokens, [], 0, operators).words // Set { "invasion" }
 */
export function scareQuoted(
  text: string,
  tokens: readonly RepToken[],
  quotes: readonly (readonly [number, number])[],
  base: number,
  operators: readonly PhraseMatch<Operator>[],
): ScareQuotes {
  const words = new Set<string>();
  const ranges: Array<[number, number]> = [];
  const evaluative = operators.filter((m) => m.values.some((v) => v.t === "eval"));
  const seen = new Set<string>();
  for (const [from, to] of [...quotes.map(([q0, q1]) => [q0 - base, q1 - base] as [number, number]), ...quotationsIn(text)]) {
    const inside = tokens.filter((t) => t.start >= from && t.end <= to);
    if (inside.length === 0 || inside.length > SCARE_WORDS) continue;
    if (evaluative.some((m) => m.start < to && m.end > from)) continue;
    const found = inside.filter((t) => t.folded.length >= SCARE_MIN_LENGTH && !t.digits);
    if (found.length === 0) continue;
    const id = `${inside[0]!.start}`;
    if (seen.has(id)) continue;
    seen.add(id);
    ranges.push([inside[0]!.start, inside[inside.length - 1]!.end]);
    for (const t of found)
      words.add(
        t.text
          .normalize("NFD")
          .replace(/\p{M}+/gu, "")
          .toLowerCase(),
      );
  }
  return { words, ranges };
}
