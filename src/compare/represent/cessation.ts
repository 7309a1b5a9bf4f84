import { ceasedAs } from "../../lexicon/concepts.js";
import type { Operator, Thing } from "./lexicon.js";
import type { PhraseMatch } from "./phrases.js";

/** Most words between a word of stopping and the act it stops ("отказе сторон конфликта от ударов": three). */
const BEFORE = 4;
/** Most words between an act and a word of stopping after it ("strikes would be halted"). */
const AFTER = 2;

/**
 * The concepts that acts named as stopped become: halting, suspending or renouncing attacks is a
 * ceasefire ("a 30-day halt to strikes on energy sites", "взаимный отказ … от ударов",
 * "wstrzymanie ataków"). A stopping word counts a few words before the act
 * or just after it; an act named with no such word stays what it is.
 *
 * @example
 * ceasedConcepts(things("a halt to strikes on power plants"), operators(...)) // ["ceasefire"]
 */
export function ceasedConcepts(things: readonly PhraseMatch<Thing>[], operators: readonly PhraseMatch<Operator>[]): string[] {
  const stops = operators.filter((o) => o.values.some((v) => v.t === "cessation"));
  if (stops.length === 0) return [];
  const out: string[] = [];
  for (const m of things) {
    for (const v of m.values) {
      if (v.t !== "concept") continue;
      const as = ceasedAs(v.id);
      if (!as || as === v.id) continue;
      const near = stops.some((o) => (o.to <= m.from && m.from - o.to <= BEFORE) || (o.from >= m.to && o.from - m.to <= AFTER));
      if (near && !out.includes(as)) out.push(as);
    }
  }
  return out;
}
