import type { Disagreement } from "../../schema/comparison.js";
import { pairDiff } from "../diff.js";
import { eventLabel, quote, speakersLabel, topicLabel } from "../explain.js";
import type { ScoredPair } from "../match/pairs.js";
import { spansOf, type ClaimRep, type Predicate } from "../represent/index.js";
import { crossSide, sameMatter, sidesOf, type RuleInput } from "./types.js";
import { conceptKind, GENERIC_CONCEPTS, STANCE_MARKERS } from "../../lexicon/concepts.js";
import { sameGenericMatter } from "./generic-object.js";
import { pairTopics } from "./topic.js";

/** Classes whose negation reverses what is asserted ("agreed" / "did not agree"). */
const POLAR = new Set(["agree", "demand", "propose", "support", "promise", "discuss", "consider", "warn", "condemn", "thank", "invite", "provide"]);

/** A plain, unconditional predicate of a class. */
const plain = (ps: readonly Predicate[], cls: string, negated: boolean) => ps.find((p) => p.cls === cls && p.negated === negated && !p.conditional);

/**
 * How two claims on one matter take opposite stances, or null: one denies what the other asserts
 * (a denial against no denial), one affirms a predicate the other negates ("Putin set out
 * demands" against "there was no demand by Putin"), or one presses for speed where the other sets
 * conditions ("as soon as possible" against "needs considerable preparation").
 *
 * @example
 * stanceConflict(trumpNoDemand, kremlinDemands) // { kind: "polarity", cls: "demand", affirm: kremlin, negate: trump }
 */
export function stanceConflict(a: ClaimRep, b: ClaimRep): StanceConflict | null {
  return stanceConflicts(a, b)[0] ?? null;
}

/** A way two claims take opposite stances. */
export type StanceConflict =
  | { kind: "denial"; deny: ClaimRep; assert: ClaimRep }
  | { kind: "polarity"; cls: string; affirm: ClaimRep; negate: ClaimRep }
  | { kind: "timing"; urgent: ClaimRep; conditional: ClaimRep }
  /** One side asserts the act, the other holds it until a condition is met ("no agreement until everything is agreed"). */
  | { kind: "condition"; cls: string; affirm: ClaimRep; held: ClaimRep };

/** Every way two claims take opposite stances (see {@link stanceConflict}), urgency against conditions first. */
export function stanceConflicts(a: ClaimRep, b: ClaimRep): StanceConflict[] {
  const out: StanceConflict[] = [];
  const urgent = (r: ClaimRep) => r.concepts.includes("urgency") && !r.concepts.includes("preparation");
  const conditional = (r: ClaimRep) => r.concepts.includes("preparation") && !r.concepts.includes("urgency");
  if (urgent(a) && conditional(b)) out.push({ kind: "timing", urgent: a, conditional: b });
  if (urgent(b) && conditional(a)) out.push({ kind: "timing", urgent: b, conditional: a });
  const denies = (r: ClaimRep) => plain(r.predicates, "deny", false) !== undefined;
  if (denies(a) !== denies(b)) {
    const [deny, assert] = denies(a) ? [a, b] : [b, a];
    // What a denial answers is something asserted: not the report of the encounter itself
    // ("they spoke by phone about the ceasefire" against "Moscow rejected the ceasefire proposal").
    const encounterOnly = assert.eventKinds.length > 0 && assert.predicates.length === 0;
    if (!assert.predicates.some((p) => p.negated) && !encounterOnly) out.push({ kind: "denial", deny, assert });
  }
  const holds = (r: ClaimRep, cls: string) => r.predicates.some((p) => p.cls === cls && p.held) && !plain(r.predicates, cls, false);
  for (const cls of POLAR) {
    if (plain(a.predicates, cls, false) && plain(b.predicates, cls, true) && !plain(b.predicates, cls, false))
      out.push({ kind: "polarity", cls, affirm: a, negate: b });
    if (plain(b.predicates, cls, false) && plain(a.predicates, cls, true) && !plain(a.predicates, cls, false))
      out.push({ kind: "polarity", cls, affirm: b, negate: a });
    if (plain(a.predicates, cls, false) && holds(b, cls)) out.push({ kind: "condition", cls, affirm: a, held: b });
    if (plain(b.predicates, cls, false) && holds(a, cls)) out.push({ kind: "condition", cls, affirm: b, held: a });
  }
  return out;
}

/** Most characters between a person's name and the predicate of their act ("Forderung Putins", "Putin im Gespräch Forderungen"). */
const AGENT_REACH = 20;

/** Whether a claim names person `entity` next to a predicate of class `cls` (negated or not). */
function actsAt(r: ClaimRep, entity: string, cls: string, negated: boolean): boolean {
  const spans = spansOf(r, entity);
  return r.predicates.some(
    (p) => p.cls === cls && p.negated === negated && !p.conditional && spans.some(([s, e]) => (s >= p.end ? s - p.end : p.start - e) <= AGENT_REACH),
  );
}

/** Most characters between a generic head ("agreement") and the concept that narrows it ("trade"). */
const NARROWING_GAP = 3;

/** Whether every concept named at `[start, end)` is a generic one ("agreement", "cooperation"). */
function genericAt(r: ClaimRep, start: number, end: number): boolean {
  for (let i = 0; i + 2 < r.keySpans.length; i += 3) {
    const key = r.keySpans[i] as string;
    if (key.startsWith("c:") && r.keySpans[i + 1] === start && r.keySpans[i + 2] === end && !GENERIC_CONCEPTS.has(key.slice(2))) return false;
  }
  return true;
}

/** Characters before a predicate, and after it, within which what it bears on is named. */
const OBJECT_BEFORE = 40;
const OBJECT_AFTER = 90;

/**
 * What a claim's act of class `cls` bears on: the concept named first after its predicate (or, with
 * none after, last before it), with the broader concepts it falls under ("no demand … to suspend
 * all support to Ukraine" bears on military aid; "does not support Taiwan independence, and
 * follows the One China policy" bears on independence, not on One China).
 *
 * @example
 * objectOf(trump, "demand", true) // ["c:military-aid"]
 */
function objectOf(r: ClaimRep, cls: string, negated: boolean | "held"): string[] {
  const out: string[] = [];
  for (const p of r.predicates) {
    if (p.cls !== cls || (negated === "held" ? !p.held : p.negated !== negated || p.conditional)) continue;
    // A generic head gives way to the concept that narrows it: "support for the trade agreement",
    // "nie poprze umowy handlowej" bear on trade, not on "an agreement" (which any two acts share).
    let after: [number, number] | null = null;
    let before: [number, number] | null = null;
    let afterGeneric: [number, number] | null = null;
    let beforeGeneric: [number, number] | null = null;
    for (let i = 0; i + 2 < r.keySpans.length; i += 3) {
      const key = r.keySpans[i] as string;
      if (!key.startsWith("c:")) continue;
      const start = r.keySpans[i + 1] as number;
      const end = r.keySpans[i + 2] as number;
      const generic = genericAt(r, start, end);
      if (start >= p.end && start <= p.end + OBJECT_AFTER) {
        if (generic) {
          if (!afterGeneric || start < afterGeneric[0]) afterGeneric = [start, end];
        } else if (!after || start < after[0]) after = [start, end];
      }
      if (end <= p.start && start >= p.start - OBJECT_BEFORE) {
        if (generic) {
          if (!beforeGeneric || start > beforeGeneric[0]) beforeGeneric = [start, end];
        } else if (!before || start > before[0]) before = [start, end];
      }
    }
    // The narrowing concept must follow its generic head closely ("accordo commerciale", not a
    // second matter later in the sentence).
    if (after && afterGeneric && after[0] - afterGeneric[1] > NARROWING_GAP) after = null;
    if (before && beforeGeneric && beforeGeneric[0] - before[1] > NARROWING_GAP) before = null;
    const at = after ?? afterGeneric ?? before ?? beforeGeneric;
    if (!at) {
      // No concept by the act: what it bears on is a thing named by name ("will not deliver Taurus").
      const thing = namedObject(r, p);
      if (thing) out.push(thing);
      continue;
    }
    for (let i = 0; i + 2 < r.keySpans.length; i += 3) {
      if (r.keySpans[i + 1] === at[0] && r.keySpans[i + 2] === at[1] && (r.keySpans[i] as string).startsWith("c:")) out.push(r.keySpans[i] as string);
    }
  }
  return out;
}

/**
 * The thing named by name that an act bears on: the first named after its predicate, else the
 * last named before it ("keine Taurus liefern"), within the reach of an object; null when none.
 */
function namedObject(r: ClaimRep, p: Predicate): string | null {
  let after: [string, number] | null = null;
  let before: [string, number] | null = null;
  for (let i = 0; i + 2 < r.namedSpans.length; i += 3) {
    const key = r.namedSpans[i] as string;
    const start = r.namedSpans[i + 1] as number;
    const end = r.namedSpans[i + 2] as number;
    if (start >= p.end && start <= p.end + OBJECT_AFTER && (!after || start < after[1])) after = [key, start];
    if (end <= p.start && start >= p.start - OBJECT_BEFORE && (!before || start > before[1])) before = [key, start];
  }
  return (after ?? before)?.[0] ?? null;
}

/**
 * The opposite stances a scored pair takes on one matter, or null: a denial or a negation about
 * the matter both speak of, an act affirmed and negated that bears on one concept in both (or
 * that one person named by the predicate in both did and did not do), urgency against conditions
 * where both name a subject. The stance rule flags these; the alignment keeps such a pair apart.
 *
 * @example
 * pairStance(kremlinDemandsPair, 0.45)?.kind // "polarity"
 */
export function pairStance(p: ScoredPair, threshold: number): StanceConflict | null {
  // A denial or a negation must be about the same matter; urgency against conditions may be
  // about the encounter itself (a meeting both speak of).
  const concept = p.evidence.shared.some((k) => k.key.startsWith("c:") && k.kind !== "procedural");
  const matter = sameMatter(p, threshold);
  // "Putin demanded …" against "there was no demand by Putin": the same act of the same person,
  // named by the predicate in both claims (not "Putin agreed that Iran must never…").
  const people = p.evidence.shared.filter((k) => k.key.startsWith("e:")).map((k) => k.key);
  const agent = (c: StanceConflict) => c.kind === "polarity" && people.some((e) => actsAt(c.affirm, e, c.cls, false) && actsAt(c.negate, e, c.cls, true));
  // An act affirmed and negated must bear on one matter in both: a concept both name by the
  // predicate ("no demand … to halt support" against "demanded an end to arms supplies"), not
  // "does not support Taiwan's independence" against "respects the One China principle".
  const object = (c: StanceConflict) => {
    if (c.kind !== "polarity" && c.kind !== "condition") return true;
    const x = objectOf(c.affirm, c.cls, false);
    const y = c.kind === "condition" ? objectOf(c.held, c.cls, "held") : objectOf(c.negate, c.cls, true);
    const other = c.kind === "condition" ? c.held : c.negate;
    // A generic object ("ammunition", "weapons") is a matter when nothing else tells the two claims apart.
    return x.some((k) => y.includes(k) && (!k.startsWith("c:") || !GENERIC_CONCEPTS.has(k.slice(2)) || sameGenericMatter(c.affirm, other)));
  };
  return stanceConflicts(p.a, p.b).find((c) => (c.kind === "timing" ? concept : (matter && object(c)) || agent(c))) ?? null;
}

/** Topics a stance flag is never about: the stance markers themselves. */
const NOT_TOPICS = STANCE_MARKERS;

/**
 * `stance`: two sides take opposite positions on one matter (see {@link stanceConflict}): a
 * denial against an assertion, a predicate affirmed against the same one negated, urgency
 * against conditions. One flag per pair of sides and topic: the claims of every outlet that takes
 * part in the dispute are gathered into it, whichever way they oppose.
 *
 * @example
 * stance(input).map((d) => d.topic) // ["meeting"]
 */
export function stance(input: RuleInput): Disagreement[] {
  const groups = new Map<string, { topic: string; conflict: StanceConflict; pairs: ScoredPair[] }>();
  for (const p of input.pairs) {
    if (!crossSide(p)) continue;
    const conflict = pairStance(p, input.options.threshold);
    if (!conflict) continue;
    // The topic: what both name, else what the claim that negates or denies is about.
    const said =
      conflict.kind === "polarity" ? conflict.negate : conflict.kind === "denial" ? conflict.deny : conflict.kind === "condition" ? conflict.held : null;
    const topic = pairTopics(p, input.weights, NOT_TOPICS)[0] ?? said?.topics.find((t) => !NOT_TOPICS.includes(t) && conceptKind(t) !== "event");
    if (!topic) continue;
    const sides = [p.a.side, p.b.side].sort().join("|");
    // One matter between two sides is one dispute, however its claims oppose (a denial, a negation).
    const key = `${sides}|${topic}`;
    const g = groups.get(key);
    if (g) g.pairs.push(p);
    else groups.set(key, { topic, conflict, pairs: [p] });
  }
  const out: Disagreement[] = [];
  for (const { topic, conflict, pairs } of groups.values()) {
    // Every claim of the dispute is evidence (two outlets reporting one side's demand).
    const reps = [...new Map(pairs.flatMap((p) => [p.a, p.b]).map((r) => [r.claim.id, r])).values()].sort((x, y) => x.order - y.order);
    out.push({
      type: "stance",
      topic,
      claims: reps.map((r) => r.claim.id),
      sides: sidesOf(reps),
      explanation: explain(conflict, topic, input),
      diff: pairDiff(pairs[0]!.a, pairs[0]!.b),
      confidence: conflict.kind === "denial" || conflict.kind === "condition" ? 0.6 : 0.7,
    });
  }
  return out;
}

function explain(c: StanceConflict, topic: string, input: RuleInput): string {
  const on = `Stance on ${topicLabel(topic)} in ${eventLabel(input.event)}`;
  if (c.kind === "denial") {
    return `${on}: ${speakersLabel([c.assert], c.assert.side)} asserts ${quote(c.assert.claim.assertion)}, which ${speakersLabel([c.deny], c.deny.side)} denies (${quote(c.deny.claim.assertion)}).`;
  }
  if (c.kind === "polarity") {
    return `${on}: ${speakersLabel([c.affirm], c.affirm.side)} says it happened (${quote(c.affirm.claim.assertion)}), ${speakersLabel([c.negate], c.negate.side)} says it did not (${quote(c.negate.claim.assertion)}).`;
  }
  if (c.kind === "condition") {
    return `${on}: ${speakersLabel([c.affirm], c.affirm.side)} says it happened (${quote(c.affirm.claim.assertion)}), ${speakersLabel([c.held], c.held.side)} holds it until a condition is met (${quote(c.held.claim.assertion)}).`;
  }
  return `${on}: ${speakersLabel([c.urgent], c.urgent.side)} presses for speed (${quote(c.urgent.claim.assertion)}), while ${speakersLabel([c.conditional], c.conditional.side)} sets conditions first (${quote(c.conditional.claim.assertion)}).`;
}
