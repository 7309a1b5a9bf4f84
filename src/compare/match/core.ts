import { conceptAncestors, conceptStates, GENERIC_CONCEPTS } from "../../lexicon/concepts.js";
import type { ClaimRep, Key } from "../represent/index.js";
import type { EventWeights } from "./weights.js";
import { sameAct } from "./same-act.js";

/**
 * Share of the event's claims from which a key is the event's own ground (a state every other
 * claim names, "Ukraine" in talks about Ukraine): it counts half.
 */
const DOMINANT = 0.3;
/** What a generic concept ("cooperation", "diplomacy", "violence") adds: half a piece of evidence. */
const GENERIC = 0.5;
/** What a predicate class adds: one act ("thanked", "proposed"); a discussion (what every claim of a call reports) a quarter of one. */
const ACT = 1;
const DISCUSSION = 0.25;
/** Most the predicates of a pair add together. */
const ACTS_MAX = 1.5;
/** What a key only the two claims of the pair carry in an event of some size counts. */
const PAIRED = 1.5;
/** A concept one claim names and the other covers by a narrower one counts this much… */
const LEVEL = 0.75;
/** …and one that both only cover by narrower ones (two subjects of one field) this much. */
const FIELD = 0.25;
/** What naming the two parties together as the ones acting adds ("the two leaders agreed"). */
const TOGETHER = 0.5;
/** What an unknown name adds (a capitalised word: often a part of a longer name). */
const NAME = 0.5;
/**
 * Kinds of keys that name one specific thing (a venue or plant, a weapon, an amount): one such key
 * only the two claims of the event carry, with the same act affirmed by both, is a full core
 * ("supports inspections at the Bushehr plant", «поддерживает … инспекций на АЭС в Бушере»).
 */
const SPECIFIC = new Set(["name", "designator", "quantity", "place"]);
/** Date keys: a day or month two claims share is no specific thing they speak of. */
const DATE_KEY = /^q:date:/;
/** The core of such a pair: a full one (see `CORE_MIN` in `match/assign.ts`). */
const SPECIFIC_ACT = 2;

/** What two or more rare word stems of one language add. */
const STEMS = 0.5;
/** Rarity from which a word stem counts. */
const STEM_RARITY = 0.45;
/** Word stems that together count. */
const STEMS_MIN = 2;

/**
 * How many independent pieces of evidence two claims share that they assert the same thing: each
 * specific subject or place (a concept and the broader one it falls under are one piece), each
 * state or person that is not one of the event's parties, each amount, the same act (a predicate
 * class both claims affirm), the same evaluative term, and rare words in common. Generic concepts,
 * the event's own ground (a state most of its claims name) and discussions count half; the kind
 * of encounter, the parties and an evaluation's mere direction count nothing. Two claims share a
 * discriminative core when this reaches about two: one subject and one act, two subjects, a
 * subject and an amount — never one broad concept, one state or "the call" alone.
 *
 * `skip` leaves out keys one claim holds at a distance (see `rules/distancing`).
 *
 * @example
 * coreOf(a, b, shared, weights) // 2.5 for "agreed … Syria ceasefire" against "agreed … ceasefire in Syria"
 */
export function coreOf(a: ClaimRep, b: ClaimRep, shared: readonly Key[], w: EventWeights, skip: ReadonlySet<string> = new Set()): number {
  const keys = skip.size ? shared.filter((k) => !skip.has(k.key)) : shared;
  // A key only these two claims of the event carry tells the most; one most of its claims carry,
  // half — when it runs through an account (several claims of one article name it): one matter
  // that each outlet reports once is no ground of the event, however many report it.
  const rarity = (k: Key) => {
    if (w.size < 6) return 1;
    const df = w.df(k.key);
    return df <= 2 ? PAIRED : df / w.size >= DOMINANT && w.recurs(k.key) ? 0.5 : 1;
  };
  const kindIn = (r: ClaimRep, key: string) => r.keys.find((k) => k.key === key)?.kind;
  const concepts = keys.filter((k) => k.key.startsWith("c:"));
  let core = 0;
  let acts = 0;
  let terms = 0;
  let stems = 0;
  let specific = false;
  for (const k of keys) {
    if (w.party(k.key)) continue;
    if (SPECIFIC.has(k.kind) && !DATE_KEY.test(k.key) && w.df(k.key) <= 2) specific = true;
    const id = k.key.slice(2);
    switch (k.kind) {
      case "subject":
      case "place":
      case "procedural":
      case "broader": {
        // A concept counts once with the narrower ones it covers ("terrorism" beside "isis").
        if (concepts.some((x) => x !== k && conceptAncestors(x.key.slice(2)).slice(1).includes(id))) break;
        // Named by both, or by one where the other names a narrower one ("a response" and
        // "sanctions"; the level of detail differs); only broader in both, it is a shared field.
        const direct = [kindIn(a, k.key), kindIn(b, k.key)].filter((x) => x !== "broader").length;
        const level = direct === 2 ? 1 : direct === 1 ? LEVEL : FIELD;
        core += level * (GENERIC_CONCEPTS.has(id) && w.df(k.key) > 2 ? GENERIC : 1) * rarity(k);
        break;
      }
      case "state": {
        // A state a shared concept is about ("North Korea" in "the Korean peninsula") is that concept.
        if (concepts.some((x) => conceptStates(x.key.slice(2)).includes(id))) break;
        core += rarity(k);
        break;
      }
      case "entity":
      case "designator":
        core += rarity(k);
        break;
      case "name":
        core += NAME * rarity(k);
        break;
      case "quantity":
        // An amount only these two claims give ("40 minutes" in a readout and in the outlet
        // quoting it) tells as much as any other key only they carry; a common one, still one piece.
        core += Math.max(1, rarity(k));
        break;
      case "predicate": {
        // The same act affirmed by both ("thanked", "agreed"), not one affirmed and one negated; or
        // negated by both ("no agreement was reached", «keine Einigung erzielt»): see `same-act.ts`.
        // An act each outlet reports once (no article carries it twice) is one matter, not the ground of the event
        // ("voiced deep concern", «выразила озабоченность», "bày tỏ quan ngại" of one leader, where
        // every claim names the call's subject): it counts as a key only the pair carries.
        if (sameAct(a, b, id)) acts += id === "discuss" ? DISCUSSION : ACT * (w.size >= 6 && !w.recurs(k.key) ? PAIRED : 1);
        break;
      }
      case "term":
        terms = 1;
        break;
      case "content":
        if (w.rarity(k.key) >= STEM_RARITY) stems++;
        break;
      default:
        break;
    }
  }
  // Both name the two parties together as the ones acting ("the two presidents", "both leaders").
  const together = a.pairRole && b.pairRole ? TOGETHER : 0;
  const total = core + Math.min(acts, ACTS_MAX) + terms + (stems >= STEMS_MIN ? STEMS : 0) + together;
  return specific && acts >= ACT ? Math.max(total, SPECIFIC_ACT) : total;
}

/**
 * The keys two claims share that one of them holds at a distance and the other does not ("the
 * invasion" against "the allegedly imminent invasion"): on these they do not say the same.
 *
 * @example
 * distancedShared(whiteHouseOnInvasion, kremlinOnAllegedInvasion, shared) // Set { "c:invasion" }
 */
export function distancedShared(a: ClaimRep, b: ClaimRep, shared: readonly Key[]): Set<string> {
  const out = new Set<string>();
  if (a.heldAtDistance.length === 0 && b.heldAtDistance.length === 0) return out;
  for (const k of shared) {
    const x = a.heldAtDistance.includes(k.key);
    const y = b.heldAtDistance.includes(k.key);
    if (x !== y) out.add(k.key);
  }
  return out;
}
