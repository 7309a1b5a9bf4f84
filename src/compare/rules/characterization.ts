import type { Disagreement } from "../../schema/comparison.js";
import { evaluationsDiffer, pairDiff } from "../pairs.js";
import { eventLabel, quote, speakersLabel, topicLabel } from "../explain.js";
import type { ClaimKeys } from "../keys.js";
import { sharedTopics, type RuleInput } from "./types.js";

/**
 * Least pair score (as a share of the alignment threshold) for two claims to speak of the same
 * thing: one generic topic shared between a long list and a remark is not enough.
 */
const SCOPE = 0.25;

const terms = (k: ClaimKeys) => [...new Set(k.evaluative.map((e) => `“${e.text}”`))].join(" and ");

/**
 * `characterization`: two sides speak of the same thing (a shared topic, and enough overlap to
 * be about one subject) in evaluative terms
 * that differ — opposite polarity ("totally unsatisfactory" vs "strong and lasting"), or, in
 * one language, different words of one polarity ("very good" vs "constructive"). Two sides
 * using the same term (both call the call "positive") agree. Across languages only opposite
 * polarities are flagged, since the words cannot be compared without translation. Evaluative
 * terms come from the language packs (`pack.evaluative`).
 *
 * @example
 * characterization(input)[0].explanation
 * // "Characterization of tone in the phone call of 2 May 2017: Sean Spicer (US) says “bardzo dobra” …"
 */
export function characterization(input: RuleInput): Disagreement[] {
  const out: Disagreement[] = [];
  const usedTopics = new Set<string>();
  const usedClaims = new Set<string>();
  const shared = sharedTerms(input);
  const scope = SCOPE * input.options.threshold;
  const candidates = input.cross
    .filter((p) => p.evidence.overlap >= scope && evaluationsDiffer(p.a, p.b))
    .map((p) => ({ p, level: contrast(p.a, p.b) }))
    // Two sides that use one term somewhere (both call the call "positive") agree on that
    // polarity: different words of it elsewhere are no disagreement.
    .filter(({ p, level }) => level > 0 || !shared.has(sidePair(p.a.side!, p.b.side!)))
    .sort((x, y) => y.level - x.level || y.p.evidence.score - x.p.evidence.score);
  for (const { p, level } of candidates) {
    const [topic] = sharedTopics(p, input.weights);
    if (!topic) continue;
    const [a, b] = p.a.side! < p.b.side! ? [p.a, p.b] : [p.b, p.a];
    const key = `${sidePair(a.side!, b.side!)}|${topic}`;
    if (usedTopics.has(key) || usedClaims.has(a.claim.id) || usedClaims.has(b.claim.id)) continue;
    usedTopics.add(key);
    usedClaims.add(a.claim.id);
    usedClaims.add(b.claim.id);
    out.push({
      type: "characterization",
      topic,
      claims: [a.claim.id, b.claim.id],
      sides: { [a.side!]: [a.claim.id], [b.side!]: [b.claim.id] },
      explanation:
        `Characterization of ${topicLabel(topic)} in ${eventLabel(input.event)}: ${speakersLabel([a], a.side)} says ${terms(a)} ` +
        `(${quote(a.claim.assertion)}), while ${speakersLabel([b], b.side)} says ${terms(b)} (${quote(b.claim.assertion)}).`,
      diff: pairDiff(a, b),
      confidence: level === 2 ? 0.8 : level === 1 ? 0.7 : 0.6,
    });
  }
  return out;
}

const sidePair = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);

/**
 * How sharply two evaluations differ: 2 when their polarities are disjoint ("unsatisfactory"
 * vs "strong"), 1 when one has a polarity the other lacks, 0 for different words of one polarity.
 */
function contrast(a: ClaimKeys, b: ClaimKeys): number {
  const pa = new Set(a.evaluative.map((e) => e.polarity));
  const pb = new Set(b.evaluative.map((e) => e.polarity));
  const common = [...pa].filter((p) => pb.has(p)).length;
  if (common === 0) return 2;
  return pa.size > common || pb.size > common ? 1 : 0;
}

/** Pairs of sides whose accounts use one evaluative term (same language) somewhere in the event. */
function sharedTerms(input: RuleInput): Set<string> {
  const out = new Set<string>();
  const terms = input.accounts.map((acc) => ({ side: acc.side, keys: new Set(acc.claims.flatMap((k) => k.evaluative.map((e) => `${k.language}:${e.key}`))) }));
  for (let i = 0; i < terms.length; i++) {
    for (let j = i + 1; j < terms.length; j++) {
      if ([...terms[i]!.keys].some((t) => terms[j]!.keys.has(t))) out.add(sidePair(terms[i]!.side, terms[j]!.side));
    }
  }
  return out;
}
