import type { ClaimRep } from "../represent/index.js";

/** Whether a claim asserts no act but denials: what it says is that something did not happen. */
const onlyDenies = (r: ClaimRep) => r.predicates.length > 0 && r.predicates.every((p) => p.negated);

/**
 * Whether two claims assert the same act of a predicate class with the same polarity: both
 * affirm it ("agreed", «домовилися»), or both say no more than that it did not happen ("no
 * agreement was reached", «eine Einigung sei nicht erzielt worden», "non è stato raggiunto alcun
 * accordo"). A denial beside acts a claim affirms ("he considers the relationship vital and does
 * not support X") is a detail of those acts, not what the claim asserts. One affirmed and one
 * negated is a conflict, not a shared act.
 *
 * @example
 * sameAct(noDealDe, noDealIt, "agree") // true; sameAct(dealUk, noDealEs, "agree") // false
 */
export function sameAct(a: ClaimRep, b: ClaimRep, cls: string): boolean {
  const has = (r: ClaimRep, negated: boolean) => r.predicates.some((p) => p.cls === cls && p.negated === negated);
  if (has(a, false) && has(b, false)) return true;
  return has(a, true) && has(b, true) && onlyDenies(a) && onlyDenies(b);
}
