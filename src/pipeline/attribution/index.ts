/**
 * Attribution of one sentence of a news article: the rules below run in order and the first
 * that finds an attribution wins. Each rule is one file (NN-name.ts); shared helpers find
 * subjects (subjects.ts), sources (sources.ts) and content regions (region.ts).
 */
import { quoting } from "./00-quoting.js";
import { dashDialogue } from "./01-dash-dialogue.js";
import { asSource } from "./02-as-source.js";
import { trailing } from "./03-trailing.js";
import { parenthetical } from "./04-parenthetical.js";
import { opinion, openingSource } from "./05-opening-source.js";
import { postposition } from "./06-postposition.js";
import { reportingVerb } from "./07-reporting-verb.js";
import { impersonalVerb } from "./08-impersonal.js";
import { sourceElsewhere } from "./09-source-elsewhere.js";
import { statementNoun } from "./10-statement-noun.js";
import { colonLabel } from "./11-colon-label.js";
import { plan } from "./12-plan.js";
import type { AttributionRule, Ctx, Cue, Draft, SentenceCues, SentenceInfo } from "./types.js";
import { compoundOf, phraseAfter, wordClass } from "./phrase.js";
import { W, type CompiledPack } from "../lexicon.js";
import { knowledgeOnly, titleAfter } from "./sources.js";

export type { AttributionRule, Ctx, Draft, SentenceCues, SentenceInfo } from "./types.js";

/** The attribution rules, in the order they apply. */
export const RULES: readonly AttributionRule[] = [
  quoting,
  dashDialogue,
  asSource,
  trailing,
  parenthetical,
  openingSource,
  postposition,
  reportingVerb,
  impersonalVerb,
  sourceElsewhere,
  statementNoun,
  colonLabel,
  plan,
];

const CLAUSES = new WeakMap<CompiledPack, ReadonlySet<string>>();

/** The pack's complementizers that keep a negated report a report, folded once per pack. */
function negatedClauses(cp: CompiledPack): ReadonlySet<string> {
  let w = CLAUSES.get(cp);
  if (!w) {
    w = new Set(cp.pack.reporting.negatedReportClauses.map((x) => x.toLowerCase()));
    CLAUSES.set(cp, w);
  }
  return w;
}

const NO_CUES: SentenceCues = { verbs: [], impersonal: [], sources: [], trailing: [], nouns: [] };

const CLAUSE_AFTER = /^\s*,\s*(\p{L}+)/u;

/**
 * The cues of a sentence by kind; a reporting verb right after a negation ("did not comment", "nu a comentat") is
 * none, unless a comma and a complementizer of fact (`clauses`, pack `reporting.negatedReportClauses`) follow it:
 * "Sie konnte nicht bestätigen, dass …" reports that she could not confirm.
 */
export function sentenceCues(text: string, s: SentenceInfo, clauses?: ReadonlySet<string>): SentenceCues {
  const fact = (c: Cue) => {
    if (!clauses?.size) return false;
    const w = CLAUSE_AFTER.exec(text.slice(c.end, Math.min(s.end, c.end + 40)));
    return !!w && clauses.has(w[1]!.toLowerCase());
  };
  const negated = (c: Cue) =>
    s.cues.some((n) => n.kind === "neg" && n.to <= c.from && c.from - n.to <= 1 && !/[,.;:!?”"»]/u.test(text.slice(n.end, c.start))) && !fact(c);
  return {
    verbs: s.cues.filter((c) => c.kind === "verb" && !negated(c)),
    impersonal: s.cues.filter((c) => c.kind === "impersonal"),
    sources: s.cues.filter((c) => c.kind === "source"),
    trailing: s.cues.filter((c) => c.kind === "trailing"),
    nouns: s.cues.filter((c) => c.kind === "noun"),
  };
}

/**
 * Finds the attribution of one sentence, or null for narration.
 *
 * @example
 * attribute(ctx, sentenceOf("„Un summit trebuie organizat”, a declarat Peskov.")) // Draft: Dmitry Peskov, direct
 */
export function attribute(ctx: Ctx, s: SentenceInfo): Draft | null {
  const here = { ...ctx, sentence: s };
  // (with no cue, only a label can attribute: "Kremlin: “…”")
  // (or a preposition of view that opens it: "Pour Emmanuel Macron, …")
  // (or a verb of quoting, which need not be a reporting verb of the pack: "Reuters quoted Holt: “…”")
  if (s.cues.length === 0 && ctx.cp.sourcePrepositions.size === 0)
    return quoting.apply(here, s, { ...NO_CUES }) ?? (s.quotes.length ? colonLabel.apply(here, s, NO_CUES) : null) ?? opinion(here, s);
  const cues = sentenceCues(ctx.text, s, negatedClauses(ctx.cp));
  // A source word right after an article or a preposition is no source phrase but an ordinal or an
  // adjective ("nel secondo tempo", "il secondo vertice", "al secondo posto").
  const { tokens, cp } = ctx;
  // (not after a relative pronoun that is also an article: "die laut Gesetz …", "die nach Einschätzung des Amtes …")
  const modifier = (c: Cue) => {
    const w = c.from > s.t0 ? wordClass(cp, tokens[c.from - 1]) : 0;
    return (
      (w & (W.det | W.prep)) !== 0 &&
      !(w & (W.rel | W.pronoun)) &&
      !cp.relativeOpeners.has(tokens[c.from - 1]!.key) &&
      /^\s+$/u.test(ctx.text.slice(tokens[c.from - 1]!.end, c.start))
    );
  };
  cues.sources = [...cues.sources.filter((c) => !modifier(c)), ...nounSources(here, s)].sort((a, b) => a.from - b.from);
  // A medium's title in quotation marks right after a source phrase ("Die Regierung plant laut „Spiegel“ neue
  // Steuern") names the source: it is a title, never quoted content of a verb.
  const titled = s.quotes.filter((q) => cues.sources.some((c) => titleAfter(here, s, c)?.end === q.end));
  if (titled.length) {
    s = { ...s, quotes: s.quotes.filter((q) => !titled.includes(q)), titles: [...s.titles, ...titled] };
    here.sentence = s;
  }
  // Verbs of agreeing and discussing are what another cue of the sentence reports ("Secondo la Casa
  // Bianca, Trump e Putin hanno concordato che …", "…, the Kremlin said").
  if (
    cues.verbs.some((v) => !v.joint) ||
    cues.sources.length ||
    cues.trailing.length ||
    cues.impersonal.length ||
    s.cues.some((c) => c.kind === "post" || c.kind === "retro")
  ) {
    // (but a verb of discussing in a relative clause, with a quotation right after it, reports for the one the clause
    // is on: "…, che ha parlato di «…»", "…, care a vorbit despre „…”")
    cues.verbs = cues.verbs.filter((v) => !v.joint || quotedRelative(here, s, v));
  }
  for (const rule of RULES) {
    const d = rule.apply(here, s, cues);
    if (d) return d;
  }
  return null;
}

/** Whether a verb opens a relative clause after a comma ("…, che ha parlato di") and a quotation follows it right away. */
function quotedRelative(ctx: Ctx, s: SentenceInfo, v: Cue): boolean {
  const { tokens, text, cp } = ctx;
  let r = v.from - 1;
  while (r > s.t0 && v.from - r <= 3 && wordClass(cp, tokens[r]) & (W.aux | W.adv) && !(wordClass(cp, tokens[r]) & W.rel)) r--;
  if (r <= s.t0 || !(wordClass(cp, tokens[r]) & W.rel) || !/,\s*$/u.test(text.slice(tokens[r - 1]!.end, tokens[r]!.start))) return false;
  return s.quotes.some((q) => q.start >= v.end && /^\s*$/u.test(text.slice(v.end, q.start)));
}

/**
 * Source phrases made of a preposition and a noun of information (pack `sourcePrepositions`,
 * `sourceNouns`): "nach jüngsten Untersuchungen", "nach Einschätzung von Experten", "gemäß einem
 * Augenzeugen". They count as source cues of the sentence.
 */
function nounSources(ctx: Ctx, s: SentenceInfo): Cue[] {
  const { tokens, cp } = ctx;
  if (cp.sourcePrepositions.size === 0) return [];
  const out: Cue[] = [];
  for (let k = s.t0; k < s.t1 - 1; k++) {
    if (!cp.sourcePrepositions.has(tokens[k]!.key) || s.cues.some((c) => c.from <= k && k < c.to)) continue;
    const p = phraseAfter(ctx, s, k + 1);
    if (!p || p.from !== k + 1) continue;
    let hit = false;
    // (or, where compounds are one word, a compound ending in one: "nach Unternehmensangaben", "laut Presseberichten")
    for (let j = p.from; j < p.to && !hit; j++)
      hit = cp.sourceNouns.has(tokens[j]!.key) || (cp.pack.matching.capitalizedNouns && compoundOf(tokens[j]!.key, cp.sourceNouns, 6));
    if (hit && !knowledgeOnly(ctx, s, p)) out.push({ kind: "source", from: k, to: k + 1, start: tokens[k]!.start, end: tokens[k]!.end });
  }
  return out;
}
