import { diffWords } from "diff";
import type { DiffPart } from "../../schema/comparison.js";

/** Edit distance (in words and spaces) beyond which two wordings are shown as wholly replaced. */
const MAX_EDITS = 40;

const segmenters = new Map<string, Intl.Segmenter | null>();

/** A word segmenter for a BCP 47 locale, or null when the runtime has none for it. */
function segmenterFor(locale: string): Intl.Segmenter | null {
  const hit = segmenters.get(locale);
  if (hit !== undefined) return hit;
  let seg: Intl.Segmenter | null = null;
  try {
    if (typeof Intl.Segmenter === "function" && Intl.Segmenter.supportedLocalesOf([locale]).length > 0) {
      seg = new Intl.Segmenter(locale, { granularity: "word" });
    }
  } catch {
    seg = null;
  }
  segmenters.set(locale, seg);
  return seg;
}

/** Whether a text separates its words with spaces (at least one space per 25 characters). */
function spaced(text: string): boolean {
  let spaces = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) spaces++;
  return text.length < 25 || spaces * 25 >= text.length;
}

/**
 * Word diff of two wordings in the same language (`diff`'s `diffWords`; for scripts written
 * without spaces, with an `Intl.Segmenter` for the locale when the runtime has one, so that
 * their words are found). The only module that imports `diff`.
 *
 * @example
 * wordDiff("a very good conversation", "a constructive conversation", "en")
 * // [{ value: "a ", added: false, removed: false }, { value: "very good", removed: true, … }, …]
 */
export function wordDiff(a: string, b: string, locale: string): DiffPart[] {
  // Text with spaces between words splits well on them (and much faster); a segmenter is
  // needed for scripts written without spaces.
  const seg = spaced(a) && spaced(b) ? null : segmenterFor(locale);
  const options = { ignoreCase: true, maxEditLength: MAX_EDITS, ...(seg ? { intlSegmenter: seg } : {}) };
  const parts = diffWords(a, b, options);
  // Wordings too far apart to diff cheaply differ throughout: all of one out, all of the other in.
  if (!parts) return [{ value: a, added: false, removed: true }, { value: b, added: true, removed: false }];
  return parts.map((p) => ({ value: p.value, added: p.added === true, removed: p.removed === true }));
}
