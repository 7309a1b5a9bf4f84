import type { PredicateClass } from "../../schema/pack.js";
import type { Operator } from "./lexicon.js";
import type { PhraseMatch, RepToken } from "./phrases.js";

/** A predicate of a claim: its class, whether it is negated, whether it is hedged by a condition. */
export interface Predicate {
  cls: PredicateClass;
  negated: boolean;
  conditional: boolean;
  /**
   * The act is held until a condition is met, not asserted nor denied: "there will be no agreement
   * until everything is agreed", "eine Einigung gebe es erst, wenn …". Such an act is conditional.
   */
  held: boolean;
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
export function readPredicates(
  text: string,
  tokens: readonly RepToken[],
  operators: readonly PhraseMatch<Operator>[],
  timeWords: ReadonlySet<string> = new Set(),
): Predicate[] {
  const negations = operators.filter((m) => m.values.some((v) => v.t === "negation"));
  const negationEnds = negations.map((m) => m.to);
  const conditional = operators.some((m) => m.values.some((v) => v.t === "conditional"));
  const pendingOps = operators.filter((m) => m.values.some((v) => v.t === "pending"));
  const onlyWhen = operators.filter((m) => m.values.some((v) => v.t === "onlyWhen"));
  const pending = [...pendingOps, ...onlyWhen].map((m) => m.to);
  const unrealised = operators.filter((m) => m.values.some((v) => v.t === "unrealised"));
  const joiners = new Set(operators.filter((m) => m.values.some((v) => v.t === "joiner")).map((m) => m.from));
  const out: Predicate[] = [];
  for (const m of operators) {
    // "thanks to" holds "thanks" but thanks no one.
    if (m.values.some((v) => v.t === "notPredicate")) continue;
    // "no agreement until …": a negated act before a word of pending; "Einigung … erst, wenn …": any act before a word of onlyWhen.
    const before = (list: readonly PhraseMatch<Operator>[]) => list.some((k) => k.from >= m.to && sameSentence(m.to - 1, k.from, tokens));
    for (const v of m.values) {
      let gap: [number, number] | null = null;
      let end = m.end;
      if (v.t === "split") {
        const at = particleAt(m.to, v.tail, tokens, text, joiners);
        if (at < 0) continue;
        gap = [m.to, at];
        end = tokens[at]!.end;
      } else if (v.t === "phrasal") {
        const at = linkAt(m.to, v.links, tokens, text, timeWords, v.afterTime);
        if (at < 0) continue;
      } else if (v.t !== "predicate") continue;
      const negated =
        (v.t === "predicate" && v.negative === true) ||
        negatedAt(m.from, tokens, negationEnds, NEGATION_REACH, text) ||
        // "lehnte den Vorschlag nicht ab": the negation stands between the verb and its particle.
        (gap !== null && negations.some((n) => n.from >= gap[0] && n.to <= gap[1])) ||
        unrealised.some((u) => sameClause(u.to <= m.from ? u.to - 1 : m.to - 1, u.to <= m.from ? m.from : u.from, tokens, text));
      const held = (negated && before(pendingOps)) || before(onlyWhen);
      out.push({
        cls: v.cls,
        negated,
        conditional: conditional || held || pending.some((k) => k <= m.from && sameSentence(k, m.from, tokens)),
        held,
        text: gap ? `${text.slice(m.start, m.end)} … ${text.slice(tokens[gap[1]]!.start, end)}` : text.slice(m.start, m.end),
        start: m.start,
        end: m.end,
      });
    }
  }
  return out;
}

/** Most words between a verb and the particle that ends its clause ("lehnte den amerikanischen Vorschlag einer Waffenruhe ab"). */
const PARTICLE_REACH = 10;

/** Punctuation after which a clause has ended. */
const CLAUSE_END = /[.,;:!?()"«»“”„]/;

/**
 * Where the particle `tail` of a verb ends its clause after token `from` ("Moskau lehnte den
 * Vorschlag ab.", "… ab und forderte …"), or -1: the particle must be the clause's last word
 * (before punctuation, a joiner or the end), with no clause break before it.
 */
function particleAt(from: number, tail: string, tokens: readonly RepToken[], text: string, joiners: ReadonlySet<number>): number {
  for (let k = from; k < tokens.length && k - from < PARTICLE_REACH; k++) {
    const t = tokens[k]!;
    if (!t.joins || CLAUSE_BREAK.test(text.slice(tokens[k - 1]!.end, t.start))) return -1;
    if (t.folded !== tail) continue;
    const next = tokens[k + 1];
    if (!next?.joins || CLAUSE_END.test(text.slice(t.end, next.start)) || joiners.has(k + 1)) return k;
  }
  return -1;
}

/** Most words of the object between a phrasal verb and its link ("called on the leaders of both countries to …"). */
const OBJECT_REACH = 8;

/**
 * Where a link word of a phrasal verb ("to", "for" of "called on … to") stands after its object,
 * from token `from` on, or -1: the object opens right after the verb and the link follows it
 * within {@link OBJECT_REACH} words in one clause. A time word or figure there (a weekday, a month:
 * "called on Monday") opens a time phrase, not an object: see {@link timeLinkAt}.
 */
function linkAt(
  from: number,
  links: readonly string[],
  tokens: readonly RepToken[],
  text: string,
  timeWords: ReadonlySet<string>,
  afterTime: readonly string[] = [],
): number {
  const first = tokens[from];
  if (!first?.joins || CLAUSE_BREAK.test(text.slice(tokens[from - 1]!.end, first.start))) return -1;
  if (first.digits || timeWords.has(first.folded)) return timeLinkAt(from, afterTime, tokens, text, timeWords);
  for (let k = from + 1; k < tokens.length && k - from <= OBJECT_REACH; k++) {
    const t = tokens[k]!;
    if (!t.joins || CLAUSE_BREAK.test(text.slice(tokens[k - 1]!.end, t.start))) return -1;
    if (links.includes(t.folded)) return k;
  }
  return -1;
}

/** Most words of a time phrase after a phrasal verb's particle ("on Monday", "on 5 March 2024"). */
const TIME_REACH = 4;

/**
 * Where a link that the verb takes without its particle (`afterTime`: the "for" of "called for")
 * stands right after the time phrase opened at token `from` ("called on Monday for talks"), or -1
 * ("called on Monday", "called on Monday to discuss …": a call made on a day).
 */
function timeLinkAt(from: number, afterTime: readonly string[], tokens: readonly RepToken[], text: string, timeWords: ReadonlySet<string>): number {
  if (afterTime.length === 0) return -1;
  let k = from;
  while (k < tokens.length && k - from < TIME_REACH && (tokens[k]!.digits || timeWords.has(tokens[k]!.folded))) {
    if (k > from && (!tokens[k]!.joins || CLAUSE_BREAK.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)))) return -1;
    k++;
  }
  const t = tokens[k];
  if (!t?.joins || CLAUSE_BREAK.test(text.slice(tokens[k - 1]!.end, t.start))) return -1;
  return afterTime.includes(t.folded) ? k : -1;
}

/** Most words between an act and the words saying it did not come about ("Einigung über eine Waffenruhe wurde nicht erzielt"). */
const UNREALISED_REACH = 8;

/** Whether tokens `from` (the last of one phrase) and `to` (the first of the next) are near, in one clause. */
function sameClause(from: number, to: number, tokens: readonly RepToken[], text: string): boolean {
  if (to - from > UNREALISED_REACH || to <= from) return false;
  for (let k = from + 1; k <= to && k < tokens.length; k++)
    if (!tokens[k]!.joins || CLAUSE_BREAK.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
  return true;
}

/** Whether no sentence break stands between tokens `from` and `to`. */
function sameSentence(from: number, to: number, tokens: readonly RepToken[]): boolean {
  for (let k = from + 1; k <= to && k < tokens.length; k++) if (!tokens[k]!.joins) return false;
  return true;
}
