/**
 * Attribution of one sentence of a news article: the rules below run in order and the first
 * that finds an attribution wins. Each rule is one file (NN-name.ts); shared helpers find
 * subjects (subjects.ts), sources (sources.ts) and content regions (region.ts).
 */
import { dashDialogue } from "./01-dash-dialogue.js";
import { trailing } from "./02-trailing.js";
import { openingSource } from "./03-opening-source.js";
import { postposition } from "./04-postposition.js";
import { reportingVerb } from "./05-reporting-verb.js";
import { impersonalVerb } from "./06-impersonal.js";
import { sourceElsewhere } from "./07-source-elsewhere.js";
import { statementNoun } from "./08-statement-noun.js";
import type { AttributionRule, Ctx, Cue, Draft, SentenceCues, SentenceInfo } from "./types.js";

export type { AttributionRule, Ctx, Cue, Draft, SentenceCues, SentenceInfo } from "./types.js";
export { kindOf, trimRegion, makeDraft, implicit } from "./region.js";

/** The attribution rules, in the order they apply. */
export const RULES: readonly AttributionRule[] = [
  dashDialogue, trailing, openingSource, postposition, reportingVerb, impersonalVerb, sourceElsewhere, statementNoun,
];

/** The cues of a sentence by kind; a reporting verb right after a negation ("did not comment", "nu a comentat") is none. */
export function sentenceCues(text: string, s: SentenceInfo): SentenceCues {
  const negated = (c: Cue) => s.cues.some((n) => n.kind === "neg" && n.to <= c.from && c.from - n.to <= 1 && !/[,.;:!?”"»]/u.test(text.slice(n.end, c.start)));
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
  if (s.cues.length === 0) return null;
  const cues = sentenceCues(ctx.text, s);
  const here = { ...ctx, sentence: s };
  for (const rule of RULES) {
    const d = rule.apply(here, s, cues);
    if (d) return d;
  }
  return null;
}
