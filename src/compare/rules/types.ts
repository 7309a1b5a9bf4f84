import type { Alignment, Disagreement } from "../../schema/comparison.js";
import type { SideAccount } from "../accounts.js";
import type { ScoredPair } from "../pairs.js";
import type { EventGroup } from "../events.js";
import type { ResolvedCompareOptions } from "../options.js";

/** Everything a disagreement rule sees of one event. */
export interface RuleInput {
  event: EventGroup;
  accounts: readonly SideAccount[];
  /** Event claims with no side (media, joint statements): they speak for no account. */
  neutral: SideAccount["claims"];
  /** Scored pairs of the event's claims, best first. */
  pairs: readonly ScoredPair[];
  /** The pairs of claims of two different sides that took part (see {@link crossSidePairs}), best first. */
  cross: readonly ScoredPair[];
  alignments: readonly Alignment[];
  /** Disagreements raised by the rules that ran before. */
  flagged: readonly Disagreement[];
  weights: ReadonlyMap<string, number>;
  options: ResolvedCompareOptions;
}

/** A disagreement rule: one module per type under `src/compare/rules/`. */
export type Rule = (input: RuleInput) => Disagreement[];

/**
 * Claim ids grouped by side, in the form the result carries.
 *
 * @example
 * sidesOf([["US", [spicer]], ["RU", [kremlin]]]) // { US: ["001.3"], RU: ["001.7"] }
 */
export function sidesOf(groups: ReadonlyArray<[string, readonly { claim: { id: string } }[]]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [side, claims] of groups) out[side] = [...new Set([...(out[side] ?? []), ...claims.map((k) => k.claim.id)])];
  return out;
}

/**
 * Pairs of claims from two different sides that both took part in the event (when the event
 * names at least two such sides; otherwise any two sides).
 *
 * @example
 * crossSidePairs(input.pairs, input.event).every((p) => p.a.side !== p.b.side) // true
 */
export function crossSidePairs(pairs: readonly ScoredPair[], event: RuleInput["event"]): ScoredPair[] {
  const parties = new Set(event.participantSides);
  const ok = (side: string | null) => side !== null && (parties.size < 2 || parties.has(side));
  return pairs.filter((p) => ok(p.a.side) && ok(p.b.side) && p.a.side !== p.b.side);
}

/**
 * Shared topics of two claims, heaviest first (rarer topics name the thing more precisely).
 *
 * @example
 * sharedTopics(pair, weights) // ["isis", "syria", "terrorism"]
 */
export function sharedTopics(p: ScoredPair, weights: ReadonlyMap<string, number>, exclude: readonly string[] = []): string[] {
  return p.evidence.topics
    .filter((t) => !exclude.includes(t))
    .sort((x, y) => (weights.get(y) ?? 1) - (weights.get(x) ?? 1) || x.localeCompare(y));
}
