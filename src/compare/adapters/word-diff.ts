import { lazy } from "../../input/lazy.js";
import type { DiffPart } from "../../schema/comparison.js";

/** `diff`, loaded on the first word diff rather than when claimdiff is imported. */
const jsdiff = lazy<typeof import("diff")>("diff");

/** Edit distance (in words and spaces) beyond which two wordings are shown as wholly replaced. */
const MAX_EDITS = 40;

const segmenters = new Map<string, Intl.Segmenter | null>();

/** A word segmenter for a BCP 47 locale, or null when the runtime has none for it. */
function segmenterFor(locale: string): Intl.Segmenter | null {
  const hit = segmenters.get(locale);
  if (hit !== undefined) return hit;
  let seg: Intl.Segmenter | null = null;
  try {
    if (typeof Intl.Segmenter === "function" && (locale === "und" || Intl.Segmenter.supportedLocalesOf([locale]).length > 0)) {
      seg = new Intl.Segmenter(locale, { granularity: "word" });
    }
  } catch {
    seg = null;
  }
  segmenters.set(locale, seg);
  return seg;
}

/**
 * Word diff of two wordings in the same language (`diff`'s `diffWords`, words found by an
 * `Intl.Segmenter` for the locale, so that every script splits into words: jsdiff's own
 * splitter knows only Latin letters and cuts Cyrillic or Greek into single letters). The only
 * module that imports `diff`.
 *
 * @example
 * wordDiff("a very good conversation", "a constructive conversation", "en")
 * // [{ value: "a ", added: false, removed: false }, { value: "very good", removed: true, … }, …]
 */
export function wordDiff(a: string, b: string, locale: string): DiffPart[] {
  const seg = segmenterFor(locale) ?? segmenterFor("und");
  const options = { ignoreCase: true, maxEditLength: MAX_EDITS, ...(seg ? { intlSegmenter: seg } : {}) };
  const parts = jsdiff().diffWords(a, b, options);
  // Wordings too far apart to diff cheaply differ throughout: all of one out, all of the other in.
  if (!parts)
    return [
      { value: a, added: false, removed: true },
      { value: b, added: true, removed: false },
    ];
  return parts.map((p) => ({ value: p.value, added: p.added === true, removed: p.removed === true }));
}
