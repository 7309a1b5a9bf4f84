import type { ArticleProfile } from "./profile.js";
import type { ClaimRep } from "../represent/index.js";

/** Claims of a first-party document an event must hold before its issuer counts as a party of it. */
const MIN_ISSUER_CLAIMS = 2;

/**
 * Marks every claim of a first-party document (a readout, a statement of a presidency) with the
 * side of the institution that issued it (`issuerSide`), so that an event can tell which states
 * wrote about it in their own name. A document with no issuer, or an issuer of no side, marks nothing.
 *
 * @example
 * markIssuerSides(profiles) // the claims of the La Moncloa readout: issuerSide "ES"
 */
export function markIssuerSides(profiles: readonly ArticleProfile[]): void {
  for (const p of profiles) {
    for (const r of p.reps) r.issuerSide = p.issuerSide;
  }
}

/**
 * The parties an event's own readouts add to those the lexicon's people give: a state that issued
 * a readout of the encounter took part in it, even when its leader is no one the lexicon knows
 * (a Spanish prime minister's visit, read from La Moncloa's readout, with Zelensky the only
 * known leader). They only complete a pair whose one party the people give: an event whose people
 * already give two parties keeps them (a third state's statement reacting to a call is no party
 * of it). One whose people give none (two leaders the lexicon does not know) takes its issuers
 * when exactly two states issued readouts of it (a Romanian–Vietnamese call told by both
 * governments); with one or three, nothing anchors which issuers met and which reacted, and it
 * keeps none (every side's account then counts as a party's, as before).
 *
 * @example
 * issuerParties(reps, new Set(["UA"])) // ["ES"] where La Moncloa's readout is among the claims
 */
export function issuerParties(reps: readonly ClaimRep[], sides: ReadonlySet<string>): string[] {
  if (sides.size > 1) return [];
  const count = new Map<string, number>();
  for (const r of reps) if (r.issuerSide) count.set(r.issuerSide, (count.get(r.issuerSide) ?? 0) + 1);
  const issuers = [...count.entries()].filter(([, n]) => n >= MIN_ISSUER_CLAIMS).map(([s]) => s);
  const all = new Set([...sides, ...issuers]);
  if (all.size !== 2) return [];
  return issuers.filter((s) => !sides.has(s)).sort();
}
