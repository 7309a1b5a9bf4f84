import type { Disagreement } from "../../schema/comparison.js";
import { pairDiff } from "../diff.js";
import { eventLabel, quote, speakersLabel, topicLabel } from "../explain.js";
import type { ScoredPair } from "../match/pairs.js";
import { conflicts, type Quantity } from "../represent/quantities.js";
import type { ClaimRep } from "../represent/index.js";
import { sameMatter, sidesOf, type RuleInput } from "./types.js";
import { pairTopics } from "./topic.js";

/**
 * The first pair of amounts of one kind that conflict between two claims, or null.
 *
 * @example
 * quantityConflict(whiteHouseHour, kremlin45).map((q) => q.text) // ["an hour", "45 minutes"]
 */
export function quantityConflict(a: { quantities: readonly Quantity[] }, b: { quantities: readonly Quantity[] }): [Quantity, Quantity] | null {
  for (const x of a.quantities) for (const y of b.quantities) if (conflicts(x, y)) return [x, y];
  return null;
}

/** The amounts of one kind that the two claims both state agree somewhere (the same figure named twice). */
function agreeSomewhere(a: readonly Quantity[], b: readonly Quantity[], kind: Quantity["kind"], unit: string): boolean {
  for (const x of a) for (const y of b) if (x.kind === kind && y.kind === kind && x.unit === unit && y.unit === unit && !conflicts(x, y)) return true;
  return false;
}

const TOPIC_OF_KIND: Partial<Record<Quantity["kind"], string>> = { duration: "duration" };

/**
 * Whether the two amounts are about one thing: a length both claims give for the encounter they
 * name (or its length), or any amount of two claims on one matter (a key that tells them apart).
 */
function sameThing(p: ScoredPair, x: Quantity, input: RuleInput): boolean {
  if (x.kind === "duration" && x.unit === "time") {
    const about = (k: { key: string; kind: string }) => k.kind === "event" || k.key === "c:duration";
    if (p.evidence.shared.some(about)) return true;
  }
  return sameMatter(p, input.options.threshold);
}

/**
 * `factual`: two claims on one matter (sharing a key that tells them apart) give amounts of one
 * kind that cannot both be true: durations ("45 minutes" against "an hour"; "just over an hour"
 * against 16:04–17:06 is no conflict), dates ("27/12" against "17/12"), counts of one noun. Any
 * two sources can conflict, two outlets reporting one statement included. Never across two
 * things: claims about another encounter were put in an event of their own, and an amount
 * both claims also state alike is no conflict.
 *
 * @example
 * factual(input)[0]?.explanation // "Conflicting figures on duration in the phone call of …: White House (US) says “an hour” …"
 */
export function factual(input: RuleInput): Disagreement[] {
  const out: Disagreement[] = [];
  const disputes: Dispute[] = [];
  const used = new Set<string>();
  for (const p of input.pairs) {
    if (used.has(p.a.claim.id) || used.has(p.b.claim.id)) continue;
    const hits = differingValues(p, input);
    if (hits.length === 0) continue;
    const [x, y] = hits[0]!;
    const topic = TOPIC_OF_KIND[x.kind] ?? pairTopics(p, input.weights)[0] ?? "figures";
    // One flag per pair of claims, naming every value on which they differ.
    used.add(p.a.claim.id);
    used.add(p.b.claim.id);
    // Two outlets retelling one side's figure against the other's are the same dispute: their
    // claims join its flag ("90 minutes" against "two hours", told in three languages).
    const { a, b } = p;
    // A retelling with no side (an outlet's "the Polish chancellery said 40 minutes") joins a
    // dispute when its figure is the other side's there.
    const same = disputes.find((d) => {
      if (d.topic !== topic) return false;
      const sa = a.side ?? otherFitting(d, b.side, x);
      const sb = b.side ?? otherFitting(d, a.side, y);
      return sa !== null && sb !== null && sa !== sb && fits(d, sa, x) && fits(d, sb, y);
    });
    if (same) {
      const f = same.flag;
      f.claims = [...new Set([...f.claims, a.claim.id, b.claim.id])];
      same.reps.push(a, b);
      f.sides = sidesOf(same.reps);
      continue;
    }
    const f = flag(p, topic, hits, input);
    out.push(f);
    if (a.side && b.side && a.side !== b.side)
      disputes.push({
        topic,
        values: new Map([
          [a.side, x],
          [b.side, y],
        ]),
        reps: [a, b],
        flag: f,
      });
  }
  return out;
}

/** A factual flag between two sides, with the figure each side gives. */
interface Dispute {
  topic: string;
  values: Map<string, Quantity>;
  reps: ClaimRep[];
  flag: Disagreement;
}

/** The one side of the dispute, other than `not`, whose figure `q` is; null when none or several. */
function otherFitting(d: Dispute, not: string | null, q: Quantity): string | null {
  if (not === null) return null;
  const sides = [...d.values.keys()].filter((s) => s !== not && fits(d, s, q));
  return sides.length === 1 ? sides[0]! : null;
}

/** Whether side `side` gives figure `q` in the dispute: the same kind and unit, and no conflict with its figure there. */
function fits(d: Dispute, side: string, q: Quantity): boolean {
  const v = d.values.get(side);
  return v !== undefined && v.kind === q.kind && v.unit === q.unit && !conflicts(v, q);
}

/**
 * The values on which two claims differ, one pair of amounts per kind and unit: a duration and a
 * count may both differ; a value both claims state alike is never one of them, even when another
 * value differs.
 */
export function differingValues(p: ScoredPair, input: RuleInput): [Quantity, Quantity][] {
  const out: [Quantity, Quantity][] = [];
  const seen = new Set<string>();
  for (const x of p.a.quantities) {
    for (const y of p.b.quantities) {
      if (!conflicts(x, y)) continue;
      const kind = `${x.kind}|${x.kind === "date" ? "" : x.unit}`;
      if (seen.has(kind)) continue;
      if (!sameThing(p, x, input)) continue;
      if (agreeSomewhere(p.a.quantities, p.b.quantities, x.kind, x.unit)) continue;
      seen.add(kind);
      out.push([x, y]);
    }
  }
  return out;
}

function flag(p: ScoredPair, topic: string, hits: readonly [Quantity, Quantity][], input: RuleInput): Disagreement {
  const { a, b } = p;
  const said = (k: 0 | 1) => hits.map((h) => `“${h[k].text}”`).join(" and ");
  return {
    type: "factual",
    topic,
    claims: [a.claim.id, b.claim.id],
    sides: sidesOf([a, b]),
    explanation:
      `Conflicting figures on ${topicLabel(topic)} in ${eventLabel(input.event)}: ${speakersLabel([a], a.side)} says ${said(0)} ` +
      `(${quote(a.claim.assertion)}), ${speakersLabel([b], b.side)} says ${said(1)} (${quote(b.claim.assertion)}).`,
    diff: pairDiff(a, b),
    confidence: 0.7,
  };
}
