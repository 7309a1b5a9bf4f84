/**
 * Small builders for Romanian inflected forms, so the pack's lists stay systematic instead of
 * hand-enumerated. Pure data helpers: no language logic leaves this folder.
 */

import { unique } from "../forms.js";

export { unique };

/**
 * Perfect-compound forms of a participle, 3rd person singular and plural, with and without the
 * clitic "mai" ("a mai declarat"), plus the reportative conditional ("ar fi declarat").
 *
 * Patterns with slots (see `Pattern` in src/schema/pack.ts), expanded when the pack is built.
 *
 * @example perfect("declarat") // ["{a|au} [mai] declarat", "ar [mai] fi declarat"]
 */
export function perfect(participle: string): string[] {
  return [`{a|au} [mai] ${participle}`, `ar [mai] fi ${participle}`];
}

/**
 * Every combination of `heads` and `tails` joined by a space. A tail may hold the placeholder
 * `AL`, replaced by the genitive article agreeing with the head's gender and number.
 *
 * @example cross(["purtătorul de cuvânt"], ["AL Kremlinului"], "al") // ["purtătorul de cuvânt al Kremlinului"]
 */
export function cross(heads: readonly string[], tails: readonly string[], article = "al"): string[] {
  const out: string[] = [];
  for (const h of heads) for (const t of tails) out.push(`${h} ${t.replace(/^AL /, `${article} `)}`);
  return out;
}

/** Heads of one noun phrase by gender/number, with the genitive article each takes. */
export interface GenderedHeads {
  /** Masculine singular heads, genitive article "al". */
  m?: readonly string[];
  /** Feminine singular heads, genitive article "a". */
  f?: readonly string[];
  /** Masculine plural heads, genitive article "ai". */
  mp?: readonly string[];
  /** Feminine plural heads, genitive article "ale". */
  fp?: readonly string[];
}

/**
 * Crosses gendered heads with tails, choosing "al" / "a" / "ai" / "ale" for the `AL` placeholder.
 *
 * @example agree({ f: ["purtătoarea de cuvânt"] }, ["AL Kremlinului"]) // ["purtătoarea de cuvânt a Kremlinului"]
 */
export function agree(heads: GenderedHeads, tails: readonly string[]): string[] {
  return unique([
    ...cross(heads.m ?? [], tails, "al"),
    ...cross(heads.f ?? [], tails, "a"),
    ...cross(heads.mp ?? [], tails, "ai"),
    ...cross(heads.fp ?? [], tails, "ale"),
  ]);
}

/** Strips combining marks: "întâlnire" → "intalnire", "ș" → "s". Case is kept. */
export function stripDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .normalize("NFC");
}

/**
 * Stripped forms that are different, frequent Romanian words: "că" → "ca" ("as"), "și" → "si",
 * "să" → "sa" ("his"), "în" → "in" ("flax"), "rău" → "rau", "oră" → "ora". A pattern whose
 * stripped form is one of these gets no stripped variant.
 */
const STRIPPED_COLLISIONS = new Set(["ca", "si", "sa", "in", "rau", "ora", "putin"]);

/**
 * A pattern list with the spellings Romanian copy actually uses: the pattern as written, the
 * same without diacritics (sites and wires that publish without them), and with the pre-1993
 * "î" for "â" (still used by some outlets in the Republic of Moldova). Cedilla "ş ţ" need no
 * variant: word folding maps them to "ș ț" (src/text/fold.ts).
 *
 * @example spellings(["întâlnire"]) // ["întâlnire", "intalnire", "întîlnire"]
 */
export function spellings(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of list) {
    out.push(p);
    const bare = stripDiacritics(p);
    if (bare !== p && !STRIPPED_COLLISIONS.has(bare.toLowerCase())) out.push(bare);
    if (/â/i.test(p)) out.push(p.replace(/â/g, "î").replace(/Â/g, "Î"));
  }
  return unique(out);
}
