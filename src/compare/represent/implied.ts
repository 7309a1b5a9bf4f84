import type { Quantity } from "./quantities.js";

/**
 * Concepts a claim's amounts speak of whatever its words: a length of time under a day ("una
 * hora y media", "an hour and a half", "понад дві години") is how long the encounter lasted, the
 * concept `duration`, even where the pack has no form of the verb that says so ("ha durado",
 * "went on for"). Lengths of days and more (a 30-day ceasefire, a year's programme) imply nothing.
 *
 * @example
 * impliedConcepts([{ kind: "duration", unit: "time", lo: 90, hi: 90, … }]) // ["duration"]
 */
export function impliedConcepts(quantities: readonly Quantity[]): string[] {
  return quantities.some((q) => q.kind === "duration" && q.unit === "time") ? ["duration"] : [];
}
