/**
 * Builders that spell out inflected forms for language packs. They only build lists of strings:
 * what a pack contains is still plain data once evaluated. Language-specific builders (a
 * language's past tense, its spelling variants) stay in that language's folder.
 */

/**
 * Every head form followed by every tail: the dependent genitive of a noun phrase does not change
 * with the head's case ("пресс-секретарь Кремля", "пресс-секретаря Кремля", …).
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
