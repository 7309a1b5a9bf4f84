import type { PhraseMatch } from "./phrases.js";
import type { Thing } from "./lexicon.js";

/** Tokens a state's name may stand before the role it qualifies ("China" + "'s" + "foreign ministry spokeswoman"). */
const QUALIFIER_REACH = 2;

/**
 * The matches with a role of one side read without it where the words just before it name
 * another state: "China's foreign ministry spokeswoman", "the Chinese foreign ministry
 * spokeswoman", "la portavoce del ministero degli Esteri cinese" is the holder of no role of the
 * lexicon's (whose bare "foreign ministry spokeswoman" is Russia's): the claim does not name that
 * role's holder, and the article does not become one about her. A state of the role's own side
 * ("the Russian foreign ministry spokeswoman") keeps it.
 *
 * @example
 * withoutForeignRoles(things) // "China's foreign ministry spokeswoman": the RU role dropped, "China" kept
 */
export function withoutForeignRoles(things: PhraseMatch<Thing>[]): PhraseMatch<Thing>[] {
  const states = things.filter((m) => m.values.some((v) => v.t === "state"));
  if (states.length === 0) return things;
  const foreign = (m: PhraseMatch<Thing>, side: string) =>
    states.some(
      (s) =>
        s !== m &&
        // just before the role, or inside or just after it (a post-posed adjective: "ministero degli Esteri cinese")
        ((s.to <= m.from && m.from - s.to <= QUALIFIER_REACH) || (s.from >= m.from && s.from <= m.to)) &&
        s.values.some((v) => v.t === "state" && v.code !== side) &&
        !s.values.some((v) => v.t === "state" && v.code === side),
    );
  return things.map((m) => {
    const drop = (v: Thing) => v.t === "role" && v.side !== null && foreign(m, v.side);
    return m.values.some(drop) ? { ...m, values: m.values.filter((v) => !drop(v)) } : m;
  });
}
