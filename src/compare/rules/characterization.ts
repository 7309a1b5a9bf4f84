import type { Disagreement } from "../../schema/comparison.js";
import { pairDiff } from "../diff.js";
import { eventLabel, quote, speakersLabel, topicLabel } from "../explain.js";
import { spansOf, type ClaimRep, type Evaluation, type Key } from "../represent/index.js";
import { crossSide, sameMatter, sidesOf, type RuleInput } from "./types.js";
import { distancedShared } from "../match/core.js";
import { GENERIC_CONCEPTS } from "../../lexicon/concepts.js";
import { topicOfKey } from "./topic.js";

/** Characters between an evaluative term and the mention of the subject it qualifies. */
const REACH = 60;

/** The claim with only the evaluations that stand by a mention of `key` ("the unsatisfactory state of relations"). */
function near(r: ClaimRep, key: string): ClaimRep {
  const spans = spansOf(r, key);
  const evaluations = r.evaluations.filter((e) => spans.some(([s, t]) => Math.abs(e.start - t) <= REACH || Math.abs(s - e.end) <= REACH));
  return { ...r, evaluations };
}

/** The strongest evaluation of a claim (largest magnitude; the first on a tie). */
function strongest(r: ClaimRep): Evaluation | null {
  let best: Evaluation | null = null;
  for (const e of r.evaluations) if (!best || Math.abs(e.level) > Math.abs(best.level)) best = e;
  return best;
}

/**
 * How two evaluations of one thing differ: 2 when their signs are opposite ("totally
 * unsatisfactory" against "strong and lasting"), 1 when they lie at different levels of one
 * scale ("very good" against "constructive"), or, in one language, use different words of one
 * level; 0 when they agree.
 *
 * @example
 * contrast(veryGood, constructive) // 1
 */
export function contrast(a: ClaimRep, b: ClaimRep): number {
  const x = strongest(a);
  const y = strongest(b);
  if (!x || !y) return 0;
  if (Math.sign(x.level) * Math.sign(y.level) < 0) return 2;
  if (x.level !== y.level) return 1;
  if (a.language === b.language && !a.evaluations.some((e) => b.evaluations.some((f) => f.key === e.key))) return 1;
  return 0;
}

/** Whether a claim evaluates the encounter itself ("a very good conversation", "the talks were constructive"). */
export const evaluatesEncounter = (r: ClaimRep): boolean => r.encounterLevel !== null;

const terms = (r: ClaimRep) => [...new Set(r.evaluations.map((e) => `“${e.text}”`))].join(" and ");

function flag(a: ClaimRep, b: ClaimRep, topic: string, level: number, input: RuleInput, more: readonly ClaimRep[] = []): Disagreement {
  const [x, y] = a.order <= b.order ? [a, b] : [b, a];
  const all = [...new Map([x, y, ...more].map((r) => [r.claim.id, r])).values()].sort((p, q) => p.order - q.order);
  return {
    type: "characterization",
    topic,
    claims: all.map((r) => r.claim.id),
    sides: sidesOf(all),
    explanation:
      `Characterization of ${topicLabel(topic)} in ${eventLabel(input.event)}: ${speakersLabel([x], x.side)} says ${terms(x)} ` +
      `(${quote(x.claim.assertion)}), while ${speakersLabel([y], y.side)} says ${terms(y)} (${quote(y.claim.assertion)}).`,
    diff: pairDiff(x, y),
    confidence: level === 2 ? 0.8 : 0.65,
  };
}

/** Pairs of sides whose accounts use one evaluative term (one language) somewhere in the event: they agree on it. */
function sharedTerms(input: RuleInput): Set<string> {
  const out = new Set<string>();
  const terms = input.accounts.map((acc) => ({ side: acc.side, keys: new Set(acc.reps.flatMap((r) => r.evaluations.map((e) => `${r.language}:${e.key}`))) }));
  for (let i = 0; i < terms.length; i++) {
    for (let j = i + 1; j < terms.length; j++) {
      if ([...terms[i]!.keys].some((t) => terms[j]!.keys.has(t))) out.add([terms[i]!.side, terms[j]!.side].sort().join("|"));
    }
  }
  return out;
}

/**
 * `characterization`: two sides evaluate one thing in terms that differ on the scale shared by
 * every language (opposite signs, or different levels: "very good" against "constructive"), or,
 * within one language, in different words. The encounter itself is compared once per pair of
 * sides, preferring two claims in one language (whose words can be set side by side); a matter
 * both speak of (a shared subject) is compared pair by pair. Two sides that use one term
 * somewhere agree on it. Only the sides that took part are compared: a third party reacting to
 * the event has an account of its own. Evaluative terms come from the packs (`pack.compare.evaluative`).
 *
 * @example
 * characterization(input)[0].explanation
 * // "Characterization of tone in the phone call of 2 May 2017: Sean Spicer (US) says “bardzo dobra” …"
 */
export function characterization(input: RuleInput): Disagreement[] {
  const out: Disagreement[] = [];
  const agreeing = sharedTerms(input);
  const parties = input.accounts.filter((a) => a.participant);
  // The encounter, once per pair of sides.
  for (let i = 0; i < parties.length; i++) {
    for (let j = i + 1; j < parties.length; j++) {
      const sidePair = [parties[i]!.side, parties[j]!.side].sort().join("|");
      const xs = parties[i]!.reps.filter(evaluatesEncounter);
      const ys = parties[j]!.reps.filter(evaluatesEncounter);
      let best: { a: ClaimRep; b: ClaimRep; level: number; rank: number } | null = null;
      for (const a of xs) {
        for (const b of ys) {
          const level = contrast(a, b);
          if (level === 0 || (level === 1 && agreeing.has(sidePair))) continue;
          const rank = level * 4 + (a.language === b.language ? 2 : 0) + (a.claim.articleId === b.claim.articleId ? 1 : 0);
          if (!best || rank > best.rank) best = { a, b, level, rank };
        }
      }
      if (best) {
        // Every claim of either side that evaluates the encounter in its side's way is evidence:
        // one outlet's "very good" and another's "molto buona" say the same against "constructive".
        const { a, b } = best;
        const like = (list: readonly ClaimRep[], r: ClaimRep, other: ClaimRep) =>
          list.filter((c) => contrast(c, other) > 0 && Math.sign(c.encounterLevel!) === Math.sign(r.encounterLevel!));
        out.push(flag(a, b, "tone", best.level, input, [...like(xs, a, b), ...like(ys, b, a)]));
      }
    }
  }
  // Matters both speak of: a subject both name that tells them apart in the event, each
  // evaluated where the claim names it. One flag per pair of sides and subject, the sharpest first.
  const used = new Set(out.flatMap((d) => d.claims));
  const candidates: Array<{ p: (typeof input.pairs)[number]; key: Key; level: number }> = [];
  const partySides = new Set(parties.map((a) => a.side));
  for (const p of input.pairs) {
    if (!crossSide(p)) continue;
    // Two sides that took part: a third party reacting to the event has its own account, not a side of this comparison.
    if (!partySides.has(p.a.side!) || !partySides.has(p.b.side!)) continue;
    // A matter one side asserts and the other holds at a distance ("Russia's escalating military
    // buildup" against "tensions stoked over our troops' movements"; "swift and severe costs"
    // against "a mention, as might have been expected, of sanctions").
    // A matter named only under a condition ("a further invasion would bring…", "if Russia
    // invades…") is not asserted: the other side's distance from it is no contrast.
    const distanced = distancedShared(p.a, p.b, p.evidence.shared);
    const asserted = (k: Key) => !underCondition(p.a.heldAtDistance.includes(k.key) ? p.b : p.a, k.key);
    const held =
      distanced.size && sameMatter(p, input.options.threshold)
        ? p.evidence.shared.find(
            (k) =>
              distanced.has(k.key) &&
              asserted(k) &&
              (k.kind === "subject" || k.kind === "place") &&
              !GENERIC_CONCEPTS.has(k.key.slice(2)) &&
              input.weights.telling(k.key, k.kind),
          )
        : undefined;
    if (held) {
      candidates.push({ p, key: held, level: 2 });
      continue;
    }
    if (evaluatesEncounter(p.a) && evaluatesEncounter(p.b)) continue;
    for (const key of p.evidence.shared) {
      // A territory that is no party of the event ("Taiwan" in a US–China call) is a matter too,
      // however many of its claims name it (one flag per pair of sides and matter, below).
      const territory = key.kind === "state" && !input.weights.party(key.key);
      if (!territory && (!(key.kind === "subject" || key.kind === "place") || !input.weights.telling(key.key, key.kind))) continue;
      const a = near(p.a, key.key);
      const b = near(p.b, key.key);
      const level = contrast(a, b);
      if (level === 0 || (level === 1 && agreeing.has([p.a.side, p.b.side].sort().join("|")))) continue;
      candidates.push({ p, key, level });
      break;
    }
  }
  candidates.sort((x, y) => y.level - x.level || y.p.evidence.score - x.p.evidence.score || x.p.a.order - y.p.a.order);
  const disputes = new Map<string, MatterDispute>();
  for (const { p, key, level } of candidates) {
    const topic = topicOfKey(key);
    if (!topic) continue;
    const slot = `${[p.a.side, p.b.side].sort().join("|")}|${topic}`;
    const dispute = disputes.get(slot);
    // One matter between two sides is one dispute: another outlet's claim that takes its side's
    // part in it (the same sign, the same distance) joins its flag instead of being dropped.
    if (dispute) {
      if (joins(dispute, p.a, key.key) && joins(dispute, p.b, key.key)) {
        for (const r of [p.a, p.b]) if (!dispute.flag.claims.includes(r.claim.id) && !used.has(r.claim.id)) dispute.reps.push(r);
        const all = [...new Map(dispute.reps.map((r) => [r.claim.id, r])).values()].sort((x, y) => x.order - y.order);
        dispute.flag.claims = all.map((r) => r.claim.id);
        dispute.flag.sides = sidesOf(all);
        for (const r of all) used.add(r.claim.id);
      }
      continue;
    }
    if (used.has(p.a.claim.id) || used.has(p.b.claim.id)) continue;
    used.add(p.a.claim.id);
    used.add(p.b.claim.id);
    const f = flag(p.a, p.b, topic, level, input);
    disputes.set(slot, {
      flag: f,
      reps: [p.a, p.b],
      part: new Map([
        [p.a.side!, part(p.a, key.key)],
        [p.b.side!, part(p.b, key.key)],
      ]),
    });
    out.push(f);
  }
  return out;
}

/** A characterization flag on a matter between two sides, with the part each side takes in it. */
interface MatterDispute {
  flag: Disagreement;
  reps: ClaimRep[];
  /** Per side: the sign of its evaluation of the matter and whether it holds the matter at a distance. */
  part: Map<string, string>;
}

/** The part a claim takes on a matter: the sign of its evaluation there and whether it holds the matter at a distance. */
function part(r: ClaimRep, key: string): string {
  return `${Math.sign(strongest(near(r, key))?.level ?? 0)}|${r.heldAtDistance.includes(key)}`;
}

/** Whether a claim takes its side's part in a dispute (see {@link part}). */
const joins = (d: MatterDispute, r: ClaimRep, key: string) => r.side !== null && d.part.get(r.side) === part(r, key);

/** Characters between a condition marker and a matter it puts under condition ("a further invasion … would"). */
const CONDITION_REACH = 40;

/** Whether a claim names a matter only beside a condition marker: "a further invasion would bring…", "if Russia invades". */
function underCondition(r: ClaimRep, key: string): boolean {
  if (r.conditionals.length === 0) return false;
  const spans = spansOf(r, key);
  return spans.length > 0 && spans.every(([s, e]) => r.conditionals.some((c) => Math.abs(c - e) <= CONDITION_REACH || Math.abs(c - s) <= CONDITION_REACH));
}
