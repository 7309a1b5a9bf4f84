import { conceptKind, GENERIC_CONCEPTS } from "../../lexicon/concepts.js";
import { ENTITIES } from "../../lexicon/entities.js";
import type { ClaimRep } from "../represent/index.js";

/** The state each institution of the shared lexicon stands for ("us-government": US). */
const INSTITUTION_STATES: ReadonlyMap<string, string> = new Map(
  ENTITIES.filter((e) => e.kind === "institution" && e.side).map((e) => [`e:${e.id}`, `s:${e.side}`]),
);

/**
 * What tells a claim's matter apart beyond a generic concept: the specific subjects and places it
 * names, the designators ("F-16") and the states it names, as a state or through its government
 * ("Gli Stati Uniti" names the US government, "Statele Unite" the state).
 */
function apart(r: ClaimRep): Set<string> {
  const out = new Set<string>();
  for (const id of r.concepts) {
    const kind = conceptKind(id);
    if (!GENERIC_CONCEPTS.has(id) && (kind === "subject" || kind === "place")) out.add(`c:${id}`);
  }
  for (const k of r.keys) {
    if (k.key.startsWith("s:") || k.key.startsWith("d:")) out.add(k.key);
    const state = INSTITUTION_STATES.get(k.key);
    if (state) out.add(state);
  }
  return out;
}

/** Whether a claim names a party at all: a state or an institution. */
const namesParty = (r: ClaimRep) => r.keys.some((k) => k.key.startsWith("s:") || k.key.startsWith("e:"));

/**
 * Whether two claims whose acts bear on the same generic concept ("will supply ammunition", "не
 * будут поставлять боеприпасы") speak of one matter: both name a party, and neither names a
 * subject, designator or state the other does not ("weapons to Ukraine" is not "weapons to
 * Israel", the US supplying is not Russia supplying; "weapons" between no named parties is no
 * matter at all).
 *
 * @example
 * sameGenericMatter(usWillSupply, usWillNotSupply) // true
 */
export function sameGenericMatter(a: ClaimRep, b: ClaimRep): boolean {
  if (!namesParty(a) || !namesParty(b)) return false;
  const x = apart(a);
  const y = apart(b);
  if (x.size !== y.size) return false;
  for (const k of x) if (!y.has(k)) return false;
  return true;
}
