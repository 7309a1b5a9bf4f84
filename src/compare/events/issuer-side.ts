import { describedSide } from "../accounts.js";
import type { CompareLexicon } from "../represent/lexicon.js";

/**
 * The side of the institution that issued a first-party document: the lexicon's side of it where
 * the lexicon knows it (Kremlin → RU), else the state its own words name as a government body
 * ("Guvernul României" → RO, "Cổng Thông tin điện tử Chính phủ" → VN, "Gobierno de España" → ES),
 * read as a speaker's description is (see `describedSide`). Null when the issuer names no state or
 * several, or is a news medium.
 *
 * @example
 * issuerSideOf("Guvernul României", ro) // "RO"
 */
export function issuerSideOf(issuer: string | null | undefined, lex: CompareLexicon): string | null {
  if (!issuer) return null;
  const known = lex.lexicon.issuerFromName(issuer);
  if (known) return known.side ?? null;
  return describedSide({ name: issuer, id: null, mention: issuer, mentionSpan: null, kind: "institution", role: null, side: null }, lex);
}
