import type { Disagreement } from "../../schema/comparison.js";
import type { SideAccount } from "../accounts.js";
import type { EventGroup } from "../events/index.js";
import type { ScoredPair } from "../match/pairs.js";
import type { EventWeights } from "../match/weights.js";
import type { ResolvedCompareOptions } from "../options.js";
import type { ClaimRep } from "../represent/index.js";

/** Everything a disagreement rule sees of one event. */
export interface RuleInput {
  event: EventGroup;
  accounts: readonly SideAccount[];
  /** Scored pairs of the event's claims that can be related, best first. */
  pairs: readonly ScoredPair[];
  /** Pairs that speak of the same matter (see {@link sameMatter}), best first. */
  related: readonly ScoredPair[];
  /** Pairs chosen as alignments. */
  aligned: readonly ScoredPair[];
  weights: EventWeights;
  options: ResolvedCompareOptions;
  /**
   * Corroborations left out because a same report of one claim takes the opposite stance to the
   * other (see `withoutContradictedCorroborations` in `compare/index.ts`): the other side spoke of
   * the matter, against it.
   */
  contradicted?: readonly ScoredPair[];
  /** Disagreements raised by the rules that ran before. */
  flagged: readonly Disagreement[];
}

/** A disagreement rule: one module per type under `src/compare/rules/`. */
export type Rule = (input: RuleInput) => Disagreement[];

/** Share of the alignment threshold from which two claims speak of the same matter (a rule can compare them). */
export const MATTER_SHARE = 0.55;

/**
 * Whether a scored pair speaks of one matter: a key that tells it apart within the event and a
 * score of at least {@link MATTER_SHARE} of the alignment threshold.
 */
export function sameMatter(p: ScoredPair, threshold: number): boolean {
  return p.evidence.discriminative && p.evidence.score >= MATTER_SHARE * threshold;
}

/** Whether both claims come from two different sides of the event. */
export const crossSide = (p: ScoredPair) => p.a.side !== null && p.b.side !== null && p.a.side !== p.b.side;

/**
 * Claim ids grouped by side, in the form the result carries (`none` for claims with no side).
 *
 * @example
 * sidesOf([spicer, kremlin]) // { US: ["001.3"], RU: ["001.7"] }
 */
export function sidesOf(reps: readonly ClaimRep[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of reps) (out[r.side ?? "none"] ??= []).includes(r.claim.id) || out[r.side ?? "none"]!.push(r.claim.id);
  return out;
}
