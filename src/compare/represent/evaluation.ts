import type { Operator } from "./lexicon.js";
import type { PhraseMatch, RepToken } from "./phrases.js";
import { negatedAt } from "./predicates.js";

/** An evaluative term of a claim on the scale shared by every language: -2 (hostile) … +2 (excellent). */
export interface Evaluation {
  level: number;
  /** The term's sense shared by every language ("constructive"), when the pack knows it (src/lexicon/evaluations.ts). */
  sense: string | null;
  /** The folded words of the term, for comparing wordings in one language. */
  key: string;
  text: string;
  start: number;
  end: number;
}

/** A hyphen joining two words with no space: they are one word. */
const HYPHEN = /^[-‐‑]$/u;

const clamp = (x: number) => Math.max(-2, Math.min(2, x));

/**
 * The evaluative terms of a claim: the pack's graded terms, one level stronger after an
 * intensifier ("very good" when only "good" is listed; "extremely poor"), the mild contrary after a
 * negation ("not constructive", "not a very good call": −1); never the second half of a hyphenated word ("de-escalation"),
 * nor a term before a unit of time or a hedge before a number word (`amounts`: where number words
 * and units of time begin; "a good hour", "gut eine Stunde").
 *
 * @example
 * readEvaluations(text, tokens, ops).map((e) => e.level) // [2]
 */
export function readEvaluations(
  text: string,
  tokens: readonly RepToken[],
  operators: readonly PhraseMatch<Operator>[],
  amounts: ReadonlyMap<number, "number" | "unit"> = new Map(),
): Evaluation[] {
  const intensifierEnds = new Set(operators.filter((m) => m.values.some((v) => v.t === "intensifier")).map((m) => m.to));
  const senses = operators.flatMap((m) => m.values.flatMap((v) => (v.t === "sense" ? [{ id: v.id, from: m.from, to: m.to }] : [])));
  const negationEnds = operators.filter((m) => m.values.some((v) => v.t === "negation")).map((m) => m.to);
  const out: Evaluation[] = [];
  for (const m of operators) {
    const ev = m.values.find((v): v is Extract<Operator, { t: "eval" }> => v.t === "eval");
    if (!ev) continue;
    // The second half of a hyphenated word is no term of its own: "de-escalation" is not
    // "escalation", "non-constructive" not "constructive".
    if (m.from > 0 && HYPHEN.test(text.slice(tokens[m.from - 1]!.end, tokens[m.from]!.start))) continue;
    // A term right before a unit of time, or a word that also hedges an amount before a number,
    // says how long, not how well: "a good hour", "une bonne heure", "gut eine Stunde".
    const amount = tokens[m.to] && /^\s+$/.test(text.slice(m.end, tokens[m.to]!.start)) ? amounts.get(m.to) : undefined;
    if (amount === "unit" || (amount === "number" && m.values.some((v) => v.t === "approx"))) continue;
    let level = ev.level;
    // Before the term ("very constructive") or inside it ("the talks were very open", «переговоры были очень открытыми»).
    const intensified = (intensifierEnds.has(m.from) || m.modifier !== undefined) && level !== 0;
    if (intensified) level = clamp(level + Math.sign(level));
    // Not so much the contrary as less: "not very constructive" is mildly negative, as "not
    // constructive" is, and so is "not a very good call" where "very good" is a term of its own
    // (a strong term denied is the mild contrary: "not hostile" is no warm praise).
    if (negatedAt(m.from, tokens, negationEnds, 2, text)) level = -Math.sign(ev.level);
    // The sense of the term: the longest sense form within it ("very good" → good).
    let sense: string | null = null;
    let size = 0;
    for (const x of senses) if (x.from >= m.from && x.to <= m.to && x.to - x.from > size) [sense, size] = [x.id, x.to - x.from];
    out.push({
      level,
      sense,
      // (without an intensifier inside: "talks were very open" is the term of "talks were open")
      key: tokens
        .slice(m.from, m.to)
        .filter((_, k) => m.from + k !== m.modifier)
        .map((t) => t.stem)
        .join(" "),
      text: text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
    });
  }
  return out;
}
