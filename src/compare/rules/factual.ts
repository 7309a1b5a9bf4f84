import type { Disagreement } from "../../schema/comparison.js";
import { quantitiesConflict, pairDiff } from "../pairs.js";
import { eventLabel, quote, speakersLabel, topicLabel } from "../explain.js";
import type { ClaimKeys } from "../keys.js";
import { getEntity } from "../../lexicon/index.js";
import { sharedTopics, type RuleInput } from "./types.js";

/**
 * Whether two claims can be about one thing: neither names a person from a side that has no
 * account in the event (45 minutes "with Merkel" is another call), and when both name people
 * they name some of the same.
 */
function sameThing(a: ClaimKeys, b: ClaimKeys, sides: ReadonlySet<string>): boolean {
  const outsider = (k: ClaimKeys) => k.people.some((id) => {
    const side = getEntity(id)?.side;
    return side !== undefined && side !== null && !sides.has(side);
  });
  if (outsider(a) || outsider(b)) return false;
  if (a.people.length && b.people.length && !a.people.some((id) => b.people.includes(id))) return false;
  return true;
}

const amounts = (k: ClaimKeys) => k.quantities.map((q) => `“${q.text}”`).join(", ");

/**
 * `factual`: two sides give conflicting numbers for the same thing — durations or amounts of
 * one unit that differ by more than a quarter, in claims on a shared topic about the same
 * participants. Units come from the packs' `dates.units`; an amount whose unit the pack does
 * not know compares only with the same word in the same language. Never across two things:
 * a claim naming someone outside the event's sides (another call) is left alone.
 *
 * @example
 * factual(input)[0]?.explanation // "Conflicting figures on duration in …: Kremlin (RU) says “1 hour” …"
 */
export function factual(input: RuleInput): Disagreement[] {
  const out: Disagreement[] = [];
  const sides = new Set(input.accounts.map((a) => a.side));
  const used = new Set<string>();
  for (const p of input.cross) {
    if (!quantitiesConflict(p.a.quantities, p.b.quantities)) continue;
    if (!sameThing(p.a, p.b, sides)) continue;
    const [topic] = sharedTopics(p, input.weights);
    if (!topic) continue;
    const [a, b] = p.a.side! < p.b.side! ? [p.a, p.b] : [p.b, p.a];
    const key = `${a.side}|${b.side}|${topic}`;
    if (used.has(key)) continue;
    used.add(key);
    out.push({
      type: "factual",
      topic,
      claims: [a.claim.id, b.claim.id],
      sides: { [a.side!]: [a.claim.id], [b.side!]: [b.claim.id] },
      explanation:
        `Conflicting figures on ${topicLabel(topic)} in ${eventLabel(input.event)}: ${speakersLabel([a], a.side)} says ${amounts(a)} ` +
        `(${quote(a.claim.assertion)}), ${speakersLabel([b], b.side)} says ${amounts(b)} (${quote(b.claim.assertion)}).`,
      diff: pairDiff(a, b),
      confidence: 0.6,
    });
  }
  return out;
}
