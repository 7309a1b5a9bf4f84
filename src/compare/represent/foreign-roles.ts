import type { PhraseMatch } from "./phrases.js";
import type { Thing } from "./lexicon.js";

/** Tokens a state's name may stand before the role it qualifies ("China" + "'s" + "foreign ministry spokeswoman"). */
const QUALIFIER_REACH = 2;

/**
 * The matches with a role of one side read without it where the words just before it name
 * another state: "China's foreign ministry spokeswoman", "die chinesische Außenamtssprecherin"
 * hold no role of the lexicon's (whose bare "foreign ministry spokeswoman", "Außenamtssprecherin"
 * is Russia's): the claim does not name that role's holder, and the article does not become one
 * about her. A state of the role's own side ("the Russian foreign ministry spokeswoman") keeps
 * it; a state inside the role is part of it.
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
        // just before the role: a state inside it is part of the role ("ambassador to the United States")
        s.to <= m.from &&
        m.from - s.to <= QUALIFIER_REACH &&
        s.values.some((v) => v.t === "state" && v.code !== side) &&
        !s.values.some((v) => v.t === "state" && v.code === side),
    );
  return things.map((m) => {
    // A name that is the side's own state as well ("Москве": Moscow, the Russian side) is no title to qualify.
    const own = (side: string) => m.values.some((v) => v.t === "state" && v.code === side);
    const drop = (v: Thing) => v.t === "role" && v.side !== null && !own(v.side) && foreign(m, v.side);
    return m.values.some(drop) ? { ...m, values: m.values.filter((v) => !drop(v)) } : m;
  });
}
