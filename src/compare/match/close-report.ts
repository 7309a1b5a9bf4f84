import type { ScoredPair } from "./pairs.js";

/** Least score of such a pair: well above the default threshold (0.45) plus the margin a side-less pair needs. */
const CLOSE_SCORE = 0.7;
/** Least share of the shorter claim's keys the two share: one holds all the other says. */
const CLOSE_CONTAINMENT = 0.9;
/** Least core (see `match/core.ts`): one specific subject and a generic one at least, short of a full core. */
const CLOSE_CORE = 1.5;
/** Lead over each claim's next partner in the other article. */
const CLOSE_MARGIN = 0.1;

/**
 * One side's line carried by two outlets (or its readout and an outlet), translated: the two
 * share nearly all the keys the shorter one has, score far above the threshold, and each is the
 * other's clear best partner in the other article — yet they share one subject and its field
 * rather than two subjects ("opening the first EU accession cluster this month", «відкриття
 * першого переговорного кластера щодо вступу України до ЄС», "das erste Verhandlungskapitel für
 * den Beitritt der Ukraine"). Such a pair aligns short of a full core. Two sides' accounts do not
 * (each says it in its own words), nor pairs of a source of no known side.
 *
 * @example
 * closeReport(pair, bestA, bestB, nextA, nextB) // true for one readout line and its translation
 */
export function closeReport(
  p: ScoredPair,
  bestA: ReadonlyMap<string, number>,
  bestB: ReadonlyMap<string, number>,
  nextA: ReadonlyMap<string, number>,
  nextB: ReadonlyMap<string, number>,
): boolean {
  const s = p.evidence.score;
  return (
    p.relation === "same-report" &&
    p.a.side !== null &&
    p.a.side === p.b.side &&
    p.evidence.core >= CLOSE_CORE &&
    p.evidence.containment >= CLOSE_CONTAINMENT &&
    s >= CLOSE_SCORE &&
    s === bestA.get(p.a.claim.id) &&
    s === bestB.get(p.b.claim.id) &&
    (nextA.get(p.a.claim.id) ?? 0) <= s - CLOSE_MARGIN &&
    (nextB.get(p.b.claim.id) ?? 0) <= s - CLOSE_MARGIN
  );
}
