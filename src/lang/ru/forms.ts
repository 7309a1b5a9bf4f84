/**
 * Small pure helpers that spell out Russian inflected forms for the pack's lexicons. They only
 * build lists of strings; what the pack contains is still plain data once evaluated.
 */

export { agree, phrase, unique } from "../forms.js";

/**
 * Past tense of a Russian verb from the stem before "-л": masculine, feminine, neuter, plural.
 *
 * @example past("заяви") // ["заявил", "заявила", "заявило", "заявили"]
 */
export function past(stem: string): string[] {
  return [`${stem}л`, `${stem}ла`, `${stem}ло`, `${stem}ли`];
}

/**
 * Past tense of a reflexive Russian verb.
 *
 * @example pastRefl("согласи") // ["согласился", "согласилась", "согласилось", "согласились"]
 */
export function pastRefl(stem: string): string[] {
  return [`${stem}лся`, `${stem}лась`, `${stem}лось`, `${stem}лись`];
}

/**
 * Adds the "е" spelling of every pattern written with "ё": most Russian text omits the dots, and
 * a pack used without the `yo` normaliser (`matching.normalizers`) must still match both.
 *
 * @example withYo(["кремлём"]) // ["кремлём", "кремлем"]
 */
export function withYo(list: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of list) {
    out.add(p);
    if (/[ёЁ]/.test(p)) out.add(p.replace(/ё/g, "е").replace(/Ё/g, "Е"));
  }
  return [...out];
}
