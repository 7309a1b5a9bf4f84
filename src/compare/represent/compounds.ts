import type { Operator, Thing } from "./lexicon.js";
import type { PhraseMatch, PhraseMatcher, RepToken } from "./phrases.js";

/** A hyphen joining two words with no space: they are one compound. */
const HYPHEN = /^[-‐‑]$/u;

/**
 * The states of a compound adjective of states ("franco-tedesco", "deutsch-französisch",
 * «российско-американские», "polsko-niemieckie"): each part joined by a hyphen is read alone, and a
 * part that names a state (or is a pack's combining form of one: "franco", "sino", "англо") is
 * that state wherever some other part of the compound names a state too. The states come back as
 * matches of their own parts, beside any longer phrase the compound is part of (the concept of
 * relations of «российско-американские»), and the parts that are states lose any evaluation they
 * were read as: "franco" of "franco-tedesco" is France, not frank.
 *
 * @example
 * compoundStates(text, tokens, things, combining) // { states: [match "franco" FR, match "tedesco" DE], parts: Set {3, 5} }
 */
export function compoundStates(
  text: string,
  tokens: readonly RepToken[],
  matcher: PhraseMatcher<Thing>,
  combining: ReadonlyMap<string, string>,
): { states: PhraseMatch<Thing>[]; parts: ReadonlySet<number> } {
  const states: PhraseMatch<Thing>[] = [];
  const parts = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!joined(text, tokens, i + 1)) continue;
    // The compound: tokens [i, j) joined by hyphens.
    let j = i + 2;
    while (j < tokens.length && joined(text, tokens, j)) j++;
    const found: PhraseMatch<Thing>[] = [];
    for (let k = i; k < j; k++) {
      const t = tokens[k]!;
      if (t.digits) continue;
      const alone = matcher.matchAt([t], 0);
      const state =
        alone?.values.find((v) => v.t === "state") ?? (combining.has(t.folded) ? { t: "state" as const, code: combining.get(t.folded)! } : undefined);
      if (state) found.push({ from: k, to: k + 1, start: t.start, end: t.end, values: [state] });
    }
    if (found.length >= 2) {
      states.push(...found);
      for (const m of found) parts.add(m.from);
    }
    i = j - 1;
  }
  return { states, parts };
}

/** Whether token `k` is joined to the one before it by a hyphen alone. */
const joined = (text: string, tokens: readonly RepToken[], k: number) => HYPHEN.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));

/**
 * The matches with the states of compounds added: a part already read as that state stays as it
 * is; a part inside a longer phrase (or read as something else) gains its state as a match of its own.
 */
export function withCompoundStates(things: PhraseMatch<Thing>[], states: readonly PhraseMatch<Thing>[]): PhraseMatch<Thing>[] {
  if (states.length === 0) return things;
  const add = states.filter((s) => !things.some((m) => m.from === s.from && m.to === s.to && m.values.some((v) => v.t === "state")));
  // A one-word match of the part that is no state (an evaluation read as a thing) gives way to it.
  const rest = things.filter((m) => !(m.to === m.from + 1 && add.some((s) => s.from === m.from) && !m.values.some((v) => v.t === "state")));
  return add.length ? [...rest, ...add].sort((a, b) => a.from - b.from || b.to - a.to) : things;
}

/** The operators less the evaluations read in the parts of a compound of states. */
export function withoutCompoundEvaluations(operators: PhraseMatch<Operator>[], parts: ReadonlySet<number>): PhraseMatch<Operator>[] {
  if (parts.size === 0) return operators;
  const drop = (m: PhraseMatch<Operator>) => m.to === m.from + 1 && parts.has(m.from) && m.values.some((v) => v.t === "eval" || v.t === "sense");
  return operators.some(drop) ? operators.filter((m) => !drop(m)) : operators;
}
