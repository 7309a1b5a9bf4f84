import type { PredicateClass } from "../../schema/pack.js";
import type { Operator } from "./lexicon.js";
import type { PhraseMatch, RepToken } from "./phrases.js";

/** A predicate of a claim: its class, whether it is negated, whether it is hedged by a condition. */
export interface Predicate {
  cls: PredicateClass;
  negated: boolean;
  conditional: boolean;
  text: string;
  /** Where the predicate stands in the assertion. */
  start: number;
  end: number;
}

/** Tokens before a predicate within which a negation negates it ("did not agree", "keine Forderung"). */
const NEGATION_REACH = 3;

/**
 * Whether a negation ends within `reach` tokens before token `from`, in the same clause: no
 * sentence break, comma or semicolon between ("NATO will not expand, Putin insisted" does not
 * negate "insisted").
 */
export function negatedAt(from: number, tokens: readonly RepToken[], negationEnds: readonly number[], reach = NEGATION_REACH, text = ""): boolean {
  for (const end of negationEnds) {
    if (end > from || from - end > reach) continue;
    let broken = false;
    // The gaps from the negation's last word (token end - 1) up to the predicate's first.
    for (let k = end; k <= from && k < tokens.length; k++) {
      if (k > end && !tokens[k]!.joins) broken = true;
      if (text && k > 0 && CLAUSE_BREAK.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) broken = true;
    }
    if (!broken) return true;
  }
  return false;
}

/** Punctuation that ends a clause. */
const CLAUSE_BREAK = /[,;:]/;

/**
 * The predicates of a claim from the pack's classes ("agreed", "denied", "urged", "thanked"),
 * each negated when a negation stands just before it and conditional when the claim carries a
 * condition ("if", "would"). A denial that is itself negated ("did not deny") stays a denial,
 * negated.
 *
 * @example
 * readPredicates(text, tokens, ops).map((p) => `${p.negated ? "not " : ""}${p.cls}`) // ["not demand"]
 */
export function readPredicates(text: string, tokens: readonly RepToken[], operators: readonly PhraseMatch<Operator>[]): Predicate[] {
  const negationEnds = operators.filter((m) => m.values.some((v) => v.t === "negation")).map((m) => m.to);
  const conditional = operators.some((m) => m.values.some((v) => v.t === "conditional"));
  const out: Predicate[] = [];
  for (const m of operators) {
    // "thanks to" holds "thanks" but thanks no one.
    if (m.values.some((v) => v.t === "notPredicate")) continue;
    for (const v of m.values) {
      if (v.t !== "predicate") continue;
      out.push({
        cls: v.cls,
        negated: negatedAt(m.from, tokens, negationEnds, NEGATION_REACH, text),
        conditional,
        text: text.slice(m.start, m.end),
        start: m.start,
        end: m.end,
      });
    }
  }
  return out;
}
