/**
 * Small pure helpers that spell out Ukrainian inflected forms for the pack's lexicons. They only
 * build lists of strings; what the pack contains is still plain data once evaluated.
 */

export { agree, phrase, unique } from "../forms.js";

/**
 * Past tense of a Ukrainian verb from its stem: masculine in "-в", feminine, neuter, plural.
 *
 * @example past("заяви") // ["заявив", "заявила", "заявило", "заявили"]
 */
export function past(stem: string): string[] {
  return [`${stem}в`, `${stem}ла`, `${stem}ло`, `${stem}ли`];
}

/**
 * Past tense of a reflexive Ukrainian verb, with the long and short endings ("-лися"/"-лись").
 *
 * @example pastRefl("погоди") // ["погодився", "погодилася", "погодилась", "погодилося", "погодилось", "погодилися", "погодились"]
 */
export function pastRefl(stem: string): string[] {
  return [`${stem}вся`, `${stem}лася`, `${stem}лась`, `${stem}лося`, `${stem}лось`, `${stem}лися`, `${stem}лись`];
}

/**
 * Adds the spelling with the modifier-letter apostrophe "ʼ" (U+02BC, a letter that keeps the word
 * whole) to every pattern written with "’" or "'" (punctuation that splits it): Ukrainian sites use
 * both ("п’ятниця", "пʼятниця"), and the tokenizer reads them differently.
 *
 * @example withApostrophes(["п’ятниця"]) // ["п’ятниця", "пʼятниця"]
 */
export function withApostrophes(list: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of list) {
    out.add(p);
    if (/[’']/.test(p)) out.add(p.replace(/[’']/g, "ʼ"));
  }
  return [...out];
}
