import type { ClaimRep } from "../represent/index.js";

/** Handing over: what is handed over is the matter, so one delivery affirmed and another denied are two matters or a conflict, never one report. */
const HANDING_OVER = "provide";

/**
 * Whether two claims state one act with opposite polarity where that cannot be one report: one
 * only affirms an act of a class and the other only negates it, and either one of them holds the
 * act under a condition ("would send ammunition if Russia attacked" against "will not send
 * ammunition") or the act is a handing over ("will not deliver Taurus" against "will deliver
 * Patriot"). Other acts of opposite polarity may say one thing in two ways ("does not support
 * Taiwan's independence" and "respects the One China principle"), so they are left to the
 * matching. Whether the difference is a stance is the stance rule's decision; this only keeps
 * such pairs out of the alignments.
 *
 * @example
 * oppositePolarity(wouldSendIfAttacked, willNotSend) // true
 */
export function oppositePolarity(a: ClaimRep, b: ClaimRep): boolean {
  for (const p of a.predicates) {
    if (p.held) continue;
    const mine = polarityOf(a, p.cls);
    const theirs = polarityOf(b, p.cls);
    if (mine === null || theirs === null || mine === theirs) continue;
    const conditional = [...a.predicates, ...b.predicates].some((q) => q.cls === p.cls && q.conditional);
    if (conditional || p.cls === HANDING_OVER) return true;
  }
  return false;
}

/** Whether a claim only affirms (false), only negates (true) an act of class `cls`, or null (no such act, or both). */
function polarityOf(r: ClaimRep, cls: string): boolean | null {
  let negated: boolean | null = null;
  for (const p of r.predicates) {
    if (p.cls !== cls || p.held) continue;
    if (negated === null) negated = p.negated;
    else if (negated !== p.negated) return null;
  }
  return negated;
}
