import type { Operator } from "./lexicon.js";
import type { PhraseMatch, RepToken } from "./phrases.js";

/** Longest quotation, in words, read as scare quotes rather than a quoted statement. */
const SCARE_WORDS = 2;
/** Shortest word that counts as a scare-quoted term (not a particle). */
const SCARE_MIN_LENGTH = 4;

/**
 * The folded words of a claim's one- or two-word quotations that are not evaluative terms:
 * words the speaker holds at a distance ("our so-called planned \"invasion\"").
 *
 * @example
 * scareQuoted(tokens, [[10, 20]], 0, operators) // Set { "invasion" }
 */
export function scareQuoted(tokens: readonly RepToken[], quotes: readonly (readonly [number, number])[], base: number, operators: readonly PhraseMatch<Operator>[]): Set<string> {
  const out = new Set<string>();
  const evaluative = operators.filter((m) => m.values.some((v) => v.t === "eval"));
  for (const [q0, q1] of quotes) {
    const from = q0 - base;
    const to = q1 - base;
    const inside = tokens.filter((t) => t.start >= from && t.end <= to);
    if (inside.length === 0 || inside.length > SCARE_WORDS) continue;
    if (evaluative.some((m) => m.start < to && m.end > from)) continue;
    for (const t of inside) if (t.folded.length >= SCARE_MIN_LENGTH && !t.digits) out.add(t.text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase());
  }
  return out;
}
