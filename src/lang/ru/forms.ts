/**
 * Small pure helpers that spell out Russian inflected forms for the pack's lexicons. They only
 * build lists of strings; what the pack contains is still plain data once evaluated.
 */

/**
 * Every head form followed by every tail: the dependent words of a Russian noun phrase do not
 * change with the head's case ("пресс-секретарь Кремля", "пресс-секретаря Кремля", …).
 *
 * @example phrase(["глава", "главы"], ["мид россии"]) // ["глава мид россии", "главы мид россии"]
 */
export function phrase(heads: readonly string[], tails: readonly string[]): string[] {
  return heads.flatMap((h) => tails.map((t) => `${h} ${t}`));
}

/**
 * Pairs forms that agree case by case (adjective + noun, first name + surname): the i-th form of
 * each list is joined. Lists must have the same length.
 *
 * @example agree(["российский", "российского"], ["президент", "президента"]) // ["российский президент", "российского президента"]
 */
export function agree(...lists: readonly (readonly string[])[]): string[] {
  const n = lists[0]?.length ?? 0;
  if (lists.some((l) => l.length !== n)) throw new Error(`agree(): lists differ in length: ${lists.map((l) => l.join("/")).join(" | ")}`);
  return Array.from({ length: n }, (_, i) => lists.map((l) => l[i]!).join(" "));
}

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
 * a pack used with `matching.foldDiacritics: false` must still match both.
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

/** Deduplicates a list of patterns, keeping the first occurrence. */
export function uniq(list: readonly string[]): string[] {
  return [...new Set(list)];
}
